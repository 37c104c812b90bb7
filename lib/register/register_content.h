/* What form 11F records of a case beyond the counts (housing, individual
 * plan, economic advice, work situation, conditions, the § 20 a exemption,
 * sanctions): the optional clients.csv columns (docs/register.md), their
 * code lists with SSB's codes, and their storage in the register. Not
 * installed; lib/kostra and lib/indicators read it. */
#ifndef VELFERD_REGISTER_CONTENT_H
#define VELFERD_REGISTER_CONTENT_H

#include "core/internal.h"

/* The content lists, in clients.csv column order. */
typedef enum vfi_clist_id {
  VFI_CL_HOUSING = 0,    /* BOSIT, one code */
  VFI_CL_PLAN,           /* FAAT_INDIVIDUELL_PLAN, yes/no */
  VFI_CL_ADVICE,         /* GITT_OKONOMIRAD, yes/no */
  VFI_CL_WORK,           /* ARBSIT, one code */
  VFI_CL_CONDITIONS,     /* VILKARSOSLOV, yes/no */
  VFI_CL_SPOUSE,         /* VILKARSAMEKT, yes/no */
  VFI_CL_TYPES,          /* VILKARARBEID ... VILKARNORSKSAMISKOPPL, a set */
  VFI_CL_EXEMPTION_DATE, /* VEDTAKDATO, a date (no code list) */
  VFI_CL_GROUNDS,        /* VEDTAKARB ... VEDTAKGRUNN, a set */
  VFI_CL_SANCTIONS,      /* SANKSJONRED, SANKSJONANDRE, a set */
  VFI_CL_COUNT
} vfi_clist_id;

/* One list: its clients.csv column, and per entry the stable name, SSB's
 * code and (for one-code lists: the shared) 11F field. A one-code list's value
 * is SSB's code (0 unknown); a set's value is a bit per entry (bit i = entry i). */
typedef struct vfi_clist {
  const char *column;
  bool set;
  size_t n;
  const char *const *names;
  const int *codes;
  const char *const *fields; /* 11F field of each entry (sets) or NULL */
  const char *field;         /* 11F field of a one-code list */
  int width;                 /* characters of SSB's code in 11F */
} vfi_clist;

extern const vfi_clist vfi_clists[VFI_CL_COUNT];

/* Known-flags of vfi_content.known for the set-valued and date fields. */
enum { VFI_KNOWN_TYPES = 1, VFI_KNOWN_GROUNDS = 2, VFI_KNOWN_SANCTIONS = 4,
       VFI_KNOWN_EXEMPTION = 8 };

/* One client's content; 0 is unknown for the one-code fields. 16 bytes. */
typedef struct vfi_content {
  uint8_t housing, plan, advice, work, conditions, spouse; /* SSB codes, 0 unknown */
  uint8_t grounds, sanctions; /* bits */
  uint16_t types;             /* bits */
  uint8_t known;              /* VFI_KNOWN_* */
  uint8_t pad;
  int16_t ex_year;            /* exemption decision date; 0 = none */
  uint8_t ex_month, ex_day;
} vfi_content;

/* The one-code value of list @p l in @p c (pointer into the struct). */
uint8_t *vfi_content_code(vfi_content *c, vfi_clist_id l);
/* Stable name of code/bit @p v of list @p l; NULL if none. For a one-code list
 * @p v is SSB's code, for a set the entry index. */
const char *vfi_clist_name(vfi_clist_id l, int v);
/* Parses one clients.csv cell of list @p l into @p c (the error names the column). */
vf_status vfi_content_parse(vfi_content *c, vfi_clist_id l, const char *text, vf_error *e);
/* Writes the cell of list @p l of @p c as clients.csv holds it. */
void vfi_content_format(const vfi_content *c, vfi_clist_id l, char *buf, size_t size);
/* Refuses condition types with conditions 'no' and exemption grounds without
 * a date (VF_E_INCONSISTENT naming the column). */
vf_status vfi_content_consistent(const vfi_content *c, vf_error *e);
/* The exemption date; {0,0,0} if none. */
static inline vf_date vfi_content_exemption(const vfi_content *c) {
  return (vf_date){c->ex_year, c->ex_month, c->ex_day};
}

#endif
