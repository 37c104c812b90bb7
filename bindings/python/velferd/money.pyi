# Generated from money.py by bindings/python/gen_stubs.py: do not edit.
"""Money as exact integers of øre (1 krone = 100 øre), and dates.

Amounts are Python ``int`` øre everywhere in velferd; :func:`kroner` gives an
exact :class:`decimal.Decimal` of kroner and :func:`kroner_float` a float only
when asked. Every function calls the C library (overflow-checked, 128-bit
intermediates), so results are identical to C.
"""
from typing import Any
import datetime as _dt
import operator
from decimal import Decimal
from typing import Union
from . import core
from .enums import Rounding
Date: Any

def add(a: int, b: int) -> int:
    """a + b øre; :class:`velferd.OverflowError` if it does not fit in 64 bits."""

def sub(a: int, b: int) -> int:
    """a - b øre; :class:`velferd.OverflowError` if it does not fit in 64 bits."""

def mul_ratio(amount: int, num: int, den: int, rounding: Rounding=...) -> int:
    """amount × num ÷ den øre, computed exactly and rounded with ``rounding``."""

def yearly_to_monthly(yearly: int) -> int:
    """A yearly amount as a monthly one: ÷ 12, rounded half away from zero."""

def round_kroner(amount: int, rounding: Rounding=...) -> int:
    """Rounds øre to whole kroner (a multiple of 100)."""

def parse_kroner(text: str) -> int:
    """Øre from kroner text ("1234", "-12.5", "10550,50"); ParseError if malformed."""

def format_kroner(amount: int) -> str:
    """Kroner with two decimals ("1234.50", "-0.05")."""

def kroner(amount: int) -> Decimal:
    """Øre as an exact Decimal of kroner (123450 -> Decimal('1234.50'))."""

def kroner_float(amount: int) -> float:
    """Øre as float kroner, for plotting only (not exact for large amounts)."""

def ore(kroner_amount: Union[int, Decimal, str]) -> int:
    """Øre from kroner: an int of whole kroner, an exact Decimal with at most
    two decimals, or text as for :func:`parse_kroner`. Floats are refused."""

def date_valid(d: _dt.date) -> bool:
    """True if ``d`` is a date the library accepts (years 1..9999)."""

def days_in_month(year: int, month: int) -> int:
    """Days in a month (28-31), 0 if month is out of 1..12."""

def parse_date(text: str) -> _dt.date:
    """An ISO "YYYY-MM-DD" date, parsed exactly; DateError names the fault."""

def add_months(d: Date, months: int) -> _dt.date:
    """``d`` plus ``months``; the day is clamped to the month's last day
    (2024-01-31 + 1 month = 2024-02-29)."""

def age(birth: Date, on: Date) -> int:
    """Age in whole years on ``on`` (someone born 29 February gets a year
    older on 1 March in common years); DateError if ``on`` is before ``birth``."""
