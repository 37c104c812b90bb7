import os

import pytest

import velferd
import velferd.kostra
from conftest import C_TEST_DATA

HAND = os.path.join(C_TEST_DATA, "kostra", "11F_2026_4601_hand.txt")


def test_read_11f_hand_file():
    pd = pytest.importorskip("pandas")
    df = velferd.kostra.read_11f(HAND)
    assert isinstance(df, pd.DataFrame)
    assert len(df) == 12
    assert list(df.columns[:3]) == ["line", "KOMMUNE_NR", "VERSION"]
    assert len(df.columns) == 1 + 79
    assert list(df["line"]) == list(range(1, 13))
    assert list(df["PERSON_JOURNALNR"]) == ["J%02d" % i for i in range(1, 13)]
    # J03: 8 000 kr a month in January-June, a loan of 10 000 kr in January
    j03 = df[df["PERSON_JOURNALNR"] == "J03"].iloc[0]
    assert j03["BIDRAG"] == "48000" and j03["LAAN"] == "10000" and j03["LAAN_JAN"] == "10000"
    assert j03["STMND_6"] == "06" and j03["STMND_7"] == ""
    # bidrag over all records, worked out by hand: 332 000 kr
    assert sum(int(v) for v in df["BIDRAG"]) == 332000


def test_read_errors(tmp_path):
    pytest.importorskip("pandas")
    with pytest.raises(velferd.IOError):
        velferd.kostra.read_11f(tmp_path / "missing.txt")
    with pytest.raises(velferd.NotFoundError):
        velferd.kostra.read_11f(HAND, year=2019)
    short = tmp_path / "short.txt"
    short.write_text("4601\n")
    with pytest.raises(velferd.ParseError) as e:
        velferd.kostra.read_11f(short)
    assert e.value.line == 1
    with pytest.raises(velferd.UnknownCodeError):
        velferd.kostra.read(HAND, form="11X")
