# Written by bindings/python/gen_stubs.py: the SWIG-generated module is untyped.
"""Raw SWIG layer of velferd (bindings/core/*.i); use the typed modules instead."""
from typing import Any

def __getattr__(name: str) -> Any: ...
