"""`make bench`, the cluster path: factdiff on a Dask LocalCluster of N worker processes.

Measured in its own process like the local runs: wall time of `run_extract` (the worker
check and model loads included, the cluster's start-up not), the client's peak RSS and each
worker's.
"""

from __future__ import annotations

import resource
import time
from pathlib import Path


def _peak_rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)  # Linux: kilobytes


def measure_cluster(corpus: Path, out: Path, workers: int) -> dict[str, object]:
    from distributed import Client, LocalCluster

    from pipeline.options import RunOptions
    from pipeline.run import run_extract

    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        options = RunOptions(corpus, out, quiet=True, use_cache=False, scheduler=cluster.scheduler_address)
        started = time.perf_counter()
        result = run_extract(options)
        seconds = time.perf_counter() - started
        with Client(cluster, set_as_default=False) as client:
            worker_rss = sorted(client.run(_peak_rss_mb).values())
    return {
        "seconds": round(seconds, 2),
        "facts": result.facts,
        "peak_rss_mb": _peak_rss_mb(),
        "worker_peak_rss_mb": worker_rss,
        "workers_used": len(result.workers),
    }
