#!/usr/bin/python3
"""velferd benchmark, Python side and the merged table (docs/performance.md).

Runs the C benchmark (velferd_bench) for the bandwidth reference, the C batch
and the single-call latency, then measures in this process, on the same
synthetic clients (written by ``velferd_bench dump``):

- velferd.batch_month on numpy arrays (the binding's batch call);
- numpy_month below: the same rules written directly in vectorised numpy,
  int64 to the øre with the same rounding, as a researcher would without
  velferd; checked to give exactly the C batch's results;
- a per-client Python loop over the binding's single-client calls (small N);
- Context.calculate from a pandas DataFrame of natural dtypes against
  batch_month on the pre-converted columns, alternately (issue 18).

Usage: PYTHONPATH=<build>/bindings/python/pkg /usr/bin/python3 bench/bench.py \
           --bench <build>/bench/velferd_bench [--sizes 10000,100000,...] [--reps 7]
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import sys
import tempfile
import time

import numpy as np

import velferd as vf

YEAR, MONTH = 2022, 3
SIZES = [10_000, 100_000, 1_000_000, 10_000_000]
LOOP_SIZES = (10_000, 100_000)
OUTPUTS = ("status", "norm", "housing", "income", "assistance", "kvp_benefit")


# ---- measurement helpers (as bench.c) ----

def status_kb(key: str) -> int:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(key):
                return int(line.split()[1])
    return -1


def reset_peak() -> None:
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
    except OSError:
        pass


def measure(fn, reps: int):
    """(cold seconds, median, min, peak RSS kB, result of the last run)."""
    reset_peak()
    t0 = time.perf_counter()
    res = fn(True)
    cold = time.perf_counter() - t0
    ts = []
    for _ in range(reps):
        t0 = time.perf_counter()
        res = fn(False)
        ts.append(time.perf_counter() - t0)
    ts.sort()
    return cold, ts[len(ts) // 2], ts[0], status_kb("VmHWM:"), res


# ---- the context (as bench.c sets it) ----

def bench_context() -> vf.Context:
    ctx = vf.Context("bergen")
    ctx.set_param("kvp.child_supplement", dt.date(2007, 11, 1), 2700,
                  source="benchmark assumption (NAV's undated page: 27 kr)")
    ctx.set_param("kvp.full_rate_from_next_month", dt.date(2007, 11, 1), 0,
                  source="benchmark assumption")
    return ctx


# ---- the rules in plain numpy ----

def round_div(a: np.ndarray, num, den):
    """a x num / den rounded half away from zero, for a >= 0 (int64)."""
    return (a * (2 * num) + den) // (2 * den)


def day_numbers(year, month, day):
    """Day numbers (days since 1970-01-01) of dates given as arrays; a day
    past the end of the month runs into the next (29 Feb -> 1 Mar)."""
    ym = (np.asarray(year, np.int64) - 1970) * 12 + (np.asarray(month, np.int64) - 1)
    first = ym.astype("datetime64[M]").astype("datetime64[D]").astype(np.int64)
    return first + np.asarray(day, np.int64) - 1


def birthday(days: np.ndarray, years: int) -> np.ndarray:
    """Day number of the `years`-th birthday (1 March for 29 February in a
    common year)."""
    d = days.astype("datetime64[D]")
    m = d.astype("datetime64[M]")
    y = m.astype("datetime64[Y]")
    year = y.astype(np.int64) + 1970
    month = (m - y.astype("datetime64[M]")).astype(np.int64) + 1
    day = (d - m.astype("datetime64[D]")).astype(np.int64) + 1
    return day_numbers(year + years, month, day)


def weekdays_before(x: np.ndarray) -> np.ndarray:
    """Monday-Friday days before day number x (1970-01-05 was a Monday)."""
    k = x.astype(np.int64) + 3 + 7 * 200000
    return 5 * (k // 7) + np.minimum(k % 7, 5)


class Rates:
    """The parameters of the month, read once from the context."""

    def __init__(self, ctx: vf.Context, year: int, month: int):
        on = dt.date(year, month, 1)
        self.first = (on - dt.date(1970, 1, 1)).days
        self.dim = ((dt.date(year + month // 12, month % 12 + 1, 1) - on).days)
        self.last = self.first + self.dim - 1
        p = lambda name: ctx.param(name, on)
        own = p("municipal.own_norm").num != 0
        base = "municipal.norm." if own else "guideline."
        self.adult = np.array([0, p(base + "single").num, p(base + "couple").num,
                               p(base + "sharing").num], np.int64)  # by vf_household 1..3
        self.child = np.array([p(base + "child_0_5").num, p(base + "child_6_10").num,
                               p(base + "child_11_17").num], np.int64)
        self.age = {k: day_numbers(year - k, month, 1) for k in (6, 11, 18)}
        self.cap_on = p("municipal.rent_cap.enabled").num != 0
        if self.cap_on:
            self.cap = (p("municipal.rent_cap.single").num, p("municipal.rent_cap.couple").num,
                        p("municipal.rent_cap.per_child").num)
        self.cb_exempt = p("assistance.child_benefit_exempt").num != 0
        self.r80 = p("rule80.enabled").num != 0
        if self.r80:
            fr = p("rule80.fraction")
            self.r80_fraction = (fr.num, fr.den)
            self.minpen = (p("minimum_pension.single").num, p("minimum_pension.couple").num)
            self.permanent = np.array([p("rule80.permanent." + t.code_name).num != 0
                                       for t in vf.Trygd], bool)
        g, gf, u25 = p("g"), p("kvp.g_factor"), p("kvp.under25_fraction")
        self.kvp_full = int(round_div(np.int64(g.num), gf.num, gf.den))
        self.kvp_u25 = int(round_div(np.int64(g.num), gf.num * u25.num, gf.den * u25.den))
        self.kvp_child = p("kvp.child_supplement").num
        self.kvp_week = p("kvp.full_time_minutes_per_week").num
        # every parameter must be constant through the month for this version
        for name in ("g", "kvp.g_factor", "kvp.under25_fraction", "kvp.child_supplement"):
            assert ctx.param(name, dt.date(year, month, self.dim)).valid_from <= on


def numpy_month(r: Rates, c: dict) -> dict:
    """Assistance with the 80 % rule and the qualification benefit for
    valid clients (the synthetic ones are), vectorised, int64 øre."""
    n = len(c["birth"])
    YES, NO = int(vf.Tristate.YES), int(vf.Tristate.NO)
    partner, shares = c["fact_lives_with_partner"], c["fact_shares_home"]
    civil = c["civil_status"]
    couple = np.where(partner != 0, partner == YES,
                      (civil == int(vf.CivilStatus.MARRIED)) | (civil == int(vf.CivilStatus.COHABITING)))
    household = np.where(couple, 2, np.where(shares == YES, 3, 1)).astype(np.uint8)
    # children: rate by age group on the first of the month, summed per client
    cs, cb = c["child_start"].astype(np.int64), c["child_birth"]
    group = np.where(cb > r.age[6], 0, np.where(cb > r.age[11], 1, 2))
    csum = np.concatenate(([0], np.cumsum(r.child[group])))
    nchild = cs[1:] - cs[:-1]
    norm = r.adult[household] + (csum[cs[1:]] - csum[cs[:-1]])
    rent, elec = c["housing_rent"], c["housing_electricity"]
    if r.cap_on:
        cap = np.where(couple, r.cap[1], r.cap[0]) + r.cap[2] * nchild
        rent = np.minimum(rent, cap)
    housing = rent + elec + c["housing_other"]
    income = np.zeros(n, np.int64)
    for k in vf.IncomeKind:
        if k == vf.IncomeKind.CHILD_BENEFIT and r.cb_exempt:
            continue
        income += c["income_" + k.code_name]
    ordinary = np.maximum(norm + housing - income, 0)
    assistance = ordinary
    if r.r80:
        level = round_div(np.where(couple, 2 * r.minpen[1], r.minpen[0]), 1, 12)
        minimum = round_div(level, *r.r80_fraction)
        supplement = np.maximum(minimum + rent + elec - income, 0)
        assistance = np.where(r.permanent[c["trygd"]], np.maximum(ordinary, supplement), ordinary)
    # qualification benefit: full rate from the 25th birthday; parts before
    # and from it, each pro rata by days and rounded
    part = c["kvp"] != 0
    b25 = birthday(c["birth"][part], 25)
    u25_days = np.clip(b25 - r.first, 0, r.dim)
    full_days = r.dim - u25_days
    den = 12 * r.dim
    base = (np.where(u25_days > 0, round_div(np.int64(r.kvp_u25) * u25_days, 1, den), 0)
            + np.where(full_days > 0, round_div(np.int64(r.kvp_full) * full_days, 1, den), 0))
    trygd = c["income_trygd"][part]
    trygd_cut = (np.where(u25_days > 0, round_div(trygd * u25_days, 1, r.dim), 0)
                 + np.where(full_days > 0, round_div(trygd * full_days, 1, r.dim), 0))
    # child-weekdays: each child under 18 on the weekdays of the month
    lo = np.maximum(cb, r.first)
    hi = np.minimum(birthday(cb, 18) - 1, r.last)
    wd = np.where(lo <= hi, weekdays_before(hi + 1) - weekdays_before(lo), 0)
    wsum = np.concatenate(([0], np.cumsum(wd)))
    cdays = wsum[cs[1:]] - wsum[cs[:-1]]
    gross = base + r.kvp_child * cdays[part]
    minutes = c["kvp_work_minutes"][part].astype(np.int64)
    work = round_div(gross * minutes, 1, r.kvp_week)
    kvp = np.zeros(n, np.int64)
    kvp[part] = np.maximum(gross - work - trygd_cut, 0)
    return {"status": np.zeros(n, np.uint8), "norm": norm, "housing": housing, "income": income,
            "assistance": assistance, "kvp_benefit": kvp}


# ---- the runs ----

def load_columns(bench: str, n: int, tmp: str) -> dict:
    subprocess.run([bench, "dump", str(n), tmp], check=True, stdout=subprocess.DEVNULL)
    types = dict(vf.BATCH_INPUTS)
    cols = {}
    for name, dtype in types.items():
        cols[name] = np.fromfile(os.path.join(tmp, name + ".bin"), dtype=dtype)
        os.unlink(os.path.join(tmp, name + ".bin"))
    return cols


def single_loop(ctx: vf.Context, c: dict, n: int):
    """Clients built once; the timed loop calls the binding per client."""
    kinds = list(vf.IncomeKind)
    facts = list(vf.Fact)
    epoch = dt.date(1970, 1, 1)
    clients = []
    cs = c["child_start"]
    for i in range(n):
        cl = vf.Client(birth_date=epoch + dt.timedelta(days=int(c["birth"][i])),
                       civil_status=int(c["civil_status"][i]), trygd=int(c["trygd"][i]),
                       incomes={k: int(c["income_" + k.code_name][i]) for k in kinds},
                       housing={k: int(c["housing_" + k.code_name][i]) for k in vf.HousingKind},
                       facts={f: int(c["fact_" + f.code_name][i]) for f in facts},
                       children=[epoch + dt.timedelta(days=int(d))
                                 for d in c["child_birth"][cs[i]:cs[i + 1]]])
        clients.append((cl, bool(c["kvp"][i]), int(c["kvp_work_minutes"][i])))

    def run(_cold):
        a = np.empty(n, np.int64)
        k = np.zeros(n, np.int64)
        for i, (cl, part, minutes) in enumerate(clients):
            a[i] = vf.assistance_month(ctx, cl, YEAR, MONTH).assistance
            if part:
                k[i] = vf.kvp_benefit_month(ctx, cl, YEAR, MONTH,
                                            work_minutes_per_week=minutes).amount
        return {"assistance": a, "kvp_benefit": k}
    return run


# ---- Context.calculate from a DataFrame against batch_month (issue 18) ----

def natural_frame(c: dict, n: int):
    """The synthetic clients as a researcher holds them: a DataFrame with
    datetime64 birth dates, categoricals of code names (trygd's categories
    sorted by name, so they are mapped, not taken as they are), facts as
    categoricals and booleans, int64 øre, a bool ``kvp`` column; children
    one row per child (a Series of birth dates indexed by the parent row)."""
    import pandas as pd

    def cat(v, cls, order=None):
        names = [m.code_name for m in cls]
        f = pd.Categorical.from_codes(v.astype(np.int8) - int(list(cls)[0]), categories=names)
        return f.reorder_categories(sorted(names)) if order == "sorted" else f
    d = {"birth_date": c["birth"].astype("datetime64[D]").astype("datetime64[ns]"),
         "civil_status": cat(c["civil_status"], vf.CivilStatus),
         "trygd": cat(c["trygd"], vf.Trygd, "sorted")}
    for f in vf.Fact:
        col = c["fact_" + f.code_name]
        d["fact_" + f.code_name] = (col == int(vf.Tristate.YES)) if (col != 0).all() \
            else cat(col, vf.Tristate)
    for k in vf.IncomeKind:
        d["income_" + k.code_name] = c["income_" + k.code_name]
    for k in vf.HousingKind:
        d["housing_" + k.code_name] = c["housing_" + k.code_name]
    d["kvp"] = c["kvp"].astype(bool)
    d["kvp_work_minutes"] = c["kvp_work_minutes"]
    cs = c["child_start"].astype(np.int64)
    kids = pd.Series(c["child_birth"].astype("datetime64[D]").astype("datetime64[ns]"),
                     index=np.repeat(np.arange(n), cs[1:] - cs[:-1]))
    return pd.DataFrame(d), kids


def calculate_rows(ctx: vf.Context, c: dict, n: int, reps: int):
    """batch_month on the pre-converted columns and Context.calculate on the
    DataFrame, both with every output freshly allocated (as a caller does),
    measured alternately in the same loop (this machine is shared: a quiet
    moment helps both); checked equal to the øre. Wall seconds and the
    process's user and system CPU seconds: the system part is the kernel
    handing out fresh (huge) pages, which varies tenfold with the machine's
    memory pressure, so the user time is the measure of velferd's own work."""
    df, kids = natural_frame(c, n)
    names = tuple(vf.BATCH_OUTPUTS)
    runs = {"py_batch_fresh": lambda: vf.batch_month(ctx, c, YEAR, MONTH, outputs=names),
            "py_calculate": lambda: ctx.calculate(df, (YEAR, MONTH), children=kids)}
    reset_peak()
    first = {k: f() for k, f in runs.items()}
    for k in names:
        if k in ("status", "kvp_status", "household"):
            continue
        got = np.asarray(first["py_calculate"][k]).astype(vf.BATCH_OUTPUTS[k])
        if not np.array_equal(got, first["py_batch_fresh"][k]):
            raise SystemExit(f"calculate differs from batch_month in {k}")
    del first
    import resource
    wall = {k: [] for k in runs}
    user = {k: [] for k in runs}
    system = {k: [] for k in runs}
    for rep in range(reps):
        order = list(runs) if rep % 2 == 0 else list(runs)[::-1]
        for k in order:
            r0, t0 = resource.getrusage(resource.RUSAGE_SELF), time.perf_counter()
            runs[k]()
            t1, r1 = time.perf_counter(), resource.getrusage(resource.RUSAGE_SELF)
            wall[k].append(t1 - t0)
            user[k].append(r1.ru_utime - r0.ru_utime)
            system[k].append(r1.ru_stime - r0.ru_stime)
    med = lambda v: sorted(v)[len(v) // 2]  # noqa: E731
    return {k: (min(wall[k]), med(wall[k]), med(user[k]), med(system[k])) for k in runs}


def print_calculate(rows) -> None:
    print("\nContext.calculate from a DataFrame against batch_month on pre-converted columns "
          "(all outputs, fresh arrays, measured alternately; user and system CPU from "
          "getrusage):\n")
    print("| clients | what | min wall s | median wall s | median user s | median system s "
          "| ns/client (median user) | × batch_month (min wall) | × batch_month (median user) |")
    print("|---:|---|---:|---:|---:|---:|---:|---:|---:|")
    for n, r in rows:
        b = r["py_batch_fresh"]
        for k, (mn, med, usr, sys_) in r.items():
            print(f"| {n:,} | {k} | {mn:.4f} | {med:.4f} | {usr:.4f} | {sys_:.4f} | "
                  f"{usr / n * 1e9:.1f} | {mn / b[0]:.2f} | {usr / b[2]:.2f} |")


def c_rows(bench: str, args) -> dict:
    out = subprocess.run([bench] + args, check=True, capture_output=True, text=True).stdout
    rows = {}
    for line in out.splitlines():
        f = line.split("\t")
        if f[0] == "row":
            rows[(f[1], int(f[2]))] = (float(f[3]), float(f[4]), float(f[5]), int(f[6]))
        elif f[0] == "latency":
            rows[("latency", int(f[2]))] = float(f[3])
        elif f[0] == "ind_input":
            rows["ind_input"] = (int(f[1]), int(f[2]), int(f[3]), float(f[4]))
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bench", required=True, help="path of velferd_bench")
    ap.add_argument("--sizes", default=",".join(map(str, SIZES)))
    ap.add_argument("--reps", type=int, default=7)
    ap.add_argument("--indicators", default="5500000x12",
                    help="PERSONSxMONTHS for the indicator pass ('' to skip)")
    ap.add_argument("--no-calculate", dest="calculate", action="store_false",
                    help="skip Context.calculate from a DataFrame")
    args = ap.parse_args()
    sizes = [int(x) for x in args.sizes.split(",")]
    print(f"# velferd {vf.version()}  numpy {np.__version__}  python {sys.version.split()[0]}")
    print("# load average before: " + " ".join(f"{x:.1f}" for x in os.getloadavg()))
    print("# " + subprocess.run(["uname", "-srm"], capture_output=True, text=True).stdout.strip())
    table = []
    calc = []
    lat = c_rows(args.bench, ["latency", "100000"]).get(("latency", 100000))
    ctx = bench_context()
    rates = Rates(ctx, YEAR, MONTH)
    with tempfile.TemporaryDirectory(prefix="vfbench") as tmp:
        for n in sizes:
            crow = c_rows(args.bench, ["rules", str(n)])
            c = load_columns(args.bench, n, tmp)
            out = {k: np.empty(n, vf.BATCH_OUTPUTS[k]) for k in OUTPUTS}

            def py_batch(cold):
                o = {k: np.empty(n, vf.BATCH_OUTPUTS[k]) for k in OUTPUTS} if cold else out
                return vf.batch_month(ctx, c, YEAR, MONTH, outputs=OUTPUTS, out=o)
            py = measure(py_batch, args.reps)
            npy = measure(lambda cold: numpy_month(rates, c), max(3, args.reps // 2))
            for k in OUTPUTS:  # identical to the øre
                if not np.array_equal(py[4][k], npy[4][k]):
                    bad = np.flatnonzero(py[4][k] != npy[4][k])
                    print(f"MISMATCH {k} at {bad[:10]}: C {py[4][k][bad[:5]]} numpy "
                          f"{npy[4][k][bad[:5]]}", file=sys.stderr)
                    return 1
            rows = [("bandwidth", crow[("bandwidth", n)]), ("c_batch_1t", crow[("c_batch_1t", n)]),
                    ("c_batch_2t", crow[("c_batch_2t", n)]), ("py_batch_1t", py[:4]),
                    ("numpy", npy[:4])]
            if n in LOOP_SIZES:
                loop = measure(single_loop(ctx, c, n), 1)
                for k in ("assistance", "kvp_benefit"):
                    assert np.array_equal(loop[4][k], py[4][k]), k
                rows.append(("py_single_loop", loop[:4]))
            table.append((n, rows))
            if args.calculate:
                calc.append((n, calculate_rows(ctx, c, n, args.reps)))
            del c, out
    ind = None
    if args.indicators:
        persons, months = args.indicators.split("x")
        ind = c_rows(args.bench, ["indicators", persons, months])
    print("# load average after: " + " ".join(f"{x:.1f}" for x in os.getloadavg()))
    print_table(table, lat)
    if calc:
        print_calculate(calc)
    if ind:
        print_indicators(ind)
    return 0


def print_indicators(ind) -> None:
    persons, records, input_kb, build_s = ind["ind_input"]
    print(f"\nindicator pass: {persons:,} persons, {records:,} payment records "
          f"(24 bytes each: {records * 24 / 2**20:,.0f} MiB), process RSS with the register "
          f"built {input_kb / 1024:,.0f} MiB (built in {build_s:.0f} s, not timed)\n")
    print("| what | cold s | median s | records/s | ns/record | peak RSS MiB | peak / input |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for key, (cold, med, _mn, peak) in ind.items():
        if key == "ind_input":
            continue
        print(f"| {key[0]} | {cold:.3f} | {med:.3f} | {records / med:,.0f} | "
              f"{med / records * 1e9:.1f} | {peak / 1024:,.0f} | {peak / input_kb:.3f} |")


def print_table(table, lat) -> None:
    print("| clients | what | cold s | median s | clients/s | ns/client | peak RSS MB "
          "| × numpy | × bandwidth |")
    print("|---:|---|---:|---:|---:|---:|---:|---:|---:|")
    for n, rows in table:
        d = dict(rows)
        for name, (cold, med, _mn, peak) in rows:
            print(f"| {n:,} | {name} | {cold:.6f} | {med:.6f} | {n / med:,.0f} | "
                  f"{med / n * 1e9:.1f} | {peak / 1024:,.0f} | {med / d['numpy'][1]:.3f} | "
                  f"{med / d['bandwidth'][1]:.2f} |")
    if lat is not None:
        print(f"\nsingle-client C call vf_assistance_month: {lat:.1f} ns (median of 7 loops "
              f"over 100 000 prepared clients)")


if __name__ == "__main__":
    sys.exit(main())
