"""velferd.compare: the hand-worked register of tests/test_scenario.c (June
2021, Bergen vs. Bergen without the 80 % rule; the arithmetic is written
there): A 8 658.54 -> 450.00, B 2 158.54 -> 0, C 10 300.00 unchanged,
D (couple) 6 290.54 -> 0. Totals 27 407.62 -> 10 750.00."""
import threading
from datetime import date

import pandas as pd
import pytest

import velferd as vf


def _register():
    r = vf.Register()
    def person(id, year, trygd, main, income, rent, el, **kw):
        c = vf.Client(id=id, birth_date=date(year, 3, 10), civil_status="unmarried",
                      trygd=trygd, main_income=main, incomes={"trygd": income},
                      housing={"rent": rent, "electricity": el}, **kw)
        r.add_client(c)
    person("A", 1950, "old_age", "trygd", 1500000, 800000, 100000)
    person("B", 1970, "disability", "trygd", 2000000, 700000, 50000)
    person("C", 1990, "unemployment", "social_assistance", 500000, 600000, 0,
           children=[date(2015, 8, 1)])
    person("D", 1945, "old_age", "trygd", 3000000, 900000, 150000,
           facts={"lives_with_partner": True})
    return r


@pytest.fixture
def contexts():
    base = vf.Context("bergen")
    scen = base.clone()
    scen.load_params_text("name,valid_from,value,unit,source\n"
                          "rule80.enabled,1900-01-01,0,bool,scenario: rule removed\n")
    return base, scen


def test_rule80_month(contexts):
    base, scen = contexts
    res = vf.compare(_register(), base, scen, month=(2021, 6))
    s = res.summary
    assert isinstance(s, pd.DataFrame) and len(s) == 1
    row = s.iloc[0]
    assert row["baseline"] == 2740762 and row["scenario"] == 1075000
    assert row["difference"] == -1665762
    assert (row["gainers"], row["losers"], row["unchanged"], row["failed"]) == (0, 3, 1, 0)
    assert row["period"] == "2021-06"

    cl = res.clients
    assert list(cl["id"]) == ["A", "B", "C", "D"]
    assert list(cl["baseline"]) == [865854, 215854, 1030000, 629054]
    assert list(cl["scenario"]) == [45000, 0, 1030000, 0]
    assert list(cl["difference"]) == [-820854, -215854, 0, -629054]
    assert set(cl["status"]) == {"ok"}
    assert cl["baseline"].dtype == "int64"

    g = res.by_group
    couple = g[(g.dimension == "household") & (g.group == "couple")].iloc[0]
    assert couple["clients"] == 1 and couple["difference"] == -629054
    old = g[(g.dimension == "age_group") & (g.group == "67_plus")].iloc[0]
    assert old["baseline"] == 865854 + 629054 and old["losers"] == 2
    perm = g[(g.dimension == "permanent") & (g.group == "yes")].iloc[0]
    assert perm["clients"] == 3
    assert set(g.dimension) == set(vf.scenario.DIMENSIONS)

    lo = res.largest_losses
    assert list(lo["id"]) == ["A", "D", "B"]
    assert list(lo["difference"]) == [-820854, -629054, -215854]

    info = res.info
    assert info["rules"] == "assistance/1,rule80/1"
    assert info["library_version"] == vf.version()
    assert info["baseline_params_id"] == base.params_id
    assert info["scenario_params_id"] == scen.params_id != base.params_id
    assert res.first_error is None


def test_no_change_year(contexts):
    base, _ = contexts
    res = vf.compare(_register(), base, base.clone(), year=2021, threads=1)
    t = res.totals
    assert t["difference"] == 0 and t["unchanged"] == 4 and t["losers"] == 0
    assert res.info["period"] == "2021"
    assert res.largest_losses.empty


def test_guideline_plus5():
    """+5 %: A 450.00 -> 772.50, C 10 300.00 -> 10 765.00, B and D stay 0."""
    base = vf.Context()
    scen = base.clone()
    scen.load_params_text("name,valid_from,value,unit,source\n"
                          "guideline.single,2021-01-01,6772.50,nok_per_month,+5 %\n"
                          "guideline.couple,2021-01-01,11340,nok_per_month,+5 %\n"
                          "guideline.child_0_5,2021-01-01,2992.50,nok_per_month,+5 %\n")
    res = vf.compare(_register(), base, scen, month="2021-06")
    t = res.totals
    assert (t["baseline"], t["scenario"], t["difference"]) == (1075000, 1153750, 78750)
    assert (t["gainers"], t["unchanged"]) == (2, 2)


def test_errors(contexts):
    base, scen = contexts
    reg = _register()
    with pytest.raises(ValueError):
        vf.compare(reg, base, scen)
    with pytest.raises(ValueError):
        vf.compare(reg, base, scen, month=(2021, 6), year=2021)
    with pytest.raises(vf.DateError):
        vf.compare(reg, base, scen, year=0)
    with pytest.raises(vf.InvalidArgumentError):
        vf.compare(reg, base, scen, month=(2021, 6), threads=5)
    # 2025: no sourced guideline rates, every client left out and named
    res = vf.compare(reg, base, scen, month=(2025, 6))
    assert res.failed == 4
    assert "client 'A'" in res.first_error
    assert set(res.clients["status"]) == {"no_value"}


def test_concurrent(contexts):
    """Two comparisons at once on the same register and contexts."""
    base, scen = contexts
    reg = _register()
    out = {}
    def run(k):
        out[k] = vf.compare(reg, base, scen, year=2021).totals
    th = [threading.Thread(target=run, args=(k,)) for k in range(2)]
    for t in th:
        t.start()
    for t in th:
        t.join()
    assert out[0] == out[1] == vf.compare(reg, base, scen, year=2021, threads=1).totals


def test_kvp_under25_full():
    """Full 2 G under 25, March 2024: P (22) 13 180.00 -> 19 770.00, Q (30)
    19 770.00 unchanged (tests/test_scenario.c, test_kvp)."""
    r = vf.Register()
    r.add_client(vf.Client(id="P", birth_date=date(2002, 1, 1)))
    r.add_client(vf.Client(id="Q", birth_date=date(1994, 1, 15)))
    base = vf.Context()
    scen = base.clone()
    scen.load_params_text("name,valid_from,value,unit,source\n"
                          "kvp.under25_fraction,2007-11-01,1,ratio,scenario\n")
    res = vf.compare(r, base, scen, month=(2024, 3), rule="kvp_benefit")
    assert list(res.clients["baseline"]) == [1318000, 1977000]
    assert list(res.clients["difference"]) == [659000, 0]
    assert res.info["rules"] == "kvp_benefit/1"
    with pytest.raises(ValueError):
        vf.compare(r, base, scen, month=(2024, 3), rule="kvp")


def test_weighted_totals(contexts):
    # weights A 10, B 1, C 100, D 2 over the hand-worked amounts above
    base, scen = contexts
    res = vf.compare(_register(), base, scen, month=(2021, 6))
    t = res.weighted_totals({"A": 10, "B": 1, "C": 100, "D": 2})
    assert t["clients"] == 113
    assert t["baseline"] == 10 * 865854 + 215854 + 100 * 1030000 + 2 * 629054
    assert t["scenario"] == 10 * 45000 + 100 * 1030000
    assert t["difference"] == -(10 * 820854 + 215854 + 2 * 629054)
    assert (t["gainers"], t["losers"], t["unchanged"]) == (0, 13, 100)
    assert t["gains"] == 0 and t["losses"] == 10 * 820854 + 215854 + 2 * 629054
    # weights 1 give the unweighted totals
    ones = res.weighted_totals([1, 1, 1, 1])
    assert {k: ones[k] for k in res.totals} == res.totals
    f = res.weighted_totals([0.5, 0, 0, 0])
    assert f["difference"] == -410427.0 and f["clients"] == 0.5
    with pytest.raises(KeyError, match="'D'"):
        res.weighted_totals({"A": 1, "B": 1, "C": 1})
    with pytest.raises(ValueError, match="3 values"):
        res.weighted_totals([1, 1, 1])
