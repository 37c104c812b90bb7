"""Weighted indicators: the register of tests/test_weights.c, with its
weights set from Python; values worked out by hand there (weights 2.5, 1.25,
0.125 of the three recipients: 3.875 weighted recipients)."""
from datetime import date
from decimal import Decimal
from fractions import Fraction

import pandas as pd
import pytest

import velferd as vf
from velferd import Indicator as I


@pytest.fixture
def reg():
    r = vf.Register()
    r.add_clients(pd.DataFrame({
        "id": ["A", "B", "C", "D"],
        "birth_date": [date(1990, 5, 1), date(2002, 3, 1), date(1960, 1, 1), date(1980, 1, 1)],
        "gender": ["female", "male", "female", "male"],
        "civil_status": ["unmarried", "unmarried", "married", "unmarried"],
        "citizenship": ["norwegian", "foreign", "norwegian", "norwegian"],
        "main_income": ["social_assistance", "work", "trygd", "other"],
        "trygd": ["none", "none", "disability", "none"],
        "children": [[], [date(2020, 1, 1)], [], []],
    }))
    for m in range(1, 7):
        r.add_payment("A", 2024, m, 100000)
    r.add_payment("B", 2024, 11, 200000, 50000)
    r.add_payment("C", 2024, 10, 150050)
    r.add_payment("C", 2024, 11, 150050)
    return r


def test_weighted_values(reg):
    assert not reg.has_weights
    reg.set_weights({"A": 2.5, "B": "1.25", "C": Fraction(1, 8), "D": Decimal(4)})
    assert reg.has_weights
    assert reg.weight(2) == Fraction(1, 8)
    ind = vf.Indicators(reg, 2024, suppress_below=0, weighted=True)
    rec = ind.value(I.RECIPIENTS)
    assert (rec.num, rec.den, rec.rounded) == (3875, 1000, 4)  # 2.5 + 1.25 + 0.125
    gross = ind.value(I.GROSS)
    # 600000*2.5 + 200000*1.25 + 300100*0.125 = 1 787 512.5 øre -> 17 875 kr
    assert (gross.num, gross.den, gross.rounded) == (1787512500, 1000, 17875)
    lt = ind.value(I.LONG_TERM_SHARE)
    assert (lt.num, lt.den, lt.rounded) == (250000, 3875, 645)  # 64.5 %
    unweighted = vf.Indicators(reg, 2024, suppress_below=0)
    assert unweighted.value(I.RECIPIENTS).num == 3


def test_weights_in_client_order_and_errors(reg):
    reg.set_weights([2.5, 1.25, 0.125, 4])
    assert [reg.weight(i) for i in range(4)] == [Fraction(5, 2), Fraction(5, 4), Fraction(1, 8), 4]
    for bad in [0.0001, Fraction(1, 3), -1, "x", 1_000_001]:
        with pytest.raises(ValueError):
            reg.set_weights([1, 1, 1, bad])
    assert reg.weight(3) == 4  # a refused list changes nothing
    with pytest.raises(ValueError):
        reg.set_weights([1, 1])


def test_weighted_needs_weights(reg):
    with pytest.raises(vf.InvalidArgumentError, match="no weights"):
        vf.Indicators(reg, 2024, weighted=True)
