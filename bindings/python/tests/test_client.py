"""Clients and code lists: the cases of tests/test_client.c through Python."""
from datetime import date

import pytest

import velferd as vf
from velferd import core


def test_enums_match_the_c_library():
    # Every Python enum member has the C value and the C code name.
    for cls, lst, prefix in [(vf.Gender, vf.CodeList.GENDER, "VF_GENDER_"),
                             (vf.CivilStatus, vf.CodeList.CIVIL_STATUS, "VF_CIVIL_"),
                             (vf.Citizenship, vf.CodeList.CITIZENSHIP, "VF_CITIZEN_"),
                             (vf.MainIncome, vf.CodeList.MAIN_INCOME, "VF_INCOME_SRC_"),
                             (vf.Trygd, vf.CodeList.TRYGD, "VF_TRYGD_"),
                             (vf.IncomeKind, vf.CodeList.INCOME_KIND, "VF_INC_"),
                             (vf.HousingKind, vf.CodeList.HOUSING_KIND, "VF_HOUSING_"),
                             (vf.Fact, vf.CodeList.FACT, "VF_FACT_"),
                             (vf.AssistanceKind, vf.CodeList.ASSISTANCE_KIND, "VF_ASSIST_"),
                             (vf.IncomeCategory, vf.CodeList.INCOME_CATEGORY, "VF_INCOME_CAT_")]:
        for m in cls:
            assert getattr(core, prefix + m.name) == m, m
            assert vf.code_name(lst, m) == m.code_name
            assert cls.parse(m.code_name) is m
        assert vf.code_name(lst, max(cls) + 1) is None
    for m in vf.AgeGroup:
        assert getattr(core, "VF_AGE_" + m.name.replace("AGE_", "")) == m
        assert vf.AgeGroup.parse(m.code_name) is m
    provider = ["NO_CHILDREN", "1_CHILD", "2_CHILDREN", "3_CHILDREN", "4_CHILDREN", "5_PLUS"]
    for m, c in zip(vf.ProviderStatus, provider):
        assert getattr(core, "VF_PROVIDER_" + c) == m
        assert vf.ProviderStatus.parse(m.code_name) is m
    for m in vf.Tristate:
        assert getattr(core, "VF_" + m.name) == m
    for cls, prefix in [(vf.Rounding, "VF_ROUND_"), (vf.Unit, "VF_UNIT_"),
                        (vf.CodeList, "VF_CODES_"), (vf.Status, "VF_E_")]:
        for m in cls:
            if m.name != "OK":
                assert getattr(core, prefix + m.name) == m, m
    assert vf.CivilStatus.WIDOWED.code_name == "widowed"
    assert vf.Trygd.OLD_AGE == 7 and vf.MainIncome.SOCIAL_ASSISTANCE == 5
    assert vf.Trygd.parse("07") is vf.Trygd.OLD_AGE
    with pytest.raises(vf.UnknownCodeError) as e:
        vf.Gender.parse("Female")
    assert e.value.field == "gender"
    assert str(e.value) == "gender: unknown code 'Female' (one of: unknown, male, female)"


def test_client_fields():
    c = vf.Client()
    assert c.id == "" and c.gender is vf.Gender.UNKNOWN and c.birth_date is None
    c.id = "J-0001"
    assert c.id == "J-0001"
    with pytest.raises(vf.RangeError):
        c.id = "x" * 99
    c.birth_date = date(1950, 3, 14)
    assert c.birth_date == date(1950, 3, 14)
    with pytest.raises(vf.DateError) as e:
        c.birth_date = "1950-02-29"
    assert c.birth_date == date(1950, 3, 14)

    c.gender = vf.Gender.FEMALE
    c.civil_status = "widowed"
    c.citizenship = vf.Citizenship.FOREIGN
    c.main_income = vf.MainIncome.TRYGD
    c.trygd = 7
    assert (c.gender, c.civil_status, c.citizenship, c.main_income, c.trygd) == (
        vf.Gender.FEMALE, vf.CivilStatus.WIDOWED, vf.Citizenship.FOREIGN, vf.MainIncome.TRYGD,
        vf.Trygd.OLD_AGE)
    with pytest.raises(vf.UnknownCodeError) as e:
        c.gender = 3
    assert str(e.value) == "gender: unknown code 3 (one of: 0 unknown, 1 male, 2 female)"
    for field, bad in [("civil_status", 6), ("citizenship", -1), ("main_income", 10), ("trygd", 14)]:
        with pytest.raises(vf.UnknownCodeError):
            setattr(c, field, bad)
    assert c.gender is vf.Gender.FEMALE

    c.set_income(vf.IncomeKind.TRYGD, 1500000)
    c.set_income("housing_allowance", 120050)
    assert c.income(vf.IncomeKind.TRYGD) == 1500000
    assert c.income_total() == 1620050  # 15 000.00 + 1 200.50 kr
    with pytest.raises(vf.RangeError) as e:
        c.set_income(vf.IncomeKind.WORK, -1)
    assert e.value.field == "work"
    assert str(e.value) == "work: amount -0.01 kr is negative"
    with pytest.raises(vf.UnknownCodeError):
        c.set_income(8, 1)
    c.set_income(vf.IncomeKind.OTHER, 2**63 - 1)
    with pytest.raises(vf.OverflowError):
        c.income_total()

    c.set_housing(vf.HousingKind.RENT, 1200000)
    assert c.housing(vf.HousingKind.RENT) == 1200000
    assert c.housing_costs[vf.HousingKind.RENT] == 1200000
    with pytest.raises(vf.RangeError) as e:
        c.set_housing(vf.HousingKind.ELECTRICITY, -100)
    assert e.value.field == "electricity"

    assert c.fact(vf.Fact.SHARES_HOME) is vf.Tristate.UNKNOWN
    c.set_fact(vf.Fact.SHARES_HOME, True)
    assert c.fact(vf.Fact.SHARES_HOME) is vf.Tristate.YES
    c.set_fact(vf.Fact.SHARES_HOME, False)
    assert c.fact(vf.Fact.SHARES_HOME) is vf.Tristate.NO
    with pytest.raises(vf.UnknownCodeError):
        c.set_fact(vf.Fact.SHARES_HOME, 3)

    c.add_child(date(2015, 6, 1))
    with pytest.raises(vf.DateError) as e:
        c.add_child("2015-06-31")
    assert "June 2015 has 30 days" in str(e.value)
    assert c.children == [date(2015, 6, 1)]
    for _ in range(1, 32):
        c.add_child(date(2010, 1, 1))
    with pytest.raises(vf.RangeError):
        c.add_child(date(2010, 1, 1))

    copy = c.clone()
    c.clear_children()
    assert c.children == [] and len(copy.children) == 32 and copy.id == "J-0001"


def test_client_keywords_and_context_manager():
    with vf.Client(id="J-2", birth_date=date(1980, 1, 1), gender="male",
                   incomes={vf.IncomeKind.WORK: 100}, housing={"rent": 200},
                   facts={vf.Fact.LIVES_WITH_PARTNER: True}, children=["2015-06-01"]) as c:
        d = c.to_dict()
        assert d["id"] == "J-2" and d["income_work"] == 100 and d["housing_rent"] == 200
        assert d["children"] == 1 and d["gender"] is vf.Gender.MALE
    with pytest.raises(ValueError, match="closed"):
        c.id
