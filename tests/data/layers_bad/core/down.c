/* A core file reaching up into rules: the layer check must refuse it. */
#include "rules/up.h"
