# Generated from register.py by bindings/python/gen_stubs.py: do not edit.
"""The register: clients, monthly payments and population counts."""
import os
from typing import Iterator, List, NamedTuple, Optional
from . import core
from .client import Client
from .enums import AssistanceKind, ReadMode
from .errors import Status

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

class Register:
    """A client register (vf_register). It owns copies of its clients:
    :meth:`client` returns a copy, so changing it does not change the register.

    Tables come out as pandas DataFrames (:meth:`clients_frame`,
    :meth:`payments_frame`, :meth:`population_frame`) filled by C loops.
    """

    def __init__(self) -> None:
        ...

    @classmethod
    def read_dir(cls, path: 'os.PathLike[str] | str', mode: ReadMode=...) -> 'Register':
        """A register read from a directory (clients.csv, payments.csv and,
        if present, population.csv; docs/register.md)."""

    def close(self) -> None:
        """Releases the register now (later use raises ValueError)."""

    def __enter__(self) -> 'Register':
        ...

    def __exit__(self, *exc) -> None:
        ...

    def __repr__(self) -> str:
        ...

    def add_client(self, client: Client) -> int:
        """Adds a copy of ``client`` (non-empty, unique id); returns its index."""

    def add_clients(self, clients) -> None:
        """Adds every client of a :class:`velferd.ClientArray` or a DataFrame
        of clients (see :meth:`velferd.ClientArray.from_frame`)."""

    def __len__(self) -> int:
        ...

    def client(self, index: int) -> Client:
        """A copy of client ``index``."""

    def __iter__(self) -> Iterator[Client]:
        ...

    def find_client(self, id: str) -> int:
        """Index of the client with ``id`` (NotFoundError if none)."""

    def client_array(self):
        """Copies of all clients as a :class:`velferd.ClientArray` for batch work."""

    def clients_frame(self):
        """The clients as a DataFrame (codes as categoricals of code names,
        amounts as int64 øre, birth dates as datetime64)."""

    def add_payment(self, client_id: str, year: int, month: int, gross: int, refunded: int=..., kind=...) -> None:
        """Adds a payment (øre) to the client with ``client_id``."""

    @property
    def payment_count(self) -> int:
        """Number of payment records."""

    def payment(self, index: int) -> Payment:
        """Payment record ``index`` as a :class:`Payment`."""

    def payments_frame(self):
        """The payments as a DataFrame: client (index), client_id, year, month,
        gross, refunded (int64 øre) and kind."""

    def set_population(self, year: int, age: int, persons: int) -> None:
        """Population of ``age`` (0..120) in ``year``."""

    def population(self, year: int, age: int) -> Optional[int]:
        """Population of ``age`` in ``year``, None if not set."""

    def population_years(self) -> List[int]:
        """Years with population counts."""

    def population_frame(self):
        """Population counts as a DataFrame: year, age, persons."""

    def read_clients_csv(self, path, mode: ReadMode=...) -> ReadCounts:
        """Reads clients from a CSV file (docs/register.md); returns the counts."""

    def read_payments_csv(self, path, mode: ReadMode=...) -> ReadCounts:
        """Reads payment records from a CSV file; returns the counts."""

    def read_population_csv(self, path, mode: ReadMode=...) -> ReadCounts:
        """Reads population counts by year and age from a CSV file; returns the counts."""

    def write_clients_csv(self, path) -> None:
        """Writes the clients as CSV (the layout read_clients_csv reads)."""

    def write_payments_csv(self, path) -> None:
        """Writes the payment records as CSV."""

    def write_population_csv(self, path) -> None:
        """Writes the population counts as CSV."""

    def write_dir(self, path) -> None:
        """Writes clients.csv, payments.csv (and population.csv) into ``path``."""

    def rejections(self) -> List[Rejection]:
        """Rows rejected so far by reads in ReadMode.SKIP."""

    def clear_rejections(self) -> None:
        """Forgets the rows rejected by earlier lenient reads."""
