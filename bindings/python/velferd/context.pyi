# Generated from context.py by bindings/python/gen_stubs.py: do not edit.
"""The context: the time-dated parameters and municipal settings in force."""
import datetime as _dt
import os
from fractions import Fraction
from typing import List, NamedTuple, Optional
from . import core
from .enums import Unit
from .money import Date

class Param(NamedTuple):
    """One entry of a parameter series (vf_param_value), copied out of the
    context. ``num``/``den`` is the exact value: øre for money, the integer
    for counts, a ratio otherwise; ``known`` is False for a gap marker."""
    name: str
    unit: Unit
    num: int
    den: int
    valid_from: _dt.date
    source: str
    known: bool

    @property
    def value(self) -> Fraction:
        """The exact value as a Fraction (num/den)."""

class Context:
    """Parameter set in force: embedded tables plus a municipality profile.

    ``Context()`` or ``Context("bergen")``. Use it as a context manager, or
    let it be freed when unreferenced; :meth:`close` frees it at once. After
    setup (loading and setting parameters), computing with one context from
    many threads is safe.
    """

    def __init__(self, profile: Optional[str]=...) -> None:
        ...

    def close(self) -> None:
        """Releases the context now (later use raises ValueError)."""

    def __enter__(self) -> 'Context':
        ...

    def __exit__(self, *exc) -> None:
        ...

    def __repr__(self) -> str:
        ...

    def clone(self) -> 'Context':
        """An independent copy for what-if changes (cheap: tables are shared)."""

    @property
    def profile(self) -> str:
        """Name of the municipality profile ("default", "bergen", ...)."""

    @property
    def params_id(self) -> str:
        """16 hex digits identifying the exact parameter set."""

    def load_params_file(self, path: 'os.PathLike[str] | str') -> None:
        """Merges parameter entries from a CSV file; all or nothing."""

    def load_params_text(self, text: str, name: str=...) -> None:
        """As :meth:`load_params_file`, from text; ``name`` is used in messages."""

    def set_param(self, name: str, valid_from: Date, num: int, den: int=..., *, source: str) -> None:
        """Sets one entry (num/den in the parameter's unit, øre for money)."""

    def param(self, name: str, on: Date) -> Param:
        """The entry of parameter ``name`` in force on ``on``."""

    def money(self, name: str, on: Date) -> int:
        """A money parameter in force on ``on``, in øre."""

    def param_names(self) -> List[str]:
        """Names of all known parameters, sorted."""

    def entries(self, name: str) -> List[Param]:
        """Every entry of parameter ``name``, oldest first (gaps included)."""

    def params_frame(self):
        """All entries of all parameters as a pandas DataFrame."""

def profiles() -> List[str]:
    """Names of the embedded municipality profiles ("default" first)."""
