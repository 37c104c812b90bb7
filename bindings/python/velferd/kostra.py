"""KOSTRA report files 11F and 11CF (docs/kostra.md): thin readers over the C
library (vf_kostra_file). Checking a file: ``velferd kostra check`` or the C API."""
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
