# Generated from errors.py by bindings/python/gen_stubs.py: do not edit.
"""Exceptions raised by velferd: one class per C status code (vf_status).

Every failure of the C library arrives as an :class:`Error` subclass carrying
the status code, the library's message (naming the field, value or file line
at fault), the field and the line. Each class also derives from the closest
built-in exception, so ``except ValueError`` works as expected.
"""
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
    code: Status = ...

    def __init__(self, message: str, code: Status | int | None=..., field: str=..., line: int=...) -> None:
        ...

    def __str__(self) -> str:
        ...

    def __repr__(self) -> str:
        ...

class InvalidArgumentError(Error, ValueError):
    """A NULL or an argument outside the function's contract (VF_E_INVALID_ARG)."""

class RangeError(Error, ValueError):
    """A value out of its allowed range: negative amount, age, count (VF_E_RANGE)."""

class DateError(Error, ValueError):
    """An impossible or inconsistent calendar date (VF_E_DATE)."""

class UnknownCodeError(Error, ValueError):
    """A code or name that is not in its code list (VF_E_UNKNOWN_CODE)."""

class ParseError(Error, ValueError):
    """Malformed text or file; the message names line and field (VF_E_PARSE)."""

class IOError(Error, builtins.OSError):
    """A file could not be opened, read or written (VF_E_IO)."""

    def __str__(self) -> str:
        ...

class NoMemoryError(Error, MemoryError):
    """Out of memory (VF_E_NOMEM)."""

class OverflowError(Error, builtins.OverflowError):
    """An amount would overflow 64-bit øre (VF_E_OVERFLOW)."""

class NotFoundError(Error, LookupError):
    """Unknown parameter, profile or record (VF_E_NOT_FOUND)."""

class NoValueError(Error, LookupError):
    """A parameter has no value in force on the date asked (VF_E_NO_VALUE)."""

class DuplicateError(Error, ValueError):
    """A duplicate key: parameter date, client id, ... (VF_E_DUPLICATE)."""

class InconsistentError(Error, ValueError):
    """Inputs that contradict each other (VF_E_INCONSISTENT)."""
