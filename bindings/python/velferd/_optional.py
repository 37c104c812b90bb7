"""numpy and pandas are optional: single-client calculations, traces,
registers and indicators work without them; the batch and DataFrame
functions import them when called, through :func:`need`, so that a missing
one gives an ImportError that names it and says how to install it."""
from __future__ import annotations

import importlib
from types import ModuleType


def need(package: str) -> ModuleType:
    """The module ``package`` ("numpy" or "pandas"), or ImportError naming it."""
    try:
        return importlib.import_module(package)
    except ImportError as e:
        raise ImportError(
            f"this velferd function needs {package}, which is not installed "
            f"(apt install python3-{package}, or pip install {package})", name=package) from e
