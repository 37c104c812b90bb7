"""Client records: one applicant and their household."""
from __future__ import annotations

import datetime as _dt
import operator
from typing import Dict, Iterable, List, Mapping, Optional, Union

from . import core
from .enums import (CivilStatus, Citizenship, Fact, Gender, HousingKind, IncomeKind, MainIncome,
                    Trygd, Tristate)
from .money import Date, _date, _int, _ymd


def _code(cls, v) -> int:
    """An enum member, its int, or its code name ("female") as the C int.
    Out-of-list ints are passed on so that the C library names the fault."""
    if isinstance(v, str):
        return int(cls.parse(v))
    return operator.index(v)


def _tristate(v) -> int:
    if v is None:
        return int(Tristate.UNKNOWN)
    if isinstance(v, bool):
        return int(Tristate.YES if v else Tristate.NO)
    return _code(Tristate, v)


class Client:
    """A client record (vf_client). Every setter is checked by the C library
    and raises a :class:`velferd.Error` subclass naming the field at fault.

    Keyword arguments set fields at once::

        Client(id="J-1", birth_date=date(1980, 1, 1), gender=Gender.FEMALE,
               incomes={IncomeKind.TRYGD: 1_500_000}, housing={HousingKind.RENT: 900_000},
               facts={Fact.SHARES_HOME: False}, children=[date(2015, 6, 1)])
    """

    __slots__ = ("_h", "_owner")

    def __init__(self, *, id: Optional[str] = None, birth_date: Optional[Date] = None,
                 gender=None, civil_status=None, citizenship=None, main_income=None, trygd=None,
                 incomes: Optional[Mapping] = None, housing: Optional[Mapping] = None,
                 facts: Optional[Mapping] = None, children: Iterable[Date] = ()) -> None:
        self._h = core.Client()
        self._owner = None
        if id is not None:
            self.id = id
        if birth_date is not None:
            self.birth_date = birth_date
        for name, v in (("gender", gender), ("civil_status", civil_status),
                        ("citizenship", citizenship), ("main_income", main_income),
                        ("trygd", trygd)):
            if v is not None:
                setattr(self, name, v)
        for k, v in (incomes or {}).items():
            self.set_income(k, v)
        for k, v in (housing or {}).items():
            self.set_housing(k, v)
        for k, v in (facts or {}).items():
            self.set_fact(k, v)
        for b in children:
            self.add_child(b)

    @classmethod
    def _wrap(cls, handle, owner=None) -> "Client":
        """Wraps a SWIG handle; ``owner`` keeps a lending object alive."""
        self = cls.__new__(cls)
        self._h = handle
        self._owner = owner
        return self

    @property
    def _handle(self):
        if self._h is None:
            raise ValueError("the Client is closed")
        return self._h

    def close(self) -> None:
        """Releases the record now (later use raises ValueError)."""
        self._h = None
        self._owner = None

    def __enter__(self) -> "Client":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        if self._h is None:
            return "<velferd.Client closed>"
        return f"<velferd.Client id={self.id!r}>"

    def clone(self) -> "Client":
        """A deep copy."""
        return Client._wrap(self._handle.clone())

    # ---- identity and codes ----
    @property
    def id(self) -> str:
        """Identifier (journal number), "" if none; at most 63 bytes."""
        return self._handle.id()

    @id.setter
    def id(self, v: str) -> None:
        self._handle.set_id(v)

    @property
    def birth_date(self) -> Optional[_dt.date]:
        """Birth date, None if not set."""
        return _date(self._handle.birth_date())

    @birth_date.setter
    def birth_date(self, v: Date) -> None:
        self._handle.set_birth_date(_ymd(v))

    @property
    def gender(self) -> Gender:
        """Gender code."""
        return Gender(self._handle.gender())

    @gender.setter
    def gender(self, v) -> None:
        self._handle.set_gender(_code(Gender, v))

    @property
    def civil_status(self) -> CivilStatus:
        """Civil status code."""
        return CivilStatus(self._handle.civil_status())

    @civil_status.setter
    def civil_status(self, v) -> None:
        self._handle.set_civil_status(_code(CivilStatus, v))

    @property
    def citizenship(self) -> Citizenship:
        """Citizenship code."""
        return Citizenship(self._handle.citizenship())

    @citizenship.setter
    def citizenship(self, v) -> None:
        self._handle.set_citizenship(_code(Citizenship, v))

    @property
    def main_income(self) -> MainIncome:
        """Main source of income code."""
        return MainIncome(self._handle.main_income())

    @main_income.setter
    def main_income(self, v) -> None:
        self._handle.set_main_income(_code(MainIncome, v))

    @property
    def trygd(self) -> Trygd:
        """Kind of trygd (national insurance benefit) received."""
        return Trygd(self._handle.trygd())

    @trygd.setter
    def trygd(self, v) -> None:
        self._handle.set_trygd(_code(Trygd, v))

    # ---- amounts (monthly øre) ----
    def set_income(self, kind: Union[IncomeKind, int, str], monthly: int) -> None:
        """Sets a monthly net income in øre (≥ 0)."""
        self._handle.set_income(_code(IncomeKind, kind), _int(monthly))

    def income(self, kind: Union[IncomeKind, int, str]) -> int:
        """Monthly income of ``kind`` in øre."""
        return self._handle.income(_code(IncomeKind, kind))

    @property
    def incomes(self) -> Dict[IncomeKind, int]:
        """Every income kind with its monthly amount in øre."""
        h = self._handle
        return {k: h.income(int(k)) for k in IncomeKind}

    def income_total(self) -> int:
        """Sum of all monthly incomes in øre (OverflowError if it does not fit)."""
        return self._handle.income_total()

    def set_housing(self, kind: Union[HousingKind, int, str], monthly: int) -> None:
        """Sets a monthly housing cost in øre (≥ 0)."""
        self._handle.set_housing(_code(HousingKind, kind), _int(monthly))

    def housing(self, kind: Union[HousingKind, int, str]) -> int:
        """Monthly housing cost of ``kind`` in øre."""
        return self._handle.housing(_code(HousingKind, kind))

    @property
    def housing_costs(self) -> Dict[HousingKind, int]:
        """Every housing cost kind with its monthly amount in øre."""
        h = self._handle
        return {k: h.housing(int(k)) for k in HousingKind}

    # ---- facts ----
    def set_fact(self, fact: Union[Fact, int, str], value) -> None:
        """Records a fact: a Tristate, True/False, or None for unknown."""
        self._handle.set_fact(_code(Fact, fact), _tristate(value))

    def fact(self, fact: Union[Fact, int, str]) -> Tristate:
        """A recorded fact (Tristate.UNKNOWN if not set)."""
        return Tristate(self._handle.fact(_code(Fact, fact)))

    # ---- children ----
    def add_child(self, birth: Date) -> None:
        """Adds a child in the household (at most 32)."""
        self._handle.add_child(_ymd(birth))

    def clear_children(self) -> None:
        """Removes all children."""
        self._handle.clear_children()

    @property
    def children(self) -> List[_dt.date]:
        """Birth dates of the children."""
        h = self._handle
        return [_date(h.child_birth(i)) for i in range(h.child_count())]

    def to_dict(self) -> dict:
        """The record as a plain dict (codes as enums, amounts in øre)."""
        d = {"id": self.id, "birth_date": self.birth_date, "gender": self.gender,
             "civil_status": self.civil_status, "citizenship": self.citizenship,
             "main_income": self.main_income, "trygd": self.trygd,
             "children": len(self.children)}
        d.update({f"income_{k.name.lower()}": v for k, v in self.incomes.items()})
        d.update({f"housing_{k.name.lower()}": v for k, v in self.housing_costs.items()})
        return d
