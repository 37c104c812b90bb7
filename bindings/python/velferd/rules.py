"""The rules (rules.h) with their explanations (trace.h), for one client or
for many at once (the loop over clients runs in C).

Results are exact integers of øre. An explanation is available as readable
text, as JSON text and as a dict (parsed from the C library's JSON)."""
from __future__ import annotations

import json
from dataclasses import dataclass, fields
from typing import Any, Dict, List, Optional

from . import core
from . import _optional
from .batch import ClientArray
from .client import Client
from .context import Context
from .enums import Household, Unit
from .errors import Status
from .money import _date


class Explanation:
    """The steps of one calculation (a vf_trace), copied out of C."""

    __slots__ = ("text", "json", "_dict")

    def __init__(self, trace) -> None:
        self.text: str = trace.to_text()
        self.json: str = trace.to_json()
        self._dict: Optional[Dict[str, Any]] = None

    def to_dict(self) -> Dict[str, Any]:
        """The explanation as a dict (the C library's JSON layout, docs/rules.md)."""
        if self._dict is None:
            self._dict = json.loads(self.json)
        return self._dict

    @property
    def steps(self) -> List[Dict[str, Any]]:
        """The steps of the calculation, as dicts (rule, title, outcome, amount, source, ...)."""
        return self.to_dict().get("steps", [])

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return f"<velferd.Explanation {len(self.steps)} steps>"


def _explanation_from(trace) -> Explanation:
    return Explanation(trace)


@dataclass(frozen=True)
class AssistanceResult:
    """Economic assistance for one month (vf_assistance_result), øre per month."""
    household: Household
    children: int
    norm_adults: int
    norm_children: int
    norm: int
    rent: int
    rent_cap: int
    rent_allowed: int
    electricity: int
    other_housing: int
    housing: int
    income: int
    income_exempt: int
    ordinary: int
    rule80_enabled: bool
    rule80_applies: bool
    rule80_level: int
    rule80_minimum: int
    rule80_supplement: int
    assistance: int
    #: True if the result used a projected (not enacted) parameter value
    #: (:meth:`velferd.Context.set_projection`).
    projected: bool = False
    explanation: Optional[Explanation] = None

    def to_dict(self) -> Dict[str, Any]:
        """The result as a dict (field name to value; the explanation left out)."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "explanation"}


_RESULT_FIELDS = [f.name for f in fields(AssistanceResult) if f.name != "explanation"]


def assistance_month(ctx: Context, client: Client, year: int, month: int, *,
                     explain: bool = False) -> AssistanceResult:
    """Economic assistance (sosialtjenesteloven § 18, with the 80 % rule where
    the municipality has it) for ``client`` in ``year``-``month``. With
    ``explain=True`` the result carries an :class:`Explanation`."""
    trace = core.Trace() if explain else None
    r = core.assistance_month(ctx._handle, client._handle, year, month, trace)
    values = {name: getattr(r, name) for name in _RESULT_FIELDS}
    values["household"] = Household(values["household"])
    values["rule80_enabled"] = bool(values["rule80_enabled"])
    values["rule80_applies"] = bool(values["rule80_applies"])
    values["projected"] = bool(values["projected"])
    return AssistanceResult(**values, explanation=_explanation_from(trace) if trace else None)


def _batch_columns(frame, n: int):
    """Input columns of vf_batch_month from a DataFrame of clients: numeric
    columns of the right dtype are passed without a copy."""
    np = _optional.need("numpy")
    pd = _optional.need("pandas")
    from ._columns import codes_from, ymd_from_dates
    from .enums import CivilStatus, Fact, HousingKind, IncomeKind, Tristate, Trygd
    cols: Dict[str, Any] = {}
    if "birth_date" in frame:
        ymd = ymd_from_dates(frame["birth_date"])
        days = pd.to_datetime(pd.Series(frame["birth_date"])).to_numpy(dtype="datetime64[D]")
        cols["birth"] = np.where(ymd == 0, np.iinfo(np.int32).min,
                                 days.astype("int64", copy=False)).astype(np.int32)
    for name, cls in (("civil_status", CivilStatus), ("trygd", Trygd)):
        if name in frame:
            cols[name] = _u8(codes_from(frame[name], cls), name)
    for f in Fact:
        name = f"fact_{f.code_name}"
        if name in frame:
            col = frame[name]
            if col.dtype == bool:
                col = np.where(col, int(Tristate.YES), int(Tristate.NO))
            cols[f"fact{int(f)}"] = _u8(codes_from(col, Tristate), name)
    for k in IncomeKind:
        name = f"income_{k.code_name}"
        if name in frame:
            cols[f"income{int(k)}"] = _i64(frame[name], name)
    for k in HousingKind:
        name = f"housing_{k.code_name}"
        if name in frame:
            cols[f"housing{int(k)}"] = _i64(frame[name], name)
    if "children" in frame:
        kids = pd.Series(frame["children"]).reset_index(drop=True)
        counts = kids.map(len).to_numpy(dtype=np.int64)
        start = np.zeros(n + 1, dtype=np.uint32)
        start[1:] = np.cumsum(counts)
        flat = kids.explode().dropna()
        births = pd.to_datetime(flat).to_numpy(dtype="datetime64[D]").astype(np.int64)
        cols["child_start"] = start
        cols["child_birth"] = np.ascontiguousarray(births.astype(np.int32))
    return cols


def _u8(values, name):
    np = _optional.need("numpy")
    a = np.asarray(values)
    if a.size and (a.min() < 0 or a.max() > 255):
        bad = a[(a < 0) | (a > 255)][0]
        raise ValueError(f"column {name!r}: code {bad} is out of range")
    return np.ascontiguousarray(a, dtype=np.uint8)


def _i64(values, name):
    np = _optional.need("numpy")
    a = np.asarray(values)
    if a.dtype.kind not in "iu":
        raise TypeError(f"column {name!r} must hold integer øre, not {a.dtype}")
    return np.ascontiguousarray(a, dtype=np.int64)


_BATCH_OUT = ["status", "household", "norm", "housing", "income", "income_exempt", "ordinary",
              "rule80_applies", "rule80_supplement", "assistance", "projected"]
_U8_OUT = {"status", "household", "rule80_applies", "projected"}


def assistance_batch(ctx: Context, clients, year: int, month: int, *, threads: int = 1,
                     errors: str = "raise"):
    """Economic assistance for every client of ``clients`` in one call, the
    loop over clients in C; returns a DataFrame with one row per client.

    ``clients`` is a DataFrame (or dict of columns) as for
    :meth:`velferd.ClientArray.from_frame`, computed by the columnar C batch
    (vf_batch_month, numeric columns passed without copying, ``threads``
    threads), or a :class:`velferd.ClientArray` (every vf_assistance_result
    member). ``errors="raise"`` raises the first client's failure (the
    message names the client row); ``errors="status"`` returns the failures
    in the ``status`` column (a :class:`velferd.Status` code, 0 = OK) with
    zero amounts."""
    np = _optional.need("numpy")
    pd = _optional.need("pandas")
    if errors not in ("raise", "status"):
        raise ValueError("errors must be 'raise' or 'status'")
    raise_errors = 1 if errors == "raise" else 0
    if isinstance(clients, ClientArray):
        n = len(clients)
        out = {name: np.zeros(n, dtype=np.int64) for name in ["status"] + _RESULT_FIELDS}
        clients._handle.assistance_month(ctx._handle, year, month, out, raise_errors)
        frame = pd.DataFrame(out)
        frame.insert(0, "id", clients._handle.ids())
    else:
        if not isinstance(clients, pd.DataFrame):
            clients = pd.DataFrame(clients)
        n = len(clients)
        cols = _batch_columns(clients, n)
        out = {name: np.zeros(n, dtype=np.uint8 if name in _U8_OUT else np.int64)
               for name in _BATCH_OUT}
        core.batch_month(ctx._handle, cols, n, year, month, out, threads, raise_errors)
        frame = pd.DataFrame(out, index=clients.index)
        if "id" in clients:
            frame.insert(0, "id", clients["id"].to_numpy())
    frame["status"] = frame["status"].astype(np.int64)
    # household 0 (a failed client) becomes a missing category
    frame["household"] = pd.Categorical.from_codes(
        frame["household"].astype(np.int64) - 1, categories=[h.code_name for h in Household])
    return frame


__all__ = ["AssistanceResult", "Explanation", "assistance_month", "assistance_batch"]


# ---- qualification programme (kvalifiseringsprogrammet) ----
@dataclass(frozen=True)
class KvpEligibility:
    """Eligibility for the qualification programme (§ 29): overall and per criterion."""
    eligible: "Tristate"
    age: int
    criteria: Dict[str, "Tristate"]
    explanation: Optional[Explanation] = None


@dataclass(frozen=True)
class KvpPart:
    first_day: Any
    last_day: Any
    days: int
    days_in_month: int
    g: int
    under25: bool
    yearly: int
    amount: int


@dataclass(frozen=True)
class KvpBenefit:
    """Qualification benefit for a period (øre); ``parts`` split at changes of G or age."""
    first_day: Any
    last_day: Any
    parts: List[KvpPart]
    yearly: int
    monthly: int
    daily: Optional[int]
    base: int
    child_days: int
    child_supplement: int
    work_reduction: int
    trygd: int
    amount: int
    #: True if the result used a projected (not enacted) parameter value.
    projected: bool = False
    explanation: Optional[Explanation] = None


_KVP_CRITERIA = ["working_age", "reduced_capacity", "limited_folketrygd", "work_assessment",
                 "programme_available"]


def kvp_eligibility(ctx: Context, client: Client, on, *, explain: bool = False) -> KvpEligibility:
    """Whether ``client`` qualifies for the programme on ``on``; each criterion
    is YES, NO or UNKNOWN (a fact not recorded)."""
    from .enums import Tristate
    from .money import _ymd
    trace = core.Trace() if explain else None
    r = core.kvp_eligibility(ctx._handle, client._handle, _ymd(on), trace)
    crit = {core.kvp_criterion_name(i): Tristate(r.criterion(i)) for i in range(len(_KVP_CRITERIA))}
    return KvpEligibility(Tristate(r.eligible), r.age, crit,
                          _explanation_from(trace) if trace else None)


def _kvp(r, trace) -> KvpBenefit:
    parts = []
    for i in range(r.part_count):
        p = r.part(i)
        parts.append(KvpPart(_date(p.first_day), _date(p.last_day), p.days, p.days_in_month, p.g,
                             bool(p.under25), p.yearly, p.amount))
    return KvpBenefit(_date(r.first_day), _date(r.last_day), parts, r.yearly, r.monthly,
                      r.daily if r.daily_known else None, r.base, r.child_days,
                      r.child_supplement, r.work_reduction, r.trygd, r.amount,
                      bool(r.projected), _explanation_from(trace) if trace else None)


def kvp_benefit_period(ctx: Context, client: Client, first_day, last_day, *,
                       work_minutes_per_week: int = 0, explain: bool = False) -> KvpBenefit:
    """Qualification benefit for ``first_day``..``last_day`` (inclusive)."""
    from .money import _ymd
    trace = core.Trace() if explain else None
    return _kvp(core.kvp_benefit_period(ctx._handle, client._handle, _ymd(first_day),
                                        _ymd(last_day), work_minutes_per_week, trace), trace)


def kvp_benefit_month(ctx: Context, client: Client, year: int, month: int, *,
                      work_minutes_per_week: int = 0, explain: bool = False) -> KvpBenefit:
    """Qualification benefit for calendar month ``year``-``month``."""
    trace = core.Trace() if explain else None
    return _kvp(core.kvp_benefit_month(ctx._handle, client._handle, year, month,
                                       work_minutes_per_week, trace), trace)


__all__ += ["KvpEligibility", "KvpPart", "KvpBenefit", "kvp_eligibility", "kvp_benefit_period",
            "kvp_benefit_month"]
