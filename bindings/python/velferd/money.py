"""Money as exact integers of øre (1 krone = 100 øre), and dates.

Amounts are Python ``int`` øre everywhere in velferd; :func:`kroner` gives an
exact :class:`decimal.Decimal` of kroner and :func:`kroner_float` a float only
when asked. Every function calls the C library (overflow-checked, 128-bit
intermediates), so results are identical to C.
"""
from __future__ import annotations

import datetime as _dt
import operator
from decimal import Decimal
from typing import Union

from . import core
from .enums import Rounding

Date = Union[_dt.date, str]


# ---- conversions used by every module ----
def _ymd(d: Date) -> int:
    """A date (datetime.date or ISO "YYYY-MM-DD" text) as packed YYYYMMDD."""
    if isinstance(d, _dt.datetime):
        raise TypeError("expected a datetime.date, got a datetime (use .date())")
    if isinstance(d, _dt.date):
        return d.year * 10000 + d.month * 100 + d.day
    if isinstance(d, str):
        return core.date_parse(d)
    raise TypeError(f"expected a datetime.date or 'YYYY-MM-DD' text, got {type(d).__name__}")


def _date(ymd: int) -> _dt.date | None:
    """Packed YYYYMMDD as datetime.date; None for 0 (no date)."""
    if ymd == 0:
        return None
    return _dt.date(ymd // 10000, ymd // 100 % 100, ymd % 100)


def _year_month(year, month=None) -> tuple:
    """A calendar month from ``(year, month)`` integers, a ``(year, month)``
    pair, ``"YYYY-MM"`` text or a date (its month): every public function
    that takes a month reads it here, so that a wrong type gets the same
    clear TypeError or ValueError (never a raw SWIG one)."""
    import numbers
    import re
    given = year if month is None else (year, month)
    if month is None:
        if isinstance(year, str):
            m = re.fullmatch(r"(\d{4})-(\d{2})", year.strip())
            if not m:
                raise ValueError(f"month {year!r} is not 'YYYY-MM' text (e.g. '2021-10')")
            year, month = int(m.group(1)), int(m.group(2))
        elif isinstance(year, _dt.date):
            year, month = year.year, year.month
        elif hasattr(year, "dtype") and getattr(year.dtype, "kind", "") == "M":  # numpy datetime64
            d = _dt.date.fromisoformat(str(year.astype("datetime64[D]")))
            year, month = d.year, d.month
        elif isinstance(year, (tuple, list)) and len(year) == 2:
            year, month = year
        else:
            raise TypeError(f"expected a month as 'YYYY-MM', a date or (year, month), got "
                            f"{type(year).__name__} {year!r}")
    for what, v in (("year", year), ("month", month)):
        if isinstance(v, bool) or not isinstance(v, numbers.Integral):
            raise TypeError(f"{what} must be an integer, got {type(v).__name__} {v!r} (a month "
                            f"is 'YYYY-MM', a date or (year, month); given {given!r})")
    if not 1 <= int(month) <= 12:
        from .errors import DateError
        raise DateError(f"month {int(month)} is outside 1..12 (given {given!r})", None, "month")
    if not 1 <= int(year) <= 9999:
        from .errors import DateError
        raise DateError(f"year {int(year)} is outside 1..9999 (given {given!r})", None, "year")
    return int(year), int(month)


def _int(v) -> int:
    """An exact integer (int, numpy integer); floats are refused."""
    if isinstance(v, bool):
        raise TypeError("expected an integer amount, got bool")
    try:
        return operator.index(v)
    except TypeError:
        raise TypeError(f"expected an integer (øre), got {type(v).__name__}") from None


# ---- money ----
def add(a: int, b: int) -> int:
    """a + b øre; :class:`velferd.OverflowError` if it does not fit in 64 bits."""
    return core.money_add(_int(a), _int(b))


def sub(a: int, b: int) -> int:
    """a - b øre; :class:`velferd.OverflowError` if it does not fit in 64 bits."""
    return core.money_sub(_int(a), _int(b))


def mul_ratio(amount: int, num: int, den: int, rounding: Rounding = Rounding.HALF_AWAY) -> int:
    """amount × num ÷ den øre, computed exactly and rounded with ``rounding``."""
    return core.money_mul_ratio(_int(amount), _int(num), _int(den), int(rounding))


def yearly_to_monthly(yearly: int) -> int:
    """A yearly amount as a monthly one: ÷ 12, rounded half away from zero."""
    return core.money_yearly_to_monthly(_int(yearly))


def round_kroner(amount: int, rounding: Rounding = Rounding.HALF_AWAY) -> int:
    """Rounds øre to whole kroner (a multiple of 100)."""
    return core.money_round_kroner(_int(amount), int(rounding))


def parse_kroner(text: str) -> int:
    """Øre from kroner text ("1234", "-12.5", "10550,50"); ParseError if malformed."""
    return core.money_parse(text)


def format_kroner(amount: int) -> str:
    """Kroner with two decimals ("1234.50", "-0.05")."""
    return core.money_format(_int(amount))


def kroner(amount: int) -> Decimal:
    """Øre as an exact Decimal of kroner (123450 -> Decimal('1234.50'))."""
    return Decimal(format_kroner(amount))


def kroner_float(amount: int) -> float:
    """Øre as float kroner, for plotting only (not exact for large amounts)."""
    return _int(amount) / 100


def ore(kroner_amount: Union[int, Decimal, str]) -> int:
    """Øre from kroner: an int of whole kroner, an exact Decimal with at most
    two decimals, or text as for :func:`parse_kroner`. Floats are refused."""
    if isinstance(kroner_amount, str):
        return parse_kroner(kroner_amount)
    if isinstance(kroner_amount, Decimal):
        return parse_kroner(format(kroner_amount, "f"))
    return core.money_mul_ratio(_int(kroner_amount), 100, 1, int(Rounding.HALF_AWAY))


# ---- dates ----
def date_valid(d: _dt.date) -> bool:
    """True if ``d`` is a date the library accepts (years 1..9999)."""
    return bool(core.date_valid(_ymd(d)))


def days_in_month(year: int, month: int) -> int:
    """Days in a month (28-31), 0 if month is out of 1..12."""
    return core.date_days_in_month(year, month)


def parse_date(text: str) -> _dt.date:
    """An ISO "YYYY-MM-DD" date, parsed exactly; DateError names the fault."""
    return _date(core.date_parse(text))


def add_months(d: Date, months: int) -> _dt.date:
    """``d`` plus ``months``; the day is clamped to the month's last day
    (2024-01-31 + 1 month = 2024-02-29)."""
    return _date(core.date_add_months(_ymd(d), months))


def age(birth: Date, on: Date) -> int:
    """Age in whole years on ``on`` (someone born 29 February gets a year
    older on 1 March in common years); DateError if ``on`` is before ``birth``."""
    return core.date_age(_ymd(birth), _ymd(on))
