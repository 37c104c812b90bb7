"""KOSTRA report files 11F and 11CF (docs/kostra.md): thin readers over the C
library (vf_kostra_file) and :func:`check`, which checks a file with every rule
Statistics Norway applies to its form (vf_kostra_check_path: the rules live in C)."""
from __future__ import annotations

import os

from . import core
from . import _optional

_SEP = "\x1f"


def read(path: "os.PathLike[str] | str", form: str = "11F", year: int = 2026):
    """The records of a KOSTRA file as a pandas DataFrame: column ``line`` (the
    file line) and one text column per field of the form's layout, values as in
    the file without their padding. A line too short for the layout raises
    ParseError naming the line and field: check the file first."""
    pd = _optional.need("pandas")
    k = core.KostraFile(os.fspath(path), form, int(year))
    names = [k.field_name(i) for i in range(k.field_count())]
    rows = [k.row(i).split(_SEP) for i in range(k.record_count())]
    df = pd.DataFrame(rows, columns=names, dtype=object) if rows else pd.DataFrame(columns=names, dtype=object)
    df.insert(0, "line", [k.record_line(i) for i in range(k.record_count())])
    return df


def read_11f(path: "os.PathLike[str] | str", year: int = 2026):
    """The records of an 11F file (economic social assistance) as a pandas
    DataFrame; see :func:`read`."""
    return read(path, "11F", year)


def read_11cf(path: "os.PathLike[str] | str", year: int = 2026):
    """The records of an 11CF file (qualification programme); see :func:`read`."""
    return read(path, "11CF", year)


_CHECK_COLUMNS = ["rule", "severity", "line", "journal", "field", "message"]


def check(path: "os.PathLike[str] | str", form: str = "11F", year: int = 2026,
          municipality: "str | None" = None):
    """Checks a KOSTRA file as Statistics Norway does (docs/kostra.md), reading
    it a record at a time. Returns a pandas DataFrame with one row per finding,
    in the C report's order: ``rule`` (SSB's id, "05A"), ``severity``
    ("WARNING", "ERROR", "FATAL"), ``line`` (int, 0 for the whole file),
    ``journal``, ``field`` and ``message`` (fødselsnummer masked); no rows if
    the file passes. ``df.attrs["records"]`` is the number of records checked
    and ``df.attrs["exit_code"]`` the exit code of SSB's tool (0 OK, 1 warnings
    only, 2 errors). ``municipality`` ("4601") enables rule 03 (KOMMUNE_NR of
    every record); None skips it. A malformed file (wrong record length, tabs,
    no records) gives FATAL findings, not an exception; a file that cannot be
    read raises IOError, an unknown form UnknownCodeError, a year without a
    layout NotFoundError."""
    pd = _optional.need("pandas")
    records, exit_code, rows = core.kostra_check_path(os.fspath(path), form, int(year),
                                                      municipality)
    df = pd.DataFrame(rows, columns=_CHECK_COLUMNS, dtype=object)
    df["line"] = df["line"].astype("int64")
    df.attrs["records"] = records
    df.attrs["exit_code"] = exit_code
    return df


def check_11f(path: "os.PathLike[str] | str", year: int = 2026, municipality: "str | None" = None):
    """Checks an 11F file (economic social assistance); see :func:`check`."""
    return check(path, "11F", year, municipality)


def check_11cf(path: "os.PathLike[str] | str", year: int = 2026, municipality: "str | None" = None):
    """Checks an 11CF file (qualification programme); see :func:`check`."""
    return check(path, "11CF", year, municipality)
