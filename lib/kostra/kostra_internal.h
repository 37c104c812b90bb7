/* KOSTRA layouts and records shared by the kostra_*.c files; not installed. */
#ifndef VELFERD_KOSTRA_INTERNAL_H
#define VELFERD_KOSTRA_INTERNAL_H

#include "core/internal.h"
#include "velferd/kostra.h"
#include "register/register_content.h"

typedef enum vfi_ktype { VFI_K_STRING = 0, VFI_K_INTEGER = 1, VFI_K_DATE = 2 } vfi_ktype;

typedef struct vfi_kfield {
  char name[32];
  size_t from;        /* 0-based character offset */
  size_t size;        /* characters */
  vfi_ktype type;
  bool mandatory;
  char *codes;        /* "1|2", NULL if no code list */
} vfi_kfield;

#define VFI_KSLOTS 512
typedef struct vfi_klayout {
  vf_kostra_form form;
  int year;
  size_t length;      /* record length in characters */
  size_t nfields;
  vfi_kfield *fields;
  uint16_t slot[VFI_KSLOTS]; /* field index + 1 by hash of its name, 0 empty */
} vfi_klayout;

/* Character encoding of one record: ASCII (bytes = characters), UTF-8, or
 * Latin-1 (a line that is not valid UTF-8: one byte per character). */
typedef enum vfi_kenc { VFI_ENC_ASCII = 0, VFI_ENC_UTF8 = 1, VFI_ENC_LATIN1 = 2 } vfi_kenc;

typedef struct vfi_krecord {
  char *text;         /* bytes without line end; owned when `owned` */
  size_t len;         /* bytes */
  size_t chars;       /* characters */
  int line;           /* file line, 0 if added */
  vfi_kenc enc;
  bool owned;
} vfi_krecord;

struct vf_kostra_file {
  vfi_klayout layout;
  char *data;         /* the file's bytes, records point into it until changed */
  vfi_krecord *recs;
  size_t nrecs, cap;
};

/* Loads the compiled-in layout of form/year into *out (free with vfi_klayout_free). */
vf_status vfi_klayout_load(vf_kostra_form form, int year, vfi_klayout *out, vf_error *err);
void vfi_klayout_free(vfi_klayout *l);
/* Index of a field by name, -1 if none. */
int vfi_kfield_index(const vfi_klayout *l, const char *name);
/* True if code (trimmed text) is in the field's code list. */
bool vfi_kfield_has_code(const vfi_kfield *f, const char *code);

/* Field text of a record with padding spaces removed, as UTF-8, into buf.
 * Returns false if the record is too short or buf too small (buf then ""). */
bool vfi_krecord_field(const vfi_krecord *r, const vfi_kfield *f, char *buf, size_t size);

/* Sets the record's encoding and character count from its bytes. */
void vfi_krecord_classify(vfi_krecord *r);
/* vf_kostra_file_get() on one record of layout @p L (same checks and messages). */
vf_status vfi_krecord_get(const vfi_klayout *L, const vfi_krecord *r, const char *field, char *buf,
                          size_t size, vf_error *err);

/* Synthetic fødselsnumre (DD, MM + 80, YY, individual number of the gender's
 * parity, check digits), unique within one set. */
typedef struct vfi_fnrset { uint64_t *v; size_t cap, n; } vfi_fnrset;
/* Writes into out a synthetic number for birth date b (valid) and gender g not
 * yet in used, and adds it; false if none is free or out of memory. */
bool vfi_kostra_synthetic_fnr(vfi_fnrset *used, vf_date b, vf_gender g, size_t seed, char out[12]);

/* Writing one record of a form being built from the register. */
typedef struct vfi_kwr {
  vf_kostra_file *f;
  size_t rec;
  vf_error *err;
} vfi_kwr;
static inline vf_status vfi_kwr_put(vfi_kwr *w, const char *field, const char *v) {
  return vf_kostra_file_set(w->f, w->rec, field, v, w->err);
}
/* Refuses write options SSB's layout cannot hold: a KOMMUNE_NR that is not 4
 * digits, a BYDELSNR that is not blank or 2 digits (VF_E_INVALID_ARG naming the
 * option). */
vf_status vfi_kostra_check_options(const vf_kostra_write_options *opt, vf_error *err);
/* The arguments of the register-to-KOSTRA writers (11F and 11CF): none NULL, a
 * full register (not a summary), valid options. */
vf_status vfi_kostra_check_inputs(const vf_register *reg, const vf_kostra_write_options *opt,
                                  vf_kostra_file **out, vf_error *err);
/* The person fields 11F and 11CF share, from client @p c (register index
 * @p ci): KOMMUNE_NR, VERSION, BYDELSNR, FODSELSDATO, PERSON_JOURNALNR, KJONN,
 * EKTSTAT, BU18, ANTBU18, SAKSBEHANDLER and, with opt->synthetic_fnr,
 * PERSON_FODSELSNR. Refuses an id longer than PERSON_JOURNALNR (masked in the
 * message: it may be a fødselsnummer) and an unknown birth date, gender or
 * civil status, naming @p form ("11F", "11CF"). */
vf_status vfi_kostra_put_person(vfi_kwr *w, const char *form, const vf_kostra_write_options *opt,
                                const vf_client *c, size_t ci, vfi_fnrset *used);

/* Reading one record of a file into the client model (kostra_register.c):
 * every failure is VF_E_PARSE (or the client's status) naming line and field. */
typedef struct vfi_krd {
  const vfi_klayout *L;
  const vfi_krecord *rec;
  int line;
  vf_error *err;
} vfi_krd;
/* Field text without padding. */
vf_status vfi_krd_get(const vfi_krd *r, const char *field, char *buf, size_t size);
/* A whole number, blank = 0. */
vf_status vfi_krd_whole(const vfi_krd *r, const char *field, int64_t *out);
/* A valid date ddMMyyyy (blank is an error). */
vf_status vfi_krd_date(const vfi_krd *r, const char *field, vf_date *out);
/* The person fields 11F and 11CF share: PERSON_JOURNALNR as id, FODSELSDATO,
 * KJONN, EKTSTAT, ANTBU18 children (born 1 January of the file's year). */
vf_status vfi_krd_client(const vfi_krd *r, vf_client *c);

/* Checking a file a record at a time (kostra_check.c): vf_kostra_check()
 * and vf_kostra_check_path() feed it the records in file order. Memory: the
 * findings, and for the duplicate rules each distinct fødselsnummer and
 * journal number once (its text and a 16-byte slot in a hash table). */
typedef struct vfi_kcheck vfi_kcheck;
vf_status vfi_kcheck_new(const vfi_klayout *L, const char *municipality, vfi_kcheck **out, vf_error *err);
void vfi_kcheck_record(vfi_kcheck *k, const vfi_krecord *r);
/* The report (and frees @p k). */
vf_status vfi_kcheck_finish(vfi_kcheck *k, vf_kostra_report **out, vf_error *err);
void vfi_kcheck_free(vfi_kcheck *k);

/* The 11F figures accumulated a recipient at a time (kostra_amounts.c). */
vf_status vfi_kamounts_add(vf_kostra_amounts *a, uint16_t months, unsigned kinds, int trygd,
                           vf_money grant, vf_money loan, vf_error *err);
vf_status vfi_kamounts_finish(vf_kostra_amounts *a, vf_error *err);
/* The content fields of an 11F record (kostra_content.c): written from the
 * register's content of a client paid in @p months (bits 0..11), blank where
 * unknown; read back, a blank one-code field as unknown. */
vf_status vfi_kostra_put_content(vfi_kwr *w, const vfi_content *c, unsigned months);
vf_status vfi_krd_content(const vfi_krd *r, vfi_content *c);

#endif
