"""Scale-out with Dask: economic assistance for a whole population, for
several what-if scenarios and months, on a Dask cluster.

Each task takes one partition of the population (here generated in the
worker from a seed, in practice read from the partition's file) and runs
velferd.batch_month on it in C; Dask only schedules partitions and gathers the
small results. Nothing here distributes work by hand: the same functions run
in one process (``run_local``) or on any Dask cluster (``run``), with
identical results.

    /usr/bin/python3 examples/python/dask_population.py [CLIENTS] [PARTITIONS]

(with the velferd package on PYTHONPATH, e.g. build/bindings/python/pkg).
"""
from __future__ import annotations

import sys
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np

import velferd as vf

#: A scenario: (name, profile, overrides). An override is (parameter,
#: valid_from "YYYY-MM-DD", num, den, source), applied with Context.set_param.
Scenario = Tuple[str, Optional[str], Sequence[tuple]]

SCENARIOS: List[Scenario] = [
    ("national", None, ()),
    ("bergen", "bergen", ()),
    # what-if: the single adult's guideline rate 10 % higher from 2022
    ("single_plus_10", None, (("guideline.single", "2022-01-01", 720500, 1,
                               "what-if scenario: 6 550 kr + 10 %"),)),
]


def population_partition(seed: int, n: int) -> Dict[str, np.ndarray]:
    """Synthetic clients of one partition (deterministic in seed)."""
    rng = np.random.default_rng(seed)
    base = int(np.datetime64("1940-01-01", "D").astype(np.int64))
    kids = rng.integers(0, 4, n) * (rng.random(n) < 0.45)
    start = np.zeros(n + 1, np.uint32)
    np.cumsum(kids, out=start[1:])
    partner = np.where(rng.random(n) < 0.3, vf.Tristate.YES, vf.Tristate.NO).astype(np.uint8)
    return {
        "birth": (base + rng.integers(0, 22000, n)).astype(np.int32),
        "trygd": rng.integers(0, 14, n).astype(np.uint8),
        "fact_lives_with_partner": partner,
        "income_work": rng.integers(0, 2_500_000, n) * (rng.random(n) < 0.3),
        "income_trygd": rng.integers(0, 2_500_000, n) * (rng.random(n) < 0.4),
        "income_partner": rng.integers(0, 2_000_000, n) * (partner == vf.Tristate.YES),
        "housing_rent": rng.integers(200_000, 1_800_000, n),
        "housing_electricity": rng.integers(0, 300_000, n),
        "child_start": start,
        # children born 2005-2021: all under 18 in 2022
        "child_birth": (base + 23742 + rng.integers(0, 6000, int(start[-1]))).astype(np.int32),
    }


def scenario_context(scenario: Scenario) -> "vf.Context":
    """The scenario's context, built where the task runs (contexts are C
    handles: they are rebuilt from their description, not pickled)."""
    _, profile, overrides = scenario
    ctx = vf.Context(profile)
    for name, valid_from, num, den, source in overrides:
        ctx.set_param(name, valid_from, num, den, source=source)
    return ctx


def partition_assistance(scenario: Scenario, year: int, month: int, seed: int,
                         n: int) -> np.ndarray:
    """Assistance (øre) of every client of one partition."""
    with scenario_context(scenario) as ctx:
        cols = population_partition(seed, n)
        return vf.batch_month(ctx, cols, year, month, outputs=("assistance",))["assistance"]


def tasks(clients: int, partitions: int, months: Sequence[Tuple[int, int]]):
    """(scenario, year, month, seed, size) of every task."""
    sizes = [clients * (p + 1) // partitions - clients * p // partitions for p in range(partitions)]
    return [(s, y, m, 1000 + p, sizes[p]) for s in SCENARIOS for (y, m) in months
            for p in range(partitions)]


def run_local(clients: int, partitions: int, months) -> Dict[tuple, np.ndarray]:
    """Every task in this process, one after the other."""
    out: Dict[tuple, List[np.ndarray]] = {}
    for t in tasks(clients, partitions, months):
        out.setdefault((t[0][0], t[1], t[2]), []).append(partition_assistance(*t))
    return {k: np.concatenate(v) for k, v in out.items()}


def run(client, clients: int, partitions: int, months) -> Dict[tuple, np.ndarray]:
    """The same tasks on a Dask cluster (``client``: distributed.Client)."""
    import cloudpickle
    if __name__ != "__main__":  # let workers run this module's functions
        cloudpickle.register_pickle_by_value(sys.modules[__name__])
    ts = tasks(clients, partitions, months)
    futures = client.map(partition_assistance, *zip(*ts), pure=False)
    results = client.gather(futures)
    out: Dict[tuple, List[np.ndarray]] = {}
    for t, r in zip(ts, results):
        out.setdefault((t[0][0], t[1], t[2]), []).append(r)
    return {k: np.concatenate(v) for k, v in out.items()}


def main(argv: Sequence[str]) -> None:
    from distributed import Client, LocalCluster
    clients = int(argv[1]) if len(argv) > 1 else 1_000_000
    partitions = int(argv[2]) if len(argv) > 2 else 8
    months = [(2022, m) for m in range(1, 5)]
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as client:
        res = run(client, clients, partitions, months)
    print("scenario          month    paid clients    total assistance (kr)")
    for (name, y, m), a in sorted(res.items()):
        print(f"{name:<17} {y}-{m:02d}  {int((a > 0).sum()):>12}  {int(a.sum()) / 100:>22,.2f}")


if __name__ == "__main__":
    main(sys.argv)
