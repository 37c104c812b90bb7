"""Network comparison (velferd.NetworkData, network_compare): the hand-worked
figures of tests/test_network.c and tools/velferd/tests/test_network.sh
(tools/velferd/tests/data/network/tidy.csv, inlined here so that the test
also runs from a copy against an installed package). The DataFrame has the
columns of ``velferd network -f csv``."""
import math
from datetime import date

import pandas as pd
import pytest

import velferd as vf

TIDY = """municipality,year,indicator,value,numerator,denominator
0301,2023,young_share,"12,5",2500,200
4601,2023,young_share,10.0,1000,100
5001,2023,young_share,..,,
0301,2023,net_expenditure,3000,,
4601,2023,net_expenditure,2500,,
5001,2023,net_expenditure,2000,,
0301,2023,need,1.2,,
4601,2023,need,"1,0",,
5001,2023,need,0.75,,
"""


def _row(df, indicator, municipality):
    r = df[(df.indicator == indicator) & (df.municipality == municipality)]
    assert len(r) == 1, (indicator, municipality)
    return r.iloc[0]


def test_columns_are_the_cli_csv():
    df = vf.NetworkData().read_text(TIDY, "tidy.csv").compare(network=None)
    assert list(df.columns) == ["year", "indicator", "municipality", "name", "value", "index",
                                "average", "exact_num", "exact_den", "status", "symbol"]
    # 3 indicators (sorted by name) x (average + 3 members).
    assert len(df) == 12
    assert list(df.indicator.unique()) == ["need", "net_expenditure", "young_share"]


def test_pooled_with_missing_member():
    # young_share pooled: (2500 + 1000) / (200 + 100) = 35/3 = 11.67 -> 11.7;
    # Oslo 100 x 12.5 / (35/3) = 107.14 -> 107.1, Bergen 85.71 -> 85.7,
    # Trondheim '..' left out.
    df = vf.NetworkData().read_text(TIDY, "tidy.csv").compare(network="all")
    a = _row(df, "young_share", "")
    assert (a["year"], a["name"], a["value"], a["index"], a["average"]) == \
        (2023, "network average", 11.7, 100.0, "pooled")
    assert (a["exact_num"], a["exact_den"], a["status"]) == (35, 3, "ok")
    oslo = _row(df, "young_share", "0301")
    assert (oslo["value"], oslo["index"], oslo["exact_num"], oslo["exact_den"]) == (12.5, 107.1, 25, 2)
    assert _row(df, "young_share", "4601")["index"] == 85.7
    trd = _row(df, "young_share", "5001")
    assert trd["status"] == "missing" and trd["symbol"] == ".."
    assert math.isnan(trd["value"]) and math.isnan(trd["index"]) and pd.isna(trd["exact_num"])
    # net_expenditure has no numerators: the mean (3000 + 2500 + 2000) / 3 = 2500.
    assert _row(df, "net_expenditure", "0301")["index"] == 120.0
    assert _row(df, "net_expenditure", "5001")["index"] == 80.0
    assert _row(df, "net_expenditure", "")["average"] == "mean"


def test_mean_and_need_corrected(tmp_path):
    p = tmp_path / "tidy.csv"
    p.write_text(TIDY, encoding="utf-8")
    # Mean of 12.5 and 10.0 = 11.25 -> 11.3; Oslo 111.1, Bergen 88.9.
    df = vf.network_compare(p, network="all", average="mean")
    a = _row(df, "young_share", "")
    assert (a["value"], a["exact_num"], a["exact_den"]) == (11.3, 45, 4)
    assert _row(df, "young_share", "0301")["index"] == 111.1
    assert _row(df, "young_share", "4601")["index"] == 88.9
    # 3000/1.2 = 2500, 2500/1.0 = 2500, 2000/0.75 = 2666.67 -> 2667; mean
    # 7667/3 = 2555.67 -> 2556; 97.8 and 104.4.
    df = vf.network_compare([p], network="all", need_corrected="net_expenditure=need")
    name = "net_expenditure, corrected for expenditure need"
    a = _row(df, name, "")
    assert (a["value"], a["exact_num"], a["exact_den"]) == (2556, 7667, 3)
    assert _row(df, name, "0301")["index"] == 97.8
    assert _row(df, name, "5001")["index"] == 104.4
    # Pooled needs numerators everywhere.
    with pytest.raises(vf.NoValueError, match="municipality 0301 has no numerator"):
        vf.network_compare(p, network="all", average="pooled")
    with pytest.raises(ValueError):
        vf.network_compare(p, average="median")


def test_asss_members_and_register_as_member():
    # ASSS in 2023: Bergen is 4601 and named; members without figures are '..'.
    d = vf.NetworkData().add(301, 2023, "young_share", "12,5", "2500", "200")
    d.add(4601, 2023, "young_share", "10.0", "1000", "100")
    assert d.count == 2 and d.latest_year == 2023
    df = d.compare()  # ASSS, the latest year
    assert _row(df, "young_share", "4601")["name"] == "Bergen"
    assert _row(df, "young_share", "4601")["index"] == 85.7
    assert _row(df, "young_share", "3024")[["name", "status", "symbol"]].tolist() == \
        ["Bærum", "missing", ".."]
    reg = vf.Register()
    reg.add_clients(pd.DataFrame({"id": ["A", "B"],
                                  "birth_date": [date(2004, 1, 1), date(1984, 1, 1)]}))
    reg.add_payment("A", 2024, 1, 100000)
    reg.add_payment("B", 2024, 1, 100000)
    d = vf.NetworkData().add(301, 2024, "young_share", "12.5", "2500", "200")
    # The register: 1 of 2 aged 18-24 = 50.0 % (100/2). Pooled (2500 + 100) /
    # (200 + 2) = 1300/101 = 12.87 -> 12.9; the register 100 x 50 x 101 / 1300
    # = 388.46 -> 388.5; Oslo 1250 x 101 / 1300 = 97.12 -> 97.1.
    d.add_indicators(9999, vf.Indicators(reg, 2024, suppress_below=0))
    df = d.compare(network=None)
    a = _row(df, "young_share", "")
    assert (a["value"], a["exact_num"], a["exact_den"]) == (12.9, 1300, 101)
    assert _row(df, "young_share", "9999")["index"] == 388.5
    assert _row(df, "young_share", "0301")["index"] == 97.1
    with pytest.raises(ValueError):
        vf.network_compare([], register=vf.Indicators(reg, 2024))


def test_bad_input_names_line_and_field():
    with pytest.raises(vf.ParseError, match=r"bad\.csv:2: value '1\.2\.3' is not a number"):
        vf.NetworkData().read_text("municipality,year,indicator,value\n0301,2023,x,1.2.3\n", "bad.csv")
    with pytest.raises(vf.NotFoundError):
        vf.NetworkData().read_text(TIDY).compare(network=None, year=2019)
