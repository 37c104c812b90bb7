"""Column plumbing between numpy/pandas and the C loops of velferd.core.

Nothing here computes a rule: it converts whole columns (dates to packed
YYYYMMDD, codes to their C values) with vectorised numpy/pandas operations and
hands them to C functions that loop over the clients.
"""
from __future__ import annotations

from . import core
from . import _optional
from .enums import (CivilStatus, Citizenship, Fact, Gender, HousingKind, IncomeKind, MainIncome,
                    Tristate, Trygd)

# Imported only by the batch and DataFrame functions, which all need numpy.
np = _optional.need("numpy")

# Field numbers of the C column accessors (support.i, VFB_F_*).
F_BIRTH, F_GENDER, F_CIVIL, F_CITIZENSHIP, F_MAIN_INCOME, F_TRYGD = 0, 1, 2, 3, 4, 5
F_CHILDREN, F_INCOME, F_HOUSING, F_FACT = 6, 7, 8, 9

#: Coded client columns: name -> (field, enum).
CODED = {"gender": (F_GENDER, Gender), "civil_status": (F_CIVIL, CivilStatus),
         "citizenship": (F_CITIZENSHIP, Citizenship), "main_income": (F_MAIN_INCOME, MainIncome),
         "trygd": (F_TRYGD, Trygd)}


def amount_columns():
    """(column name, field, sub) of every amount column of a client table."""
    cols = [(f"income_{k.code_name}", F_INCOME, int(k)) for k in IncomeKind]
    cols += [(f"housing_{k.code_name}", F_HOUSING, int(k)) for k in HousingKind]
    return cols


def fact_columns():
    return [(f"fact_{f.code_name}", F_FACT, int(f)) for f in Fact]


def ymd_from_dates(values) -> np.ndarray:
    """Dates (datetime64, pandas datetimes, datetime.date objects, ISO text)
    as packed YYYYMMDD int32; missing values (NaT/None) become 0."""
    pd = _optional.need("pandas")
    dt = pd.to_datetime(pd.Series(values), errors="raise").to_numpy(dtype="datetime64[D]")
    missing = np.isnat(dt)
    dt = np.where(missing, np.datetime64("1970-01-01"), dt)
    months = dt.astype("datetime64[M]")
    y = months.astype("datetime64[Y]").astype(np.int64) + 1970
    m = months.astype(np.int64) % 12 + 1
    d = (dt - months.astype("datetime64[D]")).astype(np.int64) + 1
    return np.where(missing, 0, y * 10000 + m * 100 + d).astype(np.int32)


def dates_from_ymd(ymd: np.ndarray) -> np.ndarray:
    """Packed YYYYMMDD as datetime64[D]; 0 becomes NaT."""
    ymd = np.asarray(ymd, dtype=np.int64)
    missing = ymd <= 0
    safe = np.where(missing, 19700101, ymd)
    y, m, d = safe // 10000, safe // 100 % 100, safe % 100
    out = ((y - 1970).astype("datetime64[Y]").astype("datetime64[M]")
           + (m - 1).astype("timedelta64[M]")).astype("datetime64[D]") + (d - 1).astype("timedelta64[D]")
    return np.where(missing, np.datetime64("NaT"), out)


def codes_from(values, enum_cls) -> np.ndarray:
    """A column of codes (enum members, ints, or code names / categoricals)
    as int64 C values. Unknown names raise the C library's UnknownCodeError."""
    pd = _optional.need("pandas")
    s = pd.Series(values)
    if isinstance(s.dtype, pd.CategoricalDtype) or s.dtype == object:
        names = {m.code_name: int(m) for m in enum_cls}
        as_text = s.astype(object)
        mapped = as_text.map(lambda v: names.get(v, v) if isinstance(v, str) else v)
        bad = mapped.map(lambda v: isinstance(v, str))
        if bad.any():
            row = int(np.flatnonzero(bad.to_numpy())[0])
            try:
                enum_cls.parse(mapped.iloc[row])  # the C library names list and text
            except Exception as e:
                raise type(e)(f"row {row}: {e.message}", e.code, e.field) from None
        s = mapped
    return s.astype(np.int64).to_numpy()


def categorical(values: np.ndarray, enum_cls):
    """C code values as a pandas Categorical of code names."""
    pd = _optional.need("pandas")
    members = list(enum_cls)
    first = int(members[0])
    return pd.Categorical.from_codes(np.asarray(values, dtype=np.int64) - first,
                                     categories=[m.code_name for m in members])


def client_frame(n: int, ids, column) -> "pd.DataFrame":
    """A client table from a C column reader ``column(field, sub, out)``."""
    pd = _optional.need("pandas")

    def col(field, sub=0):
        out = np.zeros(n, dtype=np.int64)
        column(field, sub, out)
        return out

    data = {"id": ids, "birth_date": dates_from_ymd(col(F_BIRTH))}
    for name, (field, cls) in CODED.items():
        data[name] = categorical(col(field), cls)
    data["children"] = col(F_CHILDREN)
    for name, field, sub in amount_columns():
        data[name] = col(field, sub)
    for name, field, sub in fact_columns():
        data[name] = categorical(col(field, sub), Tristate)
    return pd.DataFrame(data)


def fill_clients(arr, frame) -> None:
    """Sets the fields of ClientArray handle ``arr`` from the columns of
    ``frame`` that it has (see :func:`velferd.ClientArray.from_frame`)."""
    pd = _optional.need("pandas")
    if "id" in frame:
        arr.set_ids([str(v) for v in frame["id"].tolist()])
    if "birth_date" in frame:
        arr.set_column(F_BIRTH, 0, ymd_from_dates(frame["birth_date"]).astype(np.int64))
    for name, (field, cls) in CODED.items():
        if name in frame:
            arr.set_column(field, 0, codes_from(frame[name], cls))
    for name, field, sub in amount_columns():
        if name in frame:
            arr.set_column(field, sub, _exact_int64(frame[name], name))
    for name, field, sub in fact_columns():
        if name in frame:
            col = frame[name]
            if col.dtype == bool:
                col = np.where(col, int(Tristate.YES), int(Tristate.NO))
            arr.set_column(field, sub, codes_from(col, Tristate))
    if "children" in frame and frame["children"].dtype == object:
        kids = frame["children"].reset_index(drop=True).explode().dropna()
        rows = kids.index.to_numpy(dtype=np.int64)
        arr.add_children(rows, ymd_from_dates(kids.to_numpy()))
    elif "children" in frame:
        raise TypeError("the 'children' column must hold lists of birth dates")
    del pd


def _exact_int64(values, name) -> np.ndarray:
    """An amount column as int64 øre; floats are refused (money is exact)."""
    a = np.asarray(values)
    if a.dtype.kind not in "iu":
        raise TypeError(f"column {name!r} must hold integer øre, not {a.dtype}")
    return a.astype(np.int64)
