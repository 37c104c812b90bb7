"""velferd.batch_month: numpy columns into the C batch without copies.

Hand-worked cases (Bergen, March 2022; rates in data/params): guideline
single 6 550 kr, couple 10 950, child 0-5 3 200, child 6-10 3 300;
minimum_pension.single 224 878 kr a year; 80 % rule on for old-age pensioners.
"""
import numpy as np
import pytest

import velferd as vf


def day(text: str) -> int:
    return int(np.datetime64(text, "D").astype(np.int64))


KR = 100


@pytest.fixture
def bergen():
    with vf.Context("bergen") as c:
        yield c


def hand_columns():
    # 0: single, work 5 000, rent 8 000, electricity 1 000:
    #    6 550 + 9 000 - 5 000 = 10 550 kr.
    # 1: couple, children born 2016-03-01 (6 on 2022-03-01: 3 300) and
    #    2016-03-02 (5: 3 200); housing 12 000 + 1 500 + 500 = 14 000; income
    #    20 000 + partner 8 000 + child benefit 2 000 (counted before
    #    2022-09) = 30 000; 10 950 + 6 500 + 14 000 - 30 000 = 1 450 kr.
    # 2: single old-age pensioner, trygd 15 000, rent 9 000, electricity
    #    1 000: ordinary 1 550 kr; 80 % rule: 22 487 800 / 12 = 1 873 983 øre,
    #    x 4/5 = 1 499 186 øre, + 1 000 000 - 1 500 000 = 999 186 øre.
    return {
        "birth": np.array([day("1980-01-01"), day("1985-06-15"), day("1950-03-10")], np.int32),
        "trygd": np.array([vf.Trygd.NONE, vf.Trygd.NONE, vf.Trygd.OLD_AGE], np.uint8),
        "fact_lives_with_partner": np.array([vf.Tristate.NO, vf.Tristate.YES, vf.Tristate.NO],
                                            np.uint8),
        "income_work": np.array([5000, 20000, 0]) * KR,
        "income_trygd": np.array([0, 0, 15000]) * KR,
        "income_partner": np.array([0, 8000, 0]) * KR,
        "income_child_benefit": np.array([0, 2000, 0]) * KR,
        "housing_rent": np.array([8000, 12000, 9000]) * KR,
        "housing_electricity": np.array([1000, 1500, 1000]) * KR,
        "housing_other": np.array([0, 500, 0]) * KR,
        "child_start": np.array([0, 0, 2, 2], np.uint32),
        "child_birth": np.array([day("2016-03-01"), day("2016-03-02")], np.int32),
    }


def test_hand_worked(bergen):
    r = vf.batch_month(bergen, hand_columns(), 2022, 3,
                       outputs=("status", "norm", "assistance", "rule80_supplement"))
    assert r["status"].tolist() == [0, 0, 0]
    assert r["assistance"].tolist() == [10550 * KR, 1450 * KR, 999186]
    assert r["norm"][1] == 17450 * KR
    assert r["rule80_supplement"][2] == 999186


def test_writes_into_callers_arrays_and_reads_inputs_in_place(bergen):
    cols = hand_columns()
    out = {"assistance": np.full(3, -1, np.int64), "status": np.full(3, 9, np.uint8)}
    r = vf.batch_month(bergen, cols, 2022, 3, out=out)
    assert r["assistance"] is out["assistance"]
    assert out["assistance"].tolist() == [10550 * KR, 1450 * KR, 999186]
    assert out["status"].tolist() == [0, 0, 0]
    # an input the C library holds by reference: a read-only view works, and
    # is not copied (its buffer is the only one), so the caller's data stays
    rent = cols["housing_rent"].copy()
    rent.setflags(write=False)
    cols["housing_rent"] = rent
    assert vf.batch_month(bergen, cols, 2022, 3)["assistance"][0] == 10550 * KR


def test_bad_rows_and_error_modes(bergen):
    cols = {"income_work": np.array([0, -5, 0, -7]), "trygd": np.array([1, 2, 99, 3], np.uint8)}
    with pytest.raises(vf.RangeError, match="client 1: income\\[work\\]: -5 is negative"):
        vf.batch_month(bergen, cols, 2022, 3)
    r = vf.batch_month(bergen, cols, 2022, 3, errors="status")
    assert r["status"].tolist() == [0, vf.Status.RANGE, vf.Status.UNKNOWN_CODE, vf.Status.RANGE]
    assert r["assistance"].tolist() == [6550 * KR, 0, 0, 0]


def test_bad_columns_are_refused(bergen):
    with pytest.raises(TypeError, match="income_work"):
        vf.batch_month(bergen, {"income_work": np.array([1.5])}, 2022, 3)
    with pytest.raises(TypeError, match="trygd"):
        vf.batch_month(bergen, {"trygd": np.array([300])}, 2022, 3)
    with pytest.raises(KeyError, match="incom_work"):
        vf.batch_month(bergen, {"incom_work": np.zeros(2, np.int64)}, 2022, 3)
    with pytest.raises(ValueError, match="has 3 items, not 2"):
        vf.batch_month(bergen, {"income_work": np.zeros(2, np.int64),
                                "housing_rent": np.zeros(3, np.int64)}, 2022, 3)
    with pytest.raises(TypeError, match="assistance"):
        vf.batch_month(bergen, {"income_work": np.zeros(2, np.int64)}, 2022, 3,
                       out={"assistance": np.zeros(2, np.int32)})
    with pytest.raises(vf.DateError):
        vf.batch_month(bergen, {"income_work": np.zeros(2, np.int64)}, 2022, 13)


def random_columns(n, seed):
    rng = np.random.default_rng(seed)
    kids = rng.integers(0, 4, n) * (rng.random(n) < 0.4)
    start = np.zeros(n + 1, np.uint32)
    np.cumsum(kids, out=start[1:])
    cols = {
        "birth": (day("1940-01-01") + rng.integers(0, 22000, n)).astype(np.int32),
        "civil_status": rng.integers(0, 6, n).astype(np.uint8),
        "trygd": rng.integers(0, 14, n).astype(np.uint8),
        "fact_lives_with_partner": rng.integers(0, 3, n).astype(np.uint8),
        "fact_shares_home": rng.integers(0, 3, n).astype(np.uint8),
        "income_work": rng.integers(0, 3_000_000, n) * (rng.random(n) < 0.3),
        "income_trygd": rng.integers(0, 3_000_000, n) * (rng.random(n) < 0.4),
        "housing_rent": rng.integers(0, 1_500_000, n),
        "housing_electricity": rng.integers(0, 300_000, n),
        "child_start": start,
        "child_birth": (day("2005-01-01") + rng.integers(0, 6000, int(start[-1]))).astype(np.int32),
    }
    return cols


@pytest.mark.parametrize("threads", [2, 3, 8])
def test_thread_count_does_not_change_results(bergen, threads):
    cols = random_columns(40_000, 5)
    names = tuple(vf.BATCH_OUTPUTS)
    one = vf.batch_month(bergen, cols, 2022, 3, outputs=names, errors="status")
    many = vf.batch_month(bergen, cols, 2022, 3, outputs=names, errors="status", threads=threads)
    for name in names:
        assert np.array_equal(one[name], many[name]), name
    assert (one["status"] == 0).sum() > 30_000


def test_qualification_benefit(bergen):
    # March 2022, G 106 399 kr: 2 G = 21 279 800 øre a year, x 31 / (12 x 31)
    # = 1 773 316.67 -> 1 773 317 øre for a participant of 25 or more; under
    # 25: 21 279 800 x 2/3 = 14 186 533 a year, / 12 -> 1 182 211 øre; with
    # 1 125 of 2 250 minutes of paid work: 1 773 317 - 886 659 = 886 658 øre.
    # Row 3 has a child: kvp.child_supplement has no sourced value.
    cols = {"birth": np.array([day("1990-06-15"), day("2000-01-10"), day("1990-06-15"),
                               day("1990-06-15"), day("1990-06-15")], np.int32),
            "fact_lives_with_partner": np.full(5, vf.Tristate.NO, np.uint8),
            "kvp": np.array([1, 1, 1, 1, 0], np.uint8),
            "kvp_work_minutes": np.array([0, 0, 1125, 0, 0], np.int32),
            "child_start": np.array([0, 0, 0, 0, 1, 1], np.uint32),
            "child_birth": np.array([day("2018-05-05")], np.int32)}
    r = vf.batch_month(bergen, cols, 2022, 3, errors="status",
                       outputs=("status", "kvp_status", "kvp_benefit", "assistance"))
    assert r["kvp_benefit"].tolist() == [1773317, 1182211, 886658, 0, 0]
    assert r["kvp_status"].tolist() == [0, 0, 0, int(vf.Status.NO_VALUE), 0]
    assert r["status"].tolist() == [0, 0, 0, 0, 0]
    with pytest.raises(vf.Error, match="kvp.child_supplement"):
        vf.batch_month(bergen, cols, 2022, 3, outputs=("kvp_benefit",))
    # the same as the single-client call
    c = vf.Client(birth_date="1990-06-15")
    one = vf.kvp_benefit_month(bergen, c, 2022, 3, work_minutes_per_week=1125)
    assert one.amount == r["kvp_benefit"][2]
