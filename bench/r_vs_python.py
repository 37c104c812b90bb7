"""Python half of bench/r_vs_python.R: velferd.batch_month on the columns the R
script wrote (already the C types), median time of REPS calls; writes the
assistance column back for the R script to compare. Prints the median CPU
and wall times last."""
import os
import statistics
import sys
import time

import numpy as np
import velferd as vf

d, n, reps = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
types = {"i4": np.int32, "u1": np.uint8, "f8": np.float64}
cols = {}
for f in os.listdir(d):
    name, ext = f.rsplit(".", 1)
    a = np.fromfile(os.path.join(d, f), dtype=types[ext])
    cols[name] = a.astype(np.int64) if ext == "f8" else a
if "child_start" in cols:
    cols["child_start"] = cols["child_start"].astype(np.uint32)
outputs = tuple(vf.BATCH_OUTPUTS)  # every output, as vf_calculate computes
ctx = vf.Context()
cpu, wall = [], []
for _ in range(reps):
    c, t = time.process_time(), time.perf_counter()
    out = vf.batch_month(ctx, cols, 2024, 3, outputs=outputs, errors="status")
    cpu.append(time.process_time() - c)
    wall.append(time.perf_counter() - t)
out["assistance"].astype(np.float64).tofile(os.path.join(d, "assistance.f8"))
print(statistics.median(cpu), statistics.median(wall))
