"""Python half of bench/r_vs_python.R, on the clients the R script wrote as
the C batch's columns: velferd.batch_month on those columns (already the C
types), and Context.calculate on the same clients as a pandas DataFrame of
natural types (datetime64 birth dates, categoricals of code names, a boolean
fact, kroner as floats with money="kr", children one row per child), the
like-for-like counterpart of R's vf_calculate. Median times of REPS calls of
each, alternating; both must give the same assistance, which is written back
for the R script to compare. Prints, last, the median CPU and wall seconds of
batch_month, then of calculate."""
import os
import statistics
import sys
import time

import numpy as np
import pandas as pd
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


def categorical(codes, enum):
    names = {int(m): m.code_name for m in enum}
    cats = sorted(set(codes.tolist()))
    return pd.Categorical.from_codes(np.searchsorted(cats, codes), [names[c] for c in cats])


frame = pd.DataFrame({
    "birth_date": cols["birth"].astype("datetime64[D]").astype("datetime64[ns]"),
    "civil_status": categorical(cols["civil_status"], vf.CivilStatus),
    "trygd": categorical(cols["trygd"], vf.Trygd),
    "fact_lives_with_partner": categorical(cols["fact_lives_with_partner"], vf.Tristate),
    **{k: cols[k] / 100 for k in ("income_work", "income_trygd", "housing_rent",
                                  "housing_electricity")}})
kids = None
if "child_start" in cols:
    cs = cols["child_start"].astype(np.int64)
    kids = pd.Series(cols["child_birth"].astype("datetime64[D]").astype("datetime64[ns]"),
                     index=np.repeat(np.arange(n), cs[1:] - cs[:-1]))

outputs = tuple(vf.BATCH_OUTPUTS)  # every output, as vf_calculate computes
ctx = vf.Context()
# each call's whole result stays referenced until the next call of its kind
# returns, as R's `r <- vf_calculate(...)` keeps its data.frame
runs = {"batch_month": lambda: vf.batch_month(ctx, cols, 2024, 3, outputs=outputs,
                                              errors="status"),
        "calculate": lambda: ctx.calculate(frame, "2024-03", money="kr", children=kids,
                                           errors="status")}
cpu = {k: [] for k in runs}
wall = {k: [] for k in runs}
got = {}
for _ in range(reps):
    for k, run in runs.items():
        c, t = time.process_time(), time.perf_counter()
        got[k] = run()
        cpu[k].append(time.process_time() - c)
        wall[k].append(time.perf_counter() - t)
assistance = got["batch_month"]["assistance"]
if not np.array_equal(assistance, got["calculate"]["assistance"].to_numpy()):
    raise SystemExit("calculate and batch_month disagree")
assistance.astype(np.float64).tofile(os.path.join(d, "assistance.f8"))
print(*(statistics.median(x[k]) for k in runs for x in (cpu, wall)))
