/* Indicator, table and unit names in a language: keys into the labels
 * (data/labels/indicators.csv) made from the stable names. */
#include "indicators/indicators_internal.h"

#include <stdio.h>

static const char *by_key(const vf_labels *l, const char *prefix, const char *name) {
  if (!l || !name) return NULL;
  char key[96];
  snprintf(key, sizeof key, "%s.%s", prefix, name);
  return vf_labels_get(l, key);
}

const char *vf_labels_indicator(const vf_labels *l, vf_indicator which) {
  return by_key(l, "indicator", vf_indicator_name(which));
}

const char *vf_labels_table(const vf_labels *l, vf_indicator_table table) {
  return by_key(l, "table", vf_indicator_table_name(table));
}

const char *vf_labels_unit(const vf_labels *l, vf_indicator_unit unit) {
  const char *name = vfi_indicator_unit_name(unit);
  return by_key(l, "unit", name && *name != '?' ? name : NULL);
}

const char *vf_labels_table_row(const vf_labels *l, vf_indicator_table table, int value) {
  if (table == VF_TABLE_DURATION) {
    const char *code = vfi_row_code(table, value);
    return code && value > 0 ? by_key(l, "row.duration", code) : NULL;
  }
  int list = vfi_table_list(table);
  return list < 0 ? NULL : vf_labels_code(l, (vf_code_list)list, value);
}
