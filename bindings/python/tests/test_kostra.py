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


# ---- check (vf_kostra_check_path). The hand-made file passes every rule
# (tests/test_kostra_indicators.c); each defect below is made by hand in a copy
# of it, at the layout's positions (data/kostra/11F_2026.csv: KOMMUNE_NR
# characters 1-4, VERSION 5-6), so the findings are known in advance.

def _hand_lines():
    with open(HAND, encoding="utf-8") as f:
        return f.read().splitlines()


def _write(path, lines):
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def test_check_hand_file_passes():
    pd = pytest.importorskip("pandas")
    df = velferd.kostra.check(HAND, "11F", 2026, municipality="4601")
    assert isinstance(df, pd.DataFrame)
    assert list(df.columns) == ["rule", "severity", "line", "journal", "field", "message"]
    assert len(df) == 0
    assert df["line"].dtype == "int64"
    assert df.attrs["records"] == 12
    assert df.attrs["exit_code"] == 0
    same = velferd.kostra.check_11f(HAND, municipality="4601")
    assert len(same) == 0 and same.attrs["records"] == 12


def test_check_findings(tmp_path):
    pytest.importorskip("pandas")
    lines = _hand_lines()
    bad = list(lines)
    bad[2] = "4602" + bad[2][4:]              # line 3 (J03): another municipality
    bad[4] = bad[4][:4] + "25" + bad[4][6:]   # line 5 (J05): last year's version
    bad.append(lines[0])                      # line 13: J01 again
    path = _write(tmp_path / "bad.txt", bad)
    df = velferd.kostra.check_11f(path, municipality="4601")
    assert df.attrs["records"] == 13
    assert df.attrs["exit_code"] == 2  # errors
    # record findings in line order, then the file-wide duplicates (05A, 05B)
    got = [tuple(r) for r in df[["rule", "severity", "line", "journal", "field"]].itertuples(index=False)]
    assert got == [("03", "ERROR", 3, "J03", "KOMMUNE_NR"),
                   ("04", "ERROR", 5, "J05", "VERSION"),
                   ("05A", "ERROR", 13, "J01", "PERSON_FODSELSNR"),
                   ("05B", "ERROR", 13, "J01", "PERSON_JOURNALNR")]
    assert all(isinstance(v, int) for v in df["line"].tolist())
    assert "'4602', expected 4601" in df["message"][0]
    assert "'25', expected 26" in df["message"][1]
    # J01's fødselsnummer 15860110137, masked: birth date part and five stars
    assert "'158601*****' is also on line 1" in df["message"][2]
    assert "15860110137" not in "".join(df["message"])
    # without a municipality rule 03 is skipped; the others stay
    df = velferd.kostra.check(path, "11F", 2026)
    assert list(df["rule"]) == ["04", "05A", "05B"]


def test_check_malformed_files_are_fatal_findings(tmp_path):
    pytest.importorskip("pandas")
    df = velferd.kostra.check(_write(tmp_path / "empty.txt", []))
    assert list(df["rule"]) == ["000"] and list(df["severity"]) == ["FATAL"]
    assert list(df["line"]) == [0]
    assert df["message"][0] == "the file has no records"
    assert df.attrs["records"] == 0 and df.attrs["exit_code"] == 2
    df = velferd.kostra.check(_write(tmp_path / "short.txt", ["4601"]))
    assert (list(df["rule"]), list(df["severity"]), list(df["line"])) == (["001"], ["FATAL"], [1])
    assert "record has 4 characters, expected 338" in df["message"][0]
    assert df.attrs["records"] == 1
    # the 11F file read as 11CF: every record has the wrong length (11CF 2026
    # ends with SAKSBEHANDLER at 143-152: 152 characters)
    df = velferd.kostra.check_11cf(HAND)
    assert list(df["line"]) == list(range(1, 13))
    assert set(df["rule"]) == {"001"} and set(df["severity"]) == {"FATAL"}
    assert "record has 338 characters, expected 152" in df["message"][0]
    assert df.attrs["records"] == 12


def test_check_errors(tmp_path):
    pytest.importorskip("pandas")
    missing = tmp_path / "missing.txt"
    with pytest.raises(velferd.IOError) as e:
        velferd.kostra.check(missing)
    assert str(missing) in str(e.value)
    with pytest.raises(velferd.UnknownCodeError) as e:
        velferd.kostra.check(HAND, form="11X")
    assert "11X" in str(e.value)
    with pytest.raises(velferd.NotFoundError):
        velferd.kostra.check(HAND, year=2019)
