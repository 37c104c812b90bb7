/* The what-if benchmark (bench/whatif.c). */
#ifndef VELFERD_BENCH_WHATIF_H
#define VELFERD_BENCH_WHATIF_H
#include <velferd/velferd.h>
int cmd_whatif(const vf_ctx *base, size_t persons);
#endif
