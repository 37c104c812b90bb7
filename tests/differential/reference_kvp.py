"""An independent reference of the qualification benefit (kvp_benefit/1),
written from docs/rules.md ("Qualification benefit") and data/params/README.md
only -- not from the C code. Exact integer/fraction arithmetic, money in øre.
Parameters come from reference.Params (the CSV tables read directly).

Sourced parts compared: 2 G a year with the G in force on each day
(kvp.g_factor), 2/3 under 25 (kvp.under25_fraction), pro rata by days within
each calendar month, the reduction for work hours (kvp.full_time_minutes_per_week,
sourced from 2012) and the krone-for-krone trygd reduction. Gaps (a period
with children: kvp.child_supplement; the days between a 25th birthday that is
not the 1st and the end of its month: kvp.full_rate_from_next_month; work
before 2012) must make both implementations fail with NO_VALUE."""
import datetime
from fractions import Fraction

from reference import RuleError, age_on, round_half_away

ONE_DAY = datetime.timedelta(days=1)


def _turns(birth, years):
    """The day someone born on `birth` reaches `years` (1 March for 29 February
    in a common year), as age_on counts it."""
    d = datetime.date(birth.year + years, birth.month, 1)
    try:
        return d.replace(day=birth.day)
    except ValueError:  # 29 February in a common year
        return datetime.date(birth.year + years, 3, 1)


def _days_in_month(d):
    nxt = datetime.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return (nxt - datetime.timedelta(days=1)).day


def _under25(p, birth, d):
    """True if day d is paid at the reduced rate. Raises NO_VALUE on a day
    where the two readings of the age rule differ and the rule is a gap."""
    b25 = _turns(birth, 25)
    if d < b25:
        return True
    first_next = datetime.date(b25.year + (b25.month == 12), b25.month % 12 + 1, 1)
    if b25.day == 1 or d >= first_next:
        return False
    # d is in the birthday's month, from the birthday on: the readings differ
    return p.get("kvp.full_rate_from_next_month", d) == 1


def kvp_benefit_period(p, c, start, end, work_minutes):
    """c: dict with birth (date or None), children [dates], income {kind: øre}
    (kinds as in reference.INCOME_KINDS). Returns a dict of the result's
    components, or raises RuleError."""
    if c["birth"] is None:
        raise RuleError("INVALID_ARG", "no birth date")
    if end < start:
        raise RuleError("DATE", "to before from")
    if c["birth"] > start:
        raise RuleError("DATE", "born after the period starts")
    if work_minutes < 0:
        raise RuleError("RANGE", "negative work minutes")
    if c["income"].get("work", 0) and work_minutes == 0:
        raise RuleError("INCONSISTENT", "work income without work minutes")
    # the days, grouped into parts: same month, same G, same age group
    parts = []
    d = start
    while d <= end:
        key = (d.year, d.month, p.get("g", d), p.get("kvp.g_factor", d), _under25(p, c["birth"], d))
        if parts and parts[-1]["key"] == key:
            parts[-1]["days"] += 1
        else:
            parts.append({"key": key, "days": 1, "first": d})
        d += ONE_DAY
    if len(parts) > 16:
        raise RuleError("RANGE", "more than 16 parts")
    base = 0
    for part in parts:
        _y, _m, g, factor, young = part["key"]
        yearly = g * factor
        if young:
            yearly *= p.get("kvp.under25_fraction", part["first"])
        yearly = round_half_away(yearly)
        part["yearly"] = yearly
        part["amount"] = round_half_away(Fraction(yearly * part["days"],
                                                  12 * _days_in_month(part["first"])))
        base += part["amount"]
    # child supplement: child-weekdays; its rate is a gap, so any fails
    child_days = 0
    d = start
    while d <= end:
        if d.weekday() < 5:
            child_days += sum(1 for b in c["children"] if b <= d < _turns(b, 18))
        d += ONE_DAY
    supplement = 0
    if child_days:
        supplement = child_days * p.get("kvp.child_supplement", end)
    # work: in proportion to a full-time programme week
    work = 0
    if work_minutes:
        full = p.get("kvp.full_time_minutes_per_week", start)  # first day (docs/rules.md, 5)
        if work_minutes > full:
            raise RuleError("RANGE", "more than full-time work minutes")
        work = round_half_away(Fraction((base + supplement) * work_minutes) / full)
    # trygd: monthly, pro rata by days of each part
    monthly_trygd = c["income"].get("trygd", 0)
    trygd = sum(round_half_away(Fraction(monthly_trygd * part["days"],
                                         _days_in_month(part["first"]))) for part in parts)
    amount = max(0, base + supplement - work - trygd)
    # rates on the last day
    yearly = p.get("g", end) * p.get("kvp.g_factor", end)
    if _under25(p, c["birth"], end):
        yearly *= p.get("kvp.under25_fraction", end)
    yearly = round_half_away(yearly)
    return dict(part_count=len(parts), base=base, child_days=child_days, work_reduction=work,
                trygd=trygd, amount=amount, yearly=yearly,
                monthly=round_half_away(Fraction(yearly, 12)))


__all__ = ["kvp_benefit_period", "age_on"]
