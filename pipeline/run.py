"""One `factdiff extract` run, wired: ingest -> stories -> (NER, normalize, align, compare)
per story -> output sinks. Nothing here prints; progress and errors go to callbacks."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline import cache, ingest
from pipeline.options import RunOptions, UsageError, phrase_files
from pipeline.records import Document, NerCounts, StoryResult
from pipeline.spool import TextSpool

if TYPE_CHECKING:
    from pipeline.cluster import Cluster
    from pipeline.screen import Screening
    from pipeline.sinks import Flag

Progress = Callable[[str, int, "int | None"], None]  # (task, completed, total)

ErrorReport = Callable[[Path, str], None]  # (file, reason)

STAGES = ("normalize", "screen", "align", "compare")  # per-story stages, timed in each StoryResult


@dataclass
class RunResult:
    """What a run did, in numbers; the tables themselves are in the files `written`."""

    documents: int
    errors: int
    stories: int
    written: list[Path]
    up_to_date: bool = False
    skipped_records: int = 0  # WARC records that are not HTML pages
    workers: list[str] = field(default_factory=list)  # the Dask workers that took part, on a cluster
    facts: int = 0
    pairs: int = 0
    statuses: Counter[str] = field(default_factory=Counter)
    flags: int = 0
    most_severe: list[Flag] = field(default_factory=list)
    suspicions: int = 0  # passages that look spun (suspicions.csv)
    suspected_documents: int = 0
    ner: NerCounts = field(default_factory=NerCounts)
    times: dict[str, float] = field(default_factory=dict)

    @property
    def failed(self) -> bool:
        return self.errors > 0


def _ignore(*_: object) -> None:
    """The default callback: a library caller wants no progress."""


def run_extract(
    options: RunOptions, on_progress: Progress | None = None, on_error: ErrorReport | None = None
) -> RunResult:
    """Run every stage over a data folder and write the outputs; a RunResult says what happened."""
    progress, report_error = on_progress or _ignore, on_error or _ignore
    started = time.perf_counter()
    files = 0

    def count_file() -> None:
        nonlocal files
        files += 1
        progress("read", files, None)

    passed_over: Counter[str] = Counter()
    # On a cluster the client holds no text (each is set aside on disk as it is read) and web
    # pages are extracted on the workers.
    with TextSpool(on_disk=options.scheduler is not None) as spool, _cluster(options) as cluster:
        page_map = cluster.map_pages if cluster is not None else None
        documents = ingest.load(
            options.data_dir,
            options.reference_date,
            options.max_chars,
            count_file,
            passed_over,
            options.workers,
            spool,
            page_map,
        )
        times = {"ingest": time.perf_counter() - started}
        for document in documents:
            if not document.ok:
                report_error(options.data_dir / document.path, document.error)
        errors = sum(not d.ok for d in documents)
        stories = len({d.story for d in documents})
        fingerprint = cache.run_fingerprint(documents, _settings(options), spool.text)  # no --phrases file: UsageError
        if options.use_cache and (written := cache.up_to_date(options.out_dir, fingerprint)) is not None:
            return RunResult(len(documents), errors, stories, written, up_to_date=True, times=times)
        result = RunResult(len(documents), errors, stories, [], skipped_records=passed_over["skipped records"])
        result.written = _process(documents, options, (progress, report_error), result, spool, cluster)
    if options.use_cache:
        cache.remember_run(options.out_dir, fingerprint, result.written)
    result.times = times | result.times
    return result


def _settings(options: RunOptions) -> list[str]:
    """The options that change results, for the run fingerprint."""
    phrases = [f"{p}:{p.stat().st_size}:{p.stat().st_mtime_ns}" for p in _phrase_files(options)]
    return [cache.model_key(options.model), str(options.reference_date), str(options.max_chars), *phrases]


def _phrase_files(options: RunOptions) -> list[Path]:
    try:
        return phrase_files(options.phrases)
    except ValueError as error:
        raise UsageError(f"--phrases {error}") from None


def _screening(documents: list[Document], options: RunOptions, spool: TextSpool) -> Screening:
    """The tortured phrases, and the run's names left to count from every readable text (the
    way stories are processed decides when: `Screening.count_names`)."""
    from pipeline.screen import PhraseBook, Screening

    try:
        phrases = PhraseBook.read(_phrase_files(options))
    except ValueError as error:
        raise UsageError(f"--phrases {error}") from None
    return Screening(phrases=phrases, uncounted=(spool.text(d) for d in documents if d.ok))


@contextmanager
def _cluster(options: RunOptions) -> Iterator[Cluster | None]:
    """The run's Dask cluster with --scheduler (connected on first use, closed at the end)."""
    if not options.scheduler:
        yield None
        return
    from pipeline.cluster import Cluster  # dask loads only for a cluster

    cluster = Cluster(options)
    try:
        yield cluster
    finally:
        cluster.close()


def _process(
    documents: list[Document],
    options: RunOptions,
    callbacks: tuple[Progress, ErrorReport],
    result: RunResult,
    spool: TextSpool,
    cluster: Cluster | None,
) -> list[Path]:
    """Every story through NER and comparison into the outputs; fills in the result's counts."""
    progress, report_error = callbacks
    started = time.perf_counter()
    export = 0.0
    # Imported here: an up-to-date re-run needs none of them (spaCy, pandas, the writers).
    from pipeline.local import process_locally
    from pipeline.sinks import Outputs
    from pipeline.story import group_stories

    process: Callable[..., Iterator[StoryResult]] = process_locally
    if cluster is not None:
        from pipeline.cluster import process_on_cluster

        process = partial(process_on_cluster, spool=spool, cluster=cluster)
    screening = _screening(documents, options, spool)
    # no writer forked beside a Dask client's threads: a lock one of them holds would never be let go there
    to_write = sum(len(d.text) for d in documents) if cluster is None else 0
    with Outputs(options.out_dir, to_write) as outputs:
        for story in process(group_stories(documents), options, result.ner, progress, screening):
            if story.failed:  # its documents become error rows; the other stories go on
                for document in (d for d in documents if d.story == story.story and d.ok):
                    document.fail(story.failed)
                    report_error(options.data_dir / document.path, story.failed)
                    result.errors += 1
            begun = time.perf_counter()
            outputs.add_story(story)
            export += time.perf_counter() - begun
        stream, streamed_export = time.perf_counter() - started, export
        begun = time.perf_counter()
        written = outputs.finish(documents)
        export += time.perf_counter() - begun
    tally = outputs.tally
    result.facts, result.pairs, result.statuses = tally.facts, tally.pairs, tally.statuses
    result.flags, result.most_severe, result.workers = tally.flags, tally.most_severe(), sorted(tally.workers)
    result.suspicions, result.suspected_documents = tally.suspicions, tally.suspected_documents
    result.times = {stage: tally.times.get(stage, 0.0) for stage in STAGES}
    result.times |= {"cache": result.ner.seconds["cache"], "export": export}
    if result.ner.parsed:  # NER's own time is what the stream cost beyond the work done here
        overlapped = sum(result.times[s] for s in (*STAGES, "cache")) + streamed_export
        result.times["ner"] = max(0.0, stream - overlapped)
    return written
