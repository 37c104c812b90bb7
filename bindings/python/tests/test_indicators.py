"""Indicators: the hand-worked register of tests/test_indicators.c (and
docs/indicators.md, "Worked example"), built from pandas; KVP cases of
tests/test_rules_kvp.c; synthetic registers."""
from datetime import date

import numpy as np
import pandas as pd
import pytest

import velferd as vf
from velferd import Indicator as I


def KR(x):
    return x * 100


@pytest.fixture
def worked():
    r = vf.Register()
    r.add_clients(pd.DataFrame({
        "id": ["C1", "C2", "C3", "C4", "C5"],
        "birth_date": [date(2000, 6, 15), date(1990, 1, 1), date(1950, 3, 3), None, date(2006, 12, 31)],
        "gender": ["female", "male", "male", "unknown", "female"],
        "civil_status": ["unmarried", "married", "widowed", "unknown", "cohabiting"],
        "citizenship": ["norwegian", "foreign", "norwegian", "unknown", "norwegian"],
        "main_income": ["social_assistance", "trygd", "trygd", "work", "social_assistance"],
        "trygd": ["none", "disability", "old_age", "none", "none"],
        "children": [[date(2015, 1, 1), date(2016, 1, 1)], [], [], [date(2015, 1, 1)], []],
    }))
    for month, kr, ref in [(1, 10000, 0), (1, 500, 0), (2, 10000, 2000), (3, 10000, 0),
                           (5, 10000, 0), (6, 10000, 0), (7, 10000, 0)]:
        r.add_payment("C1", 2024, month, KR(kr), KR(ref))
    for m in range(7, 13):
        r.add_payment("C2", 2024, m, KR(5000))
    r.add_payment("C3", 2024, 11, KR(3000), KR(5000))
    r.add_payment("C4", 2024, 3, 0, KR(100))
    r.add_payment("C5", 2023, 12, KR(9999))
    r.add_payment("C5", 2024, 1, KR(1000))
    for age in range(18, 25):
        r.set_population(2024, age, 100)
    return r


def test_worked_example(worked):
    ind = vf.Indicators(worked, 2024, suppress_below=0)
    assert ind.year == 2024
    assert ind.records_used == 16  # C1 7 + C2 6 + C3 1 + C4 1 + C5 1
    def v(which):
        x = ind.value(which)
        return (x.num, x.den, x.rounded)
    assert v(I.RECIPIENTS) == (4, 1, 4)                   # C1, C2, C3, C5
    assert v(I.RECIPIENTS_MONTH) == (2, 1, 2)             # November: C2, C3
    assert v(I.BENEFIT_MONTHS) == (14, 1, 14)             # 6 + 6 + 1 + 1
    assert v(I.AVG_DURATION) == (14, 4, 35)               # 3.5
    assert v(I.LONG_TERM_SHARE) == (200, 4, 500)          # C1, C2: 50.0 %
    assert v(I.LONG_TERM_CONTINUOUS_SHARE) == (100, 4, 250)
    assert v(I.GROSS) == (9450000, 1, 94500)              # 60 500 + 30 000 + 3 000 + 1 000 kr
    assert v(I.REFUNDED) == (710000, 1, 7100)             # 2 000 + 5 000 + 100 kr
    assert ind.value(I.GROSS).exact == 9450000
    assert ind.value(I.AVG_DURATION).published == "3.5"
    # 18-24: C1 and C5 per 700 inhabitants = 0.2857 per 100 -> 0.3
    assert ind.rate(18, 24).published == "0.3"
    assert ind.value(I.POPULATION_RATE).status == vf.ValueStatus.NO_DATA  # 25..66 missing
    age = ind.table(vf.IndicatorTable.AGE_GROUP).set_index("code")
    assert age.loc["18_24", "count"] == 2 and age.loc["18_24", "pct_tenths"] == 500
    frame = ind.values_frame()
    frame = frame.set_index("indicator")
    assert frame.loc["recipients", "published"] == 4.0  # a number, not text
    assert frame.loc["recipients", "published_text"] == "4"
    assert frame.loc["avg_duration", "published"] == 3.5
    assert frame.loc["gross", "published"] == 94500.0  # kroner
    assert frame["published"].dtype == np.float64
    # population_rate: 25..66 missing -> NaN with status no_data
    assert np.isnan(frame.loc["population_rate", "published"])
    assert frame.loc["population_rate", "status"] == "no_data"
    # the pct column the docstring promises: 2 of 4 recipients aged 18-24
    assert age.loc["18_24", "pct"] == 50.0
    assert ind.to_dict()["year"] == 2024


def test_suppression_hides_small_cells(worked):
    ind = vf.Indicators(worked, 2024)  # default: counts below 5 hidden
    assert ind.value(I.RECIPIENTS).status == vf.ValueStatus.SUPPRESSED
    # the count is never shown (SSB's ":" mark; indicators.h's comment says ".")
    assert not any(ch.isdigit() for ch in ind.value(I.RECIPIENTS).published)
    assert ind.value(I.RECIPIENTS).num == 0
    assert ind.suppressed_count > 0


def test_indicator_errors(worked):
    with pytest.raises(vf.DateError):
        vf.Indicators(worked, 0)
    with pytest.raises(vf.InvalidArgumentError):
        vf.Indicators(worked, 2024, point_month=13)


def test_synthetic_register_is_deterministic():
    a = vf.synth_register(500, seed=3, year=2008)
    b = vf.synth_register(500, seed=3, year=2008)
    assert len(a) == 500
    assert a.payments_frame().equals(b.payments_frame())
    assert vf.Indicators(a, 2008).value(I.RECIPIENTS).num == 500  # every client is paid
    with pytest.raises(vf.NotFoundError):
        vf.synth_register(10, profile="atlantis")
    with pytest.raises(vf.RangeError):
        vf.synth_register(0)


def all_met(birth):
    return vf.Client(birth_date=birth, facts={
        vf.Fact.REDUCED_WORK_CAPACITY: True, vf.Fact.FOLKETRYGD_RIGHTS: False,
        vf.Fact.WORK_ASSESSMENT_DONE: True, vf.Fact.PROGRAMME_AVAILABLE: True})


def test_kvp_eligibility(ctx):
    r = vf.kvp_eligibility(ctx, all_met(date(1994, 2, 10)), date(2024, 5, 1), explain=True)
    assert r.eligible is vf.Tristate.YES and r.age == 30  # born 1994-02-10
    assert set(r.criteria.values()) == {vf.Tristate.YES} and len(r.criteria) == 5
    assert r.explanation.steps
    # 17 on the date (born 2006-05-02): only the working-age criterion fails
    r = vf.kvp_eligibility(ctx, all_met(date(2006, 5, 2)), date(2024, 5, 1))
    assert r.eligible is vf.Tristate.NO and r.age == 17
    assert [k for k, x in r.criteria.items() if x is vf.Tristate.NO] == ["working_age"]
    r = vf.kvp_eligibility(ctx, vf.Client(), date(2024, 5, 1))
    assert r.eligible is vf.Tristate.UNKNOWN and r.age == -1
    with pytest.raises(vf.DateError):
        vf.kvp_eligibility(ctx, vf.Client(), "2024-02-30")


def test_kvp_benefit_across_1_may(ctx):
    # April part, 16 days of 30: 2 x 118 620 = 237 240 a year; x 16 / 360 = 10 544.00;
    # May part, 14 days of 31: 248 056 x 14 / 372 = 9 335.44; total 19 879.44
    c = vf.Client(birth_date=date(1994, 2, 10))
    r = vf.kvp_benefit_period(ctx, c, date(2024, 4, 15), date(2024, 5, 14))
    assert [(p.days, p.g, p.yearly, p.amount) for p in r.parts] == [
        (16, KR(118620), KR(237240), KR(10544)), (14, KR(124028), KR(248056), 933544)]
    assert r.parts[1].first_day == date(2024, 5, 1) and not r.parts[0].under25
    assert (r.base, r.amount) == (1987944, 1987944)
    # rates on the last day: monthly 248 056 / 12 = 20 671.33; no sourced daily divisor
    assert (r.yearly, r.monthly, r.daily) == (KR(248056), 2067133, None)
    assert vf.kvp_benefit_month(ctx, c, 2024, 4).amount == KR(19770)  # 237 240 / 12
    m = vf.kvp_benefit_month(ctx, c, 2024, 5)
    assert (len(m.parts), m.amount) == (1, 2067133)
