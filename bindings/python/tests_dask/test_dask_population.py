"""Scale-out: examples/python/dask_population.py on a Dask LocalCluster (two
worker processes) gives, client by client, the results of one process.

Kept out of the ASan run (ctest label nosanitize): the worker processes are
started by Dask, outside the sanitizer's preload."""
import os
import sys

import numpy as np
import pytest

distributed = pytest.importorskip("distributed")

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "..", "examples", "python"))
import dask_population as dp  # noqa: E402


def test_local_cluster_equals_one_process():
    months = [(2022, 3), (2022, 4)]  # minimum pension has no sourced figure after 2022-04
    local = dp.run_local(30_000, 3, months)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        remote = dp.run(client, 30_000, 3, months)
    assert sorted(remote) == sorted(local)
    assert len(local) == len(dp.SCENARIOS) * len(months)
    for key in local:
        assert remote[key].dtype == np.int64
        assert np.array_equal(remote[key], local[key]), key
    # the scenarios differ where they should: the what-if raises the single
    # rate, Bergen's 80 % rule only adds
    paid = {k: int(v.sum()) for k, v in local.items()}
    assert paid[("single_plus_10", 2022, 3)] > paid[("national", 2022, 3)]
    assert paid[("bergen", 2022, 3)] >= paid[("national", 2022, 3)]
