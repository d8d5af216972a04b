"""One `factdiff extract` run: ingest -> ner -> normalize -> align/compare -> export.

Each stage is a function of the previous stage's table; this module only wires them,
reports progress and collects the tables to write.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from pipeline import __version__, compare, export, ingest, ner, normalize, report, workbook
from pipeline.cache import NER_FORMAT, NerCache
from pipeline.schema import DOCUMENTS, FACT_DIFFS, FACTS, FLAGGED_STATUSES, SEVERITY_ORDER, STATUSES, SUMMARY, columns


@dataclass(frozen=True)
class RunOptions:
    data_dir: Path
    out_dir: Path
    reference_date: dt.date | None = None
    workers: int = 1
    model: str = ner.DEFAULT_MODEL
    max_chars: int = ingest.DEFAULT_MAX_CHARS
    quiet: bool = False
    use_cache: bool = True
    cache_dir: Path | None = None


@dataclass
class RunResult:
    documents: pd.DataFrame
    facts: pd.DataFrame
    diffs: pd.DataFrame
    summary: pd.DataFrame
    written: list[Path] = field(default_factory=list)
    times: dict[str, float] = field(default_factory=dict)

    @property
    def failed(self) -> bool:
        return bool((self.documents["status"] == "error").any())


@contextmanager
def _progress(console: Console, quiet: bool) -> Iterator[Progress]:
    progress = Progress(
        TextColumn("{task.description:<10}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        disable=quiet,
        transient=True,
    )
    with progress:
        yield progress


def documents_table(
    documents: list[ingest.Document], parsed: dict[str, ner.ParsedDocument], fact_counts: dict[str, int]
) -> pd.DataFrame:
    rows = []
    for document in documents:
        found = parsed.get(document.doc_id)
        rows.append(
            {
                "doc_id": document.doc_id,
                "story": document.story,
                "version": document.version,
                "role": document.role,
                "path": document.path,
                "published": document.published.isoformat() if document.published else "",
                "chars": len(document.text) if document.ok else "",
                "sentences": len(found.sentences) if found else "",
                "facts": fact_counts.get(document.doc_id, 0) if document.ok else "",
                "status": document.status,
                "error": document.error,
                "note": document.note,
            }
        )
    return pd.DataFrame(rows, columns=columns(DOCUMENTS))


class StageTimes(dict[str, float]):
    """Seconds spent in each stage, accumulated over the run."""

    @contextmanager
    def measure(self, stage: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self[stage] = self.get(stage, 0.0) + time.perf_counter() - started


def run_extract(options: RunOptions, console: Console, errors: Console) -> RunResult:
    """Run every stage over a data folder and write the output tables."""
    times = StageTimes()
    with _progress(console, options.quiet) as progress:
        with times.measure("ingest"):
            task = progress.add_task("read", total=None)
            documents = ingest.load(
                options.data_dir, options.reference_date, options.max_chars, on_file=lambda: progress.advance(task)
            )
        for document in documents:
            if not document.ok:
                where = escape(str(options.data_dir / document.path))
                errors.print(f"[red]error[/red]: {where}: {escape(document.error)}", soft_wrap=True, highlight=False)
        readable = [d for d in documents if d.ok]
        fingerprint = run_fingerprint(documents, options)
        if options.use_cache and (previous := _up_to_date(options.out_dir, fingerprint)) is not None:
            previous.times = dict(times)
            print_summary(previous, console, up_to_date=True)
            return previous
        pairs = compare.story_pairs(readable)
        book = workbook.StreamingWorkbook(options.out_dir / "factdiff.xlsx")
        try:
            stream = _process_stream(readable, pairs, options, progress, times, book)
        except BaseException:
            book.abort()
            raise
    parsed, facts_by_doc, diff_rows, views, rows_by_doc = stream
    with times.measure("export"):
        fact_rows = [row for d in readable for row in rows_by_doc[d.doc_id]]
        all_diff_rows = [row for rows in diff_rows for row in rows]
        result = RunResult(
            documents=documents_table(documents, parsed, {k: len(v) for k, v in facts_by_doc.items()}),
            facts=normalize.facts_table(fact_rows),
            diffs=pd.DataFrame(all_diff_rows, columns=columns(FACT_DIFFS)),
            summary=compare.summary_table(pairs, facts_by_doc, all_diff_rows),
        )
        result.written = write_outputs(result, options.out_dir, views, book)
        if options.use_cache:
            _remember_run(options.out_dir, fingerprint, result.written)
    result.times = dict(times)
    print_summary(result, console)
    return result


def _process_stream(
    readable: list[ingest.Document],
    pairs: list[tuple[ingest.Document, ingest.Document]],
    options: RunOptions,
    progress: Progress,
    times: StageTimes,
    book: workbook.StreamingWorkbook,
) -> tuple[
    dict[str, ner.ParsedDocument],
    dict[str, list[normalize.Fact]],
    list[list[dict[str, object]]],
    list[report.PairView],
    dict[str, list[dict[str, object]]],
]:
    """Normalise each document as its NER arrives and compare each pair as soon as both
    versions are in, so that this work overlaps NER in the worker processes."""
    ner_task = progress.add_task("NER", total=len(readable))
    compare_task = progress.add_task("compare", total=len(pairs))
    by_id = {d.doc_id: d for d in readable}
    pairs_of: dict[str, list[int]] = defaultdict(list)
    for index, (reference, compared) in enumerate(pairs):
        pairs_of[reference.doc_id].append(index)
        pairs_of[compared.doc_id].append(index)
    parsed: dict[str, ner.ParsedDocument] = {}
    facts_by_doc: dict[str, list[normalize.Fact]] = {}
    diff_rows: list[list[dict[str, object]]] = [[] for _ in pairs]
    views: list[report.PairView | None] = [None] * len(pairs)
    rows_by_doc: dict[str, list[dict[str, object]]] = {}
    started = time.perf_counter()
    for result in _parsed_documents(readable, options, times):
        progress.advance(ner_task)
        parsed[result.doc_id] = result
        with times.measure("normalize"):
            facts_by_doc[result.doc_id] = normalize.normalize_mentions(result.mentions, by_id[result.doc_id].published)
        with times.measure("export"):  # facts are final now: into the workbook while NER goes on
            rows_by_doc[result.doc_id] = normalize.fact_rows(by_id[result.doc_id], result, facts_by_doc[result.doc_id])
            book.add_facts(rows_by_doc[result.doc_id])
        for index in pairs_of[result.doc_id]:
            reference, compared = pairs[index]
            if reference.doc_id in parsed and compared.doc_id in parsed:
                ref = compare.Version(reference, parsed[reference.doc_id], facts_by_doc[reference.doc_id])
                cmp = compare.Version(compared, parsed[compared.doc_id], facts_by_doc[compared.doc_id])
                with times.measure("align"):
                    alignment = compare.align_pair(ref, cmp)
                with times.measure("compare"):
                    diff_rows[index] = compare.compare_pair(ref, cmp, alignment)
                views[index] = report.PairView(
                    reference, compared, ref.parsed.sentences, cmp.parsed.sentences, alignment.display_rows()
                )
                progress.advance(compare_task)
    if "ner" in times:  # NER's own time is what the stream cost beyond the work done here
        overlapped = sum(times.get(stage, 0.0) for stage in ("normalize", "align", "compare", "cache", "export"))
        times["ner"] = max(0.0, time.perf_counter() - started - overlapped)
    return parsed, facts_by_doc, diff_rows, [view for view in views if view is not None], rows_by_doc


def _parsed_documents(
    readable: list[ingest.Document], options: RunOptions, times: StageTimes
) -> Iterator[ner.ParsedDocument]:
    """Every readable document's NER: from the cache where it holds the text, else from spaCy."""
    cache = (
        NerCache(options.cache_dir or options.out_dir / ".cache", ner.model_key(options.model))
        if options.use_cache
        else None
    )
    todo = []
    for document in readable:
        with times.measure("cache"):
            hit = cache.get(document.doc_id, document.text) if cache is not None else None
        if hit is None:
            todo.append(document)
        else:
            yield hit
    if not todo:
        return
    ner.check_model(options.model)
    times["ner"] = 0.0
    texts = {d.doc_id: d.text for d in todo}
    for result in ner.extract(todo, options.model, options.workers, options.max_chars):
        if cache is not None:
            with times.measure("cache"):
                cache.put(result, texts[result.doc_id])
        yield result


RUN_RECORD = ".cache/run.json"


def run_fingerprint(documents: list[ingest.Document], options: RunOptions) -> str:
    """What the outputs depend on: every document's text and metadata, the options that change
    results, and the versions of factdiff, its NER format and the model."""
    digest = hashlib.sha256()
    settings = [
        __version__,
        NER_FORMAT,
        ner.model_key(options.model),
        str(options.reference_date),
        str(options.max_chars),
    ]
    for part in settings:
        digest.update(part.encode() + b"\x00")
    for document in sorted(documents, key=lambda d: d.doc_id):
        fields = [
            document.doc_id,
            document.role,
            document.path,
            str(document.published),
            document.status,
            document.error,
            document.note,
            hashlib.sha256(document.text.encode()).hexdigest(),
        ]
        digest.update("\x00".join(fields).encode() + b"\x01")
    return digest.hexdigest()


def _file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _remember_run(out_dir: Path, fingerprint: str, written: list[Path]) -> None:
    record = {"fingerprint": fingerprint, "outputs": {p.name: _file_hash(p) for p in written}}
    export.atomic_write(out_dir / RUN_RECORD, lambda stream: json.dump(record, stream, indent=1))


def _up_to_date(out_dir: Path, fingerprint: str) -> RunResult | None:
    """The previous run's tables when its inputs are the same and its outputs are untouched."""
    try:
        record = json.loads((out_dir / RUN_RECORD).read_text(encoding="utf-8"))
        if record["fingerprint"] != fingerprint:
            return None
        written = [out_dir / name for name in record["outputs"]]
        if any(_file_hash(path) != record["outputs"][path.name] for path in written):
            return None
        tables = {
            name: pd.read_csv(out_dir / name, encoding="utf-8-sig", dtype=str, keep_default_na=False)
            for name in ("documents.csv", "facts.csv", "fact_diffs.csv", "summary.csv")
        }
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return RunResult(
        tables["documents.csv"], tables["facts.csv"], tables["fact_diffs.csv"], tables["summary.csv"], written=written
    )


def write_outputs(
    result: RunResult, out_dir: Path, views: list[report.PairView], book: workbook.StreamingWorkbook
) -> list[Path]:
    """The contract's CSVs, then the workbook (its facts already written) and the HTML page."""
    return [
        export.write_csv(result.documents, out_dir / "documents.csv", columns(DOCUMENTS)),
        export.write_csv(result.facts, out_dir / "facts.csv", columns(FACTS)),
        export.write_csv(result.diffs, out_dir / "fact_diffs.csv", columns(FACT_DIFFS)),
        export.write_csv(result.summary, out_dir / "summary.csv", columns(SUMMARY)),
        book.finish(result.documents, result.diffs, result.summary),
        report.write_report(out_dir / "report.html", views, result.diffs, result.summary),
    ]


SEVERITY_STYLE = {"high": "bold red", "medium": "yellow", "low": "cyan"}


def flagged_lines(diffs: pd.DataFrame) -> dict[str, list[tuple[str, str]]]:
    """Per pair, (severity, line) for each flagged difference, most severe first; the facts
    of one dropped sentence are one line."""
    lines: dict[str, list[tuple[str, str]]] = defaultdict(list)
    flagged = diffs[diffs["status"].isin(FLAGGED_STATUSES)]
    for (reference_doc, compared_doc), rows in flagged.groupby(["reference_doc", "compared_doc"], sort=False):
        pair = f"{reference_doc} -> {compared_doc}"
        dropped = rows[rows["change"] == "sentence dropped"]
        for sentence, facts in dropped.groupby("reference_sentence", sort=False):
            names = ", ".join(dict.fromkeys(facts["reference_text"]))
            lines[pair].append(
                ("medium", f"missing  sentence dropped ({len(facts)} facts: {names}): {sentence[:60]}...")
            )
        for _, row in rows[rows["change"] != "sentence dropped"].iterrows():
            before = row["reference_text"] or "-"
            after = row["compared_text"] or "-"
            lines[pair].append(
                (str(row["severity"]), f"{row['status']:<8} {row['label']:<9} {before} -> {after}  [{row['change']}]")
            )
        lines[pair].sort(key=lambda item: SEVERITY_ORDER.get(item[0], 3))
    return lines


def print_summary(result: RunResult, console: Console, up_to_date: bool = False) -> None:
    """A one-screen closing summary: counts, the flagged differences, the files written."""
    documents = result.documents
    errors = int((documents["status"] == "error").sum())
    counts = result.diffs["status"].value_counts()
    table = Table(title="factdiff summary", title_justify="left", show_header=False)
    table.add_column("what")
    table.add_column("count", justify="right")
    rows = {
        "stories": documents["story"].nunique(),
        "documents": len(documents),
        "documents with errors": errors,
        "facts": len(result.facts),
        "pairs compared": len(result.summary),
    }
    rows |= {f"facts {status}": counts.get(status, 0) for status in STATUSES}
    for name, count in rows.items():
        style = "red" if name == "documents with errors" and errors else None
        table.add_row(name, str(count), style=style)
    console.print(table)
    for pair, lines in flagged_lines(result.diffs).items():
        console.print(f"\n[bold]flagged[/bold] {pair}")
        for severity, line in lines:
            style = SEVERITY_STYLE.get(severity, "")
            label = f"[{style}]{severity:<6}[/{style}]" if style else f"{severity:<6}"
            console.print(f"  {label} {escape(line)}", soft_wrap=True, highlight=False)
    console.print()
    for path in result.written:
        console.print(f"{'up to date (inputs unchanged)' if up_to_date else 'wrote'} {path}")
