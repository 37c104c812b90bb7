"""Network comparison from published figures (velferd/network.h,
docs/indicators.md "Network comparison"): each member's value indexed against
the network average (= 100). The table is the one ``velferd network -f csv``
prints, built row by row from the C result."""
from __future__ import annotations

import math
import os
from typing import Iterable, Optional, Union

from . import core
from . import _optional
from .indicators import Indicators

#: The columns of ``velferd network -f csv``, then ``symbol``.
COLUMNS = ["year", "indicator", "municipality", "name", "value", "index", "average",
           "exact_num", "exact_den", "status", "symbol"]

_HOW = {"auto": core.VF_NETWORK_AUTO, "pooled": core.VF_NETWORK_POOLED,
        "mean": core.VF_NETWORK_MEAN}


def _number(text: str) -> float:
    # The published text ("12.5"); SSB's symbols and "." are no number.
    try:
        return float(text)
    except ValueError:
        return math.nan


class NetworkData:
    """Published figures of several municipalities (vf_network_data): read
    from tidy CSV or StatBank files, added one by one, or a register's
    indicators as a member. :meth:`compare` gives the comparison table."""

    __slots__ = ("_h",)

    def __init__(self) -> None:
        self._h = core.NetworkData()

    def read(self, path: "os.PathLike[str] | str") -> "NetworkData":
        """Reads a tidy CSV (municipality,year,indicator,value[,numerator,
        denominator]) or a StatBank CSV export (format detected). A bad row
        raises ParseError naming file, line and field; nothing of it is kept."""
        self._h.read(os.fspath(path))
        return self

    def read_text(self, text: str, name: str = "<text>") -> "NetworkData":
        """As :meth:`read`, from text; ``name`` is used in messages."""
        self._h.read_text(text, name)
        return self

    def add(self, municipality: int, year: int, indicator: str, value: str,
            numerator: Optional[str] = None, denominator: Optional[str] = None) -> "NetworkData":
        """Adds one figure. ``value`` is a decimal ("12.5" or "12,5") or an
        SSB symbol ("..", ":"); numerator and denominator (both or neither)
        allow the pooled average."""
        self._h.add(int(municipality), int(year), indicator, str(value), numerator or "",
                    denominator or "")
        return self

    def add_indicators(self, municipality: int, indicators: Indicators) -> "NetworkData":
        """Adds a register's indicators (their names, exact numerators and
        denominators) as member ``municipality`` for their year."""
        self._h.add_indicators(int(municipality), indicators._handle)
        return self

    def correct(self, expenditure: str, need: str, need_base: int = 1,
                name: Optional[str] = None) -> "NetworkData":
        """Adds resource use corrected for expenditure need: expenditure /
        (need / need_base), named as ``velferd network --need-corrected`` does."""
        self._h.correct(expenditure, need, int(need_base),
                        name or f"{expenditure}, corrected for expenditure need")
        return self

    @property
    def count(self) -> int:
        """Number of figures held (missing ones included)."""
        return self._h.count()

    @property
    def latest_year(self) -> int:
        """Latest year of any figure (0 if none)."""
        return self._h.latest_year()

    def compare(self, network: Optional[str] = "asss", year: Optional[int] = None,
                average: str = "auto"):
        """The comparison of ``year`` (default: the latest) as a pandas
        DataFrame with the columns of ``velferd network -f csv`` (:data:`COLUMNS`):
        per indicator a ``network average`` row (municipality "") and one row
        per member. ``value`` and ``index`` are numbers (NaN where the CSV has a
        symbol; ``symbol`` then holds SSB's symbol), ``exact_num``/``exact_den``
        the exact value (nullable integers, missing unless status is "ok").
        ``network=None`` or "all": every municipality in the data. ``average``:
        "auto", "pooled" or "mean"."""
        pd = _optional.need("pandas")
        if average not in _HOW:
            raise ValueError(f"average must be one of {', '.join(_HOW)}, got {average!r}")
        r = self._h.compare(network or "", int(year or 0), _HOW[average])
        n = r.rows()
        ok = [r.status(i) == "ok" for i in range(n)]
        cols = {
            "year": [r.year()] * n,
            "indicator": [r.indicator(i) for i in range(n)],
            "municipality": [r.municipality_code(i) for i in range(n)],
            "name": [r.name(i) for i in range(n)],
            "value": [_number(r.value(i)) for i in range(n)],
            "index": [_number(r.index(i)) for i in range(n)],
            "average": [r.average(i) for i in range(n)],
            "exact_num": [r.exact_num(i) if ok[i] else None for i in range(n)],
            "exact_den": [r.exact_den(i) if ok[i] else None for i in range(n)],
            "status": [r.status(i) for i in range(n)],
            "symbol": [r.symbol(i) for i in range(n)],
        }
        df = pd.DataFrame(cols, columns=COLUMNS)
        df["exact_num"] = df["exact_num"].astype("Int64")
        df["exact_den"] = df["exact_den"].astype("Int64")
        return df


def network_compare(files: Union["os.PathLike[str]", str, Iterable], *, year: Optional[int] = None,
                    network: Optional[str] = "asss", average: str = "auto",
                    register: Optional[Indicators] = None, municipality: Optional[int] = None,
                    need_corrected: Optional[str] = None, need_base: int = 1):
    """``velferd network FILE...`` as a function: reads each file, adds the
    register's indicators as ``municipality`` (both or neither), optionally
    the need-corrected expenditure (``"EXP=NEED"``), and returns
    :meth:`NetworkData.compare`'s DataFrame."""
    if (register is None) != (municipality is None):
        raise ValueError("register and municipality go together")
    if isinstance(files, (str, os.PathLike)):
        files = [files]
    d = NetworkData()
    for f in files:
        d.read(f)
    if register is not None:
        d.add_indicators(municipality, register)
    if need_corrected:
        exp, sep, need = need_corrected.partition("=")
        if not sep or not exp or not need:
            raise ValueError("need_corrected: give 'EXPENDITURE=NEED' (two indicator names)")
        d.correct(exp, need, need_base)
    return d.compare(network, year, average)
