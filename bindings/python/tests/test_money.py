"""Money: the hand-worked cases of tests/test_money.c, through Python."""
from decimal import Decimal

import pytest

import velferd as vf
from velferd import Rounding as R

I64_MAX = 2**63 - 1
I64_MIN = -2**63


def test_add_sub_and_overflow():
    assert vf.add(150, 250) == 400
    assert vf.sub(150, 250) == -100
    with pytest.raises(vf.OverflowError) as e:
        vf.add(I64_MAX, 1)
    assert e.value.code == vf.Status.OVERFLOW
    assert "overflows" in e.value.message
    assert isinstance(e.value, OverflowError)  # the built-in one too
    with pytest.raises(vf.OverflowError):
        vf.sub(I64_MIN, 1)


def test_ratio_rounding():
    # 2 G of 124 028 kr = 248 056 kr
    assert vf.mul_ratio(12402800, 2, 1) == 24805600
    # 80 % of 0.05 kr = 4 øre exactly; of 0.03 kr = 2.4 -> 2 øre
    assert vf.mul_ratio(5, 4, 5) == 4
    assert vf.mul_ratio(3, 4, 5) == 2
    # 5 / 2 = 2.5 and -2.5 in each mode
    cases = [(5, R.HALF_AWAY, 3), (-5, R.HALF_AWAY, -3), (5, R.TRUNC, 2), (-5, R.TRUNC, -2),
             (-5, R.FLOOR, -3), (5, R.FLOOR, 2), (5, R.CEIL, 3), (-5, R.CEIL, -2),
             (5, R.HALF_EVEN, 2), (7, R.HALF_EVEN, 4), (-7, R.HALF_EVEN, -4)]
    for amount, mode, want in cases:
        assert vf.mul_ratio(amount, 1, 2, mode) == want, (amount, mode)
    assert vf.mul_ratio(10, 1, -2) == -5
    assert vf.mul_ratio(I64_MAX, 3, 3) == I64_MAX  # 128-bit intermediate
    with pytest.raises(vf.OverflowError):
        vf.mul_ratio(I64_MAX, 2, 1)
    with pytest.raises(vf.InvalidArgumentError) as e:
        vf.mul_ratio(1, 1, 0)
    assert e.value.field == "den"
    with pytest.raises(vf.InvalidArgumentError):
        vf.mul_ratio(1, 1, 2, 9)


def test_yearly_monthly_and_kroner():
    # G 2024: 124 028 kr / 12 = 10 335.666.. kr -> 10 335.67
    assert vf.yearly_to_monthly(12402800) == 1033567
    # 2 G 2025: 260 320 / 12 = 21 693.333.. -> 21 693.33
    assert vf.yearly_to_monthly(26032000) == 2169333
    assert vf.yearly_to_monthly(6) == 1  # 0.5 øre -> 1
    assert vf.round_kroner(1033567) == 1033600
    assert vf.round_kroner(1033550) == 1033600
    assert vf.round_kroner(1033549) == 1033500
    assert vf.round_kroner(-150) == -200
    assert vf.round_kroner(1033599, R.TRUNC) == 1033500


def test_parse_and_format():
    assert vf.parse_kroner("1234") == 123400
    assert vf.parse_kroner("10550,50") == 1055050
    assert vf.parse_kroner("-12.5") == -1250
    assert vf.parse_kroner("+0.05") == 5
    assert vf.parse_kroner("92233720368547758.07") == I64_MAX
    with pytest.raises(vf.OverflowError):
        vf.parse_kroner("92233720368547758.08")
    for bad in ["", "-", "1.234", "1 000", "12a", ".5", "5.", "1,2,3", "0x10", " 1"]:
        with pytest.raises(vf.ParseError) as e:
            vf.parse_kroner(bad)
        assert e.value.code == vf.Status.PARSE
        assert isinstance(e.value, ValueError)
    assert "' 1'" in e.value.message
    assert vf.format_kroner(123450) == "1234.50"
    assert vf.format_kroner(-5) == "-0.05"
    assert vf.format_kroner(I64_MIN) == "-92233720368547758.08"


def test_exact_kroner_helpers():
    assert vf.kroner(123450) == Decimal("1234.50")
    assert vf.kroner(I64_MAX) == Decimal("92233720368547758.07")  # no float on the way
    assert vf.ore(Decimal("1234.5")) == 123450
    assert vf.ore("10550,50") == 1055050
    assert vf.ore(12) == 1200
    assert vf.kroner_float(150) == 1.5
    with pytest.raises(vf.ParseError):
        vf.ore(Decimal("0.005"))  # a third decimal is not silently rounded
    with pytest.raises(TypeError):
        vf.ore(1.5)
    with pytest.raises(TypeError):
        vf.add(1.0, 2)


def test_numpy_integers_are_exact():
    np = pytest.importorskip("numpy")
    assert vf.add(np.int64(2**62), np.int64(2**62 - 1)) == I64_MAX
