"""An independent, straightforward reference implementation of the economic
assistance rule (assistance/1) and Bergen's 80 % rule (rule80/1), written from
docs/rules.md and docs/parameters.md only -- not from the C code. Parameters
are read directly from the CSV tables in data/params (and a profile from
data/profiles), not through the library. Exact integer/fraction arithmetic
throughout, like the library (money in øre)."""
import csv
import datetime
import glob
import os
from fractions import Fraction


class RuleError(Exception):
    """A failure with the library's status name (DATE, RANGE, NO_VALUE, ...)."""

    def __init__(self, status, text):
        super().__init__(f"{status}: {text}")
        self.status = status


def parse_value(text, unit):
    """A table value as an exact Fraction (money in øre), or None for a gap."""
    if text == "unknown":
        return None
    if unit.startswith("nok"):
        return Fraction(text.replace(",", ".")) * 100
    if unit == "ratio":
        return Fraction(text)
    if unit == "bool":
        return Fraction({"true": 1, "false": 0}.get(text, text))
    return Fraction(int(text))


class Params:
    """Time-dated parameters: name -> sorted [(valid_from, decided, value or None)].
    Every row counts (no "as known on" date): of two rows for one valid_from
    date the later-decided one is in force (docs/parameters.md)."""

    def __init__(self, data_dir, profile=None):
        self.series = {}
        for path in sorted(glob.glob(os.path.join(data_dir, "params", "*.csv"))):
            if os.path.basename(path) != "projection.csv":  # projection rules, not a table
                self._load(path)
        if profile and profile != "default":
            self._load(os.path.join(data_dir, "profiles", profile + ".csv"))

    def _load(self, path):
        with open(path, encoding="utf-8", newline="") as f:
            rows = csv.reader(line for line in f if not line.startswith("#"))
            header = next(rows)
            cols = ["name", "valid_from", "value", "unit", "source"]
            assert header in (cols, cols + ["decided"]), path
            for row in rows:
                if not row:
                    continue  # blank line
                name, frm, value, unit = row[:4]
                d = datetime.date.fromisoformat(frm)
                given = len(row) == 6 and row[5]
                dec = datetime.date.fromisoformat(row[5]) if given else d
                # without a decided date a row replaces every row of its date
                entries = [e for e in self.series.get(name, [])
                           if e[0] != d or (given and e[1] != dec)]
                entries.append((d, dec, parse_value(value, unit)))
                self.series[name] = sorted(entries, key=lambda e: (e[0], e[1]))

    def get(self, name, on):
        entries = [e for e in self.series.get(name, []) if e[0] <= on]
        if not entries or entries[-1][2] is None:
            raise RuleError("NO_VALUE", f"{name} on {on}")
        return entries[-1][2]


def round_half_away(q):
    """A Fraction rounded to an integer, halves away from zero."""
    n, d = q.numerator, q.denominator
    sign = -1 if n < 0 else 1
    n = abs(n)
    whole, rest = divmod(n, d)
    return sign * (whole + (1 if 2 * rest >= d else 0))


def age_on(birth, on):
    """Whole years; a birthday is reached when (month, day) of on >= birth's."""
    years = on.year - birth.year
    if (on.month, on.day) < (birth.month, birth.day):
        years -= 1
    return years


TRYGD_NAMES = ["unknown", "sickness", "unemployment", "rehabilitation", "disability",
               "transitional", "survivor", "old_age", "medical_rehab", "supplementary",
               "other", "work_assessment", "none", "child_benefit"]


def assistance_month(p, c, year, month):
    """c: dict with birth (date or None), civil ('married', ...), trygd (int),
    partner / shares_home (None, False, True), income {kind: øre},
    housing {rent, electricity, other}, children [dates]. Returns a dict of
    the result's components, or raises RuleError."""
    on = datetime.date(year, month, 1)
    if c["birth"] is not None and c["birth"] > on:
        raise RuleError("DATE", "client born after the first day of the month")
    # household type
    if c["partner"] is not None:
        couple = c["partner"]
    else:
        couple = c["civil"] in ("married", "cohabiting")
    if couple:
        household = "couple"
    elif c["shares_home"]:
        household = "sharing"
    else:
        household = "single"
    # children and their age groups, ages on the first day of the month
    groups = []
    for b in c["children"]:
        if b > on:
            raise RuleError("DATE", "child born after the first day of the month")
        a = age_on(b, on)
        if a >= 18:
            raise RuleError("RANGE", "child aged 18 or more")
        groups.append("child_0_5" if a <= 5 else "child_6_10" if a <= 10 else "child_11_17")
    inc = c["income"]
    if inc.get("partner", 0) and not couple:
        raise RuleError("INCONSISTENT", "partner income without a partner")
    if inc.get("child_benefit", 0) and not c["children"]:
        raise RuleError("INCONSISTENT", "child benefit without children")
    # 1. norm
    prefix = "municipal.norm." if p.get("municipal.own_norm", on) == 1 else "guideline."
    norm_adults = p.get(prefix + household, on)
    norm_children = sum((p.get(prefix + g, on) for g in groups), Fraction(0))
    norm = norm_adults + norm_children
    # 2. housing
    rent = c["housing"].get("rent", 0)
    rent_cap = -1
    rent_allowed = rent
    if p.get("municipal.rent_cap.enabled", on) == 1:
        base = p.get("municipal.rent_cap.couple" if couple else "municipal.rent_cap.single", on)
        rent_cap = base + p.get("municipal.rent_cap.per_child", on) * len(groups)
        rent_allowed = min(rent, rent_cap)
    elec = c["housing"].get("electricity", 0)
    other = c["housing"].get("other", 0)
    housing = rent_allowed + elec + other
    # 3. income counted
    exempt = 0
    if inc.get("child_benefit", 0) and p.get("assistance.child_benefit_exempt", on) == 1:
        exempt = inc["child_benefit"]
    income = sum(inc.values()) - exempt
    # 4. ordinary
    ordinary = max(0, norm + housing - income)
    r = dict(household=household, children=len(groups), norm_adults=norm_adults,
             norm_children=norm_children, norm=norm, rent=rent, rent_cap=rent_cap,
             rent_allowed=rent_allowed, electricity=elec, other_housing=other,
             housing=housing, income=income, income_exempt=exempt, ordinary=ordinary,
             rule80_enabled=0, rule80_applies=0, assistance=ordinary)
    # 5. the 80 % rule
    if p.get("rule80.enabled", on) == 1:
        r["rule80_enabled"] = 1
        if p.get("rule80.permanent." + TRYGD_NAMES[c["trygd"]], on) == 1:
            r["rule80_applies"] = 1
            if couple:
                level = round_half_away(2 * p.get("minimum_pension.couple", on) / 12)
            else:
                level = round_half_away(p.get("minimum_pension.single", on) / 12)
            minimum = round_half_away(level * p.get("rule80.fraction", on))
            supplement = max(0, minimum + rent_allowed + elec - income)
            r.update(rule80_level=level, rule80_minimum=minimum, rule80_supplement=supplement,
                     assistance=max(ordinary, supplement))
    return r
