"""Report-style tables (issue 20) from Python, on tests/data/reg_tables (the
C test tests/test_indicators_tables.c lists its clients; the figures below
are worked out by hand there)."""
import os

import velferd as vf
from conftest import C_TEST_DATA

REG = os.path.join(C_TEST_DATA, "reg_tables")


def test_trygd_all_grants_loans():
    ind = vf.Indicators(vf.Register.read_dir(REG), 2024, suppress_below=0)
    # every recipient but A (trygd none): 5; trygd as main income: B, E = 2
    assert ind.table_total(vf.IndicatorTable.TRYGD_ALL) == 5
    assert ind.table_total(vf.IndicatorTable.TRYGD) == 2
    # grants 217 000 kr, loans 10 000 kr (øre in num)
    assert ind.value(vf.Indicator.GRANTS).num == 21700000
    assert ind.value(vf.Indicator.LOANS).num == 1000000
    assert ind.value(vf.Indicator.BENEFIT_MONTHS).unit == vf.IndicatorUnit.MONTHS
    assert ind.table_denominator(vf.IndicatorTable.AGE_GROUP) == 6


def test_exclude_unknown():
    ind = vf.Indicators(vf.Register.read_dir(REG), 2024, suppress_below=0, exclude_unknown=True)
    # D's unknowns leave: trygd_all 4, work_assessment 1/4 = 25.0 %
    assert ind.table_denominator(vf.IndicatorTable.TRYGD_ALL) == 4
    t = ind.table(vf.IndicatorTable.TRYGD_ALL).set_index("code")
    assert t.loc["work_assessment", "pct"] == 25.0
    assert ind.value(vf.Indicator.YOUNG_SHARE).rounded == 400  # 2/5


def test_payment_and_duration_tables():
    ind = vf.Indicators(vf.Register.read_dir(REG), 2024, suppress_below=0)
    p = ind.payment_table(vf.PaymentTable.AGE_GROUP).set_index("code")
    # 18_24 = A + F: 75 000 kr, 13 months, 37 500 per recipient, 5 769 per month
    assert p.loc["18_24", "gross"] == 75000
    assert p.loc["18_24", "benefit_months"] == 13
    assert p.loc["18_24", "per_recipient"] == 37500
    assert p.loc["18_24", "per_month"] == 5769
    m = ind.payment_table(vf.PaymentTable.MAIN_INCOME).set_index("code")
    assert m.loc["trygd", "per_month"] == 7526  # 143 000 / 19
    d = ind.duration_income()
    assert list(d.loc["total"]) == [2, 1, 1, 2, 6]
    assert d.loc["social_assistance", "10_12"] == 1
