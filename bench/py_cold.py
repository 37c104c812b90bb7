"""First (cold) against warm calls of the Python batch (docs/performance.md,
"Cold calls"): ``velferd.batch_month`` on the benchmark's columns with
(1) outputs the binding allocates (``outputs=`` only), (2) fresh numpy
outputs passed as ``out=``, (3) the same outputs again (warm: reusing the
caller's buffers). Each 3 times, median CPU time (process) and wall time.

    PYTHONPATH=BUILD/bindings/python/pkg /usr/bin/python3 bench/py_cold.py \\
        --bench BUILD/bench/velferd_bench --sizes 1000000,10000000
"""
import argparse
import os
import statistics
import sys
import tempfile
import time

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench  # noqa: E402  (the benchmark's columns and context)
import velferd as vf  # noqa: E402


def timed(fn, *args, **kw):
    c0, w0 = time.process_time(), time.perf_counter()
    fn(*args, **kw)
    return time.process_time() - c0, time.perf_counter() - w0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--bench", required=True)
    ap.add_argument("--sizes", default="1000000,10000000")
    args = ap.parse_args()
    ctx = bench.bench_context()
    print(f"# load average before: {os.getloadavg()[0]:.1f}")
    print("| clients | variant | CPU s (median of 3) | wall s |")
    print("|---:|---|---:|---:|")
    with tempfile.TemporaryDirectory(prefix="vfcold") as tmp:
        for n in (int(x) for x in args.sizes.split(",")):
            c = bench.load_columns(args.bench, n, tmp)
            res = {"library outputs (outputs= only), cold": [], "fresh numpy out=, cold": [],
                   "same out= again, warm": []}
            for _ in range(3):
                call = (vf.batch_month, ctx, c, bench.YEAR, bench.MONTH)
                res["library outputs (outputs= only), cold"].append(timed(*call, outputs=bench.OUTPUTS))
                o = {k: np.empty(n, vf.BATCH_OUTPUTS[k]) for k in bench.OUTPUTS}
                res["fresh numpy out=, cold"].append(timed(*call, outputs=bench.OUTPUTS, out=o))
                res["same out= again, warm"].append(timed(*call, outputs=bench.OUTPUTS, out=o))
                o = None  # unmapped before the next round
            for name, t in res.items():
                print(f"| {n} | {name} | {statistics.median(x[0] for x in t):.4f} | "
                      f"{statistics.median(x[1] for x in t):.4f} |")
            c = None
    print(f"# load average after: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
