"""Exceptions raised by velferd: one class per C status code (vf_status).

Every failure of the C library arrives as an :class:`Error` subclass carrying
the status code, the library's message (naming the field, value or file line
at fault), the field and the line. Each class also derives from the closest
built-in exception, so ``except ValueError`` works as expected.
"""
from __future__ import annotations

import builtins
import enum


class Status(enum.IntEnum):
    """C status codes (vf_status); the numbers are part of the ABI."""
    OK = 0
    INVALID_ARG = 1
    RANGE = 2
    DATE = 3
    UNKNOWN_CODE = 4
    PARSE = 5
    IO = 6
    NOMEM = 7
    OVERFLOW = 8
    NOT_FOUND = 9
    NO_VALUE = 10
    DUPLICATE = 11
    INCONSISTENT = 12


class Error(Exception):
    """A failure reported by the velferd C library.

    Attributes: ``code`` (:class:`Status`), ``message`` (str), ``field`` (str,
    "" if none), ``line`` (int, 0 if not from a file).
    """

    code: Status = Status.INVALID_ARG

    def __init__(self, message: str, code: Status | int | None = None, field: str = "",
                 line: int = 0) -> None:
        super().__init__(message)
        if code is not None:
            try:
                self.code = Status(code)
            except ValueError:
                self.code = code  # a status newer than this package
        self.message = message
        self.field = field
        self.line = line

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        return (f"{type(self).__name__}({self.message!r}, code={self.code!r}, "
                f"field={self.field!r}, line={self.line})")


class InvalidArgumentError(Error, ValueError):
    """A NULL or an argument outside the function's contract (VF_E_INVALID_ARG)."""
    code = Status.INVALID_ARG


class RangeError(Error, ValueError):
    """A value out of its allowed range: negative amount, age, count (VF_E_RANGE)."""
    code = Status.RANGE


class DateError(Error, ValueError):
    """An impossible or inconsistent calendar date (VF_E_DATE)."""
    code = Status.DATE


class UnknownCodeError(Error, ValueError):
    """A code or name that is not in its code list (VF_E_UNKNOWN_CODE)."""
    code = Status.UNKNOWN_CODE


class ParseError(Error, ValueError):
    """Malformed text or file; the message names line and field (VF_E_PARSE)."""
    code = Status.PARSE


class IOError(Error, builtins.OSError):  # noqa: A001 - the name mirrors VF_E_IO
    """A file could not be opened, read or written (VF_E_IO)."""
    code = Status.IO

    def __str__(self) -> str:
        return self.message


class NoMemoryError(Error, MemoryError):
    """Out of memory (VF_E_NOMEM)."""
    code = Status.NOMEM


class OverflowError(Error, builtins.OverflowError):  # noqa: A001 - mirrors VF_E_OVERFLOW
    """An amount would overflow 64-bit øre (VF_E_OVERFLOW)."""
    code = Status.OVERFLOW


class NotFoundError(Error, LookupError):
    """Unknown parameter, profile or record (VF_E_NOT_FOUND)."""
    code = Status.NOT_FOUND


class NoValueError(Error, LookupError):
    """A parameter has no value in force on the date asked (VF_E_NO_VALUE)."""
    code = Status.NO_VALUE


class DuplicateError(Error, ValueError):
    """A duplicate key: parameter date, client id, ... (VF_E_DUPLICATE)."""
    code = Status.DUPLICATE


class InconsistentError(Error, ValueError):
    """Inputs that contradict each other (VF_E_INCONSISTENT)."""
    code = Status.INCONSISTENT


_BY_CODE = {cls.code: cls for cls in (
    InvalidArgumentError, RangeError, DateError, UnknownCodeError, ParseError, IOError,
    NoMemoryError, OverflowError, NotFoundError, NoValueError, DuplicateError,
    InconsistentError)}


def _from_c(code: int, message: str, field: str, line: int) -> Error:
    """Builds the exception for a C failure (called by the SWIG layer)."""
    cls = _BY_CODE.get(code, Error)
    return cls(message, code, field, line)


class VelferdWarning(UserWarning):
    """Base class of the warnings velferd gives (filter them with ``warnings``)."""


class NoDataWarning(VelferdWarning):
    """Asked for a year (or month) for which the input has no data: for
    example indicators of a year without payment records in the register."""
