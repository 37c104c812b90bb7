"""Context and parameters: cases of tests/test_params.c through Python."""
import os
from datetime import date
from fractions import Fraction

import pytest

import velferd as vf
from conftest import C_TEST_DATA


def test_g_by_date(ctx):
    # NAV's table of grunnbeløp: G changes on 1 May
    assert ctx.money("g", date(1990, 5, 1)) == 3400000
    assert ctx.money("g", date(1990, 12, 1)) == 3410000
    assert ctx.money("g", date(2024, 4, 30)) == 11862000
    assert ctx.money("g", date(2024, 5, 1)) == 12402800
    assert ctx.money("g", date(2025, 5, 1)) == 13016000
    p = ctx.param("g", date(2025, 6, 15))
    assert p.name == "g" and p.unit == vf.Unit.NOK_PER_YEAR and p.den == 1
    assert p.valid_from == date(2025, 5, 1)
    assert p.value == Fraction(13016000)
    assert len(p.source) > 10 and p.known
    with pytest.raises(vf.NoValueError) as e:
        ctx.param("g", date(1980, 1, 1))
    assert e.value.field == "g"
    assert "no value on 1980-01-01" in e.value.message
    assert isinstance(e.value, LookupError)
    with pytest.raises(vf.NotFoundError) as e:
        ctx.param("no.such", date(2025, 1, 1))
    assert str(e.value) == "unknown parameter 'no.such'"


def test_listing(ctx):
    names = ctx.param_names()
    assert len(names) >= 4 and names == sorted(names)
    g = ctx.entries("g")
    assert len(g) >= 36
    assert not g[-1].known  # G from 2027-05-01: not decided yet, a gap row
    assert g[-2].num == 13654900
    with pytest.raises(vf.NotFoundError):
        ctx.entries("nope")
    assert len(ctx.params_id) == 16
    assert ctx.profile == "default"
    assert vf.profiles()[0] == "default"
    frame = ctx.params_frame()
    assert list(frame.columns) == list(vf.Param._fields)
    assert (frame["name"] == "g").sum() == len(g)


NEXT_G = ("# next year's G before a new release\n"
          "name,valid_from,value,unit,source\n"
          "g,2027-05-01,135000,nok_per_year,\"test value, not real\"\r\n"
          "\n"
          "g,2028-05-01,140000.50,nok_per_year,test\n")


def test_override_merges_and_clone_is_independent(ctx):
    with ctx.clone() as c:
        id0 = c.params_id
        assert id0 == ctx.params_id
        c.load_params_text(NEXT_G, "next.csv")
        assert c.money("g", date(2027, 4, 30)) == 13654900
        assert c.money("g", date(2027, 5, 1)) == 13500000
        assert c.money("g", date(2028, 5, 1)) == 14000050
        assert c.param("g", date(2027, 6, 1)).source == "test value, not real"
        assert c.params_id != id0
        assert ctx.money("g", date(2027, 4, 30)) == 13654900
        c.set_param("g", date(2027, 5, 1), 13600000, source="replaced")
        assert c.money("g", date(2027, 5, 1)) == 13600000
    # a clone outlives its base
    base = vf.Context("default")
    c2 = base.clone()
    base.close()
    assert c2.money("g", date(2024, 5, 1)) == 12402800


def test_malformed_text_is_rejected_whole(ctx):
    half = ("name,valid_from,value,unit,source\n"
            "g,2026-05-01,135000,nok_per_year,ok\n"
            "g,2027-05-01,abc,nok_per_year,bad\n")
    id0 = ctx.params_id
    with pytest.raises(vf.ParseError) as e:
        ctx.load_params_text(half, "half.csv")
    assert e.value.line == 3
    assert "half.csv:3: value" in e.value.message
    assert ctx.params_id == id0
    assert ctx.money("g", date(2026, 6, 1)) == 13654900
    with pytest.raises(vf.DateError) as e:
        ctx.load_params_text("name,valid_from,value,unit,source\n"
                             "g,2026-02-30,1,nok_per_year,x\n", "bad.csv")
    assert (e.value.line, e.value.field) == (2, "valid_from")
    with pytest.raises(ValueError):
        ctx.load_params_text("a\0b")


def test_set_param_errors(ctx):
    with pytest.raises(vf.RangeError):
        ctx.set_param("g", date(2026, 5, 1), -1, source="x")
    with pytest.raises(vf.InvalidArgumentError) as e:
        ctx.set_param("g", date(2026, 5, 1), 1, source="")
    assert e.value.field == "source"
    with pytest.raises(vf.NotFoundError):
        ctx.set_param("gg", date(2026, 5, 1), 1, source="x")


def test_gaps_are_not_values(ctx):
    ctx.load_params_text("name,valid_from,value,unit,source\n"
                         "g,2026-05-01,unknown,nok_per_year,not yet decided\n"
                         "g,2027-05-01,140000,nok_per_year,test\n", "gap.csv")
    with pytest.raises(vf.NoValueError) as e:
        ctx.money("g", date(2026, 5, 1))
    assert str(e.value) == ("parameter 'g' has no sourced value on 2026-05-01 (unknown from "
                            "2026-05-01: not yet decided)")
    assert ctx.money("g", date(2027, 5, 1)) == 14000000
    entries = ctx.entries("g")
    assert (entries[-2].known, entries[-1].known) == (False, True)


def test_files_and_profiles(ctx):
    ctx.load_params_file(os.path.join(C_TEST_DATA, "g_2026.csv"))
    assert ctx.money("g", date(2026, 5, 1)) == 13500000
    with pytest.raises(vf.IOError) as e:
        ctx.load_params_file("/nonexistent/p.csv")
    assert "/nonexistent/p.csv: cannot open" in str(e.value)
    assert isinstance(e.value, OSError)
    with pytest.raises(vf.NotFoundError) as e:
        vf.Context("atlantis")
    assert e.value.field == "profile"
    for name in vf.profiles():
        with vf.Context(name) as c:
            assert c.profile == name


def test_closed_handles_refuse_use():
    c = vf.Context()
    c.close()
    with pytest.raises(ValueError, match="closed"):
        c.money("g", date(2024, 5, 1))


def test_status_texts_and_version():
    for s in vf.Status:
        assert vf.strerror(s) != "unknown status"
    assert vf.strerror(999) == "unknown status"
    assert vf.version() == vf.__version__
