/* Published municipal figures and their comparison, shared by network_read.c
 * (reading and adding figures) and network.c (networks, comparison, output);
 * not installed. */
#ifndef VELFERD_NETWORK_INTERNAL_H
#define VELFERD_NETWORK_INTERNAL_H

#include "indicators/indicators_internal.h"
#include "velferd/network.h"

enum { VFN_MAX_DECIMALS = 6 };

/* An exact decimal: v / 10^dec. */
typedef struct vfn_dec {
  int64_t v;
  int dec;
} vfn_dec;

typedef struct vfn_figure {
  int municipality, year;
  char *indicator;     /* owned */
  bool ok;             /* value holds a number; otherwise symbol says why not */
  char symbol[4];
  vfn_dec value;
  bool has_ratio;      /* numerator / denominator given (pooled average) */
  vfn_dec num, den;
  bool own;            /* from a register (vf_network_data_add_indicators) */
} vfn_figure;

struct vf_network_data {
  vfn_figure *f;       /* sorted by (year, municipality, indicator) */
  size_t n, cap;
  vf_network_file_format format;
  size_t skipped;
};

/* Parses a decimal with '.' or ',' (at most VFN_MAX_DECIMALS decimals, 15
 * digits); false on anything else. */
bool vfn_parse_dec(const char *s, vfn_dec *out);
/* The figure of (year, municipality, indicator), NULL if none. */
const vfn_figure *vfn_find(const vf_network_data *nd, int year, int municipality,
                           const char *indicator);

#endif
