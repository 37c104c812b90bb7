/* The cold-call benchmark (bench/cold.c). */
#ifndef VELFERD_BENCH_COLD_H
#define VELFERD_BENCH_COLD_H
#include <velferd/velferd.h>
int cmd_cold(const vf_ctx *ctx, int argc, char **argv);
#endif
