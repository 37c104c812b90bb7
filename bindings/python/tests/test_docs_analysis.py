"""The analysis of docs/bindings.md ("An analysis") runs as written, and
gives the hand-worked figures the text states (the pensioner of
tests/test_rules_assistance.c: 1 450.00 kr without the 80 % rule,
9 991.86 kr with it, in October 2021)."""
import contextlib
import io
import os
import pathlib
import re

# The source tree's docs (VELFERD_SOURCE_DIR when the tests run from a copy,
# as scripts/package_python.sh runs them against the installed package).
DOC = (pathlib.Path(os.environ["VELFERD_SOURCE_DIR"]) if os.environ.get("VELFERD_SOURCE_DIR")
       else pathlib.Path(__file__).resolve().parents[3]) / "docs" / "bindings.md"


def analysis_code() -> str:
    text = DOC.read_text(encoding="utf-8")
    section = text[text.index("### An analysis"):]
    return re.search(r"```python\n(.*?)```", section, re.S).group(1)


def test_the_analysis_runs_as_written():
    scope: dict = {}
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(analysis_code(), str(DOC), "exec"), scope)
    base, what_if = scope["base"], scope["what_if"]
    assert base.loc["P-1", "assistance"] == 145000
    assert what_if.loc["P-1", "assistance"] == 999186
    # the couple and the working single: no 80 % rule, the same in both
    assert (what_if["assistance"] - base["assistance"]).tolist() == [854186, 0, 0]
    t = what_if.attrs["totals"]["assistance"] - base.attrs["totals"]["assistance"]
    assert t == 120 * 854186  # exact øre (integer weights)
    assert "weighted extra cost: 1,025,023.20 kr a month" in out.getvalue()
    assert "rule80.supplement" in what_if.loc["P-1", "explanation"].text
    assert scope["values"]["published"].dtype == float
    assert "pct" in scope["ages"]
