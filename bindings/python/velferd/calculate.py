"""``Context.calculate``: the month's rules for a table of clients, in one call.

The table is a pandas DataFrame (or a mapping of arrays) with the columns of
docs/clients.md in their natural dtypes. This module only converts whole
columns to the C batch's layout (vectorised: a categorical's categories are
mapped once, then its codes are looked up) and calls :func:`batch_month`;
every rule and every per-client check runs in C. numpy and pandas are
imported inside the functions, so the rest of the package works without them.
"""
from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, Dict, Iterable, Optional

from . import _optional
from .batch_columns import NO_DATE, OUTPUTS, batch_month
from .enums import CivilStatus, Fact, Household, HousingKind, IncomeKind, Tristate, Trygd
from .errors import Error, Status, UnknownCodeError, VelferdWarning
from .money import _year_month

if TYPE_CHECKING:  # numpy is imported where it is used (an optional dependency)
    np = _optional.need("numpy")

#: Money columns (int øre, or kroner with ``money="kr"``).
MONEY_COLUMNS = ([f"income_{k.code_name}" for k in IncomeKind]
                 + [f"housing_{k.code_name}" for k in HousingKind])
#: Coded columns the month's rules read.
CODE_COLUMNS = {"civil_status": CivilStatus, "trygd": Trygd}
#: Facts (yes / no / unknown).
FACT_COLUMNS = [f"fact_{f.code_name}" for f in Fact]
#: Columns of docs/clients.md that the month's rules do not read (accepted, not used).
UNUSED_COLUMNS = ("id", "gender", "citizenship", "main_income")
#: The qualification programme: ``kvp`` (participant in the month: bool or
#: yes/no) and ``kvp_work_minutes`` (minutes of paid work a week).
KVP_COLUMNS = ("kvp", "kvp_work_minutes")
_PREFIXES = ("income_", "housing_", "fact_")
_STATUS_NAMES = [s.name.lower() for s in Status]
# The largest amount taken in kroner: beyond 2^46 øre doubles are further
# apart than 1 øre, so a float could no longer name one amount exactly.
_KR_FLOAT_LIMIT = float(2 ** 46) / 100


def _where(index, pos) -> str:
    """'row <label>' for position ``pos`` of ``index``."""
    return f"row {index[int(pos)]!r}"


def _series(values, n: int, name: str):
    pd = _optional.need("pandas")
    s = values if isinstance(values, pd.Series) else pd.Series(values, copy=False)
    if len(s) != n:
        raise ValueError(f"column {name!r} has {len(s)} values, the table has {n} rows")
    return s


# ---- dates ----
def _days(values, name: str, index, missing: bool = True) -> "np.ndarray":
    """Dates as int32 day numbers (days since 1970-01-01), NO_DATE where
    missing. datetime64 (any unit; a time other than midnight is refused),
    tz-aware datetimes (their local date), datetime.date objects, ISO
    'YYYY-MM-DD' text; integers are refused (a date is not a number)."""
    np = _optional.need("numpy")
    pd = _optional.need("pandas")
    s = _series(values, len(index), name)
    if isinstance(s.dtype, pd.DatetimeTZDtype):
        s = s.dt.tz_localize(None)
    if isinstance(s.dtype, pd.CategoricalDtype):
        s = s.astype(object)
    kind = s.dtype.kind
    if kind == "f" and s.isna().all() and missing:  # no dates at all (an all-NaN column)
        return np.full(len(s), NO_DATE, dtype=np.int32)
    if kind in "iubf":
        raise TypeError(f"column {name!r}: {s.dtype} values are not dates; give datetime64, "
                        f"datetime.date objects or 'YYYY-MM-DD' text (YYYYMMDD integers convert "
                        f"with pd.to_datetime(col.astype(str), format='%Y%m%d'))")
    a = s.to_numpy()
    if kind != "M":
        a = _parse_dates(a, name, index)
    unit, count = np.datetime_data(a.dtype)
    per_day = np.timedelta64(1, "D") // np.timedelta64(count, unit) if unit not in "YMW" else 0
    if not per_day:  # months, years, weeks: numpy's own cast (rare)
        a, per_day = a.astype("datetime64[D]"), 1
    v = a.view(np.int64)
    nat_value = np.iinfo(np.int64).min
    if per_day >= 86_400_000_000:  # us or finer: within +-290 000 years, so fits int32
        out = _whole_days(v, per_day)  # None if some value is no midnight (or NaT)
        if out is not None:
            return out
    days = v // per_day if per_day != 1 else v  # an integer division, much faster than astype
    if per_day != 1:
        exact = days * per_day == v
        if not exact.all():
            off = ~exact & (v != nat_value)
            if off.any():
                pos = int(np.argmax(off))
                raise ValueError(f"{_where(index, pos)}: {name}: {a[pos]} is not a date (it "
                                 f"has a time of day)")
    nat = v == nat_value
    if nat.any():
        if not missing:
            raise ValueError(f"{_where(index, int(np.argmax(nat)))}: {name}: no date")
        days = np.where(nat, NO_DATE, days)
    live = days if not nat.any() else days[~nat]
    if len(live) and (live.min() < -719162 or live.max() > 2932896):  # years 1..9999
        pos = int(np.argmax(~nat & ((days < -719162) | (days > 2932896))))
        raise ValueError(f"{_where(index, pos)}: {name}: {a[pos]} is outside years 1..9999")
    return days.astype(np.int32)


def _whole_days(v, per_day: int):
    """v // per_day as int32 when every v is a whole number of days, else
    None. In blocks, so that the temporaries stay in the cache and only the
    result is new memory (fresh pages cost more than the arithmetic)."""
    np = _optional.need("numpy")
    out = np.empty(len(v), dtype=np.int32)
    from . import core
    try:  # one pass in C (the binding's type conversion, no rule)
        return out if core.whole_days(v, out, int(per_day)) == -1 else None
    except (TypeError, BufferError, ValueError):  # a read-only or odd buffer: numpy below
        pass
    block = 1 << 15
    days = np.empty(min(block, len(v)), dtype=np.int64)
    back = np.empty_like(days)
    for i in range(0, len(v), block):
        part = v[i:i + block]
        d, b = days[:len(part)], back[:len(part)]
        np.floor_divide(part, per_day, out=d)
        np.multiply(d, per_day, out=b)
        if not np.array_equal(b, part):
            return None
        out[i:i + block] = d
    return out


def _parse_dates(a, name: str, index) -> "np.ndarray":
    """Object or text dates as datetime64: text must be exactly 'YYYY-MM-DD'
    (numpy alone would take '2024-02' or '20240201' as other dates)."""
    np = _optional.need("numpy")
    pd = _optional.need("pandas")
    a = np.asarray(a, dtype=object) if a.dtype.kind != "O" else a
    miss = pd.isna(a)
    text = np.frompyfunc(lambda v: isinstance(v, str), 1, 1)(a).astype(bool)
    if text.any():
        t = a[text].astype("U")
        ok = (np.char.str_len(t) == 10)
        ok &= (np.char.find(t, "-", 4, 5) == 4) & (np.char.find(t, "-", 7, 8) == 7)
        ok &= np.char.isdigit(np.char.replace(t, "-", ""))
        if not ok.all():
            pos = np.flatnonzero(text)[np.flatnonzero(~ok)[0]]
            raise ValueError(f"{_where(index, pos)}: {name}: {a[pos]!r} is not a date "
                             f"'YYYY-MM-DD'")
    b = np.where(miss, None, a)
    try:
        return b.astype("datetime64[us]")
    except (ValueError, TypeError):
        for pos, v in enumerate(b):  # only to name the row at fault
            try:
                np.array([v], dtype=object).astype("datetime64[us]")
            except (ValueError, TypeError) as e:
                raise ValueError(f"{_where(index, pos)}: {name}: {v!r} is not a date ({e})") \
                    from None
        raise


# ---- codes and facts ----
def _lookup(value, enum_cls, is_fact: bool):
    """The C value of one category / distinct value (None for missing)."""
    import numbers
    if value is None or value != value:  # None, NaN, NaT
        return 0 if enum_cls is not Tristate else int(Tristate.UNKNOWN)
    if isinstance(value, enum_cls):
        return int(value)
    if isinstance(value, (bool,)) or type(value).__name__ == "bool_":
        if is_fact:
            return int(Tristate.YES if value else Tristate.NO)
        raise TypeError(f"{value!r} is not a {enum_cls.__name__} code")
    if isinstance(value, str):
        return int(enum_cls.parse(value))  # the C library: names or KOSTRA numbers
    if isinstance(value, numbers.Integral):
        return int(enum_cls(int(value)))
    if isinstance(value, numbers.Real) and float(value).is_integer():
        return int(enum_cls(int(value)))
    raise TypeError(f"{value!r} ({type(value).__name__}) is not a {enum_cls.__name__} code")


def _codes(values, enum_cls, name: str, index, is_fact: bool = False) -> "np.ndarray":
    """A code or fact column as uint8 C values. Categoricals and text are
    mapped once per distinct value (pd.factorize), then looked up by code;
    integers pass as the C values (the C batch checks them per client)."""
    import warnings
    np = _optional.need("numpy")
    pd = _optional.need("pandas")
    s = _series(values, len(index), name)
    if s.dtype == bool:  # facts only: True -> yes, False -> no
        if not is_fact:
            raise TypeError(f"column {name!r}: booleans are not {enum_cls.__name__} codes")
        return s.to_numpy().view(np.uint8) + np.uint8(1)
    if s.dtype.kind in "iu" and not isinstance(s.dtype, pd.CategoricalDtype):
        a = s.to_numpy()
        if len(a) and (a.min() < 0 or a.max() > 255):
            pos = int(np.argmax((a < 0) | (a > 255)))
            valid = ", ".join(f"{int(m)} {m.code_name}" for m in enum_cls)
            raise UnknownCodeError(f"{_where(index, pos)}: {name}: unknown code {a[pos]} "
                                   f"(one of: {valid})", Status.UNKNOWN_CODE, name)
        if is_fact and len(a) and a.max() == 1 and a.min() == 0:
            warnings.warn(f"column {name!r} holds only 0 and 1: read as Tristate values "
                          f"(0 unknown, 1 no, 2 yes); give booleans for no/yes",
                          VelferdWarning, stacklevel=4)
        return np.ascontiguousarray(a, dtype=np.uint8)
    if isinstance(s.dtype, pd.CategoricalDtype):
        codes, uniques = s.cat.codes.to_numpy(), s.cat.categories
        try:  # the same categories again (every call of a study): mapped once
            table = _category_table(enum_cls, is_fact, tuple(uniques))
        except (Error, ValueError, TypeError):
            table = None  # a bad category: found again below, to name its row
        if table is not None:
            return _take(table, codes)
    else:
        if s.dtype == "boolean":  # nullable booleans: NA is unknown
            s = s.astype(object)
        codes, uniques = pd.factorize(s.to_numpy(), use_na_sentinel=True)
    table = np.zeros(len(uniques) + 1, dtype=np.uint8)  # the last entry: missing (code -1)
    table[-1] = int(Tristate.UNKNOWN) if is_fact else 0
    for k, u in enumerate(uniques):
        try:
            table[k] = _lookup(u, enum_cls, is_fact)
        except (Error, ValueError, TypeError) as e:
            pos = int(np.argmax(codes == k))
            msg = getattr(e, "message", str(e))
            if isinstance(e, Error):
                raise type(e)(f"{_where(index, pos)}: {name}: {msg}", e.code, name) from None
            valid = ", ".join(m.code_name for m in enum_cls)
            raise UnknownCodeError(f"{_where(index, pos)}: {name}: {msg} (one of: {valid})",
                                   Status.UNKNOWN_CODE, name) from None
    return _take(table, codes)


def _take(table, codes):
    """table[codes], code -1 (missing) giving the last entry of table."""
    np = _optional.need("numpy")
    if codes.dtype == np.int8 and (table[:-1] == np.arange(len(table) - 1)).all() and \
            (len(codes) == 0 or codes.min() >= 0):
        return codes.view(np.uint8)  # categories already in C order: the codes are the values
    out = np.empty(len(codes), dtype=np.uint8)
    block = 1 << 16  # numpy widens the codes to intp first: in blocks, that stays in the cache
    for i in range(0, len(codes), block):
        np.take(table, codes[i:i + block], out=out[i:i + block], mode="wrap")
    return out


@functools.lru_cache(maxsize=256)
def _category_table(enum_cls, is_fact: bool, categories: tuple):
    """The C values of a categorical's categories (read-only; + missing)."""
    np = _optional.need("numpy")
    table = np.zeros(len(categories) + 1, dtype=np.uint8)
    table[-1] = int(Tristate.UNKNOWN) if is_fact else 0
    for k, u in enumerate(categories):
        table[k] = _lookup(u, enum_cls, is_fact)
    table.setflags(write=False)
    return table


# ---- money ----
def _money(values, name: str, index, kr: bool) -> "np.ndarray":
    """An amount column as int64 øre. In øre: integers, or floats that are
    whole numbers. In kroner (``kr``): integers x 100, floats that are the
    double nearest to a whole number of øre (checked exactly: c / 100 == x),
    Decimal, Fraction or text. Anything else is refused with its row."""
    np = _optional.need("numpy")
    pd = _optional.need("pandas")
    s = _series(values, len(index), name)
    if s.dtype.kind == "b" or s.dtype == "boolean":
        raise TypeError(f"column {name!r}: booleans are not amounts")
    ext = isinstance(s.dtype, pd.api.extensions.ExtensionDtype)  # Int64, boolean, ...
    if (ext or s.dtype.kind not in "iu") and s.hasnans:  # (numpy integers cannot be missing)
        pos = int(np.flatnonzero(s.isna().to_numpy())[0])
        raise ValueError(f"{_where(index, pos)}: {name}: missing amount (write 0 for none)")
    if isinstance(s.dtype, pd.CategoricalDtype):
        s = s.astype(object)
    if s.dtype.kind in "iu":
        a = s.to_numpy(dtype=s.dtype.numpy_dtype if ext else None)
        if a.dtype == np.uint64 and len(a) and a.max() > np.iinfo(np.int64).max:
            raise ValueError(f"column {name!r}: amount beyond int64")
        a = a.astype(np.int64, copy=False)
        if kr:
            lim = np.iinfo(np.int64).max // 100
            if len(a) and (a.max() > lim or a.min() < -lim):
                pos = int(np.argmax((a > lim) | (a < -lim)))
                raise ValueError(f"{_where(index, pos)}: {name}: {a[pos]} kr is too large")
            a = a * 100
        return np.ascontiguousarray(a)
    if s.dtype.kind == "f":
        a = s.to_numpy(dtype=np.float64)
        if kr:
            c = np.rint(a * 100.0)
            ok = (np.abs(a) < _KR_FLOAT_LIMIT) & (c / 100.0 == a)
        else:
            c = a
            ok = (np.abs(a) < 2.0 ** 53) & (np.floor(a) == a)
        if not ok.all():
            pos = int(np.argmax(~ok))
            unit = "kr" if kr else "øre"
            raise ValueError(f"{_where(index, pos)}: {name}: {a[pos]!r} {unit} is not a whole "
                             f"number of øre" + ("" if kr else " (use money='kr' for kroner)"))
        return c.astype(np.int64)
    return _money_objects(s.to_numpy(dtype=object), name, index, kr)


def _money_objects(a, name: str, index, kr: bool):
    """Amounts given as Python objects (one at a time: the slow path)."""
    import numbers
    from decimal import Decimal, InvalidOperation
    from fractions import Fraction
    np = _optional.need("numpy")
    out = np.empty(len(a), dtype=np.int64)
    for pos, v in enumerate(a):
        try:
            if isinstance(v, bool):
                raise TypeError("a boolean is not an amount")
            if isinstance(v, str):
                q = Fraction(Decimal(v.strip().replace(",", "."))) if kr else Fraction(int(v))
            elif isinstance(v, float):
                q = Fraction(Decimal(repr(v))) if kr else Fraction(v)
            elif isinstance(v, (numbers.Rational, Decimal)):
                q = Fraction(v)
            elif isinstance(v, numbers.Real):
                q = Fraction(Decimal(repr(float(v))))
            else:
                raise TypeError(f"{type(v).__name__} is not an amount")
            ore = q * 100 if kr else q
            if ore.denominator != 1:
                raise ValueError("not a whole number of øre")
            if not -2 ** 63 <= ore.numerator < 2 ** 63:
                raise ValueError("too large")
            out[pos] = ore.numerator
        except (ValueError, TypeError, InvalidOperation, ArithmeticError) as e:
            unit = "kr" if kr else "øre"
            raise ValueError(f"{_where(index, pos)}: {name}: {v!r} {unit}: {e}") from None
    return out


# ---- children ----
def _children_lists(values, index) -> tuple:
    """child_start, child_birth from a column of lists of birth dates per row
    (or 'YYYY-MM-DD;YYYY-MM-DD' text as in client CSV files)."""
    np = _optional.need("numpy")
    s = _series(values, len(index), "children")
    if s.dtype.kind in "iuf":
        raise TypeError("column 'children' holds numbers; give the children's birth dates "
                        "(a list per row) or use children= (one row per child)")
    counts = np.zeros(len(s), dtype=np.int64)
    flat = []
    for pos, v in enumerate(s.to_numpy(dtype=object)):
        if v is None or isinstance(v, float) and v != v:
            continue
        if isinstance(v, str):
            v = [x for x in v.replace(";", " ").split(" ") if x]
        try:
            v = list(v)
        except TypeError:
            raise TypeError(f"{_where(index, pos)}: children: {v!r} is not a list of dates") \
                from None
        counts[pos] = len(v)
        flat.extend(v)
    births = _days(np.array(flat, dtype=object) if flat else np.array([], "datetime64[D]"),
                   "children", _ChildIndex(index, counts))
    start = np.zeros(len(s) + 1, dtype=np.uint32)
    start[1:] = np.cumsum(counts)
    return start, births


class _ChildIndex:
    """Names the parent row of child ``k`` in messages."""

    def __init__(self, index, counts) -> None:
        np = _optional.need("numpy")
        self.index, self.ends = index, np.cumsum(counts)

    def __getitem__(self, k):
        np = _optional.need("numpy")
        return self.index[int(np.searchsorted(self.ends, k, side="right"))]

    def __len__(self) -> int:
        return int(self.ends[-1]) if len(self.ends) else 0


def _children_long(children, index) -> tuple:
    """child_start, child_birth from one row per child: a Series of birth
    dates whose index holds the parent's label in the table."""
    np = _optional.need("numpy")
    pd = _optional.need("pandas")
    if not isinstance(children, pd.Series):
        raise TypeError("children= must be a pandas Series of birth dates indexed by the "
                        "parent's row label")
    if not index.is_unique:
        raise ValueError("children= needs a table whose index labels are unique")
    pos, grouped = None, False
    if isinstance(index, pd.RangeIndex) and index.start == 0 and index.step == 1 and \
            children.index.dtype.kind in "iu":  # labels are positions: no hash lookup
        pos = children.index.to_numpy().astype(np.int64, copy=False)
        grouped = children.index.is_monotonic_increasing  # (cached by pandas)
        lo, hi = (pos[0], pos[-1]) if grouped and len(pos) else \
            (pos.min(), pos.max()) if len(pos) else (0, 0)
        if lo < 0 or hi >= len(index):
            pos = None  # some label is no row: found below, to name it
    if pos is None:
        pos = index.get_indexer(children.index)
        if (pos < 0).any():
            bad = children.index[int(np.argmax(pos < 0))]
            raise KeyError(f"children=: parent {bad!r} is not a row of the table")
    try:
        births = _days(children.to_numpy(), "children", children.index, missing=False)
    except ValueError as e:
        raise ValueError(f"children=: the child of {e}") from None
    if not grouped and len(pos) > 1 and not (pos[1:] >= pos[:-1]).all():  # not by parent
        order = np.argsort(pos, kind="stable")
        pos, births = pos[order], births[order]
    return _child_start(pos, len(index)), np.ascontiguousarray(births)


def _child_start(pos, n: int):
    """child_start (n + 1 offsets, uint32) from the sorted parent positions
    of the children: block by block of parents, so that the counts stay in
    the cache (one bincount over all rows would write and read 8 bytes a row
    more: on a machine that is short of memory bandwidth, that shows)."""
    np = _optional.need("numpy")
    start = np.empty(n + 1, dtype=np.uint32)
    from . import core
    try:  # one pass in C
        if core.child_start(np.ascontiguousarray(pos, dtype=np.int64), start.view(np.int32)) == 0:
            return start
    except (TypeError, BufferError, ValueError):
        pass
    start[0] = 0
    block = 1 << 15
    k0 = 0
    for i0 in range(0, n, block):
        i1 = min(i0 + block, n)
        k1 = int(np.searchsorted(pos, i1, side="left"))
        counts = np.bincount(pos[k0:k1] - i0, minlength=i1 - i0)
        np.cumsum(counts, out=counts)
        counts += k0
        start[i0 + 1:i1 + 1] = counts
        k0 = k1
    return start


# ---- the call ----
def _columns(frame, index, kr: bool, children) -> Dict[str, Any]:
    """The C batch's input columns (INPUTS) from the table's columns."""
    names = list(frame.keys())
    known = set(MONEY_COLUMNS) | set(CODE_COLUMNS) | set(FACT_COLUMNS) | set(KVP_COLUMNS)
    bad = [c for c in names if isinstance(c, str) and c.startswith(_PREFIXES) and c not in known]
    if bad:
        raise KeyError(f"unknown column(s) {', '.join(map(repr, bad))}: the columns are "
                       f"{', '.join(sorted(known))}, birth_date and children")
    if "birth" in names:
        raise KeyError("column 'birth' (day numbers) is batch_month's; calculate reads "
                       "'birth_date' (dates)")
    cols: Dict[str, Any] = {}
    if "birth_date" in names:
        cols["birth"] = _days(frame["birth_date"], "birth_date", index)
    for name, cls in CODE_COLUMNS.items():
        if name in names:
            cols[name] = _codes(frame[name], cls, name, index)
    for name in FACT_COLUMNS:
        if name in names:
            cols[name] = _codes(frame[name], Tristate, name, index, is_fact=True)
    for name in MONEY_COLUMNS:
        if name in names:
            cols[name] = _money(frame[name], name, index, kr)
    if "kvp" in names:
        np = _optional.need("numpy")
        kvp = _series(frame["kvp"], len(index), "kvp")
        if kvp.dtype == bool:  # the C batch reads 0/1 bytes: the booleans as they are
            cols["kvp"] = kvp.to_numpy().view(np.uint8)
        else:
            t = _codes(kvp, Tristate, "kvp", index, is_fact=True)
            if (t == int(Tristate.UNKNOWN)).any():
                pos = int(np.argmax(t == int(Tristate.UNKNOWN)))
                raise ValueError(f"{_where(index, pos)}: kvp: participation must be yes or no")
            cols["kvp"] = (t == int(Tristate.YES)).view(np.uint8)
    if "kvp_work_minutes" in names:
        np = _optional.need("numpy")
        m = _series(frame["kvp_work_minutes"], len(index), "kvp_work_minutes")
        m = m.to_numpy() if m.dtype.kind in "iu" else \
            _money(m, "kvp_work_minutes", index, False)
        if len(m) and (m.min() < 0 or m.max() > 2 ** 31 - 1):
            pos = int(np.argmax((m < 0) | (m > 2 ** 31 - 1)))
            raise ValueError(f"{_where(index, pos)}: kvp_work_minutes: {m[pos]} minutes is "
                             f"out of range")
        cols["kvp_work_minutes"] = m.astype(np.int32, copy=False)
    if "children" in names and children is not None:
        raise ValueError("give the children either as a 'children' column or as children=")
    if children is not None:
        cols["child_start"], cols["child_birth"] = _children_long(children, index)
    elif "children" in names:
        cols["child_start"], cols["child_birth"] = _children_lists(frame["children"], index)
    return cols


@functools.lru_cache(maxsize=1)
def _output_dtypes():
    """The categorical dtypes of status and household (made once)."""
    pd = _optional.need("pandas")
    return (pd.CategoricalDtype(_STATUS_NAMES),
            pd.CategoricalDtype([h.code_name for h in Household]))


def _result_frame(res: Dict[str, Any], index, wanted):
    """The outputs as a DataFrame: money int64 øre, status and household as
    categoricals of names, rule80_applies and projected as bool."""
    np = _optional.need("numpy")
    pd = _optional.need("pandas")
    money = [k for k in wanted if np.dtype(OUTPUTS[k]) == np.int64]
    block = res.pop("_block")
    df = pd.DataFrame(block.T, index=index, columns=money, copy=False)
    status_t, household_t = _output_dtypes()
    for at, k in enumerate(wanted):  # inserted in place: the money block is not copied
        if k in ("status", "kvp_status"):
            df.insert(at, k, pd.Categorical.from_codes(res[k].view(np.int8), dtype=status_t))
        elif k == "household":  # 0 (a failed client) is missing
            df.insert(at, k, pd.Categorical.from_codes(res[k].view(np.int8) - np.int8(1),
                                                       dtype=household_t))
        elif k in ("rule80_applies", "projected"):  # projected: used a PROJECTED parameter value
            df.insert(at, k, res[k].view(bool))
    return df


def calculate(ctx, frame, month, *, money: str = "ore", explain: Optional[Iterable] = None,
              explain_lang: Optional[str] = None,
              weight=None, children=None, outputs: Optional[Iterable[str]] = None,
              threads: int = 1, errors: str = "raise"):
    """See :meth:`velferd.Context.calculate`."""
    np = _optional.need("numpy")
    pd = _optional.need("pandas")
    year, mon = _year_month(month)
    if money not in ("ore", "kr"):
        raise ValueError(f"money must be 'ore' (int øre) or 'kr' (kroner), not {money!r}")
    if errors not in ("raise", "status"):
        raise ValueError("errors must be 'raise' or 'status'")
    if explain_lang is not None and not isinstance(explain_lang, str):
        raise TypeError(f"explain_lang must be a language such as 'nb', not {explain_lang!r}")
    if isinstance(frame, pd.DataFrame):
        index = frame.index
    elif hasattr(frame, "keys") and hasattr(frame, "__getitem__"):
        lengths = {len(frame[k]) for k in frame.keys()}
        if len(lengths) > 1:
            raise ValueError(f"the columns differ in length: {sorted(lengths)}")
        index = pd.RangeIndex(lengths.pop() if lengths else 0)
    else:
        raise TypeError(f"expected a DataFrame or a mapping of columns, got "
                        f"{type(frame).__name__}")
    cols = _columns(frame, index, money == "kr", children)
    n = len(index)
    if not cols:  # no column the rules read: everyone has the defaults (and no children)
        cols = {"child_start": np.zeros(n + 1, np.uint32), "child_birth": np.zeros(0, np.int32)}
    if outputs is None:
        wanted = [k for k in OUTPUTS if not k.startswith("kvp") or "kvp" in cols]
    else:
        wanted = list(dict.fromkeys(["status"] + list(outputs)))
        bad = [k for k in wanted if k not in OUTPUTS]
        if bad:
            raise KeyError(f"unknown output(s) {bad}: one of {', '.join(OUTPUTS)}")
    # The money outputs are rows of one (k, n) block: the DataFrame is built
    # on it without copying.
    money_out = [k for k in wanted if np.dtype(OUTPUTS[k]) == np.int64]
    block = np.empty((len(money_out), n), dtype=np.int64)
    out = {k: block[i] for i, k in enumerate(money_out)}
    out.update({k: np.empty(n, dtype=OUTPUTS[k]) for k in wanted if k not in out})
    if n == 0:
        res = out
    else:
        try:
            res = batch_month(ctx, cols, year, mon, outputs=wanted, out=out, threads=threads,
                              errors=errors)
        except Error as e:  # "client 12: ..." names the position: name the row label
            import re
            m = re.match(r"client (\d+): ", e.message)
            if m:
                msg = f"{_where(index, int(m.group(1)))}: {e.message[m.end():]}"
                raise type(e)(msg, e.code, e.field, e.line) from None
            raise
    res = dict(res)
    df = _result_frame(dict(res, _block=block), index, wanted)
    if weight is not None:
        w = frame[weight] if isinstance(weight, str) else weight
        w = _series(w, n, "weight").to_numpy()
        if w.dtype.kind not in "iuf" or w.dtype.kind == "f" and not np.isfinite(w).all():
            raise TypeError("weight must be finite numbers, one per row")
        if len(w) and w.min() < 0:
            raise ValueError(f"{_where(index, int(np.argmax(w < 0)))}: weight is negative")
        df["weight"] = w
        df.attrs["totals"] = _totals(res["status"] == 0, res, money_out, w)
    df.attrs["month"] = f"{year:04d}-{mon:02d}"
    if explain is not None:
        df["explanation"] = _explanations(ctx, cols, index, list(explain), year, mon,
                                          explain_lang or True)
    return df


def _totals(ok, res, money_out, weight) -> Dict[str, Any]:
    """Totals over the rows computed (status ok): the row count (the weights'
    sum) and each money output's sum, weighted when there are weights.
    Integer weights give exact integers; float weights give floats."""
    np = _optional.need("numpy")
    every = bool(ok.all())
    pick = (lambda a: a) if every else (lambda a: a[ok])
    totals: Dict[str, Any] = {}
    w = None if weight is None else pick(weight)
    totals["clients"] = int(ok.sum()) if w is None else w.sum().item()
    for k in money_out:
        v = pick(res[k])
        if w is None:
            totals[k] = int(v.sum(dtype=np.int64))
        elif w.dtype.kind in "iu":  # exact; in Python integers if int64 could overflow
            big = int(np.abs(v).max(initial=0)) * int(np.abs(w.astype(np.int64)).sum())
            totals[k] = int(np.dot(v, w.astype(np.int64))) if big < 2 ** 63 else \
                sum(int(x) * int(y) for x, y in zip(v, w))
        else:
            totals[k] = float(np.dot(v.astype(np.float64), w.astype(np.float64)))
    return totals


def _explanations(ctx, cols, index, labels, year, month, lang):
    """The explanation (vf_assistance_month with a trace) of the rows with
    ``labels``, computed by C for a client built from the converted row;
    ``lang``: True (English) or a language, as the rule functions' explain."""
    import datetime as dt
    np = _optional.need("numpy")
    from .client import Client
    from .rules import assistance_month
    col = np.full(len(index), None, dtype=object)
    epoch = dt.date(1970, 1, 1)
    for label in labels:
        pos = index.get_loc(label)
        if not isinstance(pos, (int, np.integer)):
            raise KeyError(f"explain: label {label!r} is not one row of the table")
        kw: Dict[str, Any] = {}
        if "birth" in cols and cols["birth"][pos] != NO_DATE:
            kw["birth_date"] = epoch + dt.timedelta(days=int(cols["birth"][pos]))
        for name in CODE_COLUMNS:
            if name in cols:
                kw[name] = int(cols[name][pos])
        kw["incomes"] = {k: int(cols[f"income_{k.code_name}"][pos]) for k in IncomeKind
                         if f"income_{k.code_name}" in cols}
        kw["housing"] = {k: int(cols[f"housing_{k.code_name}"][pos]) for k in HousingKind
                         if f"housing_{k.code_name}" in cols}
        kw["facts"] = {f: int(cols[f"fact_{f.code_name}"][pos]) for f in Fact
                       if f"fact_{f.code_name}" in cols}
        if "child_start" in cols:
            a, b = cols["child_start"][pos], cols["child_start"][pos + 1]
            kw["children"] = [epoch + dt.timedelta(days=int(d)) for d in cols["child_birth"][a:b]]
        try:
            col[pos] = assistance_month(ctx, Client(**kw), year, month, explain=lang).explanation
        except Error as e:
            raise type(e)(f"row {label!r}: {e.message}", e.code, e.field, e.line) from None
    return col


__all__ = ["calculate"]
