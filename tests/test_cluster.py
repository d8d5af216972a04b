"""A real Dask cluster (LocalCluster, worker processes): the same rows as a local run, a worker
killed mid-run loses nothing, an unreachable scheduler is a one-line usage error."""

from __future__ import annotations

import os
import signal
from collections.abc import Callable, Iterator
from pathlib import Path

import dask
import pytest
from distributed import Client, LocalCluster

from pipeline.cluster import connect
from pipeline.options import RunOptions
from pipeline.run import run_extract

from .conftest import Invocation, read_csv
from .pages import seed_pages

TABLES = ("documents.csv", "facts.csv", "fact_diffs.csv", "summary.csv", "suspicions.csv")


@pytest.fixture(scope="module")
def cluster() -> Iterator[LocalCluster]:
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as local:
        yield local


def corpus(folder: Path, stories: int) -> Path:
    for number in range(stories):
        story = folder / f"story{number:02d}"
        story.mkdir(parents=True)
        (story / "original.txt").write_text(
            f"Angela Merkel visited Paris on {number + 1} June 2015 with 40 aides.\n\n"
            f"The International Criminal Court said {number + 3} cases were open. ICC judges agreed.",
            encoding="utf-8",
        )
        (story / "copy.txt").write_text(
            f"Angela Merkel visited Paris on {number + 2} June 2015 with forty aides.\n\n"
            f"The International Wrongdoer Court said {number + 3} cases were open. ICC judges agreed.",
            encoding="utf-8",
        )
    return folder


def same_tables(left: Path, right: Path) -> None:
    for name in TABLES:
        assert (left / name).read_bytes() == (right / name).read_bytes(), name


def test_a_cluster_run_gives_the_rows_of_a_local_run(tmp_path: Path, cluster: LocalCluster) -> None:
    data = corpus(tmp_path / "data", 8)
    run_extract(RunOptions(data, tmp_path / "local", quiet=True, use_cache=False))
    address, cache = cluster.scheduler_address, tmp_path / "cache"
    result = run_extract(RunOptions(data, tmp_path / "cluster", quiet=True, scheduler=address, cache_dir=cache))
    same_tables(tmp_path / "local", tmp_path / "cluster")
    assert result.pairs == 8 and result.ner.parsed == 16 and len(result.workers) >= 1
    # the client's cache holds every text now: the workers parse nothing
    again = run_extract(RunOptions(data, tmp_path / "cluster2", quiet=True, scheduler=address, cache_dir=cache))
    assert (again.ner.parsed, again.ner.cached) == (0, 16)
    same_tables(tmp_path / "local", tmp_path / "cluster2")
    flags = read_csv(tmp_path / "cluster" / "fact_diffs.csv")
    assert (flags["status"] == "changed").sum() == 16  # the day and the court, in every story
    suspicions = read_csv(tmp_path / "cluster" / "suspicions.csv")  # screened on the workers
    assert list(suspicions["text"]) == ["Wrongdoer"] * 8 and set(suspicions["confirmed"]) == {"yes"}


def test_a_worker_killed_mid_run_loses_nothing(tmp_path: Path, cluster: LocalCluster) -> None:
    data = corpus(tmp_path / "data", 24)
    run_extract(RunOptions(data, tmp_path / "local", quiet=True, use_cache=False))
    with Client(cluster.scheduler_address, set_as_default=False) as client:
        victim, pid = sorted(client.run(os.getpid).items())[0]
    killed: list[str] = []

    def kill_once(task: str, completed: int, total: int | None) -> None:
        if task == "stories" and completed == 1 and not killed:
            os.kill(pid, signal.SIGKILL)  # the nanny starts a new worker; its stories run again
            killed.append(victim)

    options = RunOptions(data, tmp_path / "cluster", quiet=True, use_cache=False, scheduler=cluster.scheduler_address)
    result = run_extract(options, on_progress=kill_once)
    assert killed and result.pairs == 24
    same_tables(tmp_path / "local", tmp_path / "cluster")


def test_the_client_keeps_no_copy_of_the_stories_it_sent(cluster: LocalCluster) -> None:
    """Memory flat in corpus size: by default dask.distributed's client logs every message
    under 1 MB it sends (a batch of stories with their texts), up to 1,000 of them."""
    client = connect(cluster.scheduler_address)
    try:
        texts = ["Angela Merkel visited Paris. " * 3_000 + str(number) for number in range(5)]
        assert client.gather(client.map(len, texts, pure=False)) == [len(text) for text in texts]
        assert len(client.scheduler_comm.recent_message_log) == 0
    finally:
        client.close()
    assert dask.config.get("distributed.admin.low-level-log-length") > 0  # the caller's settings are left alone


def test_an_unreachable_scheduler_is_exit_2_in_one_line(tmp_path: Path, factdiff: Callable[..., Invocation]) -> None:
    data = corpus(tmp_path / "data", 1)
    result = factdiff("extract", str(data), "--out", str(tmp_path / "out"), "--scheduler", "tcp://127.0.0.1:9")
    assert result.code == 2
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in result.stderr
    assert result.stderr.strip().count("\n") == 0
    assert not (tmp_path / "out" / "facts.csv").exists()


def test_web_pages_are_extracted_on_the_workers(tmp_path: Path, cluster: LocalCluster) -> None:
    """A crawl's pages travel raw and are extracted on the cluster: the client of a day of a
    news crawl does not run trafilatura over every page itself."""
    data = tmp_path / "data"
    for name, page in seed_pages().items():
        (data / "story" / name).parent.mkdir(parents=True, exist_ok=True)
        (data / "story" / name).write_text(page, encoding="utf-8")
    run_extract(RunOptions(data, tmp_path / "local", quiet=True, use_cache=False))
    options = RunOptions(data, tmp_path / "cluster", quiet=True, use_cache=False, scheduler=cluster.scheduler_address)
    result = run_extract(options)
    same_tables(tmp_path / "local", tmp_path / "cluster")
    assert result.documents == 3 and not result.failed
    with Client(cluster.scheduler_address, set_as_default=False) as client:
        prefixes = client.run_on_scheduler(lambda dask_scheduler: list(dask_scheduler.task_prefixes))
    assert "extract" in prefixes  # the tasks of `reading._extract` (dask drops the underscore)
