"""Classifications used by the indicators (classify.h): KOSTRA age group,
provider status, income category and the long-term recipient definitions.
Month sets are 12-bit masks: bit (m-1) set = assistance in month m."""
from __future__ import annotations

from . import core
from .enums import AgeGroup, IncomeCategory, MainIncome, ProviderStatus
from .money import Date, _ymd


def age_at_year_end(birth: Date, year: int) -> int:
    """Age on 31 December of ``year``; -1 if birth is invalid or later."""
    return core.age_at_year_end(_ymd(birth), year)


def classify_age(age: int) -> AgeGroup:
    """KOSTRA age group for an age in years (negative: UNKNOWN)."""
    return AgeGroup(core.classify_age(age))


def classify_young(age: int) -> bool:
    """True for a young recipient (18-24 at the end of the year)."""
    return bool(core.classify_young(age))


def classify_provider(children: int) -> ProviderStatus:
    """Provider status for a number of children."""
    return ProviderStatus(core.classify_provider(children))


def classify_income(main_income) -> IncomeCategory:
    """Income category of a main-income code."""
    return IncomeCategory(core.classify_income(int(main_income)))


def months_count(months: int) -> int:
    """Number of months set in a 12-bit mask."""
    return core.months_count(months)


def months_longest_run(months: int) -> int:
    """Longest run of consecutive months in a mask."""
    return core.months_longest_run(months)


def classify_long_term(months: int) -> bool:
    """Long-term recipient: assistance in at least 6 months of the year."""
    return bool(core.classify_long_term(months))


def classify_long_term_continuous(months: int) -> bool:
    """Stricter variant: at least 6 consecutive months."""
    return bool(core.classify_long_term_continuous(months))
