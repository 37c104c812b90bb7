# Generated from kostra.py by bindings/python/gen_stubs.py: do not edit.
"""KOSTRA report files 11F and 11CF (docs/kostra.md): thin readers over the C
library (vf_kostra_file). Checking a file: ``velferd kostra check`` or the C API."""
import os
from . import core

def read(path: 'os.PathLike[str] | str', form: str=..., year: int=...):
    """The records of a KOSTRA file as a pandas DataFrame: column ``line`` (the
    file line) and one text column per field of the form's layout, values as in
    the file without their padding. A line too short for the layout raises
    ParseError naming the line and field: check the file first."""

def read_11f(path: 'os.PathLike[str] | str', year: int=...):
    """The records of an 11F file (economic social assistance) as a pandas
    DataFrame; see :func:`read`."""

def read_11cf(path: 'os.PathLike[str] | str', year: int=...):
    """The records of an 11CF file (qualification programme); see :func:`read`."""
