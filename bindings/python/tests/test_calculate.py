"""Context.calculate: one DataFrame convention over the C batch (issue 18).

Hand-worked cases, from tests/test_rules_assistance.c:
- bergen_pensioner_high_rent (Bergen, 2021-10): single old-age pensioner,
  trygd 15 000, rent 9 000, electricity 1 000: ordinary 6 450 + 10 000 -
  15 000 = 1 450 kr; 80 % rule 224 878 / 12 = 18 739.83, x 4/5 = 14 991.86,
  + 10 000 - 15 000 = 9 991.86 kr.
- the couple with two children (default profile, 2021-06): norm 10 800 +
  2 850 + 3 250 = 16 900, housing 13 800, income 27 108: 3 592 kr; in
  2022-10: norm 17 750, income 25 000 (child benefit 2 108 exempt): 6 550 kr.
- sharing_household (default, 2021-03): 5 400 + rent 4 000 = 9 400 kr.
"""
import datetime as dt
import warnings
from decimal import Decimal
from fractions import Fraction

import numpy as np
import pandas as pd
import pytest

import velferd as vf


def KR(x):
    return x * 100


@pytest.fixture
def bergen():
    with vf.Context("bergen") as c:
        yield c


@pytest.fixture
def default():
    with vf.Context() as c:
        yield c


def three(money="ore"):
    """The pensioner, the couple and the sharing client, labelled by name."""
    m = KR if money == "ore" else (lambda x: x)
    return pd.DataFrame({
        "birth_date": pd.to_datetime(["1950-03-10", "1985-01-02", None]),
        "civil_status": pd.Categorical(["unmarried", "unknown", "unknown"]),
        "trygd": ["old_age", "unknown", "unknown"],
        "fact_lives_with_partner": ["unknown", "yes", "unknown"],
        "fact_shares_home": [False, False, True],
        "income_trygd": [m(15000), 0, 0],
        "income_work": [0, m(20000), 0],
        "income_partner": [0, m(5000), 0],
        "income_child_benefit": [0, m(2108), 0],
        "housing_rent": [m(9000), m(12000), m(4000)],
        "housing_electricity": [m(1000), m(1500), 0],
        "housing_other": [0, m(300), 0],
        "children": [[], [dt.date(2017, 3, 1), "2012-08-20"], None],
    }, index=pd.Index(["pensioner", "couple", "sharing"], name="who"))


def test_hand_worked_cases(bergen, default):
    r = bergen.calculate(three(), "2021-10")
    assert list(r.index) == ["pensioner", "couple", "sharing"] and r.index.name == "who"
    p = r.loc["pensioner"]
    assert (p["norm"], p["housing"], p["income"], p["ordinary"]) == (
        KR(6450), KR(10000), KR(15000), KR(1450))
    assert p["rule80_applies"] and p["rule80_supplement"] == 999186
    assert p["assistance"] == 999186 and p["household"] == "single" and p["status"] == "ok"
    r = default.calculate(three(), (2021, 6))
    c = r.loc["couple"]
    assert (c["household"], c["norm"], c["housing"], c["income"], c["income_exempt"]) == (
        "couple", KR(16900), KR(13800), KR(27108), 0)
    assert c["assistance"] == KR(3592)
    r = default.calculate(three(), dt.date(2022, 10, 17))
    c = r.loc["couple"]
    assert (c["norm"], c["income"], c["income_exempt"], c["assistance"]) == (
        KR(17750), KR(25000), KR(2108), KR(6550))
    r = default.calculate(three(), "2021-03")
    assert r.loc["sharing", "household"] == "sharing"
    assert r.loc["sharing", "assistance"] == KR(9400)
    assert r["assistance"].dtype == np.int64 and r["rule80_applies"].dtype == bool
    assert list(r.columns) == [k for k in vf.BATCH_OUTPUTS if not k.startswith("kvp")]


def test_kroner_give_the_same_as_ore(bergen):
    ore = bergen.calculate(three(), "2021-10")
    kr_int = bergen.calculate(three("kr"), "2021-10", money="kr")
    f = three("kr")
    for col in ("income_trygd", "housing_rent", "housing_electricity"):
        f[col] = f[col].astype(float)
    kr_float = bergen.calculate(f, "2021-10", money="kr")
    assert ore.equals(kr_int) and ore.equals(kr_float)


# ---- money ----

def test_kroner_are_converted_exactly(default):
    f = pd.DataFrame({"housing_rent": [0.29, 8500.5, 1234567.89, 0.07, 19.99]})
    r = default.calculate(f, "2021-06", money="kr", outputs=["housing"])
    assert r["housing"].tolist() == [29, 850050, 123456789, 7, 1999]
    # objects: Decimal, Fraction, text with either decimal mark, int
    f = pd.DataFrame({"housing_rent": [Decimal("8500.50"), Fraction(17001, 2), "8500,50",
                                       "8500.5", 8500]}, dtype=object)
    r = default.calculate(f, "2021-06", money="kr", outputs=["housing"])
    assert r["housing"].tolist() == [850050, 850050, 850050, 850050, 850000]


def test_kroner_float_acceptance_is_the_decimal_meaning(default):
    # a float is taken when its decimal meaning (repr) is a whole number of
    # øre, and gives exactly that: checked against Decimal for many values
    rng = np.random.default_rng(3)
    ore = rng.integers(0, 10 ** 11, 2000)
    vals = ore / 100  # the double nearest to each amount
    r = default.calculate({"housing_rent": vals}, "2021-06", money="kr", outputs=["housing"])
    want = [int(Decimal(repr(float(v))) * 100) for v in vals]
    assert r["housing"].tolist() == want == ore.tolist()


@pytest.mark.parametrize("bad", [0.1 + 0.2, 8500.555, 1e-3, float("inf")])
def test_kroner_refused_when_not_whole_ore(default, bad):
    f = pd.DataFrame({"housing_rent": [100.0, bad]}, index=["a", "b"])
    with pytest.raises(ValueError, match=r"row 'b': housing_rent: .* kr is not a whole number"):
        default.calculate(f, "2021-06", money="kr")


def test_money_refusals(default):
    with pytest.raises(ValueError, match=r"row 'x': housing_rent: Decimal\('1.005'\) kr"):
        default.calculate(pd.DataFrame({"housing_rent": [Decimal("1.005")]}, index=["x"],
                                       dtype=object), "2021-06", money="kr")
    with pytest.raises(ValueError, match="row 1: income_work: missing amount"):
        default.calculate({"income_work": [1.0, np.nan]}, "2021-06")
    with pytest.raises(ValueError, match="1.5 øre is not a whole number of øre"):
        default.calculate({"income_work": [1.5]}, "2021-06")
    with pytest.raises(TypeError, match="booleans are not amounts"):
        default.calculate({"income_work": [True]}, "2021-06")
    with pytest.raises(ValueError, match="money must be 'ore'"):
        default.calculate({"income_work": [1]}, "2021-06", money="nok")
    # pandas nullable integers: taken, <NA> refused with the row
    r = default.calculate({"housing_rent": pd.array([100000, 0], dtype="Int64")}, "2021-06")
    assert r["assistance"].tolist() == [KR(6450) + 100000, KR(6450)]
    with pytest.raises(ValueError, match="row 1: housing_rent: missing amount"):
        default.calculate({"housing_rent": pd.array([1, None], dtype="Int64")}, "2021-06")
    # whole-number floats in øre are exact integers: taken
    r = default.calculate({"housing_rent": [100000.0]}, "2021-06")
    assert r["assistance"][0] == KR(6450) + 100000
    # negative amounts: the C library's check, per row
    with pytest.raises(vf.RangeError, match=r"^row 'n': income\[work\]: -5 is negative"):
        default.calculate(pd.DataFrame({"income_work": [0, -5]}, index=["m", "n"]), "2021-06")


# ---- months ----

def test_month_forms(default):
    f = {"housing_rent": [KR(4000)]}
    want = default.calculate(f, (2021, 6))
    for m in ("2021-06", dt.date(2021, 6, 30), dt.datetime(2021, 6, 1, 12),
              pd.Timestamp("2021-06-15"), np.datetime64("2021-06-02"), [2021, 6],
              (np.int64(2021), np.int32(6))):
        assert default.calculate(f, m).equals(want), m
    with pytest.raises(TypeError, match="expected a month as 'YYYY-MM'"):
        default.calculate(f, 202106)
    with pytest.raises(ValueError, match="'2021/06' is not 'YYYY-MM'"):
        default.calculate(f, "2021/06")
    with pytest.raises(vf.DateError, match="month 13 is outside 1..12"):
        default.calculate(f, "2021-13")
    with pytest.raises(TypeError, match="year must be an integer, got str '2021'"):
        default.calculate(f, ("2021", "06"))


def test_month_types_of_the_single_client_functions(bergen):
    c = vf.Client(birth_date=dt.date(1950, 3, 10), civil_status=vf.CivilStatus.UNMARRIED,
                  trygd=vf.Trygd.OLD_AGE, incomes={vf.IncomeKind.TRYGD: KR(15000)},
                  housing={vf.HousingKind.RENT: KR(9000), vf.HousingKind.ELECTRICITY: KR(1000)})
    assert vf.assistance_month(bergen, c, "2021-10").assistance == 999186
    assert vf.assistance_month(bergen, c, (2021, 10)).assistance == 999186
    assert vf.assistance_month(bergen, c, 2021, 10).assistance == 999186
    # the raw SWIG TypeError: now a clear one
    with pytest.raises(TypeError, match="month must be an integer, got str '10'"):
        vf.assistance_month(bergen, c, 2021, "10")
    with pytest.raises(TypeError, match="year must be an integer, got str '2021-10'"):
        vf.assistance_month(bergen, c, "2021-10", 5)
    with pytest.raises(TypeError, match="expected a month"):
        vf.kvp_benefit_month(bergen, c, 2021.5)
    with pytest.raises(TypeError, match="month must be an integer"):
        vf.batch_month(bergen, {"income_work": np.zeros(1, np.int64)}, 2021, 10.0)
    with pytest.raises(ValueError, match="'2021-1' is not 'YYYY-MM'"):
        vf.compare(vf.Register(), bergen, bergen, month="2021-1")


# ---- dates ----

@pytest.mark.parametrize("births", [
    pd.to_datetime(["1950-03-10", "1985-01-02", None]),                       # datetime64[ns]
    np.array(["1950-03-10", "1985-01-02", "NaT"], dtype="datetime64[D]"),      # numpy days
    pd.to_datetime(["1950-03-10", "1985-01-02", None]).tz_localize("Europe/Oslo"),
    [dt.date(1950, 3, 10), dt.date(1985, 1, 2), None],                         # date objects
    ["1950-03-10", "1985-01-02", None],                                        # ISO text
    [dt.date(1950, 3, 10), "1985-01-02", pd.NaT],                              # mixed
    pd.Categorical(["1950-03-10", "1985-01-02", None]),
])
def test_every_date_dtype(default, births):
    f = three()
    f["birth_date"] = pd.Series(births, index=f.index) if isinstance(births, pd.Index) else births
    r = default.calculate(f, (2021, 6))
    assert r.loc["couple", "assistance"] == KR(3592)
    assert r.loc["sharing", "assistance"] == KR(9400)


def test_bad_dates_name_the_row(default):
    f = pd.DataFrame(index=["a", "b"])
    for bad, msg in ((["1990-01-01", "2024-02-30"], r"row 'b': birth_date: '2024-02-30'"),
                     (["1990-01-01", "2024-02"], r"row 'b': birth_date: '2024-02' is not a date"),
                     (["1990-01-01", "20240201"], r"row 'b': birth_date: '20240201' is not"),
                     (pd.to_datetime(["1990-01-01", "1990-01-01 12:00"]),
                      r"row 'b': birth_date: .* has a time of day")):
        f["birth_date"] = bad
        with pytest.raises(ValueError, match=msg):
            default.calculate(f, "2021-06")
    # the YYYYMMDD integers: refused with the way to convert them
    with pytest.raises(TypeError, match="not dates.*format='%Y%m%d'"):
        default.calculate({"birth_date": [19600101]}, "2021-06")


# ---- codes and facts ----

@pytest.mark.parametrize("trygd", [
    pd.Categorical(["old_age", "none", "none"]),                 # categories sorted by name
    pd.Categorical.from_codes([7, 12, 12], [t.code_name for t in vf.Trygd]),  # C order
    ["old_age", "none", "none"], ["07", "12", "12"],             # names, KOSTRA numbers
    [vf.Trygd.OLD_AGE, vf.Trygd.NONE, vf.Trygd.NONE],            # members
    np.array([7, 12, 12], np.int64), np.array([7, 12, 12], np.uint8),
])
def test_every_code_dtype(bergen, trygd):
    f = three()
    f["trygd"] = trygd
    r = bergen.calculate(f, "2021-10")
    assert r.loc["pensioner", "assistance"] == 999186  # the 80 % rule: old age


def test_missing_codes_are_unknown(bergen):
    f = three()
    f["civil_status"] = pd.Categorical([None, "unknown", None])
    f["trygd"] = ["old_age", None, np.nan]
    assert bergen.calculate(f, "2021-10").loc["pensioner", "assistance"] == 999186


def test_unknown_codes_list_the_valid_ones(bergen):
    f = three()
    f["trygd"] = ["old_age", "pension", "none"]
    with pytest.raises(vf.UnknownCodeError,
                       match=r"^row 'couple': trygd: trygd: unknown code 'pension' \(one of: "
                             r"unknown, sickness, .*, old_age, .*child_benefit\)$"):
        bergen.calculate(f, "2021-10")
    f["trygd"] = [7, 300, 0]
    with pytest.raises(vf.UnknownCodeError, match=r"row 'couple': trygd: unknown code 300 "
                                                  r"\(one of: 0 unknown, 1 sickness"):
        bergen.calculate(f, "2021-10")
    f["trygd"] = [7, 99, 0]  # fits in a byte: the C batch checks it, per row
    with pytest.raises(vf.UnknownCodeError, match=r"^row .couple.: trygd: unknown code 99 "
                                                  r"\(one of: 0 unknown, 1 sickness, "):
        bergen.calculate(f, "2021-10")
    with pytest.raises(vf.UnknownCodeError, match=r"one of: unknown, male, female"):
        vf.Gender.parse("woman")


@pytest.mark.parametrize("facts", [
    [False, True, False], ["no", "yes", "no"], ["1", "2", "0"],  # names or numbers as text
    [vf.Tristate.NO, vf.Tristate.YES, vf.Tristate.NO],
    pd.array([False, True, None], dtype="boolean"),
    pd.Categorical(["no", "yes", "unknown"]),
    np.array([False, True, None], dtype=object),
])
def test_every_fact_dtype(default, facts):
    f = three()
    f["fact_lives_with_partner"] = facts
    r = default.calculate(f, (2021, 6))
    assert r.loc["couple", "household"] == "couple" and r.loc["couple", "assistance"] == KR(3592)
    assert r.loc["pensioner", "household"] == "single"


def test_zero_one_integer_facts_warn(default):
    with pytest.warns(vf.VelferdWarning, match="only 0 and 1: read as Tristate"):
        default.calculate({"fact_shares_home": np.array([0, 1])}, "2021-06")


# ---- children ----

def test_children_as_lists_text_or_one_row_per_child(default):
    want = default.calculate(three(), (2021, 6))
    f = three()
    f["children"] = ["", "2017-03-01;2012-08-20", None]
    assert default.calculate(f, (2021, 6)).equals(want)
    kids = pd.Series(pd.to_datetime(["2012-08-20", "2017-03-01"]), index=["couple", "couple"])
    assert default.calculate(f.drop(columns="children"), (2021, 6), children=kids).equals(want)
    with pytest.raises(ValueError, match="either as a 'children' column or as children="):
        default.calculate(f, (2021, 6), children=kids)
    with pytest.raises(KeyError, match="parent 'nobody'"):
        default.calculate(f.drop(columns="children"), (2021, 6),
                          children=pd.Series([pd.Timestamp("2012-08-20")], index=["nobody"]))
    with pytest.raises(ValueError, match="children=: the child of row 'couple': .*no date"):
        default.calculate(f.drop(columns="children"), (2021, 6),
                          children=pd.Series(pd.to_datetime([None]), index=["couple"]))
    f["children"] = [0, 2, 0]  # the old clients_frame() counts
    with pytest.raises(TypeError, match="holds numbers"):
        default.calculate(f, (2021, 6))


def test_children_long_form_follows_labels_not_order(default):
    # the frame's labels in an order other than sorted: children follow labels
    f = pd.DataFrame({"housing_rent": [0, 0]}, index=["b", "a"])
    kids = pd.Series(pd.to_datetime(["2019-01-01"]), index=["a"])
    r = default.calculate(f, (2021, 6), children=kids, outputs=["norm"])
    assert r["norm"].tolist() == [KR(6450), KR(6450 + 2850)]
    kids = pd.Series(pd.to_datetime(["2019-01-01", "2010-01-01"]), index=["a", "b"])
    r2 = default.calculate(f, (2021, 6), children=kids, outputs=["norm"])
    assert r2.loc["a", "norm"] == KR(6450 + 2850) and r2.loc["b", "norm"] > KR(6450 + 2850)


def test_children_long_form_on_a_range_index_in_any_order(default):
    f = pd.DataFrame({"housing_rent": [0, 0, 0]})
    kids = pd.Series(pd.to_datetime(["2016-01-01", "2019-01-01", "2010-01-01"]), index=[2, 0, 2])
    r = default.calculate(f, (2021, 6), children=kids, outputs=["norm"])
    # 2021-06: single 6 450; a child aged 2 (0-5) 2 850; aged 5 and 11 (11-17) ...
    single = vf.assistance_month(default, vf.Client(children=[dt.date(2019, 1, 1)]), 2021, 6)
    two = vf.assistance_month(default, vf.Client(children=[dt.date(2016, 1, 1),
                                                           dt.date(2010, 1, 1)]), 2021, 6)
    assert r["norm"].tolist() == [single.norm, KR(6450), two.norm]
    assert single.norm == KR(6450 + 2850)


# ---- results, errors, explanations, weights ----

def test_failures_by_status_or_raised_with_the_label(default):
    f = three()
    f.at["couple", "children"] = [dt.date(2022, 1, 1)]  # born after the month
    with pytest.raises(vf.DateError, match=r"^row 'couple': child 1 is born 2022-01-01"):
        default.calculate(f, (2021, 6))
    r = default.calculate(f, (2021, 6), errors="status")
    assert r["status"].tolist() == ["ok", "date", "ok"]
    assert r.loc["couple", "assistance"] == 0 and pd.isna(r.loc["couple", "household"])
    # weighted totals count the rows computed only
    t = default.calculate(f, (2021, 6), errors="status", weight=[1, 10, 100]).attrs["totals"]
    assert t["clients"] == 101 and t["assistance"] == KR(1450) + 100 * KR(9400)


def test_explanations_of_chosen_rows(bergen):
    r = bergen.calculate(three(), "2021-10", explain=["pensioner"])
    e = r.loc["pensioner", "explanation"]
    assert isinstance(e, vf.Explanation) and r.loc["couple", "explanation"] is None
    assert e.steps[-1]["amount_ore"] == 999186
    assert "vf_assistance_month 2021-10" in e.text
    with pytest.raises(KeyError):
        bergen.calculate(three(), "2021-10", explain=["nobody"])


def test_weighted_totals(default):
    # 2021-06 default, single, no income: 6 450 + rent
    f = pd.DataFrame({"housing_rent": [KR(1000), KR(2000), KR(3000)], "w": [2, 0, 5]})
    r = default.calculate(f, (2021, 6), weight="w")
    t = r.attrs["totals"]
    assert t["clients"] == 7
    assert t["assistance"] == 2 * KR(7450) + 5 * KR(9450)  # exact int
    assert r["weight"].tolist() == [2, 0, 5]
    t = default.calculate(f, (2021, 6), weight=np.array([0.5, 1.5, 0.0])).attrs["totals"]
    assert t["clients"] == 2.0 and t["assistance"] == 0.5 * KR(7450) + 1.5 * KR(8450)
    assert "totals" not in default.calculate(f, (2021, 6)).attrs  # only with weights
    with pytest.raises(ValueError, match="weight is negative"):
        default.calculate(f, (2021, 6), weight=[1, -1, 1])


def test_columns_are_checked(default):
    with pytest.raises(KeyError, match="'income_wrok'"):
        default.calculate({"income_wrok": [1]}, "2021-06")
    with pytest.raises(KeyError, match="'birth_date'"):
        default.calculate({"birth": [1]}, "2021-06")
    with pytest.raises(ValueError, match="differ in length"):
        default.calculate({"income_work": [1], "housing_rent": [1, 2]}, "2021-06")
    with pytest.raises(TypeError, match="DataFrame or a mapping"):
        default.calculate([1, 2], "2021-06")
    # other columns (ids, survey variables) are left alone
    r = default.calculate(pd.DataFrame({"id": ["a"], "region": ["west"], "gender": ["x"]}),
                          "2021-06")
    assert r["assistance"].tolist() == [KR(6450)]


def test_qualification_benefit_columns(bergen):
    # test_batch_month.py's case (March 2022, G 106 399): 2 G / 12 for 25 or
    # more = 1 773 317 øre; with 1 125 of 2 250 minutes of work: 886 658
    f = pd.DataFrame({"birth_date": ["1990-06-15", "1990-06-15", "1990-06-15"],
                      "fact_lives_with_partner": [False] * 3, "kvp": ["yes", "yes", "no"],
                      "kvp_work_minutes": [0, 1125, 0]})
    r = bergen.calculate(f, "2022-03")
    assert r["kvp_benefit"].tolist() == [1773317, 886658, 0]
    assert r["kvp_status"].tolist() == ["ok"] * 3
    with pytest.raises(ValueError, match="participation must be yes or no"):
        bergen.calculate({"kvp": ["yes", None]}, "2022-03")


def random_frame(n, seed):
    rng = np.random.default_rng(seed)
    births = pd.Timestamp("1940-01-01") + pd.to_timedelta(rng.integers(0, 22000, n), "D")
    kids = [[dt.date(2005, 1, 1) + dt.timedelta(days=int(d))
             for d in rng.integers(0, 5800, rng.integers(0, 4))] if rng.random() < .4 else []
            for _ in range(n)]
    return pd.DataFrame({
        "birth_date": births,
        "civil_status": pd.Categorical(rng.choice([c.code_name for c in vf.CivilStatus], n)),
        "trygd": rng.choice([t.code_name for t in vf.Trygd], n),
        "fact_lives_with_partner": rng.choice(["yes", "no", "unknown"], n),
        "fact_shares_home": rng.random(n) < 0.2,
        "income_work": rng.integers(0, 3_000_000, n) * (rng.random(n) < 0.3),
        "income_trygd": rng.integers(0, 3_000_000, n) * (rng.random(n) < 0.4),
        "income_child_benefit": rng.integers(0, 300_000, n) * (rng.random(n) < 0.2),
        "housing_rent": rng.integers(0, 1_500_000, n),
        "housing_electricity": rng.integers(0, 300_000, n),
        "children": kids,
    }, index=pd.Index(rng.permutation(n) * 3 + 1000))


def test_random_rows_equal_the_single_client_call(bergen):
    f = random_frame(400, 11)
    r = bergen.calculate(f, "2022-03", errors="status")
    assert (r["status"] == "ok").sum() > 300
    arr = vf.ClientArray.from_frame(f)
    for i, label in enumerate(f.index):
        try:
            one = vf.assistance_month(bergen, arr[i], 2022, 3)
        except vf.Error as e:
            assert r.loc[label, "status"] == e.code.name.lower()
            continue
        row = r.loc[label]
        assert (row["status"], row["household"]) == ("ok", one.household.code_name)
        for k in ("norm", "housing", "income", "income_exempt", "ordinary",
                  "rule80_supplement", "assistance"):
            assert row[k] == getattr(one, k), (label, k)
        assert row["rule80_applies"] == one.rule80_applies


def test_mapping_of_arrays_and_the_old_wrapper(default):
    cols = {"housing_rent": np.array([KR(1000), KR(2000)]),
            "birth_date": np.array(["1990-01-01", "NaT"], dtype="datetime64[D]")}
    r = default.calculate(cols, "2021-06")
    assert list(r.index) == [0, 1] and r["assistance"].tolist() == [KR(7450), KR(8450)]
    old = vf.assistance_batch(default, cols, 2021, 6)
    assert old["assistance"].tolist() == [KR(7450), KR(8450)]
    assert old["status"].tolist() == [0, 0] and old["status"].dtype == np.int64


# ---- the other papercuts of issue 18 ----

def test_clients_frame_round_trip(tmp_path):
    r = vf.Register()
    r.add_clients(three().reset_index().rename(columns={"who": "id"}))
    f = r.clients_frame()
    assert f.loc[1, "children"] == [dt.date(2017, 3, 1), dt.date(2012, 8, 20)]
    r2 = vf.Register()
    r2.add_clients(f)  # raised TypeError before: 'children' was a count
    assert r2.clients_frame().equals(f)
    # and calculate reads it as it is
    with vf.Context() as ctx:  # the pensioner without the 80 % rule: 1 450 kr
        assert ctx.calculate(f, (2021, 6))["assistance"].tolist() == [KR(1450), KR(3592),
                                                                      KR(9400)]


def test_year_without_data_warns_and_says_no_data():
    reg = vf.synth_register(300, seed=1, year=2008)
    with pytest.warns(vf.NoDataWarning, match="no payment records in 2024 .*of 2008"):
        ind = vf.Indicators(reg, 2024)
    assert not ind.has_data
    v = ind.value(vf.Indicator.RECIPIENTS)
    assert v.status == vf.ValueStatus.NO_DATA and v.published == ".."
    frame = ind.values_frame()
    assert (frame["status"] == "no_data").all() and frame["published"].isna().all()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        ok = vf.Indicators(reg, 2008)
    assert ok.has_data and ok.value(vf.Indicator.RECIPIENTS).status == vf.ValueStatus.OK
    with pytest.raises(TypeError, match="year must be an integer"):
        vf.Indicators(reg, "2008")


def test_suppressed_table_cells_are_missing_not_zero():
    ind = vf.Indicators(vf.synth_register(300, seed=1, year=2008), 2008, suppress_below=5)
    t = ind.table(vf.IndicatorTable.MAIN_INCOME)
    hidden = t["suppressed"] != "none"
    assert hidden.any()
    assert t.loc[hidden, "count"].isna().all() and t.loc[hidden, "pct"].isna().all()
    shown = t[~hidden & (t["pct_den"] > 0)]
    assert (shown["pct"] == shown["pct_tenths"] / 10).all()
    assert t["count"].dtype == "Int64" and t["pct"].dtype == np.float64


def test_unknown_profile_lists_the_profiles():
    with pytest.raises(vf.NotFoundError, match=r"unknown municipality profile 'bergn' "
                                               r"\(one of: default, bergen"):
        vf.Context("bergn")
