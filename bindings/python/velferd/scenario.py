"""What-if comparisons (velferd/scenario.h, docs/scenarios.md): a baseline and
a scenario context over the same clients of a register. The computation is
in C; this module only turns the result into pandas DataFrames."""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Tuple, Union

from . import core
from . import _optional
from .context import Context
from .errors import Status
from .register import Register

#: Dimensions of the breakdown by group (vf_compare_dim), in order.
DIMENSIONS = ("age_group", "household", "main_income", "permanent")

#: Rules a comparison can compute (vf_compare_rule), in order.
RULES = ("assistance", "kvp_benefit")

_TOTALS = ("clients", "baseline", "scenario", "difference", "gainers", "losers", "unchanged",
           "gains", "losses")


def _totals(t) -> Dict[str, int]:
    return {k: int(getattr(t, k)) for k in _TOTALS}


class Comparison:
    """The result of :func:`compare`. Amounts are int64 øre; ``difference``
    is scenario minus baseline.

    - :attr:`summary`: one-row DataFrame of the totals over every client computed;
    - :attr:`by_group`: one row per dimension and group (also empty groups);
    - :attr:`clients`: one row per client (id, status, baseline, scenario, difference);
    - :attr:`largest_losses`: the largest falls, largest first;
    - :attr:`info`: period, library and rule versions, profiles and params ids;
    - :attr:`failed` and :attr:`first_error`: clients left out and the first reason.
    """

    def __init__(self, handle) -> None:
        self._h = handle

    @property
    def info(self) -> Dict[str, Any]:
        h = self._h
        return {"period": h.period(), "library_version": h.library_version(),
                "rules": h.rules(), "baseline_profile": h.baseline_profile(),
                "baseline_params_id": h.baseline_params_id(),
                "scenario_profile": h.scenario_profile(),
                "scenario_params_id": h.scenario_params_id(),
                # clients whose amount used a projected (not enacted) value
                "baseline_projected": h.baseline_projected(),
                "scenario_projected": h.scenario_projected()}

    @property
    def totals(self) -> Dict[str, int]:
        """The totals as a dict (amounts in øre)."""
        return _totals(self._h.totals())

    @property
    def failed(self) -> int:
        return int(self._h.failed_count())

    @property
    def first_error(self) -> Optional[str]:
        msg = self._h.first_error()
        return msg or None

    @property
    def summary(self):
        pd = _optional.need("pandas")
        row = dict(self.totals)
        row["failed"] = self.failed
        row["period"] = self._h.period()
        return pd.DataFrame([row]).astype({k: "int64" for k in _TOTALS + ("failed",)})

    @property
    def by_group(self):
        pd = _optional.need("pandas")
        rows: List[Dict[str, Any]] = []
        for d, dim in enumerate(DIMENSIONS):
            for g in range(core.compare_group_count(d)):
                row = {"dimension": dim, "group": core.compare_group_name(d, g)}
                row.update(_totals(self._h.group(d, g)))
                rows.append(row)
        return pd.DataFrame(rows).astype({k: "int64" for k in _TOTALS})

    @property
    def clients(self):
        np = _optional.need("numpy")
        pd = _optional.need("pandas")
        n = self._h.client_count()
        base = np.zeros(n, dtype=np.int64)
        scen = np.zeros(n, dtype=np.int64)
        status = np.zeros(n, dtype=np.int64)
        self._h.columns(base, scen, status)
        return pd.DataFrame({"id": self._h.client_ids(),
                             "status": [Status(int(s)).name.lower() for s in status],
                             "baseline": base, "scenario": scen, "difference": scen - base})

    @property
    def largest_losses(self):
        pd = _optional.need("pandas")
        h = self._h
        rows = []
        for rank in range(h.loss_count()):
            i = h.loss_index(rank)
            b, s = h.client_baseline(i), h.client_scenario(i)
            rows.append({"id": h.client_id(i), "baseline": b, "scenario": s, "difference": s - b})
        return pd.DataFrame(rows, columns=["id", "baseline", "scenario", "difference"]).astype(
            {"baseline": "int64", "scenario": "int64", "difference": "int64"})

    def __repr__(self) -> str:
        t = self.totals
        return (f"<Comparison {self._h.period()}: {t['clients']} clients, difference "
                f"{t['difference']} øre, {t['gainers']} gain, {t['losers']} lose>")


def compare(register: Register, baseline: Context, scenario: Context, *,
            month: Union[Tuple[int, int], str, None] = None, year: Optional[int] = None,
            threads: int = 2, largest: int = 10, rule: str = "assistance") -> Comparison:
    """Compares ``baseline`` and ``scenario`` over every client of ``register``
    for one month (``month=(2021, 6)`` or ``"2021-06"``) or a whole year
    (``year=2021``, the twelve months summed). Give exactly one of them.
    ``threads=2`` computes baseline and scenario at once; ``largest`` is how
    many of the largest losses to keep. ``rule="kvp_benefit"`` compares the
    qualification benefit instead of economic assistance (every client taken
    as a participant with no paid work)."""
    if rule not in RULES:
        raise ValueError(f"rule must be one of {', '.join(RULES)}, not {rule!r}")
    if (month is None) == (year is None):
        raise ValueError("give exactly one of month=(YYYY, MM) and year=YYYY")
    if month is not None:
        if isinstance(month, str):
            y, m = (int(x) for x in month.split("-"))
        else:
            y, m = month
        if not 1 <= m <= 12:
            raise ValueError(f"month {m} is outside 1..12")
    else:
        y, m = int(year), 0  # type: ignore[arg-type]
    h = core.compare(register._handle, baseline._handle, scenario._handle, int(y), int(m),
                     int(threads), int(largest), RULES.index(rule))
    return Comparison(h)
