"""Case content (what form 11F records beyond the counts) from Python, on the
hand-made register tests/data/content; the counts are worked out by hand in
tests/test_register_content.c (six clients paid in 2026)."""
import os

import pytest

import velferd as vf
from conftest import C_TEST_DATA

REG = os.path.join(C_TEST_DATA, "content")


def test_content_tables():
    ind = vf.Indicators(vf.Register.read_dir(REG), 2026, suppress_below=0)
    assert ind.has_content
    h = ind.content_table(vf.ContentTable.HOUSING).set_index("code")
    assert list(h.index) == ["rented_private", "rented_municipal", "owned", "homeless", "other",
                             "institution", "unknown"]
    assert h.loc["homeless", "count"] == 2  # C1, C4
    assert h.loc["homeless", "pct"] == 33.3  # 2 of 6
    assert h.loc["unknown", "count"] == 2  # C5, C6
    assert ind.content_table("individual_plan").set_index("code").loc["yes", "count"] == 1
    assert ind.content_table("economic_advice").set_index("code").loc["yes", "pct"] == 33.3
    w = ind.content_table(vf.ContentTable.WORK_SITUATION).set_index("code")
    assert w.loc["not_job_seeker", "count"] == 2  # C2, C4
    # types: base the 2 with conditions (C1, C4); each type 1 of 2
    t = ind.content_table(vf.ContentTable.CONDITION_TYPES).set_index("code")
    assert t.loc["health", "pct"] == 50.0 and t.loc["course", "count"] == 0
    assert ind.content_total(vf.ContentTable.CONDITION_TYPES) == 2
    # the under-30s: C1 met, C2 excepted, C3 and C5 not recorded
    d = ind.content_table(vf.ContentTable.ACTIVITY_DUTY).set_index("code")
    assert list(d["count"]) == [1, 1, 2]
    assert d.loc["not_recorded", "pct"] == 50.0
    s = ind.content_table(vf.ContentTable.SANCTIONS).set_index("code")
    assert list(s["count"]) == [2, 1, 0, 1, 2]  # none C2 C3, reduced C1, both C4, unknown C5 C6
    assert vf.ContentTable.ACTIVITY_DUTY_MONTH.code_name == "activity_duty_month"
    with pytest.raises(ValueError):
        ind.content_table("colour")


def test_content_point_month_and_suppression():
    reg = vf.Register.read_dir(REG)
    # January: C1 (25, met), C5 (29, not recorded); C4 is 56
    jan = vf.Indicators(reg, 2026, suppress_below=0, point_month=1)
    m = jan.content_table(vf.ContentTable.ACTIVITY_DUTY_MONTH).set_index("code")
    assert list(m["count"]) == [1, 0, 1]
    # the default threshold 5 hides every count 1-4
    hidden = vf.Indicators(reg, 2026).content_table(vf.ContentTable.HOUSING).set_index("code")
    assert hidden.loc["homeless", "suppressed"] == "primary"
    assert hidden["count"].isna().loc["homeless"]


def test_no_content():
    r = vf.Register()
    ind = vf.Indicators(r, 2026, suppress_below=0)
    assert not ind.has_content
    assert ind.content_total(vf.ContentTable.HOUSING) is None
    with pytest.raises(vf.NotFoundError):
        ind.content_table(vf.ContentTable.HOUSING)
