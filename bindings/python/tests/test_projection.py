"""Issue 19 through Python: projections (always flagged), coverage, values as
known on a date, templates. The figures are worked out by hand in
tests/test_projection.c and tests/test_law.c; the arithmetic is repeated here."""
from datetime import date

import numpy as np
import pytest

import velferd as vf


def pensioner():
    c = vf.Client()
    c.birth_date = date(1950, 3, 10)
    c.trygd = vf.Trygd.OLD_AGE
    c.set_fact(vf.Fact.LIVES_WITH_PARTNER, vf.Tristate.NO)
    c.set_housing(vf.HousingKind.RENT, 900000)
    c.set_housing(vf.HousingKind.ELECTRICITY, 100000)
    c.set_income(vf.IncomeKind.TRYGD, 1500000)
    return c


def test_without_projection_gaps_fail(ctx):
    assert ctx.projection == ""
    with pytest.raises(vf.NoValueError):
        ctx.param("guideline.single", date(2025, 6, 1))


def test_percent(ctx):
    ctx.set_projection("3%")
    assert ctx.projection == "3.00%"
    # 7 850 (2024) x 1.03 = 8 085.50 -> nearest 50 kr: 8 100
    p = ctx.param("guideline.single", date(2025, 6, 1))
    assert p.num == 810000 and p.projected
    assert "by 3.00 % a year for 1 year(s)" in p.projection
    # an enacted value is not flagged
    p = ctx.param("guideline.single", date(2024, 6, 1))
    assert p.num == 785000 and not p.projected and p.projection == ""
    # history is never projected
    with pytest.raises(vf.NoValueError):
        ctx.param("guideline.single", date(2016, 6, 1))
    ctx.set_projection(None)
    with pytest.raises(vf.NoValueError):
        ctx.param("guideline.single", date(2025, 6, 1))
    with pytest.raises(vf.InvalidArgumentError):
        ctx.set_projection("250%")


def test_g_and_index(ctx, tmp_path):
    ctx.set_projection("g")
    # 257 040 x G 130 160 / G 118 620 = 282 046.25 -> 282 046 kr
    assert ctx.money("minimum_pension.single", date(2025, 6, 1)) == 28204600
    path = tmp_path / "cpi.csv"
    path.write_text("year,index\n2024,100\n2025,102.5\n")
    ctx.set_projection(path)
    # 7 850 x 102.5 / 100 = 8 046.25 -> 8 050
    assert ctx.money("guideline.single", date(2025, 6, 1)) == 805000
    path.write_text("year,index\n2024,100\n2025,x\n")
    with pytest.raises(vf.ParseError) as e:
        ctx.set_projection(path)
    assert ":3: index" in e.value.message


def test_results_flagged():
    with vf.Context("bergen") as ctx:
        ctx.set_projection(3.0)
        c = pensioner()
        # ordinary 8 100 + 10 000 - 15 000 = 3 100; 80 % rule 272 694 / 12 x 4/5 = 18 179.60,
        # + 10 000 - 15 000 = 13 179.60
        r = vf.assistance_month(ctx, c, 2025, 6, explain=True)
        assert r.assistance == 1317960 and r.projected
        info = r.explanation.to_dict()
        assert info["projected"] == 2 and info["projection"] == "3.00%"
        assert not vf.assistance_month(ctx, c, 2024, 4).projected
        frame = vf.assistance_batch(ctx, {"birth_date": [date(1950, 3, 10)] * 2,
                                          "trygd": [int(vf.Trygd.OLD_AGE)] * 2,
                                          "fact_lives_with_partner": [False, False],
                                          "housing_rent": [900000, 900000],
                                          "housing_electricity": [100000, 100000],
                                          "income_trygd": [1500000, 1500000]}, 2025, 6)
        assert list(frame["projected"]) == [1, 1]
        assert list(frame["assistance"]) == [1317960, 1317960]
        t = vf.core.Trace()
        vf.core.assistance_month(ctx._handle, c._handle, 2025, 6, t)
        assert t.info().projected == 2 and t.info().projection == "3.00%"
        assert "PROJECTED from 7850.00" in t.param(1, 1).projection


def test_as_known_on_and_template(ctx, tmp_path):
    # G 2020 (101 351) was taken into use on 2020-09-21; before, G 2019 (99 858)
    ctx.set_as_known_on(date(2020, 6, 15))
    assert ctx.as_known_on == date(2020, 6, 15)
    assert ctx.money("g", date(2020, 6, 1)) == 9985800
    ctx.set_as_known_on(None)
    assert ctx.as_known_on is None
    assert ctx.money("g", date(2020, 6, 1)) == 10135100
    path = tmp_path / "t.csv"
    ctx.write_template(date(2025, 1, 1), path)
    text = path.read_text()
    assert "\ng,2025-01-01,124028.00,nok_per_year,\n" in text
    assert "\nguideline.single,2025-01-01,unknown,nok_per_month,\n" in text


def test_coverage(ctx):
    rows = ctx.coverage()
    # the guideline rates are enacted 2018-01-01..2024-12-31, a gap from 2025
    g = [r for r in rows if r.kind == "parameter" and r.name == "guideline.single"]
    assert (g[-2].start, g[-2].to, g[-2].known) == (date(2018, 1, 1), date(2024, 12, 31), True)
    assert g[-1].start == date(2025, 1, 1) and g[-1].to is None and not g[-1].known
    a = [r for r in rows if r.kind == "rule" and r.name == "assistance"]
    assert a[-1].headline and not a[-1].known and "guideline.single" in a[-1].reason
    # coverage is about enacted values: a projection does not change it
    ctx.set_projection("3%")
    assert ctx.coverage() == rows
