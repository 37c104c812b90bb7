"""The rules (rules.h) with their explanations (trace.h), for one client or
for many at once (the loop over clients runs in C).

Results are exact integers of øre. An explanation is available as readable
text, as JSON text and as a dict (parsed from the C library's JSON)."""
from __future__ import annotations

import json
from dataclasses import dataclass, fields
from typing import Any, Dict, List, Optional, Union

from . import core
from . import _optional
from .batch import ClientArray
from .client import Client
from .context import Context
from .enums import Household, Unit
from .errors import Status
from .money import _date


class Explanation:
    """The steps of one calculation (a vf_trace). ``text`` is in the language
    asked for (``explain="nb"``; English for ``explain=True``), ``json`` the
    C library's plain JSON; :meth:`text_in` and :meth:`neutral` render it again
    in any language (docs/rules.md, "Structured steps")."""

    __slots__ = ("text", "json", "_dict", "_trace")

    def __init__(self, trace, lang: Optional[str] = None) -> None:
        self.text: str = trace.to_text_lang(lang) if lang else trace.to_text()
        self.json: str = trace.to_json()
        self._dict: Optional[Dict[str, Any]] = None
        self._trace = trace

    def text_in(self, lang: str) -> str:
        """The explanation as text in ``lang`` ("nb", "en"; "nn" reads bokmål)."""
        return self._trace.to_text_lang(lang)

    def neutral(self, lang: Optional[str] = None) -> Dict[str, Any]:
        """The language-neutral form: each step's message ids and typed
        arguments; with ``lang`` the texts in that language are added."""
        return json.loads(self._trace.to_json_ex(lang))

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


def _explanation_from(trace, explain: Union[bool, str] = True) -> Explanation:
    """``explain``: True (English) or a language ("nb")."""
    return Explanation(trace, explain if isinstance(explain, str) else None)


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


def assistance_month(ctx: Context, client: Client, year, month: Optional[int] = None, *,
                     explain: Union[bool, str] = False) -> AssistanceResult:
    """Economic assistance (sosialtjenesteloven § 18, with the 80 % rule where
    the municipality has it) for ``client`` in ``year``-``month`` (or one
    month argument: ``"YYYY-MM"``, a date or ``(year, month)``). With
    ``explain=True`` the result carries an :class:`Explanation`; with a
    language (``explain="nb"``) its text is in that language."""
    from .money import _year_month
    year, month = _year_month(year, month)
    trace = core.Trace() if explain else None
    r = core.assistance_month(ctx._handle, client._handle, year, month, trace)
    values = {name: getattr(r, name) for name in _RESULT_FIELDS}
    values["household"] = Household(values["household"])
    values["rule80_enabled"] = bool(values["rule80_enabled"])
    values["rule80_applies"] = bool(values["rule80_applies"])
    values["projected"] = bool(values["projected"])
    return AssistanceResult(**values, explanation=_explanation_from(trace, explain) if trace else None)


def assistance_batch(ctx: Context, clients, year: int, month: Optional[int] = None, *,
                     threads: int = 1, errors: str = "raise"):
    """Economic assistance for every client of ``clients`` in one call, the
    loop over clients in C; returns a DataFrame with one row per client.

    Prefer :meth:`velferd.Context.calculate`, of which this is a thin
    wrapper for a DataFrame (or dict of columns): the same columns and
    conversions, plus an ``id`` column copied from the input and ``status``
    as the integer :class:`velferd.Status` code. For a
    :class:`velferd.ClientArray` it calls vf_assistance_month per client in
    C and gives every vf_assistance_result member. ``errors="raise"`` raises
    the first client's failure (the message names the row);
    ``errors="status"`` returns the failures in ``status`` with zero amounts."""
    np = _optional.need("numpy")
    pd = _optional.need("pandas")
    from .money import _year_month
    year, month = _year_month(year, month)
    if errors not in ("raise", "status"):
        raise ValueError("errors must be 'raise' or 'status'")
    if not isinstance(clients, ClientArray):
        frame = ctx.calculate(clients, (year, month), threads=threads, errors=errors,
                              outputs=("status", "household", "norm", "housing", "income",
                                       "income_exempt", "ordinary", "rule80_applies",
                                       "rule80_supplement", "assistance", "projected"))
        frame["status"] = frame["status"].cat.codes.astype(np.int64)
        frame["rule80_applies"] = frame["rule80_applies"].astype(np.uint8)
        if "id" in clients:
            frame.insert(0, "id", np.asarray(clients["id"]))
        return frame
    n = len(clients)
    out = {name: np.zeros(n, dtype=np.int64) for name in ["status"] + _RESULT_FIELDS}
    clients._handle.assistance_month(ctx._handle, year, month, out, 1 if errors == "raise" else 0)
    frame = pd.DataFrame(out)
    frame.insert(0, "id", clients._handle.ids())
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


def kvp_eligibility(ctx: Context, client: Client, on, *, explain: Union[bool, str] = False) -> KvpEligibility:
    """Whether ``client`` qualifies for the programme on ``on``; each criterion
    is YES, NO or UNKNOWN (a fact not recorded)."""
    from .enums import Tristate
    from .money import _ymd
    trace = core.Trace() if explain else None
    r = core.kvp_eligibility(ctx._handle, client._handle, _ymd(on), trace)
    crit = {core.kvp_criterion_name(i): Tristate(r.criterion(i)) for i in range(len(_KVP_CRITERIA))}
    return KvpEligibility(Tristate(r.eligible), r.age, crit,
                          _explanation_from(trace, explain) if trace else None)


def _kvp(r, trace, explain: Union[bool, str] = False) -> KvpBenefit:
    parts = []
    for i in range(r.part_count):
        p = r.part(i)
        parts.append(KvpPart(_date(p.first_day), _date(p.last_day), p.days, p.days_in_month, p.g,
                             bool(p.under25), p.yearly, p.amount))
    return KvpBenefit(_date(r.first_day), _date(r.last_day), parts, r.yearly, r.monthly,
                      r.daily if r.daily_known else None, r.base, r.child_days,
                      r.child_supplement, r.work_reduction, r.trygd, r.amount,
                      bool(r.projected), _explanation_from(trace, explain) if trace else None)


def kvp_benefit_period(ctx: Context, client: Client, first_day, last_day, *,
                       work_minutes_per_week: int = 0, explain: Union[bool, str] = False) -> KvpBenefit:
    """Qualification benefit for ``first_day``..``last_day`` (inclusive)."""
    from .money import _ymd
    trace = core.Trace() if explain else None
    return _kvp(core.kvp_benefit_period(ctx._handle, client._handle, _ymd(first_day),
                                        _ymd(last_day), work_minutes_per_week, trace), trace, explain)


def kvp_benefit_month(ctx: Context, client: Client, year, month: Optional[int] = None, *,
                      work_minutes_per_week: int = 0, explain: Union[bool, str] = False) -> KvpBenefit:
    """Qualification benefit for calendar month ``year``-``month`` (or one
    month argument: ``"YYYY-MM"``, a date or ``(year, month)``)."""
    from .money import _year_month
    year, month = _year_month(year, month)
    trace = core.Trace() if explain else None
    return _kvp(core.kvp_benefit_month(ctx._handle, client._handle, year, month,
                                       work_minutes_per_week, trace), trace, explain)


__all__ += ["KvpEligibility", "KvpPart", "KvpBenefit", "kvp_eligibility", "kvp_benefit_period",
            "kvp_benefit_month"]
