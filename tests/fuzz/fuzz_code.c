/* Code names: vf_code_parse on arbitrary text for every code list (and lists
 * that do not exist); a parsed value must have a name that parses back. */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  int list = (int)(int8_t)fz_take(&data, &size, 1) % 12;
  char *s = fz_str(data, size);
  int v = -12345;
  vf_error e;
  vf_status st = vf_code_parse((vf_code_list)list, s, &v, &e);
  fz_check_error(st, &e);
  if (st == VF_OK) {
    FZ_CHECK(vf_code_list_name((vf_code_list)list) != NULL);
    const char *name = vf_code_name((vf_code_list)list, v);
    FZ_CHECK(name != NULL);
    int again = -1;
    FZ_CHECK(vf_code_parse((vf_code_list)list, name, &again, NULL) == VF_OK && again == v);
  } else {
    FZ_CHECK(v == -12345); /* out-parameter untouched on failure */
  }
  free(s);
  return 0;
}
