# Generated from classify.py by bindings/python/gen_stubs.py: do not edit.
"""Classifications used by the indicators (classify.h): KOSTRA age group,
provider status, income category and the long-term recipient definitions.
Month sets are 12-bit masks: bit (m-1) set = assistance in month m."""
from . import core
from .enums import AgeGroup, IncomeCategory, MainIncome, ProviderStatus
from .money import Date

def age_at_year_end(birth: Date, year: int) -> int:
    """Age on 31 December of ``year``; -1 if birth is invalid or later."""

def classify_age(age: int) -> AgeGroup:
    """KOSTRA age group for an age in years (negative: UNKNOWN)."""

def classify_young(age: int) -> bool:
    """True for a young recipient (18-24 at the end of the year)."""

def classify_provider(children: int) -> ProviderStatus:
    """Provider status for a number of children."""

def classify_income(main_income) -> IncomeCategory:
    """Income category of a main-income code."""

def months_count(months: int) -> int:
    """Number of months set in a 12-bit mask."""

def months_longest_run(months: int) -> int:
    """Longest run of consecutive months in a mask."""

def classify_long_term(months: int) -> bool:
    """Long-term recipient: assistance in at least 6 months of the year."""

def classify_long_term_continuous(months: int) -> bool:
    """Stricter variant: at least 6 consecutive months."""
