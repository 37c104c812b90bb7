# Generated from rules.py by bindings/python/gen_stubs.py: do not edit.
"""The rules (rules.h) with their explanations (trace.h), for one client or
for many at once (the loop over clients runs in C).

Results are exact integers of øre. An explanation is available as readable
text, as JSON text and as a dict (parsed from the C library's JSON)."""
import json
from dataclasses import dataclass, fields
from typing import Any, Dict, List, Optional
from . import core
from .batch import ClientArray
from .client import Client
from .context import Context
from .enums import Household, Unit
from .errors import Status

class Explanation:
    """The steps of one calculation (a vf_trace), copied out of C."""

    def __init__(self, trace) -> None:
        ...

    def to_dict(self) -> Dict[str, Any]:
        """The explanation as a dict (the C library's JSON layout, docs/rules.md)."""

    @property
    def steps(self) -> List[Dict[str, Any]]:
        """The steps of the calculation, as dicts (rule, title, outcome, amount, source, ...)."""

    def __str__(self) -> str:
        ...

    def __repr__(self) -> str:
        ...

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
    explanation: Optional[Explanation] = ...

    def to_dict(self) -> Dict[str, Any]:
        """The result as a dict (field name to value; the explanation left out)."""

def assistance_month(ctx: Context, client: Client, year: int, month: int, *, explain: bool=...) -> AssistanceResult:
    """Economic assistance (sosialtjenesteloven § 18, with the 80 % rule where
    the municipality has it) for ``client`` in ``year``-``month``. With
    ``explain=True`` the result carries an :class:`Explanation`."""

def assistance_batch(ctx: Context, clients, year: int, month: int, *, threads: int=..., errors: str=...):
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
__all__ = ['AssistanceResult', 'Explanation', 'assistance_month', 'assistance_batch']

@dataclass(frozen=True)
class KvpEligibility:
    """Eligibility for the qualification programme (§ 29): overall and per criterion."""
    eligible: 'Tristate'
    age: int
    criteria: Dict[str, 'Tristate']
    explanation: Optional[Explanation] = ...

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
    explanation: Optional[Explanation] = ...

def kvp_eligibility(ctx: Context, client: Client, on, *, explain: bool=...) -> KvpEligibility:
    """Whether ``client`` qualifies for the programme on ``on``; each criterion
    is YES, NO or UNKNOWN (a fact not recorded)."""

def kvp_benefit_period(ctx: Context, client: Client, first_day, last_day, *, work_minutes_per_week: int=..., explain: bool=...) -> KvpBenefit:
    """Qualification benefit for ``first_day``..``last_day`` (inclusive)."""

def kvp_benefit_month(ctx: Context, client: Client, year: int, month: int, *, work_minutes_per_week: int=..., explain: bool=...) -> KvpBenefit:
    """Qualification benefit for calendar month ``year``-``month``."""
__all__ += ['KvpEligibility', 'KvpPart', 'KvpBenefit', 'kvp_eligibility', 'kvp_benefit_period', 'kvp_benefit_month']
