# Generated from enums.py by bindings/python/gen_stubs.py: do not edit.
"""Enumerations of the C API as Python enums.

The numbers are the C values (part of the ABI, and the KOSTRA 11F codes where
the form has a code list); tests/test_enums.py checks every member against the
C library. ``str()`` of a coded member is the C library's stable code name.
"""
import enum

class Rounding(enum.IntEnum):
    """How a division that does not come out even is rounded (vf_rounding)."""
    HALF_AWAY = 0
    TRUNC = 1
    FLOOR = 2
    CEIL = 3
    HALF_EVEN = 4

class Unit(enum.IntEnum):
    """What a parameter's value means (vf_unit)."""
    NOK = 1
    NOK_PER_YEAR = 2
    NOK_PER_MONTH = 3
    NOK_PER_DAY = 4
    RATIO = 5
    COUNT = 6
    BOOL = 7

class CodeList(enum.IntEnum):
    """The code lists (vf_code_list)."""
    GENDER = 0
    CIVIL_STATUS = 1
    CITIZENSHIP = 2
    MAIN_INCOME = 3
    TRYGD = 4
    INCOME_KIND = 5
    HOUSING_KIND = 6
    TRISTATE = 7
    FACT = 8
    ASSISTANCE_KIND = 9
    AGE_GROUP = 10
    PROVIDER_STATUS = 11
    INCOME_CATEGORY = 12

class Gender(_Coded):
    """Gender (KOSTRA KJONN)."""

class CivilStatus(_Coded):
    """Civil status (KOSTRA EKTSTAT)."""

class Citizenship(_Coded):
    """Citizenship."""

class MainIncome(_Coded):
    """Main source of income at the last contact (KOSTRA VKLO)."""

class Trygd(_Coded):
    """Type of trygd or pension of greatest value (KOSTRA TRYGDESIT)."""

class IncomeKind(_Coded):
    """Kinds of monthly net income of the household (vf_income_kind)."""

class HousingKind(_Coded):
    """Kinds of monthly housing costs (vf_housing_kind)."""

class Tristate(_Coded):
    """A yes / no / not known answer (vf_tristate)."""

class Fact(_Coded):
    """Facts a caseworker records that the eligibility rules read (vf_fact)."""

class AssistanceKind(_Coded):
    """Kind of payment (vf_assistance_kind): economic assistance or the qualification benefit."""

class AgeGroup(_Coded):
    """KOSTRA age group by age at the end of the statistics year (vf_age_group)."""

class ProviderStatus(_Coded):
    """Number of children under 18 provided for (KOSTRA BU18; vf_provider_status)."""

class IncomeCategory(_Coded):
    """Coarse main-income category (groups of KOSTRA VKLO; vf_income_category)."""

class ReadMode(enum.IntEnum):
    """How a reader treats a bad row (vf_read_mode)."""
    STRICT = 0
    SKIP = 1

class Household(enum.IntEnum):
    """Household type for the guideline norm (vf_household)."""
    SINGLE = 1
    COUPLE = 2
    SHARING = 3

    @property
    def code_name(self) -> str:
        """Stable code name ("single", "couple", ...)."""

    def __str__(self) -> str:
        ...
