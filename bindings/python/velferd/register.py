"""The register: clients, monthly payments and population counts."""
from __future__ import annotations

import os
from typing import Iterator, List, NamedTuple, Optional

from . import core
from . import _optional
from .client import Client, _code
from .enums import AssistanceKind, ReadMode
from .errors import Status
from .money import _int


class Payment(NamedTuple):
    """One payment record (vf_payment); amounts in øre."""
    client: int
    year: int
    month: int
    gross: int
    refunded: int
    kind: AssistanceKind


class ReadCounts(NamedTuple):
    """Rows read from a file: ``read == used + rejected``."""
    read: int
    used: int
    rejected: int


class Rejection(NamedTuple):
    """A row rejected by a reader in ReadMode.SKIP (message starts "FILE:LINE:")."""
    code: Status
    line: int
    field: str
    message: str


def _counts(c) -> ReadCounts:
    return ReadCounts(c.read, c.used, c.rejected)


class Register:
    """A client register (vf_register). It owns copies of its clients:
    :meth:`client` returns a copy, so changing it does not change the register.

    Tables come out as pandas DataFrames (:meth:`clients_frame`,
    :meth:`payments_frame`, :meth:`population_frame`) filled by C loops.
    """

    __slots__ = ("_h",)

    def __init__(self) -> None:
        self._h = core.Register()

    @classmethod
    def read_dir(cls, path: "os.PathLike[str] | str", mode: ReadMode = ReadMode.STRICT) -> "Register":
        """A register read from a directory (clients.csv, payments.csv and,
        if present, population.csv; docs/register.md)."""
        r = cls()
        r._handle.read_dir(os.fspath(path), int(mode))
        return r

    @property
    def _handle(self):
        if self._h is None:
            raise ValueError("the Register is closed")
        return self._h

    def close(self) -> None:
        """Releases the register now (later use raises ValueError)."""
        self._h = None

    def __enter__(self) -> "Register":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        if self._h is None:
            return "<velferd.Register closed>"
        return f"<velferd.Register clients={len(self)} payments={self.payment_count}>"

    # ---- clients ----
    def add_client(self, client: Client) -> int:
        """Adds a copy of ``client`` (non-empty, unique id); returns its index."""
        return self._handle.add_client(client._handle)

    def add_clients(self, clients) -> None:
        """Adds every client of a :class:`velferd.ClientArray` or a DataFrame
        of clients (see :meth:`velferd.ClientArray.from_frame`)."""
        from .batch import ClientArray
        if not isinstance(clients, ClientArray):
            clients = ClientArray.from_frame(clients)
        self._handle.add_clients(clients._handle)

    def set_weights(self, weights) -> None:
        """Sets the clients' survey or population weights, used by
        ``Indicators(..., weighted=True)``: a sequence in client order or a
        mapping (dict, pandas Series) from client id to weight. A weight is
        exact in thousandths (int, str, Decimal, Fraction, or a float whose
        shortest text has at most 3 decimals: 1.25, not 1/3), 0..1 000 000."""
        if hasattr(weights, "items"):
            pairs = [(self.find_client(str(k)), w) for k, w in weights.items()]
        else:
            weights = list(weights)
            if len(weights) != len(self):
                raise ValueError(f"{len(weights)} weights for {len(self)} clients")
            pairs = list(enumerate(weights))
        milli = [(i, _thousandths(w)) for i, w in pairs]  # every one checked first
        for i, m in milli:
            self._handle.set_weight(i, m)

    def weight(self, index: int):
        """Weight of client ``index`` as a Fraction (exact)."""
        from fractions import Fraction
        m = self._handle.weight(index)
        if m < 0:
            raise IndexError(f"client {index} out of range ({len(self)} clients)")
        return Fraction(m, 1000)

    @property
    def has_weights(self) -> bool:
        """Whether weights were set or read (a ``weight`` column in clients.csv)."""
        return bool(self._handle.has_weights())

    def __len__(self) -> int:
        return self._handle.client_count()

    def client(self, index: int) -> Client:
        """A copy of client ``index``."""
        return Client._wrap(self._handle.client(index))

    def __iter__(self) -> Iterator[Client]:
        for i in range(len(self)):
            yield self.client(i)

    def find_client(self, id: str) -> int:
        """Index of the client with ``id`` (NotFoundError if none)."""
        return self._handle.find_client(id)

    def client_array(self):
        """Copies of all clients as a :class:`velferd.ClientArray` for batch work."""
        from .batch import ClientArray
        return ClientArray._wrap(self._handle.client_array())

    def clients_frame(self):
        """The clients as a DataFrame (codes as categoricals of code names,
        amounts as int64 øre, birth dates as datetime64, children as a list
        of birth dates per row): what :meth:`add_clients` and
        :meth:`velferd.Context.calculate` read, so it goes back unchanged."""
        from ._columns import client_frame
        h = self._handle
        return client_frame(h.client_count(), h.client_ids(), h.client_column,
                            h.client_children)

    # ---- payments ----
    def add_payment(self, client_id: str, year: int, month: int, gross: int, refunded: int = 0,
                    kind=AssistanceKind.GRANT) -> None:
        """Adds a payment (øre) to the client with ``client_id``."""
        self._handle.add_payment(client_id, year, month, _int(gross), _int(refunded),
                                 _code(AssistanceKind, kind))

    @property
    def payment_count(self) -> int:
        """Number of payment records."""
        return self._handle.payment_count()

    def payment(self, index: int) -> Payment:
        """Payment record ``index`` as a :class:`Payment`."""
        p = self._handle.payment(index)
        return Payment(p.client, p.year, p.month, p.gross, p.refunded, AssistanceKind(p.kind))

    def payments_frame(self):
        """The payments as a DataFrame: client (index), client_id, year, month,
        gross, refunded (int64 øre) and kind."""
        np = _optional.need("numpy")
        pd = _optional.need("pandas")
        from ._columns import categorical
        h = self._handle
        n = h.payment_count()
        cols = [np.zeros(n, dtype=np.int64) for _ in range(6)]
        h.payment_columns(*cols)
        ids = np.asarray(h.client_ids(), dtype=object)
        return pd.DataFrame({"client": cols[0], "client_id": ids[cols[0]] if n else ids[:0],
                             "year": cols[1], "month": cols[2], "gross": cols[3],
                             "refunded": cols[4], "kind": categorical(cols[5], AssistanceKind)})

    # ---- population ----
    def set_population(self, year: int, age: int, persons: int) -> None:
        """Population of ``age`` (0..120) in ``year``."""
        self._handle.set_population(year, age, _int(persons))

    def population(self, year: int, age: int) -> Optional[int]:
        """Population of ``age`` in ``year``, None if not set."""
        v = self._handle.population(year, age)
        return None if v < 0 else v

    def population_years(self) -> List[int]:
        """Years with population counts."""
        h = self._handle
        return [h.population_year(i) for i in range(h.population_year_count())]

    def population_frame(self):
        """Population counts as a DataFrame: year, age, persons."""
        pd = _optional.need("pandas")
        h = self._handle
        rows = [(y, a, h.population(y, a)) for y in self.population_years()
                for a in range(core.VF_POPULATION_MAX_AGE + 1)]
        return pd.DataFrame([r for r in rows if r[2] >= 0], columns=["year", "age", "persons"])

    # ---- files ----
    def read_clients_csv(self, path, mode: ReadMode = ReadMode.STRICT) -> ReadCounts:
        """Reads clients from a CSV file (docs/register.md); returns the counts."""
        return _counts(self._handle.read_clients_csv(os.fspath(path), int(mode)))

    def read_payments_csv(self, path, mode: ReadMode = ReadMode.STRICT) -> ReadCounts:
        """Reads payment records from a CSV file; returns the counts."""
        return _counts(self._handle.read_payments_csv(os.fspath(path), int(mode)))

    def read_population_csv(self, path, mode: ReadMode = ReadMode.STRICT) -> ReadCounts:
        """Reads population counts by year and age from a CSV file; returns the counts."""
        return _counts(self._handle.read_population_csv(os.fspath(path), int(mode)))

    def write_clients_csv(self, path) -> None:
        """Writes the clients as CSV (the layout read_clients_csv reads)."""
        self._handle.write_clients_csv(os.fspath(path))

    def write_payments_csv(self, path) -> None:
        """Writes the payment records as CSV."""
        self._handle.write_payments_csv(os.fspath(path))

    def write_population_csv(self, path) -> None:
        """Writes the population counts as CSV."""
        self._handle.write_population_csv(os.fspath(path))

    def write_dir(self, path) -> None:
        """Writes clients.csv, payments.csv (and population.csv) into ``path``."""
        self._handle.write_dir(os.fspath(path))

    def set_content(self, index: int, column: str, value: str) -> None:
        """Sets what form 11F records of client ``index`` beyond the counts: one
        optional clients.csv column (``housing``, ``individual_plan``,
        ``economic_advice``, ``work_situation``, ``conditions``,
        ``spouse_conditions``, ``condition_types``, ``exemption_date``,
        ``exemption_grounds``, ``sanctions``) with its text as in clients.csv
        (docs/register.md); ``"unknown"`` clears it."""
        self._handle.set_content(index, column, value)

    def content(self, index: int, column: str) -> str:
        """Content column ``column`` of client ``index`` as clients.csv holds it
        (``"unknown"`` if not known)."""
        return self._handle.content(index, column)

    def rejections(self) -> List[Rejection]:
        """Rows rejected so far by reads in ReadMode.SKIP."""
        h = self._handle
        out = []
        for i in range(h.rejection_count()):
            r = h.rejection(i)
            out.append(Rejection(Status(r.status), r.line, r.field, r.message))
        return out

    def clear_rejections(self) -> None:
        """Forgets the rows rejected by earlier lenient reads."""
        self._handle.clear_rejections()


def _thousandths(w) -> int:
    """A weight as an exact whole number of thousandths, or ValueError."""
    from decimal import Decimal, InvalidOperation
    from fractions import Fraction
    if isinstance(w, bool):
        raise TypeError("a weight is a number, not a bool")
    try:
        if isinstance(w, float):
            w = Decimal(repr(w))  # the number as written: 0.1 is 1/10
        f = Fraction(w) if not isinstance(w, str) else Fraction(Decimal(w.strip()))
    except (TypeError, ValueError, InvalidOperation):
        raise ValueError(f"weight {w!r} is not a number") from None
    m = f * 1000
    if m.denominator != 1:
        raise ValueError(f"weight {w!r} is not a whole number of thousandths")
    if not 0 <= m <= 1_000_000_000:
        raise ValueError(f"weight {w!r} is outside 0..1000000")
    return int(m)
