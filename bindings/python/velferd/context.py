"""The context: the time-dated parameters and municipal settings in force."""
from __future__ import annotations

import datetime as _dt
import os
from fractions import Fraction
from typing import List, NamedTuple, Optional

from . import core
from . import _optional
from .enums import Unit
from .money import Date, _date, _int, _ymd


class Param(NamedTuple):
    """One entry of a parameter series (vf_param_value), copied out of the
    context. ``num``/``den`` is the exact value: øre for money, the integer
    for counts, a ratio otherwise; ``known`` is False for a gap marker;
    ``projected`` is True for a projection over a gap after the last enacted
    value (:meth:`Context.set_projection`), and ``projection`` says how it
    was made."""
    name: str
    unit: Unit
    num: int
    den: int
    valid_from: _dt.date
    source: str
    known: bool
    projected: bool = False
    projection: str = ""

    @property
    def value(self) -> Fraction:
        """The exact value as a Fraction (num/den)."""
        return Fraction(self.num, self.den)


def _param(p) -> Param:
    return Param(p.name, Unit(p.unit), p.num, p.den, _date(p.valid_from), p.source, bool(p.known),
                 bool(p.projected), p.projection)


class CoverageRow(NamedTuple):
    """One period of a rule or a parameter in :meth:`Context.coverage`:
    ``known`` is "computable" for a rule, "enacted" for a parameter;
    ``to`` is None when open-ended; ``reason`` says why not."""
    kind: str
    name: str
    start: _dt.date
    to: Optional[_dt.date]
    known: bool
    headline: bool
    reason: str


# vf_projection_method
_PROJECTION_G, _PROJECTION_PERCENT, _PROJECTION_INDEX = 1, 2, 3


def _projection_args(spec):
    """"g", "3%" / "2.75%" / 3.0 (percent a year) or an index file path."""
    if spec is None:
        return 0, 0, None
    if isinstance(spec, str) and spec == "g":
        return _PROJECTION_G, 0, None
    if isinstance(spec, (int, float)) and not isinstance(spec, bool):
        spec = f"{spec}%"
    if isinstance(spec, str) and spec.endswith("%"):
        from decimal import Decimal, InvalidOperation
        try:
            hundredths = Decimal(spec[:-1]) * 100
        except InvalidOperation:
            raise ValueError(f"projection {spec!r}: not a percentage") from None
        if hundredths != hundredths.to_integral_value():
            raise ValueError(f"projection {spec!r}: at most two decimals")
        return _PROJECTION_PERCENT, int(hundredths), None
    return _PROJECTION_INDEX, 0, os.fspath(spec)


class Context:
    """Parameter set in force: embedded tables plus a municipality profile.

    ``Context()`` or ``Context("bergen")``. Use it as a context manager, or
    let it be freed when unreferenced; :meth:`close` frees it at once. After
    setup (loading and setting parameters), computing with one context from
    many threads is safe.
    """

    __slots__ = ("_h",)

    def __init__(self, profile: Optional[str] = None) -> None:
        self._h = core.Context(profile)

    @classmethod
    def _wrap(cls, handle) -> "Context":
        self = cls.__new__(cls)
        self._h = handle
        return self

    @property
    def _handle(self):
        if self._h is None:
            raise ValueError("the Context is closed")
        return self._h

    def close(self) -> None:
        """Releases the context now (later use raises ValueError)."""
        self._h = None

    def __enter__(self) -> "Context":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        if self._h is None:
            return "<velferd.Context closed>"
        return f"<velferd.Context profile={self.profile!r} params_id={self.params_id!r}>"

    def clone(self) -> "Context":
        """An independent copy for what-if changes (cheap: tables are shared)."""
        return Context._wrap(self._handle.clone())

    @property
    def profile(self) -> str:
        """Name of the municipality profile ("default", "bergen", ...)."""
        return self._handle.profile()

    @property
    def params_id(self) -> str:
        """16 hex digits identifying the exact parameter set."""
        return self._handle.params_id()

    def load_params_file(self, path: "os.PathLike[str] | str") -> None:
        """Merges parameter entries from a CSV file; all or nothing."""
        self._handle.load_params_file(os.fspath(path))

    def load_params_text(self, text: str, name: str = "<text>") -> None:
        """As :meth:`load_params_file`, from text; ``name`` is used in messages."""
        if "\0" in text:
            raise ValueError("parameter text contains a NUL character")
        self._handle.load_params_text(text, name)

    def set_param(self, name: str, valid_from: Date, num: int, den: int = 1, *,
                  source: str) -> None:
        """Sets one entry (num/den in the parameter's unit, øre for money)."""
        self._handle.set_param(name, _ymd(valid_from), _int(num), _int(den), source)

    def param(self, name: str, on: Date) -> Param:
        """The entry of parameter ``name`` in force on ``on``."""
        return _param(self._handle.param_get(name, _ymd(on)))

    def money(self, name: str, on: Date) -> int:
        """A money parameter in force on ``on``, in øre."""
        return self._handle.param_money(name, _ymd(on))

    def param_names(self) -> List[str]:
        """Names of all known parameters, sorted."""
        h = self._handle
        return [h.param_name(i) for i in range(h.param_count())]

    def entries(self, name: str) -> List[Param]:
        """Every entry of parameter ``name``, oldest first (gaps included)."""
        h = self._handle
        n = h.param_entry_count(name)
        if n == 0:
            h.param_entry(name, 0)  # raises NotFoundError naming the parameter
        return [_param(h.param_entry(name, i)) for i in range(n)]

    def set_as_known_on(self, on: Optional[Date]) -> None:
        """Uses only parameter rows decided by ``on`` (None clears)."""
        self._handle.set_as_known_on(0 if on is None else _ymd(on))

    @property
    def as_known_on(self) -> Optional[_dt.date]:
        """The "as known on" date, None if not set."""
        return _date(self._handle.as_known_on())

    def set_projection(self, projection) -> None:
        """Fills gaps after a parameter's last enacted value: ``"g"`` (G's
        growth), ``"3%"`` or ``3.0`` (a percentage a year), or an index file
        (CSV ``year,index``); None clears. Projected values are flagged
        (``Param.projected``, ``AssistanceResult.projected``)."""
        method, hundredths, path = _projection_args(projection)
        self._handle.set_projection(method, hundredths, path)

    @property
    def projection(self) -> str:
        """The projection ("g", "3.00%", "index FILE"), "" if none."""
        return self._handle.projection()

    def write_template(self, at: Date, path: "os.PathLike[str] | str") -> None:
        """Writes a parameter template for ``at`` (every parameter in force,
        empty sources) to ``path``, to fill in and load again."""
        self._handle.write_template(_ymd(at), os.fspath(path))

    def coverage(self) -> List[CoverageRow]:
        """What the parameters cover: every rule's and parameter's periods."""
        cov = core.Coverage(self._handle)
        rows = []
        for i in range(cov.row_count()):
            r = cov.row(i)
            rows.append(CoverageRow(r.kind, r.name, _date(r.start), _date(r.to), bool(r.known),
                                    bool(r.headline), r.reason))
        return rows

    def calculate(self, frame, month, *, money: str = "ore", explain=None, explain_lang=None,
                  weight=None, children=None, outputs=None, threads: int = 1,
                  errors: str = "raise"):
        """Economic assistance (and, with a ``kvp`` column, the qualification
        benefit) in ``month`` for every row of ``frame``, in one call to the
        C batch (docs/bindings.md, "Calculating for a table").

        ``month``: ``"YYYY-MM"``, a date (its month) or ``(year, month)``.
        ``frame``: a pandas DataFrame (or a mapping of equal-length arrays)
        with the columns of docs/clients.md, any subset, other columns
        ignored: ``birth_date`` (datetime64, dates or ``"YYYY-MM-DD"``;
        missing = unknown), ``civil_status`` and ``trygd`` (categoricals or
        text of code names or KOSTRA numbers, enum members or their
        integers), ``fact_<name>`` (booleans, ``"yes"``/``"no"``/``"unknown"``
        or :class:`Tristate`), ``income_<kind>`` and ``housing_<kind>``
        (int øre; with ``money="kr"`` kroner, converted exactly and refused
        when not a whole number of øre), ``children`` (a list of birth dates
        per row; or ``children=``, a Series of birth dates, one row per
        child, indexed by the parent's row label), ``kvp`` (participates in
        the qualification programme: bool or yes/no) and
        ``kvp_work_minutes`` (minutes of paid work a week).

        Returns a DataFrame on ``frame``'s index: ``status`` (a categorical
        of :class:`Status` names, "ok" when computed), ``household`` and the
        amounts of :data:`BATCH_OUTPUTS` in int øre (or those named in
        ``outputs``); with ``weight`` (a column name or an array) a
        ``weight`` column; with ``explain`` (a list of index labels) an
        ``explanation`` column holding the :class:`Explanation` of those
        rows' economic assistance (vf_assistance_month with a trace), its text
        in English or in ``explain_lang`` (``"nb"``; as the rule functions'
        ``explain="nb"``). With ``weight``, ``result.attrs["totals"]`` holds the weighted
        totals over the rows computed: ``clients`` (the weights' sum) and
        each amount (exact integers for integer weights, floats otherwise). ``errors="raise"`` raises the
        first failed row's error naming its label; ``errors="status"``
        leaves it in ``status`` with zero amounts."""
        from .calculate import calculate
        return calculate(self, frame, month, money=money, explain=explain,
                         explain_lang=explain_lang, weight=weight,
                         children=children, outputs=outputs, threads=threads, errors=errors)

    def params_frame(self):
        """All entries of all parameters as a pandas DataFrame."""
        pd = _optional.need("pandas")
        rows = [p._asdict() for n in self.param_names() for p in self.entries(n)]
        return pd.DataFrame(rows, columns=list(Param._fields))


def profiles() -> List[str]:
    """Names of the embedded municipality profiles ("default" first)."""
    return [core.profile_name(i) for i in range(core.profile_count())]
