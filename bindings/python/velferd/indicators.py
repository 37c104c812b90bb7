"""Indicators of a register (indicators.h) and synthetic registers (synth.h).

Values are exact (num/den) with the published rounding from C; tables come
back as pandas DataFrames. Suppressed cells are never shown: their counts are
0 and ``suppressed`` says why."""
from __future__ import annotations

import enum
from fractions import Fraction
from typing import List, NamedTuple, Optional, Union

from . import core
from . import _optional
from .errors import NoDataWarning
from .register import Register


class Indicator(enum.IntEnum):
    """The scalar indicators (vf_indicator)."""
    RECIPIENTS = 0
    RECIPIENTS_MONTH = 1
    BENEFIT_MONTHS = 2
    AVG_DURATION = 3
    LONG_TERM_SHARE = 4
    LONG_TERM_CONTINUOUS_SHARE = 5
    GROSS = 6
    REFUNDED = 7
    NET = 8
    GROSS_PER_RECIPIENT = 9
    AVG_PER_MONTH = 10
    SA_MAIN_INCOME_SHARE = 11
    SA_LONG_TERM_SHARE = 12
    YOUNG_SHARE = 13
    PROVIDER_SHARE = 14
    CHILDREN = 15
    POPULATION_RATE = 16
    GRANTS = 17
    LOANS = 18

    @property
    def code_name(self) -> str:
        """Stable code name ("recipients", "avg_duration", ...)."""
        return core.indicator_name(int(self))

    @property
    def label(self) -> str:
        """Readable English label of the indicator."""
        return core.indicator_label(int(self))


class IndicatorUnit(enum.IntEnum):
    """Unit of an indicator value (vf_indicator_unit)."""
    PERSONS = 1
    MONEY = 2
    PERCENT = 3
    MONTHS = 4
    PER_100 = 5
    INDEX = 6


class ValueStatus(enum.IntEnum):
    """Whether an indicator value is valid (vf_value_status): OK, UNDEFINED (zero
    denominator), SUPPRESSED (small count) or NO_DATA (population missing)."""
    OK = 0
    UNDEFINED = 1
    SUPPRESSED = 2
    NO_DATA = 3


class IndicatorTable(enum.IntEnum):
    """Distribution tables of recipients (vf_indicator_table)."""
    AGE_GROUP = 0
    GENDER = 1
    CIVIL_STATUS = 2
    CITIZENSHIP = 3
    PROVIDER_STATUS = 4
    MAIN_INCOME = 5
    TRYGD = 6
    DURATION = 7
    TRYGD_ALL = 8

    @property
    def code_name(self) -> str:
        """Stable code name ("age_group", "gender", ...)."""
        return core.indicator_table_name(int(self))


class PaymentTable(enum.IntEnum):
    """Payments by a grouping of recipients (vf_payment_table); rows as the
    person table of the same grouping."""
    AGE_GROUP = 0
    PROVIDER_STATUS = 1
    MAIN_INCOME = 2

    @property
    def code_name(self) -> str:
        """Stable code name ("payments_age_group", ...)."""
        return core.payment_table_name(int(self))


class ContentTable(enum.IntEnum):
    """Tables of what form 11F records beyond the counts (vf_content_table);
    present when the register holds case content (docs/indicators.md)."""
    HOUSING = 0
    INDIVIDUAL_PLAN = 1
    ECONOMIC_ADVICE = 2
    WORK_SITUATION = 3
    CONDITIONS = 4
    CONDITION_TYPES = 5
    ACTIVITY_DUTY = 6
    SANCTIONS = 7
    ACTIVITY_DUTY_MONTH = 8

    @property
    def code_name(self) -> str:
        """Stable code name ("housing", "activity_duty", ...)."""
        return core.content_table_name(int(self))


class DurationBand(enum.IntEnum):
    """Bands of months with assistance (vf_duration_band); TOTAL is the row total."""
    B1_2 = 0
    B3_5 = 1
    B6_9 = 2
    B10_12 = 3
    TOTAL = 4


class Suppression(enum.IntEnum):
    """Whether and why a table cell is hidden (vf_suppression): PRIMARY for a
    small count, SECONDARY to protect another hidden cell."""
    NONE = 0
    PRIMARY = 1
    SECONDARY = 2


class OutputFormat(enum.IntEnum):
    """Formats of :meth:`Indicators.render` and :meth:`Indicators.write`."""
    TEXT = 0
    CSV = 1
    JSON = 2
    MARKDOWN = 3


class IndicatorValue(NamedTuple):
    """One value: exact ``num/den`` in the unit's base (øre for money),
    ``published`` as SSB prints it ("7022", "45.3", "." suppressed)."""
    indicator: Optional[Indicator]
    unit: IndicatorUnit
    status: ValueStatus
    num: int
    den: int
    rounded: int
    decimals: int
    published: str

    @property
    def exact(self) -> Optional[Fraction]:
        """The exact value, None unless status is OK."""
        return Fraction(self.num, self.den) if self.status == ValueStatus.OK else None


def _value(v) -> IndicatorValue:
    ind = Indicator(v.indicator) if 0 <= v.indicator < len(Indicator) else None
    return IndicatorValue(ind, IndicatorUnit(v.unit), ValueStatus(v.status), v.num, v.den,
                          v.rounded, v.decimals, core.indicator_value_format(v))


def _rows_frame(table_rows):
    """TableRow values as the DataFrame of Indicators.table() and content_table()."""
    np = _optional.need("numpy")
    pd = _optional.need("pandas")
    rows = []
    for r in table_rows:
        hidden = r.suppressed != Suppression.NONE
        rows.append({"code": r.code, "value": r.value,
                     "count": pd.NA if hidden else r.count,
                     "pct": np.nan if hidden or r.pct_den == 0 else r.pct_tenths / 10,
                     "pct_num": r.pct_num, "pct_den": r.pct_den, "pct_tenths": r.pct_tenths,
                     "children": pd.NA if hidden else r.children,
                     "suppressed": Suppression(r.suppressed).name.lower()})
    cols = ["code", "value", "count", "pct", "pct_num", "pct_den", "pct_tenths", "children",
            "suppressed"]
    return pd.DataFrame(rows, columns=cols).astype({"count": "Int64", "pct": "float64",
                                                     "children": "Int64"})


class Indicators:
    """Every indicator and table of one year of a register (vf_indicators).

    ``suppress_below`` (default 5; 0 = off) hides small counts;
    ``point_month`` is the month of RECIPIENTS_MONTH; the rate age band is
    ``rate_ages`` (inclusive); ``exclude_unknown`` leaves unknowns out of
    percentage denominators (default False, as SSB). ``weighted=True`` weights
    counts and amounts by the register's client weights
    (:meth:`Register.set_weights`, the ``weight`` column of clients.csv): exact
    sums, suppression still on the persons (docs/indicators.md, "Weighted
    indicators")."""

    __slots__ = ("_h", "_no_data")

    def __init__(self, register: Register, year: int, *, suppress_below: int = 5,
                 point_month: int = 11, rate_ages: tuple = (18, 66),
                 exclude_unknown: bool = False, weighted: bool = False) -> None:
        import operator
        try:
            year = operator.index(year)
        except TypeError:
            raise TypeError(f"year must be an integer, got {type(year).__name__} {year!r}") \
                from None
        self._h = core.indicators_compute_ex(register._handle, year, suppress_below,
                                             point_month, rate_ages[0], rate_ages[1],
                                             int(bool(exclude_unknown)), int(bool(weighted)))
        # No payment record of the year: every count would be a zero that
        # means "no data", not "no recipients". Say so, and mark the values.
        self._no_data = self._h.records_used() == 0
        if self._no_data:
            import warnings
            years = _payment_years(register)
            have = (f"its payments are of {', '.join(map(str, years))}" if years
                    else "it has no payment records")
            warnings.warn(f"the register has no payment records in {year} ({have}): the "
                          f"indicators have status no_data", NoDataWarning, stacklevel=2)

    @property
    def _handle(self):
        if self._h is None:
            raise ValueError("the Indicators are closed")
        return self._h

    def close(self) -> None:
        """Frees the C result now (also done when garbage-collected)."""
        self._h = None

    def __enter__(self) -> "Indicators":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def year(self) -> int:
        """The year computed."""
        return self._handle.year()

    @property
    def records_used(self) -> int:
        """Number of payment records of the year that were read."""
        return self._handle.records_used()

    @property
    def suppressed_count(self) -> int:
        """Number of table cells suppressed."""
        return self._handle.suppressed_count()

    @property
    def has_data(self) -> bool:
        """False when the register has no payment record in the year (then
        every value has status NO_DATA and a :class:`NoDataWarning` was given)."""
        self._handle
        return not self._no_data

    def _checked(self, v) -> IndicatorValue:
        if self._no_data:  # zeros of a year without records are no data, not zero
            v = _value(v)
            return v._replace(status=ValueStatus.NO_DATA, num=0, den=0, rounded=0,
                              published=core.indicator_value_format(None))
        return _value(v)

    def value(self, which: Indicator) -> IndicatorValue:
        """One scalar indicator as an :class:`IndicatorValue`."""
        return self._checked(self._handle.value(int(which)))

    def rate(self, age_from: int, age_to: int) -> IndicatorValue:
        """Recipients aged age_from..age_to per 100 inhabitants of those ages."""
        return self._checked(self._handle.rate(age_from, age_to))

    def values_frame(self):
        """Every scalar indicator as a DataFrame, one row per indicator:
        indicator, label, unit, status ("ok", "undefined", "suppressed",
        "no_data"), num and den (exact, in the unit's base: øre for money),
        ``published`` (the published value as a number: kroner, persons,
        percent, months, ...; NaN unless status is ok) and ``published_text``
        (as SSB prints it: "7022", "45.3", ":" suppressed, "." undefined,
        ".." no data)."""
        pd = _optional.need("pandas")
        rows = []
        for ind in Indicator:
            v = self.value(ind)
            ok = v.status == ValueStatus.OK
            rows.append({"indicator": ind.code_name, "label": ind.label, "unit": v.unit.name.lower(),
                         "status": v.status.name.lower(), "num": v.num, "den": v.den,
                         "published": v.rounded / 10 ** v.decimals if ok else float("nan"),
                         "published_text": v.published})
        return pd.DataFrame(rows).astype({"num": "int64", "den": "int64",
                                          "published": "float64"})

    def table(self, table: IndicatorTable):
        """A distribution table as a DataFrame, one row per code: code,
        value, count (persons; <NA> when suppressed), pct (percent of the
        table's total to one decimal, as published; NaN when suppressed or
        the total is 0), pct_num/pct_den (the exact percentage), pct_tenths
        (pct x 10 as an integer, 0 when hidden), children (<NA> when
        suppressed) and suppressed ("none", "primary", "secondary")."""
        h = self._handle
        return _rows_frame(h.table_row(int(table), i) for i in range(h.table_rows(int(table))))

    @property
    def has_content(self) -> bool:
        """Whether the result has the case-content tables (the register held content)."""
        return bool(self._handle.has_content())

    def content_table(self, table: Union[ContentTable, str]):
        """A case-content table (what form 11F records beyond the counts) as a
        DataFrame with the columns of :meth:`table` (children always 0); the
        table by member or name ("housing", ...). NotFoundError if the register
        held no content."""
        if isinstance(table, str):
            names = {t.code_name: t for t in ContentTable}
            if table not in names:
                raise ValueError(f"no content table {table!r} (one of {', '.join(names)})")
            table = names[table]
        h = self._handle
        n = h.content_rows(int(table))
        if n == 0:
            h.content_row(int(table), 0)  # raises NotFoundError: the register held no content
        return _rows_frame(h.content_row(int(table), i) for i in range(n))

    def content_total(self, table: ContentTable) -> Optional[int]:
        """Total persons of a content table, None if suppressed or there is no content."""
        t = self._handle.content_total(int(table))
        return None if t < 0 else t

    def table_total(self, table: IndicatorTable) -> Optional[int]:
        """Total persons of a table, None if suppressed as a whole."""
        t = self._handle.table_total(int(table))
        return None if t < 0 else t

    def table_denominator(self, table: IndicatorTable) -> Optional[int]:
        """Persons the table's percentages are of (the total, or the total less
        the unknown row with ``exclude_unknown``); None if withheld."""
        d = self._handle.table_denominator(int(table))
        return None if d < 0 else d

    def payment_table(self, table: PaymentTable):
        """Payments by group as a DataFrame, one row per group: code,
        recipients, benefit_months, gross, per_recipient, per_month (published
        values: persons, months, kroner; <NA> when suppressed or undefined)
        and status ("ok", "suppressed")."""
        pd = _optional.need("pandas")
        h = self._handle
        cols = ["recipients", "benefit_months", "gross", "per_recipient", "per_month"]
        rows = []
        for i in range(h.payment_rows(int(table))):
            r = h.payment_row(int(table), i)
            d = {"code": r.code}
            for c in cols:
                v = _value(getattr(r, c))
                d[c] = v.rounded if v.status == ValueStatus.OK else pd.NA
            d["status"] = _value(r.recipients).status.name.lower()
            rows.append(d)
        return pd.DataFrame(rows, columns=["code"] + cols + ["status"]).astype(
            {c: "Int64" for c in cols})

    def duration_income(self):
        """Recipients by main income (rows, then "total") and duration band
        (columns 1_2, 3_5, 6_9, 10_12, total) as a DataFrame; <NA> when
        suppressed."""
        pd = _optional.need("pandas")
        h = self._handle
        n = h.table_rows(int(IndicatorTable.MAIN_INCOME))
        codes = [h.table_row(int(IndicatorTable.MAIN_INCOME), i).code for i in range(n)]
        data = {}
        for b in DurationBand:
            col = []
            for i in range(n + 1):
                v = _value(h.duration_income(i, int(b)))
                col.append(v.num if v.status == ValueStatus.OK else pd.NA)
            data[core.duration_band_name(int(b))] = pd.array(col, dtype="Int64")
        return pd.DataFrame(data, index=codes + ["total"])

    def render(self, fmt: OutputFormat = OutputFormat.TEXT) -> str:
        """Everything as text, CSV, JSON or Markdown (suppressed cells marked)."""
        return self._handle.render(int(fmt))

    def to_dict(self) -> dict:
        """Everything as a dict (parsed from the JSON rendering)."""
        import json
        return json.loads(self.render(OutputFormat.JSON))

    def write(self, path, fmt: OutputFormat = OutputFormat.CSV) -> None:
        """Writes everything to ``path`` in format ``fmt`` (CSV by default)."""
        import os
        self._handle.write(int(fmt), os.fspath(path))


def _payment_years(register: Register) -> List[int]:
    """The years of a register's payment records (for a message)."""
    np = _optional.need("numpy")
    h = register._handle
    n = h.payment_count()
    cols = [np.zeros(n, dtype=np.int64) for _ in range(6)]
    if n:
        h.payment_columns(*cols)
    return sorted(int(y) for y in np.unique(cols[1]))


def synth_register(persons: int, *, seed: int = 1, year: int = 2008,
                   profile: Optional[str] = None) -> Register:
    """A deterministic synthetic register of ``persons`` recipients in ``year``
    (profile "city2008" by default; docs/indicators.md)."""
    r = Register.__new__(Register)
    r._h = core.synth_register(profile, persons, seed, year)
    return r


def synth_profiles() -> List[str]:
    """Names of the synthetic register profiles (synth.h)."""
    return [core.synth_profile_name(i) for i in range(core.synth_profile_count())]
