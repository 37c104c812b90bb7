#!/usr/bin/python3
"""velferd indicators from register files against pandas, in one run.

    /usr/bin/python3 bench/indicators_pandas.py --velferd BUILD/tools/velferd/velferd \
        [--persons 800000] [--year 2024] [--dir /tmp/velferd-bench-reg] [--runs 3]

Makes a synthetic register with `velferd synth` (kept in --dir for the next run),
then times `velferd indicators DIR --format csv --suppress-below 0` and the same
figures computed by pandas (read_csv + groupby) from the same files, each in its
own process so that its peak memory (ru_maxrss) is its own. The figures are
checked equal (exact fractions for the scalar indicators, counts for every
table row): a difference fails the run. `velferd report` (the HTML page of the
same figures) is timed too, so that what the report adds to the indicators
shows. With --runs N the three are run N times, alternating (velferd,
report, pandas, velferd, ...), with the load average before each run, and the
medians are printed. Prints a table of times, MB/s, peak memory and the
ratio. The definitions are docs/indicators.md's.
"""
import argparse
import os
import statistics
import subprocess
import sys
import time
from fractions import Fraction

PROVIDER = {0: "no_children", 1: "1_child", 2: "2_children", 3: "3_children", 4: "4_children",
            5: "5_plus_children"}
AGE_GROUPS = ["18_24", "25_29", "30_39", "40_49", "50_59", "60_66", "67_plus", "under_18"]


def age_group(age):
    import numpy as np
    bins = [-1, 17, 24, 29, 39, 49, 59, 66, 10**6]
    labels = ["under_18"] + AGE_GROUPS[:-1]
    idx = np.digitize(age, bins[1:-1], right=True)
    out = np.array(labels, dtype=object)[idx]
    return out


def pandas_figures(reg, year):
    """The indicators of docs/indicators.md computed with pandas: {key: value}."""
    import numpy as np
    import pandas as pd
    codes = {c: "category" for c in ("gender", "civil_status", "citizenship", "main_income",
                                      "trygd")}
    clients = pd.read_csv(os.path.join(reg, "clients.csv"), dtype={"id": str, **codes},
                          keep_default_na=False)
    pay = pd.read_csv(os.path.join(reg, "payments.csv"),
                      dtype={"client_id": str, "year": "int16", "month": "int8",
                             "gross": str, "refunded": str, "kind": "category"},
                      keep_default_na=False)
    pay = pay[(pay["year"] == year) & pay["kind"].isin(["grant", "loan"])]

    def ore(col):  # kroner with at most two decimals, exactly to øre
        s = col.str.replace(",", ".", regex=False)
        parts = s.str.split(".", n=1, expand=True)
        whole = parts[0].astype("int64") * 100
        if parts.shape[1] > 1:
            frac = parts[1].fillna("").str.ljust(2, "0").replace("", "00").astype("int64")
        else:
            frac = 0
        return whole + frac

    gross, refunded = ore(pay["gross"]), ore(pay["refunded"])
    f = {"gross": Fraction(int(gross.sum())), "refunded": Fraction(int(refunded.sum()))}
    f["net"] = f["gross"] - f["refunded"]
    by_month = pd.DataFrame({"id": pay["client_id"], "month": pay["month"], "gross": gross}) \
        .groupby(["id", "month"], sort=False, observed=True)["gross"].sum()
    months = by_month[by_month > 0].reset_index()
    m = months.groupby("id")["month"].nunique()
    R = len(m)
    # longest run of consecutive months
    bits = months.assign(bit=np.left_shift(1, months["month"].astype("int64") - 1)) \
        .groupby("id")["bit"].sum().astype("int64")

    def longest(mask):
        run = 0
        while mask:
            mask &= mask << 1
            run += 1
        return run
    runs = bits.map(longest)
    rec = clients.set_index("id").loc[m.index]
    birth = pd.to_datetime(rec["birth_date"].replace("", None), format="%Y-%m-%d")
    age = year - birth.dt.year
    known = birth.notna() & (birth.dt.year <= year)
    groups = pd.Series("unknown", index=rec.index, dtype=object)
    groups[known] = age_group(age[known].astype("int64").to_numpy())
    nchildren = rec["children"].map(lambda s: len(s.split()) if s else 0)
    point = months[months["month"] == 11]["id"].nunique()
    f.update({
        "recipients": Fraction(R), "recipients_month": Fraction(point),
        "benefit_months": Fraction(int(m.sum())),
        "avg_duration": Fraction(int(m.sum()), R),
        "long_term_share": Fraction(100 * int((m >= 6).sum()), R),
        "long_term_continuous_share": Fraction(100 * int((runs >= 6).sum()), R),
        "gross_per_recipient": f["gross"] / R, "avg_per_month": f["gross"] / int(m.sum()),
        "sa_main_income_share": Fraction(100 * int((rec["main_income"] == "social_assistance").sum()), R),
        "sa_long_term_share": Fraction(100 * int(((rec["main_income"] == "social_assistance")
                                                  & (m >= 6)).sum()), R),
        "young_share": Fraction(100 * int((groups == "18_24").sum()), R),
        "provider_share": Fraction(100 * int((nchildren > 0).sum()), R),
        "children": Fraction(int(nchildren.sum())),
    })
    pop = pd.read_csv(os.path.join(reg, "population.csv"))
    band = pop[(pop["year"] == year) & pop["age"].between(18, 66)]["persons"].sum()
    in_band = int((known & age.between(18, 66)).sum())
    f["population_rate"] = Fraction(100 * in_band, int(band))
    for name, col in (("age_group", groups), ("gender", rec["gender"].astype(str)),
                      ("civil_status", rec["civil_status"].astype(str)),
                      ("citizenship", rec["citizenship"].astype(str)),
                      ("main_income", rec["main_income"].astype(str)),
                      ("trygd", rec["trygd"][rec["main_income"] == "trygd"].astype(str)),
                      ("duration", m.astype(str)),
                      ("provider_status", nchildren.clip(upper=5).map(PROVIDER))):
        for code, count in col.value_counts().items():
            f[f"table.{name}.{code}"] = Fraction(int(count))
    return f


def velferd_figures(csv_text):
    f = {}
    for line in csv_text.splitlines()[1:]:
        year, section, name, code, value, pct, children, num, den, status = line.split(",")
        if section == "indicator" and status == "ok":
            f[name] = Fraction(int(num), int(den))
        elif section == "table" and code != "total" and int(value):
            f[f"table.{name}.{code}"] = Fraction(int(value))
    return f


def timed(cmd):
    """Runs cmd; (seconds, peak RSS in MB, stdout, CPU seconds (user + system))."""
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out = p.stdout.read()
    err = p.stderr.read()
    _, status, ru = os.wait4(p.pid, 0)
    secs = time.perf_counter() - t0
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        sys.exit(f"{cmd[0]} failed: {err.decode(errors='replace')}")
    return secs, ru.ru_maxrss / 1024, out.decode(), ru.ru_utime + ru.ru_stime


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--velferd", required=True)
    ap.add_argument("--persons", type=int, default=800000)
    ap.add_argument("--year", type=int, default=2024)
    ap.add_argument("--dir", default="/tmp/velferd-bench-reg")
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--pandas-only", action="store_true", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.pandas_only:  # the child process of the pandas measurement
        f = pandas_figures(a.dir, a.year)
        print(repr({k: (v.numerator, v.denominator) for k, v in f.items()}))
        return
    reg = f"{a.dir}-{a.persons}-{a.year}"
    if not os.path.exists(os.path.join(reg, "payments.csv")):
        subprocess.run([a.velferd, "synth", "--persons", str(a.persons), "--year", str(a.year),
                        "-o", reg], check=True, stdout=subprocess.DEVNULL)
    size = sum(os.path.getsize(os.path.join(reg, n))
               for n in ("clients.csv", "payments.csv", "population.csv"))
    def load():
        with open("/proc/loadavg") as fh:
            return fh.read().split()[0]
    html = os.path.join(reg, "..", os.path.basename(reg) + "-report.html")
    runs = {"indicators": [], "report": [], "pandas": []}
    mb = size / 1e6
    print(f"register\t{a.persons} persons, year {a.year}, {mb:.1f} MB of CSV")
    bad = False
    for r in range(a.runs):
        l1 = load()
        vt, vmem, vout, vc = timed([a.velferd, "indicators", reg, "--year", str(a.year), "--format",
                                "csv", "--suppress-below", "0"])
        l2 = load()
        rt, rmem, _, rc = timed([a.velferd, "report", reg, "--year", str(a.year), "-o", html])
        l3 = load()
        pt, pmem, pout, pc = timed([sys.executable, __file__, "--pandas-only", "--dir", reg,
                                "--year", str(a.year), "--velferd", a.velferd])
        vf = velferd_figures(vout)
        pf = {k: Fraction(*v) for k, v in eval(pout).items()}
        diff = sorted(k for k in set(vf) | set(pf) if vf.get(k) != pf.get(k))
        runs["indicators"].append((vt, vmem, vc))
        runs["report"].append((rt, rmem, rc))
        runs["pandas"].append((pt, pmem, pc))
        print(f"run {r + 1}\tindicators {vt:.2f} s, CPU {vc:.2f} s (load {l1})"
              f"\treport {rt:.2f} s, CPU {rc:.2f} s (load {l2})"
              f"\tpandas {pt:.2f} s, CPU {pc:.2f} s (load {l3})\tfigures {len(vf)} compared: "
              f"{'equal' if not diff else 'DIFFERENT: ' + ', '.join(diff[:10])}")
        for k in diff[:10]:
            print(f"  {k}: velferd {vf.get(k)} pandas {pf.get(k)}")
        bad |= bool(diff)
    med = {k: (statistics.median(x[0] for x in v), max(x[1] for x in v),
               statistics.median(x[2] for x in v)) for k, v in runs.items()}
    (vt, vmem, vc), (rt, rmem, rc), (pt, pmem, pc) = med["indicators"], med["report"], med["pandas"]
    print(f"median of {a.runs} run(s) (wall; CPU = user + system, less sensitive to the load):")
    print(f"velferd indicators\t{vt:.2f} s\tCPU {vc:.2f} s\t{mb / vt:.0f} MB/s\tpeak {vmem:.0f} MB")
    print(f"velferd report\t{rt:.2f} s\tCPU {rc:.2f} s\t{mb / rt:.0f} MB/s\tpeak {rmem:.0f} MB"
          f"\t(+{rt - vt:.2f} s, CPU +{rc - vc:.2f} s on top of the indicators)")
    print(f"pandas read_csv + groupby\t{pt:.2f} s\tCPU {pc:.2f} s\t{mb / pt:.0f} MB/s"
          f"\tpeak {pmem:.0f} MB")
    print(f"ratio\tvelferd indicators is {pt / vt:.1f}x faster than pandas (CPU {pc / vc:.1f}x), "
          f"report {pt / rt:.1f}x (CPU {pc / rc:.1f}x); "
          f"peak memory {vmem / mb:.2f}x the CSV size (report {rmem / mb:.2f}x, "
          f"pandas {pmem / mb:.2f}x)")
    print(f"figures\t{'equal in every run' if not bad else 'DIFFERENT'}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
