"""Rules: the hand-worked cases of tests/test_rules_assistance.c through
Python, one client at a time and in batches (both batch paths)."""
from datetime import date

import numpy as np
import pandas as pd
import pytest

import velferd as vf


def KR(x):
    return x * 100


@pytest.fixture(scope="module")
def bergen():
    return vf.Context("bergen")


@pytest.fixture(scope="module")
def default():
    return vf.Context()


def pensioner(**extra):
    """Born 1950-03-10, lives alone, alderspensjon 15 000 net, rent 9 000, electricity 1 000."""
    fields = dict(birth_date=date(1950, 3, 10), civil_status=vf.CivilStatus.UNMARRIED,
                  trygd=vf.Trygd.OLD_AGE, incomes={vf.IncomeKind.TRYGD: KR(15000)},
                  housing={vf.HousingKind.RENT: KR(9000), vf.HousingKind.ELECTRICITY: KR(1000)})
    fields.update(extra)
    return vf.Client(**fields)


def test_bergen_pensioner_high_rent(bergen):
    r = vf.assistance_month(bergen, pensioner(), 2021, 10)
    # ordinary: 6 450 + (9 000 + 1 000) - 15 000 = 1 450.00
    assert r.household is vf.Household.SINGLE
    assert (r.norm, r.housing, r.income, r.ordinary) == (KR(6450), KR(10000), KR(15000), KR(1450))
    # 80 % rule: level 224 878 / 12 = 18 739.8333 -> 18 739.83;
    # minimum 18 739.83 x 4/5 = 14 991.864 -> 14 991.86;
    # supplement 14 991.86 + 9 000 + 1 000 - 15 000 = 9 991.86 > 1 450
    assert r.rule80_enabled and r.rule80_applies
    assert (r.rule80_level, r.rule80_minimum, r.rule80_supplement) == (1873983, 1499186, 999186)
    assert r.assistance == 999186
    assert vf.kroner(r.assistance) == vf.kroner(999186)  # 9 991.86 kr, exact


def test_same_pensioner_rule_off(default, bergen):
    r = vf.assistance_month(default, pensioner(), 2021, 10)
    assert not r.rule80_enabled and r.assistance == KR(1450)
    with bergen.clone() as x:
        x.set_param("rule80.enabled", date(2021, 1, 1), 0, source="test: rule ended")
        assert vf.assistance_month(x, pensioner(), 2021, 10).assistance == KR(1450)
        # 2020-12: single 6 250; level 208 690 / 12 = 17 390.83; x 4/5 = 13 912.66;
        # supplement 13 912.66 + 10 000 - 15 000 = 8 912.66
        r = vf.assistance_month(x, pensioner(), 2020, 12)
        assert (r.rule80_minimum, r.assistance) == (1391266, 891266)


def test_rule80_not_for_temporary_benefits(bergen):
    r = vf.assistance_month(bergen, pensioner(trygd=vf.Trygd.WORK_ASSESSMENT), 2021, 10)
    assert r.rule80_enabled and not r.rule80_applies and r.assistance == KR(1450)
    r = vf.assistance_month(bergen, pensioner(trygd=vf.Trygd.DISABILITY), 2021, 10)
    assert r.assistance == 999186


def test_couple_with_two_children(default):
    c = vf.Client(birth_date=date(1985, 1, 2), facts={vf.Fact.LIVES_WITH_PARTNER: True},
                  children=[date(2017, 3, 1), date(2012, 8, 20)],
                  housing={"rent": KR(12000), "electricity": KR(1500), "other": KR(300)},
                  incomes={"work": KR(20000), "partner": KR(5000), "child_benefit": KR(2108)})
    # 2021-06-01: children aged 4 (2 850) and 8 (3 250); norm 10 800 + 6 100 = 16 900;
    # housing 13 800; income 27 108 (barnetrygd counted before 2022-09-01);
    # 16 900 + 13 800 - 27 108 = 3 592
    r = vf.assistance_month(default, c, 2021, 6)
    assert (r.household, r.children, r.norm_adults, r.norm_children) == (
        vf.Household.COUPLE, 2, KR(10800), KR(6100))
    assert (r.housing, r.income, r.income_exempt, r.assistance) == (KR(13800), KR(27108), 0, KR(3592))
    # 2022-10-01: 11 150 + 3 250 + 3 350 = 17 750; barnetrygd exempt: income 25 000;
    # 17 750 + 13 800 - 25 000 = 6 550
    r = vf.assistance_month(default, c, 2022, 10)
    assert (r.norm, r.income, r.income_exempt, r.assistance) == (KR(17750), KR(25000), KR(2108), KR(6550))


def test_sharing_and_zero(default):
    c = vf.Client(facts={vf.Fact.SHARES_HOME: True}, housing={"rent": KR(4000)})
    r = vf.assistance_month(default, c, 2021, 3)
    assert (r.household, r.assistance) == (vf.Household.SHARING, KR(9400))  # 5 400 + 4 000
    c = vf.Client(incomes={"work": KR(11450)}, housing={"rent": KR(5000)})
    assert vf.assistance_month(default, c, 2021, 6).assistance == 0  # 6 450 + 5 000 - 11 450


def test_errors(default, bergen):
    with pytest.raises(vf.DateError):
        vf.assistance_month(default, vf.Client(), 2021, 13)
    with pytest.raises(vf.DateError) as e:
        vf.assistance_month(default, vf.Client(birth_date=date(2021, 6, 15)), 2021, 6)
    assert e.value.field == "birth_date" and "2021-06-15" in e.value.message
    with pytest.raises(vf.RangeError, match="is 18 on 2021-06-01"):
        vf.assistance_month(default, vf.Client(children=[date(2003, 5, 31)]), 2021, 6)
    with pytest.raises(vf.InconsistentError):
        vf.assistance_month(default, vf.Client(incomes={"child_benefit": KR(1000)}), 2021, 6)
    with pytest.raises(vf.NoValueError) as e:
        vf.assistance_month(default, vf.Client(), 1995, 6)
    assert e.value.field == "guideline.single"
    c = vf.Client(civil_status="married", trygd="disability", incomes={"partner": KR(5000)},
                  facts={vf.Fact.LIVES_WITH_PARTNER: False})
    with pytest.raises(vf.InconsistentError) as e:
        vf.assistance_month(bergen, c, 2021, 10)
    assert e.value.field == "partner"
    big = vf.Client(housing={"rent": 2**63 - 1, "electricity": 2**63 - 1})
    with pytest.raises(vf.OverflowError):
        vf.assistance_month(default, big, 2021, 6)


def test_explanation_as_text_and_dict(bergen):
    r = vf.assistance_month(bergen, pensioner(), 2021, 10, explain=True)
    d = r.explanation.to_dict()
    assert d["calculation"] == "vf_assistance_month" and d["period"] == "2021-10"
    assert d["profile"] == "bergen" and d["params_id"] == bergen.params_id
    assert d["rules"] == ["assistance/1", "rule80/1"]  # a list in the JSON layout
    assert [s["rule"] for s in d["steps"]] == [
        "assistance.household", "assistance.norm", "assistance.housing", "assistance.income",
        "assistance.ordinary", "rule80.check", "rule80.minimum", "rule80.supplement",
        "assistance.result"]
    assert d["steps"][6]["amount_ore"] == 1499186
    assert d["steps"][-1]["amount_ore"] == r.assistance
    assert "vf_assistance_month 2021-10" in r.explanation.text
    assert str(r.explanation) == r.explanation.text
    assert vf.assistance_month(bergen, pensioner(), 2021, 10).explanation is None


def clients_frame():
    """The pensioner, the couple with two children and the sharing client as columns."""
    return pd.DataFrame({
        "id": ["pensioner", "couple", "sharing"],
        "birth_date": [date(1950, 3, 10), date(1985, 1, 2), None],
        "civil_status": ["unmarried", "unknown", "unknown"],
        "trygd": ["old_age", "unknown", "unknown"],
        "fact_lives_with_partner": ["unknown", "yes", "unknown"],
        "fact_shares_home": ["unknown", "unknown", "yes"],
        "income_trygd": [KR(15000), 0, 0],
        "income_work": [0, KR(20000), 0],
        "income_partner": [0, KR(5000), 0],
        "income_child_benefit": [0, KR(2108), 0],
        "housing_rent": [KR(9000), KR(12000), KR(4000)],
        "housing_electricity": [KR(1000), KR(1500), 0],
        "housing_other": [0, KR(300), 0],
        "children": [[], [date(2017, 3, 1), date(2012, 8, 20)], []],
    })


@pytest.mark.parametrize("path", ["columns", "client_array"])
def test_batch_gives_the_single_client_results(path, default, bergen):
    frame = clients_frame()
    clients = frame if path == "columns" else vf.ClientArray.from_frame(frame)
    # 2021-10 Bergen: pensioner 9 991.86 (80 % rule);
    # 2021-06 default: couple 3 592, sharing 5 400 + 4 000 = 9 400
    out = vf.assistance_batch(bergen, clients, 2021, 10)
    assert out["assistance"].iloc[0] == 999186
    out = vf.assistance_batch(default, clients, 2021, 6)
    assert list(out["assistance"].iloc[1:]) == [KR(3592), KR(9400)]
    assert list(out["household"].astype(str)) == ["single", "couple", "sharing"]
    assert list(out["id"]) == ["pensioner", "couple", "sharing"]
    assert out["assistance"].dtype == np.int64
    arr = vf.ClientArray.from_frame(frame)
    for i in range(3):
        assert out["assistance"].iloc[i] == vf.assistance_month(default, arr[i], 2021, 6).assistance


@pytest.mark.parametrize("path", ["columns", "client_array"])
def test_batch_failures(path, default):
    frame = clients_frame()
    frame.at[1, "children"] = [date(2022, 1, 1)]  # born after the month
    clients = frame if path == "columns" else vf.ClientArray.from_frame(frame)
    with pytest.raises(vf.DateError, match=r"^(client|row) 1: child 1 is born 2022-01-01"):
        vf.assistance_batch(default, clients, 2021, 6)
    out = vf.assistance_batch(default, clients, 2021, 6, errors="status")
    assert list(out["status"]) == [0, vf.Status.DATE, 0]
    assert out["assistance"].iloc[1] == 0 and out["assistance"].iloc[2] == KR(9400)
    assert pd.isna(out["household"].iloc[1])


def test_batch_threads_give_the_same_result(default):
    rng = np.random.default_rng(7)
    n = 5000
    frame = pd.DataFrame({"income_work": rng.integers(0, KR(30000), n),
                          "housing_rent": rng.integers(0, KR(15000), n)})
    one = vf.assistance_batch(default, frame, 2021, 6)
    four = vf.assistance_batch(default, frame, 2021, 6, threads=4)
    assert one.equals(four)
    # single adult, no children: max(0, 6 450.00 + rent - work), to the øre
    want = np.maximum(0, KR(6450) + frame["housing_rent"] - frame["income_work"])
    assert (one["assistance"].to_numpy() == want.to_numpy()).all()


def test_batch_refuses_float_money(default):
    # a float that is not a whole number of øre (whole-number floats are taken)
    with pytest.raises(ValueError, match="row 0: income_work: 1.5 øre is not a whole number"):
        vf.assistance_batch(default, {"income_work": [1.5]}, 2021, 6)
