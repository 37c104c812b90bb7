"""Dates: the hand-worked cases of tests/test_date.c, with datetime.date."""
from datetime import date, datetime

import pytest

import velferd as vf


def test_validity():
    assert vf.date_valid(date(2024, 2, 29))
    assert vf.date_valid(date(2000, 2, 29))
    assert vf.days_in_month(2024, 2) == 29
    assert vf.days_in_month(2023, 4) == 30
    assert vf.days_in_month(2023, 0) == 0
    with pytest.raises(vf.DateError) as e:
        vf.parse_date("2024-02-30")
    assert "February 2024 has 29 days" in e.value.message


def test_iso_text():
    assert vf.parse_date("2025-05-01") == date(2025, 5, 1)
    for bad in ["2024-2-01", "2024-02-01T00", "20240201", "", "abcd-ef-gh", "2024-02-01 "]:
        with pytest.raises(vf.DateError):
            vf.parse_date(bad)


def test_months_and_ages():
    assert vf.add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert vf.add_months(date(2024, 3, 31), -13) == date(2023, 2, 28)
    assert vf.add_months(date(2024, 11, 15), 2) == date(2025, 1, 15)
    with pytest.raises(vf.DateError):
        vf.add_months(date(9999, 12, 1), 1)
    assert vf.age(date(2000, 5, 2), date(2025, 5, 1)) == 24
    assert vf.age(date(2000, 5, 1), date(2025, 5, 1)) == 25
    assert vf.age(date(2004, 2, 29), date(2023, 2, 28)) == 18
    assert vf.age(date(2004, 2, 29), date(2023, 3, 1)) == 19
    assert vf.age("2004-02-29", "2023-03-01") == 19
    with pytest.raises(vf.DateError) as e:
        vf.age(date(2025, 1, 2), date(2025, 1, 1))
    assert e.value.field == "birth_date"
    assert str(e.value) == "birth date 2025-01-02 is after the date 2025-01-01"


def test_date_types():
    with pytest.raises(TypeError):
        vf.age(datetime(2000, 1, 1), date(2025, 1, 1))
    with pytest.raises(TypeError):
        vf.age(20000101, date(2025, 1, 1))
