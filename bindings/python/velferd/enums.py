"""Enumerations of the C API as Python enums.

The numbers are the C values (part of the ABI, and the KOSTRA 11F codes where
the form has a code list); tests/test_enums.py checks every member against the
C library. ``str()`` of a coded member is the C library's stable code name.
"""
from __future__ import annotations

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


class _Coded(enum.IntEnum):
    """An enumeration that is one of the C library's code lists."""

    @property
    def code_name(self) -> str:
        """The stable lower-case name used in files ("female", "old_age")."""
        from . import core
        return core.code_name(int(_CODE_LISTS[type(self)]), int(self))

    @classmethod
    def parse(cls, text: str):
        """The member for a code name or number ("female", "2", "07")."""
        from . import core
        return cls(core.code_parse(int(_CODE_LISTS[cls]), str(text)))

    def __str__(self) -> str:
        return self.code_name


class Gender(_Coded):
    """Gender (KOSTRA KJONN)."""
    UNKNOWN = 0
    MALE = 1
    FEMALE = 2


class CivilStatus(_Coded):
    """Civil status (KOSTRA EKTSTAT)."""
    UNKNOWN = 0
    UNMARRIED = 1
    MARRIED = 2
    COHABITING = 3
    SEPARATED_DIVORCED = 4
    WIDOWED = 5


class Citizenship(_Coded):
    """Citizenship."""
    UNKNOWN = 0
    NORWEGIAN = 1
    FOREIGN = 2


class MainIncome(_Coded):
    """Main source of income at the last contact (KOSTRA VKLO)."""
    UNKNOWN = 0
    WORK = 1
    COURSE_WAGE_SUBSIDY = 2
    TRYGD = 3
    STUDENT = 4
    SOCIAL_ASSISTANCE = 5
    INTRODUCTION = 6
    SPOUSE = 7
    QUALIFICATION = 8
    OTHER = 9


class Trygd(_Coded):
    """Type of trygd or pension of greatest value (KOSTRA TRYGDESIT)."""
    UNKNOWN = 0
    SICKNESS = 1
    UNEMPLOYMENT = 2
    REHABILITATION = 3
    DISABILITY = 4
    TRANSITIONAL = 5
    SURVIVOR = 6
    OLD_AGE = 7
    MEDICAL_REHAB = 8
    SUPPLEMENTARY = 9
    OTHER = 10
    WORK_ASSESSMENT = 11
    NONE = 12
    CHILD_BENEFIT = 13


class IncomeKind(_Coded):
    """Kinds of monthly net income of the household (vf_income_kind)."""
    WORK = 0
    TRYGD = 1
    PROGRAMME = 2
    CHILD_BENEFIT = 3
    CHILD_SUPPORT = 4
    HOUSING = 5
    PARTNER = 6
    OTHER = 7


class HousingKind(_Coded):
    """Kinds of monthly housing costs (vf_housing_kind)."""
    RENT = 0
    ELECTRICITY = 1
    OTHER = 2


class Tristate(_Coded):
    """A yes / no / not known answer (vf_tristate)."""
    UNKNOWN = 0
    NO = 1
    YES = 2


class Fact(_Coded):
    """Facts a caseworker records that the eligibility rules read (vf_fact)."""
    REDUCED_WORK_CAPACITY = 0
    FOLKETRYGD_RIGHTS = 1
    WORK_ASSESSMENT_DONE = 2
    PROGRAMME_AVAILABLE = 3
    LIVES_WITH_PARTNER = 4
    SHARES_HOME = 5


class AssistanceKind(_Coded):
    """Kind of payment (vf_assistance_kind): economic assistance or the qualification benefit."""
    GRANT = 1
    LOAN = 2
    QUALIFICATION = 3


class AgeGroup(_Coded):
    """KOSTRA age group by age at the end of the statistics year (vf_age_group)."""
    UNKNOWN = 0
    AGE_18_24 = 1
    AGE_25_29 = 2
    AGE_30_39 = 3
    AGE_40_49 = 4
    AGE_50_59 = 5
    AGE_60_66 = 6
    AGE_67_PLUS = 7
    UNDER_18 = 8


class ProviderStatus(_Coded):
    """Number of children under 18 provided for (KOSTRA BU18; vf_provider_status)."""
    NO_CHILDREN = 0
    ONE_CHILD = 1
    TWO_CHILDREN = 2
    THREE_CHILDREN = 3
    FOUR_CHILDREN = 4
    FIVE_PLUS = 5


class IncomeCategory(_Coded):
    """Coarse main-income category (groups of KOSTRA VKLO; vf_income_category)."""
    UNKNOWN = 0
    WORK = 1
    TRYGD = 2
    SOCIAL_ASSISTANCE = 3
    PROGRAMME = 4
    OTHER = 5


class ReadMode(enum.IntEnum):
    """How a reader treats a bad row (vf_read_mode)."""
    STRICT = 0
    SKIP = 1


_CODE_LISTS = {
    Gender: CodeList.GENDER, CivilStatus: CodeList.CIVIL_STATUS,
    Citizenship: CodeList.CITIZENSHIP, MainIncome: CodeList.MAIN_INCOME, Trygd: CodeList.TRYGD,
    IncomeKind: CodeList.INCOME_KIND, HousingKind: CodeList.HOUSING_KIND,
    Tristate: CodeList.TRISTATE, Fact: CodeList.FACT,
    AssistanceKind: CodeList.ASSISTANCE_KIND, AgeGroup: CodeList.AGE_GROUP,
    ProviderStatus: CodeList.PROVIDER_STATUS, IncomeCategory: CodeList.INCOME_CATEGORY,
}


class Household(enum.IntEnum):
    """Household type for the guideline norm (vf_household)."""
    SINGLE = 1
    COUPLE = 2
    SHARING = 3

    @property
    def code_name(self) -> str:
        """Stable code name ("single", "couple", ...)."""
        from . import core
        return core.household_name(int(self))

    def __str__(self) -> str:
        return self.code_name
