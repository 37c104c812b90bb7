"""Trend series (velferd/trend.h, docs/indicators.md "Trends"): the
indicators of several years side by side with the year-on-year change, as
``velferd indicators --trend`` prints them. Every value comes from the C
library; the table holds the published values as numbers."""
from __future__ import annotations

import math
from typing import Iterable, List

from . import core
from . import _optional
from .indicators import Indicators, IndicatorUnit


def _published(v) -> float:
    # The published value (kroner for money); NaN unless the status is OK.
    return v.rounded / 10 ** v.decimals if v.status == 0 else math.nan


def trend(results: Iterable[Indicators]):
    """The trend series of several years' :class:`Indicators` (one per year,
    in any order) as a pandas DataFrame: one row per series (``series``: the
    indicators' names, then ``foreign_citizens`` and ``foreign_citizens_share``),
    ``unit`` (:class:`IndicatorUnit`), one column per year (int column names, ascending) with the
    published value (NaN where it is suppressed or undefined), then ``change``
    and ``change_pct``: the change from the second-last to the last year
    (absolute in the published unit, and in per cent; NaN where it cannot be
    given). Two results of one year raise InconsistentError."""
    pd = _optional.need("pandas")
    t = core.Trend()
    for r in results:
        t.add(r._handle)
    n = t.years()
    if n == 0:
        raise ValueError("trend() needs at least one Indicators result")
    years: List[int] = [t.year(i) for i in range(n)]
    rows = []
    for s in range(core.trend_series_count()):
        row = {"series": core.trend_series_name(s), "unit": IndicatorUnit(t.value(s, 0).unit)}
        for i, y in enumerate(years):
            row[y] = _published(t.value(s, i))
        change, pct = math.nan, math.nan
        if n > 1:
            c = t.change(s, n - 1)
            if c.status == 0:
                change = c.diff.rounded / 10 ** c.diff.decimals
                if c.relative_status == 0:
                    pct = c.relative_tenths / 10
        row["change"], row["change_pct"] = change, pct
        rows.append(row)
    return pd.DataFrame(rows, columns=["series", "unit", *years, "change", "change_pct"])

