# Generated from client.py by bindings/python/gen_stubs.py: do not edit.
"""Client records: one applicant and their household."""
import datetime as _dt
import operator
from typing import Dict, Iterable, List, Mapping, Optional, Union
from . import core
from .enums import CivilStatus, Citizenship, Fact, Gender, HousingKind, IncomeKind, MainIncome, Trygd, Tristate
from .money import Date

class Client:
    """A client record (vf_client). Every setter is checked by the C library
    and raises a :class:`velferd.Error` subclass naming the field at fault.

    Keyword arguments set fields at once::

        Client(id="J-1", birth_date=date(1980, 1, 1), gender=Gender.FEMALE,
               incomes={IncomeKind.TRYGD: 1_500_000}, housing={HousingKind.RENT: 900_000},
               facts={Fact.SHARES_HOME: False}, children=[date(2015, 6, 1)])
    """

    def __init__(self, *, id: Optional[str]=..., birth_date: Optional[Date]=..., gender=..., civil_status=..., citizenship=..., main_income=..., trygd=..., incomes: Optional[Mapping]=..., housing: Optional[Mapping]=..., facts: Optional[Mapping]=..., children: Iterable[Date]=...) -> None:
        ...

    def close(self) -> None:
        """Releases the record now (later use raises ValueError)."""

    def __enter__(self) -> 'Client':
        ...

    def __exit__(self, *exc) -> None:
        ...

    def __repr__(self) -> str:
        ...

    def clone(self) -> 'Client':
        """A deep copy."""

    @property
    def id(self) -> str:
        """Identifier (journal number), "" if none; at most 63 bytes."""

    @id.setter
    def id(self, v: str) -> None:
        ...

    @property
    def birth_date(self) -> Optional[_dt.date]:
        """Birth date, None if not set."""

    @birth_date.setter
    def birth_date(self, v: Date) -> None:
        ...

    @property
    def gender(self) -> Gender:
        """Gender code."""

    @gender.setter
    def gender(self, v) -> None:
        ...

    @property
    def civil_status(self) -> CivilStatus:
        """Civil status code."""

    @civil_status.setter
    def civil_status(self, v) -> None:
        ...

    @property
    def citizenship(self) -> Citizenship:
        """Citizenship code."""

    @citizenship.setter
    def citizenship(self, v) -> None:
        ...

    @property
    def main_income(self) -> MainIncome:
        """Main source of income code."""

    @main_income.setter
    def main_income(self, v) -> None:
        ...

    @property
    def trygd(self) -> Trygd:
        """Kind of trygd (national insurance benefit) received."""

    @trygd.setter
    def trygd(self, v) -> None:
        ...

    def set_income(self, kind: Union[IncomeKind, int, str], monthly: int) -> None:
        """Sets a monthly net income in øre (≥ 0)."""

    def income(self, kind: Union[IncomeKind, int, str]) -> int:
        """Monthly income of ``kind`` in øre."""

    @property
    def incomes(self) -> Dict[IncomeKind, int]:
        """Every income kind with its monthly amount in øre."""

    def income_total(self) -> int:
        """Sum of all monthly incomes in øre (OverflowError if it does not fit)."""

    def set_housing(self, kind: Union[HousingKind, int, str], monthly: int) -> None:
        """Sets a monthly housing cost in øre (≥ 0)."""

    def housing(self, kind: Union[HousingKind, int, str]) -> int:
        """Monthly housing cost of ``kind`` in øre."""

    @property
    def housing_costs(self) -> Dict[HousingKind, int]:
        """Every housing cost kind with its monthly amount in øre."""

    def set_fact(self, fact: Union[Fact, int, str], value) -> None:
        """Records a fact: a Tristate, True/False, or None for unknown."""

    def fact(self, fact: Union[Fact, int, str]) -> Tristate:
        """A recorded fact (Tristate.UNKNOWN if not set)."""

    def add_child(self, birth: Date) -> None:
        """Adds a child in the household (at most 32)."""

    def clear_children(self) -> None:
        """Removes all children."""

    @property
    def children(self) -> List[_dt.date]:
        """Birth dates of the children."""

    def to_dict(self) -> dict:
        """The record as a plain dict (codes as enums, amounts in øre)."""
