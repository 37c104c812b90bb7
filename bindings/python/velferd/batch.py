"""Batch work on many clients: a :class:`ClientArray` holds the records in one
C array, filled from numpy/pandas columns and read back as columns, with the
loop over clients in C (one Python call per column, not per client).
"""
from __future__ import annotations

from typing import Iterator

from . import core
from . import _optional
from .client import Client


class ClientArray:
    """Clients held in C for batch functions. Build with
    :meth:`from_frame` (a DataFrame of clients) or
    :meth:`velferd.Register.client_array`; read back with :meth:`to_frame`."""

    __slots__ = ("_h",)

    def __init__(self, n: int) -> None:
        """``n`` empty clients."""
        self._h = core.ClientArray(n)

    @classmethod
    def _wrap(cls, handle) -> "ClientArray":
        self = cls.__new__(cls)
        self._h = handle
        return self

    @classmethod
    def from_frame(cls, frame) -> "ClientArray":
        """Clients from a DataFrame (or dict of columns). Recognised columns,
        all optional: ``id``; ``birth_date`` (dates, NaT = unknown);
        ``gender``, ``civil_status``, ``citizenship``, ``main_income``,
        ``trygd`` (enum members, ints or code names); ``income_<kind>`` and
        ``housing_<kind>`` (int øre, kinds by code name, e.g. ``income_trygd``,
        ``housing_rent``); ``fact_<fact>`` (Tristate, code names or bool);
        ``children`` (a list of birth dates per row). Errors name the row."""
        pd = _optional.need("pandas")
        from ._columns import fill_clients
        if not isinstance(frame, pd.DataFrame):
            frame = pd.DataFrame(frame)
        self = cls(len(frame))
        fill_clients(self._h, frame)
        return self

    @property
    def _handle(self):
        if self._h is None:
            raise ValueError("the ClientArray is closed")
        return self._h

    def close(self) -> None:
        self._h = None

    def __enter__(self) -> "ClientArray":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __len__(self) -> int:
        return self._handle.size()

    def __getitem__(self, index: int) -> Client:
        """A copy of client ``index``."""
        if index < 0:
            index += len(self)
        return Client._wrap(self._handle.get(index))

    def __iter__(self) -> Iterator[Client]:
        for i in range(len(self)):
            yield self[i]

    def __repr__(self) -> str:
        return "<velferd.ClientArray closed>" if self._h is None else f"<velferd.ClientArray n={len(self)}>"

    def to_frame(self):
        """The clients as a DataFrame (same columns as Register.clients_frame)."""
        from ._columns import client_frame
        h = self._handle
        return client_frame(h.size(), h.ids(), h.column)
