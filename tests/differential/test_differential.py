#!/usr/bin/python3
"""Differential test: the C library (called through ctypes on the built shared
library, independent of the bindings) against reference.py over N random
clients (default 100 000; env VELFERD_DIFF_CLIENTS) and many months from 2010
to 2026, a quarter of them April or May (the 1 May boundary where G and the
rates change), in the default and the bergen profile. Every component of the
result must agree, and where the library fails the reference must fail with
the same status. Then the qualification benefit (kvp_diff.py, reference_kvp.py)
over as many random periods. Usage: test_differential.py LIBVELFERD.so DATA_DIR"""
import ctypes as C
import datetime
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import reference as R  # noqa: E402
import kvp_diff  # noqa: E402


class Date(C.Structure):
    _fields_ = [("year", C.c_int), ("month", C.c_int), ("day", C.c_int)]


class Error(C.Structure):
    _fields_ = [("status", C.c_int), ("line", C.c_int), ("field", C.c_char * 64),
                ("message", C.c_char * 320)]


MONEY = ["norm_adults", "norm_children", "norm", "rent", "rent_cap", "rent_allowed",
         "electricity", "other_housing", "housing", "income", "income_exempt", "ordinary"]


class Result(C.Structure):
    _fields_ = ([("household", C.c_int), ("children", C.c_size_t)]
                + [(m, C.c_int64) for m in MONEY]
                + [("rule80_enabled", C.c_int), ("rule80_applies", C.c_int),
                   ("rule80_level", C.c_int64), ("rule80_minimum", C.c_int64),
                   ("rule80_supplement", C.c_int64), ("assistance", C.c_int64)])


STATUS = {2: "RANGE", 3: "DATE", 4: "UNKNOWN_CODE", 8: "OVERFLOW", 10: "NO_VALUE",
          12: "INCONSISTENT"}
HOUSEHOLD = {1: "single", 2: "couple", 3: "sharing"}
INCOME_KINDS = ["work", "trygd", "programme", "child_benefit", "child_support", "housing",
                "partner", "other"]
CIVIL = ["unknown", "unmarried", "married", "cohabiting", "separated_divorced", "widowed"]


def main():
    lib = C.CDLL(sys.argv[1])
    data = sys.argv[2]
    n = int(os.environ.get("VELFERD_DIFF_CLIENTS", "100000"))
    vp = C.c_void_p
    lib.vf_ctx_new.argtypes = [C.POINTER(vp), C.c_char_p, C.POINTER(Error)]
    lib.vf_client_new.argtypes = [C.POINTER(vp), C.POINTER(Error)]
    lib.vf_client_free.argtypes = [vp]
    lib.vf_ctx_free.argtypes = [vp]
    for f in ("birth_date",):
        getattr(lib, "vf_client_set_" + f).argtypes = [vp, Date, C.POINTER(Error)]
    lib.vf_client_add_child.argtypes = [vp, Date, C.POINTER(Error)]
    for f in ("civil_status", "trygd"):
        getattr(lib, "vf_client_set_" + f).argtypes = [vp, C.c_int, C.POINTER(Error)]
    lib.vf_client_set_income.argtypes = [vp, C.c_int, C.c_int64, C.POINTER(Error)]
    lib.vf_client_set_housing.argtypes = [vp, C.c_int, C.c_int64, C.POINTER(Error)]
    lib.vf_client_set_fact.argtypes = [vp, C.c_int, C.c_int, C.POINTER(Error)]
    lib.vf_assistance_month.argtypes = [vp, vp, C.c_int, C.c_int, C.POINTER(Result), vp,
                                        C.POINTER(Error)]
    ctx = {}
    refp = {}
    for prof in ("default", "bergen"):
        h = vp()
        assert lib.vf_ctx_new(C.byref(h), prof.encode(), None) == 0
        ctx[prof] = h
        refp[prof] = R.Params(data, prof)

    rnd = random.Random(20261122)
    counts = {"clients": 0, "ok": 0, "both_failed": 0, "other_status": 0, "may_boundary": 0}
    statuses = {}
    mismatches = []
    for i in range(n):
        year = rnd.randint(2010, 2026)
        month = rnd.choice([4, 5]) if rnd.random() < 0.25 else rnd.randint(1, 12)
        counts["may_boundary"] += month in (4, 5)
        on = datetime.date(year, month, 1)
        prof = "bergen" if i % 2 else "default"
        c = {"birth": None, "civil": "unknown", "trygd": 0, "partner": None,
             "shares_home": None, "income": {}, "housing": {}, "children": []}
        h = vp()
        assert lib.vf_client_new(C.byref(h), None) == 0
        if rnd.random() < 0.97:
            b = on - datetime.timedelta(days=rnd.randint(-40, 80 * 365))
            c["birth"] = b
            assert lib.vf_client_set_birth_date(h, Date(b.year, b.month, b.day), None) == 0
        civ = rnd.randrange(len(CIVIL))
        c["civil"] = CIVIL[civ]
        lib.vf_client_set_civil_status(h, civ, None)
        c["trygd"] = rnd.choice([0, 4, 7, 7, 4, 12, 1, 11, rnd.randrange(14)])
        lib.vf_client_set_trygd(h, c["trygd"], None)
        for fact, key in ((4, "partner"), (5, "shares_home")):
            v = rnd.choice([0, 0, 1, 2])
            c[key] = {0: None, 1: False, 2: True}[v]
            lib.vf_client_set_fact(h, fact, v, None)
        kids = rnd.choice([0, 0, 0, 1, 2, 3, 4])
        for _ in range(kids):
            kb = on - datetime.timedelta(days=rnd.randint(-20, 18 * 365 + 10))
            c["children"].append(kb)
            lib.vf_client_add_child(h, Date(kb.year, kb.month, kb.day), None)
        for k, name in enumerate(INCOME_KINDS):
            if rnd.random() < (0.1 if name in ("partner", "child_benefit") else 0.35):
                m = rnd.randint(0, 3_000_000)
                c["income"][name] = m
                lib.vf_client_set_income(h, k, m, None)
        for k, name in enumerate(("rent", "electricity", "other")):
            if rnd.random() < 0.8:
                m = rnd.randint(0, 2_000_000)
                c["housing"][name] = m
                lib.vf_client_set_housing(h, k, m, None)

        res, err = Result(), Error()
        st = lib.vf_assistance_month(ctx[prof], h, year, month, C.byref(res), None, C.byref(err))
        lib.vf_client_free(h)
        counts["clients"] += 1
        try:
            ref = R.assistance_month(refp[prof], c, year, month)
            ref_status = None
        except R.RuleError as e:
            ref, ref_status = None, e.status
        got_status = STATUS.get(st, str(st)) if st else None
        if got_status or ref_status:
            statuses[got_status] = statuses.get(got_status, 0) + 1
            if not got_status or not ref_status:
                mismatches.append((i, prof, year, month, f"status C {got_status} "
                                   f"({err.message.decode(errors='replace')}) vs reference {ref_status}", c))
            else:
                # Both refuse the input. docs/rules.md does not fix which of
                # several faults is reported first, so only count differences.
                counts["both_failed"] += 1
                counts["other_status"] += got_status != ref_status
            continue
        diffs = []
        if HOUSEHOLD.get(res.household) != ref["household"]:
            diffs.append(f"household {res.household} vs {ref['household']}")
        if res.children != ref["children"]:
            diffs.append(f"children {res.children} vs {ref['children']}")
        for m in MONEY + ["rule80_enabled", "rule80_applies", "assistance"]:
            if getattr(res, m) != ref[m]:
                diffs.append(f"{m} {getattr(res, m)} vs {ref[m]}")
        if ref["rule80_applies"]:
            for m in ("rule80_level", "rule80_minimum", "rule80_supplement"):
                if getattr(res, m) != ref[m]:
                    diffs.append(f"{m} {getattr(res, m)} vs {ref[m]}")
        if diffs:
            mismatches.append((i, prof, year, month, "; ".join(diffs), c))
        else:
            counts["ok"] += 1
    for h in ctx.values():
        lib.vf_ctx_free(h)
    print(f"differential: {counts['clients']} clients ({counts['may_boundary']} in April/May), "
          f"{counts['ok']} equal results, {counts['both_failed']} refused by both "
          f"({counts['other_status']} naming another fault first) "
          f"{dict(sorted((str(k), v) for k, v in statuses.items()))}, {len(mismatches)} mismatches")
    for m in mismatches[:10]:
        print("  MISMATCH client", m[0], m[1], f"{m[2]}-{m[3]:02d}:", m[4], "\n    ", m[5])
    line, kvp_mismatches = kvp_diff.run(lib, data, n)
    print(line)
    for m in kvp_mismatches[:10]:
        print("  MISMATCH kvp", m[0], m[1], m[2], ":", m[4], "\n    ", m[3])
    return 1 if mismatches or kvp_mismatches or counts["ok"] < counts["clients"] // 4 else 0


if __name__ == "__main__":
    sys.exit(main())
