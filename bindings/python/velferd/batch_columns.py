"""The rules for a whole population in one call, on numpy columns.

:func:`batch_month` hands numpy arrays to the C batch (``vf_batch_month``,
velferd/batch.h) without copying them: the C library reads the caller's
input arrays and writes into output arrays, which the caller may supply
(``out=``) to reuse memory across months or scenarios. The loop over clients,
every rule and every check run in C; the GIL is released meanwhile.
"""
from __future__ import annotations

from typing import Dict, Iterable, Mapping, Optional

from . import core
from . import _optional
from .enums import Fact, HousingKind, IncomeKind

#: Input columns and their numpy dtypes, by name (``np.dtype(name)``; names,
#: so that importing velferd does not need numpy). Dates are day numbers (days
#: since 1970-01-01, ``datetime64[D]`` as int); ``NO_DATE`` marks an unknown
#: birth date. Codes and facts are the C enumeration values. Money is int øre.
#: Children: ``child_start`` (n + 1 offsets, uint32) into ``child_birth``.
INPUTS: Dict[str, str] = {"birth": "int32", "civil_status": "uint8", "trygd": "uint8"}
INPUTS.update({f"fact_{f.code_name}": "uint8" for f in Fact})
INPUTS.update({f"income_{k.code_name}": "int64" for k in IncomeKind})
INPUTS.update({f"housing_{k.code_name}": "int64" for k in HousingKind})
INPUTS.update({"child_start": "uint32", "child_birth": "int32"})
#: Qualification programme: ``kvp`` 1 for a participant in the month, 0 for
#: others; ``kvp_work_minutes`` minutes of paid work a week of a participant.
INPUTS.update({"kvp": "uint8", "kvp_work_minutes": "int32"})

#: Output columns (the members of the same name of vf_assistance_result, plus
#: the status of each client's calculation) and their dtypes.
OUTPUTS: Dict[str, str] = {
    "status": "uint8", "household": "uint8", "norm": "int64", "housing": "int64",
    "income": "int64", "income_exempt": "int64", "ordinary": "int64",
    "rule80_applies": "uint8", "rule80_supplement": "int64", "assistance": "int64",
    # the qualification benefit (vf_kvp_benefit_month's amount; 0 for
    # non-participants) and its own status: when "kvp_status" is asked for,
    # "status" covers the assistance rule only
    "kvp_benefit": "int64", "kvp_status": "uint8",
    # 1: the client's result used a projected (not enacted) parameter value
    "projected": "uint8"}

#: Column names of the C layer (bindings/python/batch.i, batch_month).
_C_NAMES = {"birth": "birth", "civil_status": "civil_status", "trygd": "trygd",
            "child_start": "child_start", "child_birth": "child_birth", "kvp": "kvp",
            "kvp_work_minutes": "kvp_work_minutes"}
_C_NAMES.update({f"fact_{f.code_name}": f"fact{int(f)}" for f in Fact})
_C_NAMES.update({f"income_{k.code_name}": f"income{int(k)}" for k in IncomeKind})
_C_NAMES.update({f"housing_{k.code_name}": f"housing{int(k)}" for k in HousingKind})

#: Birth date not known (VF_BATCH_NO_DATE).
NO_DATE = -2 ** 31


def _column(name: str, values) -> np.ndarray:
    """The column as a contiguous array of its C type: the caller's array
    itself when it already is one, else a converted copy, refused if the
    conversion would change a value (1.5 as øre, 300 as a code)."""
    np = _optional.need("numpy")
    given = np.asarray(values)
    if given.ndim != 1:
        raise ValueError(f"column '{name}' is not one-dimensional")
    a = np.ascontiguousarray(given, dtype=INPUTS[name])
    if a is not given and given.dtype != a.dtype:
        if given.dtype.kind not in "iub" or not np.array_equal(a, given):
            raise TypeError(f"column '{name}': {given.dtype} values do not all convert exactly "
                            f"to {a.dtype}")
    return a


def batch_month(ctx, columns: Mapping[str, np.ndarray], year: int, month: int, *,
                outputs: Iterable[str] = ("status", "assistance"),
                out: Optional[Mapping[str, np.ndarray]] = None, threads: int = 1,
                errors: str = "raise") -> Dict[str, np.ndarray]:
    """Economic assistance for month ``year-month`` for every client, from
    columns: client ``i`` gets what :c:func:`vf_assistance_month` gives for
    the same client, and for participants in the qualification programme
    (``kvp`` column) the benefit :c:func:`vf_kvp_benefit_month` gives
    (output ``kvp_benefit``).

    ``columns`` maps the names in :data:`INPUTS` to 1-D arrays of one length
    (a missing column means zero / unknown / no children for everyone; a
    DataFrame works too). Arrays already of the listed dtype and C-contiguous
    are used in place; others are converted once (a copy).

    ``outputs`` names the results wanted (see :data:`OUTPUTS`); ``out`` may
    supply arrays to write into (right dtype and length, contiguous, writable),
    which are used in place and returned. ``threads`` > 1 splits the clients
    over C threads; results do not depend on it.

    ``errors="raise"`` raises the first failed client's error (an
    :class:`velferd.Error` naming the client index) after computing all;
    ``errors="status"`` returns instead, with each client's status (0 = OK)
    in the ``"status"`` output and zeros in its other outputs.
    """
    np = _optional.need("numpy")
    if errors not in ("raise", "status"):
        raise ValueError("errors must be 'raise' or 'status'")
    names = list(dict.fromkeys(list(outputs) + list(out or {})))
    if errors == "status" and "status" not in names:
        names.append("status")
    unknown = [c for c in list(columns.keys()) if c not in INPUTS]
    if unknown:
        raise KeyError(f"unknown input column(s): {', '.join(map(str, unknown))}")
    cols = {}
    n = None
    for name in columns.keys():
        a = _column(name, columns[name])
        cols[name] = a
        if name not in ("child_start", "child_birth"):
            if n is not None and len(a) != n:
                raise ValueError(f"column '{name}' has {len(a)} items, not {n}")
            n = len(a)
    if n is None:
        if "child_start" not in cols:
            raise ValueError("no input columns: the number of clients is unknown")
        n = len(cols["child_start"]) - 1
    if ("child_start" in cols) != ("child_birth" in cols):
        raise ValueError("child_start and child_birth go together")
    res = {}
    for name in names:
        if name not in OUTPUTS:
            raise KeyError(f"unknown output column: {name}")
        given = (out or {}).get(name)
        if given is None:
            res[name] = np.empty(n, dtype=OUTPUTS[name])
            continue
        if (not isinstance(given, np.ndarray) or given.dtype != OUTPUTS[name] or given.ndim != 1
                or len(given) != n or not given.flags.c_contiguous or not given.flags.writeable):
            raise TypeError(f"output '{name}' must be a writable contiguous numpy array of "
                            f"{n} {OUTPUTS[name]}")
        res[name] = given
    core.batch_month(ctx._handle, {_C_NAMES[k]: v for k, v in cols.items()}, n, int(year),
                     int(month), res, int(threads), 1 if errors == "raise" else 0)
    return res
