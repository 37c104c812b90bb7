# Generated from indicators.py by bindings/python/gen_stubs.py: do not edit.
"""Indicators of a register (indicators.h) and synthetic registers (synth.h).

Values are exact (num/den) with the published rounding from C; tables come
back as pandas DataFrames. Suppressed cells are never shown: their counts are
0 and ``suppressed`` says why."""
import enum
from fractions import Fraction
from typing import List, NamedTuple, Optional
from . import core
from .register import Register

class Indicator(enum.IntEnum):
    """The scalar indicators (vf_indicator)."""
    RECIPIENTS = 0
    RECIPIENTS_MONTH = 1
    BENEFIT_MONTHS = 2
    AVG_DURATION = 3
    LONG_TERM_SHARE = 4
    LONG_TERM_CONTINUOUS_SHARE = 5
    GROSS = 6
    REFUNDED = 7
    NET = 8
    GROSS_PER_RECIPIENT = 9
    AVG_PER_MONTH = 10
    SA_MAIN_INCOME_SHARE = 11
    SA_LONG_TERM_SHARE = 12
    YOUNG_SHARE = 13
    PROVIDER_SHARE = 14
    CHILDREN = 15
    POPULATION_RATE = 16

    @property
    def code_name(self) -> str:
        """Stable code name ("recipients", "avg_duration", ...)."""

    @property
    def label(self) -> str:
        """Readable English label of the indicator."""

class IndicatorUnit(enum.IntEnum):
    """Unit of an indicator value (vf_indicator_unit)."""
    PERSONS = 1
    MONEY = 2
    PERCENT = 3
    MONTHS = 4
    PER_100 = 5
    INDEX = 6

class ValueStatus(enum.IntEnum):
    """Whether an indicator value is valid (vf_value_status): OK, UNDEFINED (zero
    denominator), SUPPRESSED (small count) or NO_DATA (population missing)."""
    OK = 0
    UNDEFINED = 1
    SUPPRESSED = 2
    NO_DATA = 3

class IndicatorTable(enum.IntEnum):
    """Distribution tables of recipients (vf_indicator_table)."""
    AGE_GROUP = 0
    GENDER = 1
    CIVIL_STATUS = 2
    CITIZENSHIP = 3
    PROVIDER_STATUS = 4
    MAIN_INCOME = 5
    TRYGD = 6
    DURATION = 7

    @property
    def code_name(self) -> str:
        """Stable code name ("age_group", "gender", ...)."""

class Suppression(enum.IntEnum):
    """Whether and why a table cell is hidden (vf_suppression): PRIMARY for a
    small count, SECONDARY to protect another hidden cell."""
    NONE = 0
    PRIMARY = 1
    SECONDARY = 2

class OutputFormat(enum.IntEnum):
    """Formats of :meth:`Indicators.render` and :meth:`Indicators.write`."""
    TEXT = 0
    CSV = 1
    JSON = 2
    MARKDOWN = 3

class IndicatorValue(NamedTuple):
    """One value: exact ``num/den`` in the unit's base (øre for money),
    ``published`` as SSB prints it ("7022", "45.3", "." suppressed)."""
    indicator: Optional[Indicator]
    unit: IndicatorUnit
    status: ValueStatus
    num: int
    den: int
    rounded: int
    decimals: int
    published: str

    @property
    def exact(self) -> Optional[Fraction]:
        """The exact value, None unless status is OK."""

class Indicators:
    """Every indicator and table of one year of a register (vf_indicators).

    ``suppress_below`` (default 5; 0 = off) hides small counts;
    ``point_month`` is the month of RECIPIENTS_MONTH; the rate age band is
    ``rate_ages`` (inclusive)."""

    def __init__(self, register: Register, year: int, *, suppress_below: int=..., point_month: int=..., rate_ages: tuple=...) -> None:
        ...

    def close(self) -> None:
        """Frees the C result now (also done when garbage-collected)."""

    def __enter__(self) -> 'Indicators':
        ...

    def __exit__(self, *exc) -> None:
        ...

    @property
    def year(self) -> int:
        """The year computed."""

    @property
    def records_used(self) -> int:
        """Number of payment records of the year that were read."""

    @property
    def suppressed_count(self) -> int:
        """Number of table cells suppressed."""

    def value(self, which: Indicator) -> IndicatorValue:
        """One scalar indicator as an :class:`IndicatorValue`."""

    def rate(self, age_from: int, age_to: int) -> IndicatorValue:
        """Recipients aged age_from..age_to per 100 inhabitants of those ages."""

    def values_frame(self):
        """Every scalar indicator as a DataFrame (one row per indicator)."""

    def table(self, table: IndicatorTable):
        """A distribution table as a DataFrame: code, value, count, pct
        (exact numerator/denominator and one-decimal tenths), children,
        suppressed."""

    def table_total(self, table: IndicatorTable) -> Optional[int]:
        """Total persons of a table, None if suppressed as a whole."""

    def render(self, fmt: OutputFormat=...) -> str:
        """Everything as text, CSV, JSON or Markdown (suppressed cells marked)."""

    def to_dict(self) -> dict:
        """Everything as a dict (parsed from the JSON rendering)."""

    def write(self, path, fmt: OutputFormat=...) -> None:
        """Writes everything to ``path`` in format ``fmt`` (CSV by default)."""

def synth_register(persons: int, *, seed: int=..., year: int=..., profile: Optional[str]=...) -> Register:
    """A deterministic synthetic register of ``persons`` recipients in ``year``
    (profile "city2008" by default; docs/indicators.md)."""

def synth_profiles() -> List[str]:
    """Names of the synthetic register profiles (synth.h)."""
