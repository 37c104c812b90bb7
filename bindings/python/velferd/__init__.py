"""velferd: rules and indicators for Norwegian municipal social services.

A thin Pythonic layer over the C library (SWIG module ``velferd.core``):
errors are :class:`Error` subclasses, handles free themselves and work as
context managers, codes are enums, dates are ``datetime.date`` and money is
exact ``int`` øre (see :func:`kroner`). Nothing is computed in Python: every
result comes from the C library.
"""
from __future__ import annotations

from . import core
from .errors import (Error, Status, InvalidArgumentError, RangeError, DateError,
                     UnknownCodeError, ParseError, IOError, NoMemoryError, OverflowError,
                     NotFoundError, NoValueError, DuplicateError, InconsistentError,
                     VelferdWarning, NoDataWarning)
from .enums import (Rounding, Unit, CodeList, Gender, CivilStatus, Citizenship, MainIncome,
                    Trygd, IncomeKind, HousingKind, Tristate, Fact, AssistanceKind, ReadMode,
                    AgeGroup, ProviderStatus, IncomeCategory, Household)
from .money import (add, sub, mul_ratio, yearly_to_monthly, round_kroner, parse_kroner,
                    format_kroner, kroner, kroner_float, ore, date_valid, days_in_month,
                    parse_date, add_months, age)
from .context import Context, CoverageRow, Param, profiles
from .client import Client
from .batch_columns import batch_month, INPUTS as BATCH_INPUTS, OUTPUTS as BATCH_OUTPUTS, NO_DATE
from .register import Register, Payment, ReadCounts, Rejection
from .batch import ClientArray
from .rules import (AssistanceResult, Explanation, assistance_month, assistance_batch,
                    KvpEligibility, KvpPart, KvpBenefit, kvp_eligibility, kvp_benefit_period,
                    kvp_benefit_month)
from .indicators import (Indicators, Indicator, IndicatorValue, IndicatorUnit, IndicatorTable,
                         ValueStatus, Suppression, OutputFormat, synth_register, synth_profiles,
                         PaymentTable, DurationBand, ContentTable)
from .classify import (age_at_year_end, classify_age, classify_young, classify_provider,
                       classify_income, months_count, months_longest_run, classify_long_term,
                       classify_long_term_continuous)
from . import kostra
from .scenario import compare, Comparison
from .labels import Labels, label, language_of_locale
from .network import NetworkData, network_compare
from .trend import trend

__version__ = core.library_version()


def version() -> str:
    """Version of the C library in use ("MAJOR.MINOR.PATCH")."""
    return core.library_version()


def strerror(status: int) -> str:
    """Description of a status code ("invalid argument", ...)."""
    return core.strerror_text(int(status))


def code_name(code_list: CodeList, value: int):
    """Stable name of a code, or None if not in the list."""
    return core.code_name(int(code_list), int(value))


def code_list_name(code_list: CodeList):
    """Name of a code list ("gender", ...), or None."""
    return core.code_list_name(int(code_list))


# The public names (tests/test_stubs.py checks that each has a docstring and a
# stub in __init__.pyi; bindings/python/gen_stubs.py writes the stubs).
__all__ = [
    # errors
    "Error", "Status", "InvalidArgumentError", "RangeError", "DateError", "UnknownCodeError",
    "ParseError", "IOError", "NoMemoryError", "OverflowError", "NotFoundError", "NoValueError",
    "DuplicateError", "InconsistentError", "VelferdWarning", "NoDataWarning",
    # enumerations
    "Rounding", "Unit", "CodeList", "Gender", "CivilStatus", "Citizenship", "MainIncome",
    "Trygd", "IncomeKind", "HousingKind", "Tristate", "Fact", "AssistanceKind", "ReadMode",
    "AgeGroup", "ProviderStatus", "IncomeCategory", "Household",
    # money and dates
    "add", "sub", "mul_ratio", "yearly_to_monthly", "round_kroner", "parse_kroner",
    "format_kroner", "kroner", "kroner_float", "ore", "date_valid", "days_in_month",
    "parse_date", "add_months", "age",
    # context, clients, registers
    "Context", "CoverageRow", "Param", "profiles", "Client", "Register", "Payment", "ReadCounts",
    "Rejection",
    # batch
    "batch_month", "BATCH_INPUTS", "BATCH_OUTPUTS", "NO_DATE", "ClientArray",
    # rules
    "AssistanceResult", "Explanation", "assistance_month", "assistance_batch", "KvpEligibility",
    "KvpPart", "KvpBenefit", "kvp_eligibility", "kvp_benefit_period", "kvp_benefit_month",
    # indicators
    "Indicators", "Indicator", "IndicatorValue", "IndicatorUnit", "IndicatorTable",
    "ValueStatus", "Suppression", "OutputFormat", "synth_register", "synth_profiles",
    "PaymentTable", "DurationBand", "ContentTable",
    # classifications
    "age_at_year_end", "classify_age", "classify_young", "classify_provider", "classify_income",
    "months_count", "months_longest_run", "classify_long_term", "classify_long_term_continuous",
    # scenarios
    "compare", "Comparison",
    # labels and number formats per language
    "Labels", "label", "language_of_locale",
    # network comparison
    "NetworkData", "network_compare",
    # trend series
    "trend",
    # modules and general
    "kostra", "version", "strerror", "code_name", "code_list_name",
]
