"""The qualification benefit part of the differential test: vf_kvp_benefit_period
(through ctypes) against reference_kvp.py over N random clients and periods
from 2008 to 2026, a quarter of them starting in April or May (G changes on
1 May) and a third with the 25th birthday near the period. Sourced components
must agree exactly; where a gap decides the result (children, the month of
the 25th birthday, work before 2012) both must fail."""
import ctypes as C
import datetime
import random

import reference as R
import reference_kvp as K


class Date(C.Structure):
    _fields_ = [("year", C.c_int), ("month", C.c_int), ("day", C.c_int)]


class Error(C.Structure):
    _fields_ = [("status", C.c_int), ("line", C.c_int), ("field", C.c_char * 64),
                ("message", C.c_char * 320)]


class Part(C.Structure):
    _fields_ = [("from_", Date), ("to", Date), ("days", C.c_int), ("days_in_month", C.c_int),
                ("g", C.c_int64), ("under25", C.c_int), ("yearly", C.c_int64),
                ("amount", C.c_int64)]


class Result(C.Structure):
    _fields_ = [("from_", Date), ("to", Date), ("part_count", C.c_size_t), ("parts", Part * 16),
                ("yearly", C.c_int64), ("monthly", C.c_int64), ("daily_known", C.c_int),
                ("daily", C.c_int64), ("base", C.c_int64), ("child_days", C.c_int64),
                ("child_supplement", C.c_int64), ("work_reduction", C.c_int64),
                ("trygd", C.c_int64), ("amount", C.c_int64)]


STATUS = {1: "INVALID_ARG", 2: "RANGE", 3: "DATE", 8: "OVERFLOW", 10: "NO_VALUE",
          12: "INCONSISTENT"}
COMPARED = ["part_count", "base", "child_days", "work_reduction", "trygd", "amount", "yearly",
            "monthly"]
# income kinds in vf_income_kind order; only work and trygd matter to the rule
KINDS = ["work", "trygd", "programme", "child_benefit", "child_support", "housing", "partner",
         "other"]


def d(x):
    return Date(x.year, x.month, x.day)


def random_case(rnd):
    year = rnd.randint(2008, 2026)
    month = rnd.choice([4, 5]) if rnd.random() < 0.25 else rnd.randint(1, 12)
    if rnd.random() < 0.4:  # a whole calendar month
        start = datetime.date(year, month, 1)
        end = datetime.date(year + (month == 12), month % 12 + 1, 1) - datetime.timedelta(days=1)
    else:
        start = datetime.date(year, month, rnd.randint(1, 28))
        end = start + datetime.timedelta(days=rnd.randint(0, 75))
    if rnd.random() < 0.01:
        end = start - datetime.timedelta(days=rnd.randint(1, 5))
    c = {"birth": None, "children": [], "income": {}}
    r = rnd.random()
    if r < 0.33:  # the 25th birthday near the period
        b25 = start + datetime.timedelta(days=rnd.randint(-45, 90))
        c["birth"] = datetime.date(b25.year - 25, b25.month, min(b25.day, 28))
    elif r < 0.35:
        c["birth"] = datetime.date(rnd.choice([1996, 2000, 1992]), 2, 29)
    elif r < 0.98:
        c["birth"] = start - datetime.timedelta(days=rnd.randint(-10, 60 * 365))
    if rnd.random() < 0.1:
        c["children"].append(start - datetime.timedelta(days=rnd.randint(200, 10 * 365)))
    minutes = 0
    if rnd.random() < 0.3:
        minutes = rnd.choice([rnd.randint(1, 2250), 750, 2250, rnd.randint(2251, 3000), -5])
        if rnd.random() < 0.8:
            c["income"]["work"] = rnd.randint(0, 1_500_000)
    elif rnd.random() < 0.02:
        c["income"]["work"] = rnd.randint(1, 1_500_000)  # work income without minutes
    for kind in ("trygd", "child_support", "housing", "other"):
        if rnd.random() < 0.3:
            c["income"][kind] = rnd.randint(0, 3_000_000)
    return start, end, minutes, c


def run(lib, data, n):
    """Returns (summary line, mismatches)."""
    vp = C.c_void_p
    lib.vf_kvp_benefit_period.argtypes = [vp, vp, Date, Date, C.c_int, C.POINTER(Result), vp,
                                          C.POINTER(Error)]
    # this module's Date type for the calls that take a date
    lib.vf_client_set_birth_date.argtypes = [vp, Date, C.POINTER(Error)]
    lib.vf_client_add_child.argtypes = [vp, Date, C.POINTER(Error)]
    lib.vf_client_set_income.argtypes = [vp, C.c_int, C.c_int64, C.POINTER(Error)]
    ctx = vp()
    assert lib.vf_ctx_new(C.byref(ctx), b"default", None) == 0
    params = R.Params(data, "default")
    rnd = random.Random(20261130)
    counts = {"ok": 0, "both_failed": 0, "other_status": 0, "birthday25": 0, "may": 0}
    statuses, mismatches = {}, []
    for i in range(n):
        start, end, minutes, c = random_case(rnd)
        counts["may"] += start.month in (4, 5)
        h = vp()
        assert lib.vf_client_new(C.byref(h), None) == 0
        if c["birth"] is not None:
            assert lib.vf_client_set_birth_date(h, d(c["birth"]), None) == 0
            counts["birthday25"] += start <= K._turns(c["birth"], 25) <= end
        for b in c["children"]:
            assert lib.vf_client_add_child(h, d(b), None) == 0
        for kind, money in c["income"].items():
            assert lib.vf_client_set_income(h, KINDS.index(kind), money, None) == 0
        res, err = Result(), Error()
        st = lib.vf_kvp_benefit_period(ctx, h, d(start), d(end), minutes, C.byref(res), None,
                                       C.byref(err))
        lib.vf_client_free(h)
        try:
            ref, ref_status = K.kvp_benefit_period(params, c, start, end, minutes), None
        except R.RuleError as e:
            ref, ref_status = None, e.status
        got = STATUS.get(st, str(st)) if st else None
        case = (i, f"{start}..{end}", f"minutes {minutes}", c)
        if got or ref_status:
            statuses[got] = statuses.get(got, 0) + 1
            if not got or not ref_status:
                mismatches.append(case + (f"status C {got} ({err.message.decode(errors='replace')})"
                                          f" vs reference {ref_status}",))
            else:
                counts["both_failed"] += 1
                counts["other_status"] += got != ref_status
            continue
        diffs = [f"{k} {getattr(res, k)} vs {ref[k]}" for k in COMPARED if getattr(res, k) != ref[k]]
        if diffs:
            mismatches.append(case + ("; ".join(diffs),))
        else:
            counts["ok"] += 1
    lib.vf_ctx_free(ctx)
    line = (f"differential kvp: {n} periods ({counts['may']} starting in April/May, "
            f"{counts['birthday25']} holding a 25th birthday), {counts['ok']} equal results, "
            f"{counts['both_failed']} refused by both ({counts['other_status']} naming another "
            f"fault first) {dict(sorted((str(k), v) for k, v in statuses.items()))}, "
            f"{len(mismatches)} mismatches")
    if counts["ok"] < n // 2:
        mismatches.append((None, "", "", {}, f"only {counts['ok']} of {n} computed"))
    return line, mismatches
