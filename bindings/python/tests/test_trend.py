"""Trend series (velferd.trend): the register of tests/test_trend.c, worked
out by hand over three years."""
import math
from datetime import date

import pandas as pd
import pytest

import velferd as vf


@pytest.fixture
def register():
    # A (born 2000, foreign): 2022 Jan, Feb 1 000; 2023 Jan 3 000.
    # B (born 1980, Norwegian, 1 child): 2022 Jan 2 000; 2023 Jan, Feb 2 000;
    #   2024 Mar 5 000.
    # C (born 1990, foreign): 2024 Jan 4 000.
    r = vf.Register()
    r.add_clients(pd.DataFrame({
        "id": ["A", "B", "C"],
        "birth_date": [date(2000, 6, 15), date(1980, 6, 15), date(1990, 6, 15)],
        "citizenship": ["foreign", "norwegian", "foreign"],
        "children": [[], [date(2015, 1, 1)], []],
    }))
    for y, m, kr in [(2022, 1, 1000), (2022, 2, 1000), (2023, 1, 3000)]:
        r.add_payment("A", y, m, kr * 100)
    for y, m, kr in [(2022, 1, 2000), (2023, 1, 2000), (2023, 2, 2000), (2024, 3, 5000)]:
        r.add_payment("B", y, m, kr * 100)
    r.add_payment("C", 2024, 1, 400000)
    return r


def test_series_by_hand(register):
    results = [vf.Indicators(register, y, suppress_below=0) for y in (2024, 2022, 2023)]
    df = vf.trend(results).set_index("series")
    assert list(df.columns) == ["unit", 2022, 2023, 2024, "change", "change_pct"]
    # Recipients 2, 2, 2; gross 4 000, 7 000, 9 000 kr: +2 000, 2 000 / 7 000
    # = 28.57 -> +28.6 %; 18-24 (A, 22 and 23): 50.0, 50.0, 0.0 %: -50.0
    # points, -100.0 %; foreign A, A, C = 1 each (50.0 %); children 1.
    assert df.loc["recipients", [2022, 2023, 2024]].tolist() == [2, 2, 2]
    assert df.loc["gross", [2022, 2023, 2024, "change", "change_pct"]].tolist() == \
        [4000, 7000, 9000, 2000, 28.6]
    assert df.loc["gross", "unit"] == vf.IndicatorUnit.MONEY
    assert df.loc["young_share", [2022, 2023, 2024, "change", "change_pct"]].tolist() == \
        [50.0, 50.0, 0.0, -50.0, -100.0]
    assert df.loc["foreign_citizens", [2022, 2023, 2024, "change", "change_pct"]].tolist() == \
        [1, 1, 1, 0, 0.0]
    assert df.loc["foreign_citizens_share", 2024] == 50.0
    assert df.loc["children", 2024] == 1
    # No population: the rate is missing every year, and so is its change.
    assert math.isnan(df.loc["population_rate", 2024]) and math.isnan(df.loc["population_rate", "change"])


def test_suppressed_and_errors(register):
    # Default suppression (below 5): 2 recipients are hidden, so is the change.
    df = vf.trend([vf.Indicators(register, y) for y in (2023, 2024)]).set_index("series")
    assert math.isnan(df.loc["recipients", 2024]) and math.isnan(df.loc["recipients", "change"])
    with pytest.raises(vf.InconsistentError, match="2023"):
        vf.trend([vf.Indicators(register, 2023), vf.Indicators(register, 2023)])
    with pytest.raises(ValueError):
        vf.trend([])
