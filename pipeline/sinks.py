"""Where story results go: every output file is a sink with `add_story`, `finish` and `abort`.

The scheduler (local or distributed) only hands each StoryResult, in canonical story
order, to `Outputs.add_story`; what a file keeps in memory and when it is written is the
sink's business. The CSVs stream to temporary files and are renamed into place by
`finish`; `abort` (a crash, Ctrl-C) removes the temporaries and leaves earlier outputs
as they were. `Tally` keeps the counts and the most severe flags for the terminal.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple, Protocol

from pipeline.export import CsvStream, atomic_write
from pipeline.kinds import severity_rank
from pipeline.options import usable_cores
from pipeline.records import Document, DocumentFacts, FactDiff, StoryResult
from pipeline.report import ReportSink
from pipeline.schema import DOCUMENTS, FACT_DIFFS, FACTS, FLAGGED_STATUSES, SUMMARY, SUSPICIONS, columns
from pipeline.screen import per_1000_words
from pipeline.workbook import StreamingWorkbook

SHOWN_FLAGS = 20  # flagged lines the terminal shows; the report holds the rest
# Below this many characters of text in a run, starting a workbook writer costs more than it
# saves (about 65 news articles, as many as make NER in a helper process pay; or one long one).
WRITER_MIN_CHARS = 200_000


class Sink(Protocol):
    def add_story(self, result: StoryResult) -> None: ...
    def finish(self, documents: Iterable[dict[str, object]]) -> Path: ...
    def abort(self) -> None: ...


class WorkbookSink(Sink, Protocol):
    def finish_soon(self, documents: Iterable[dict[str, object]]) -> None: ...


class TextSink:
    """The extracted text of every web document, under OUT/texts/<doc_id>.txt, so that each
    offset of the outputs can be checked against the text it indexes."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir

    def add_story(self, result: StoryResult) -> None:
        for version in result.documents:
            if version.document.text_path:
                path = self.out_dir / version.document.text_path
                atomic_write(path, lambda stream, text=version.document.text: stream.write(text))  # type: ignore[misc]


class CsvSink:
    """The contract's CSV files."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        self.facts = CsvStream(out_dir / "facts.csv", columns(FACTS))
        self.diffs = CsvStream(out_dir / "fact_diffs.csv", columns(FACT_DIFFS))
        self.summary = CsvStream(out_dir / "summary.csv", columns(SUMMARY))
        self.suspicions = CsvStream(out_dir / "suspicions.csv", columns(SUSPICIONS))

    def add_story(self, result: StoryResult) -> None:
        for version in result.documents:
            self.facts.write(version.rows)
            self.suspicions.write(version.suspicion_rows)
        for pair in result.pairs:
            self.diffs.write(diff.row() for diff in pair.diffs)
            self.summary.write([pair.summary_row])

    def finish(self, documents: Iterable[dict[str, object]]) -> list[Path]:  # type: ignore[override]
        stream = CsvStream(self.out_dir / "documents.csv", columns(DOCUMENTS))
        stream.write(documents)
        streams = (self.facts, self.diffs, self.summary, self.suspicions)
        return [stream.commit()] + [s.commit() for s in streams]

    def abort(self) -> None:
        for stream in (self.facts, self.diffs, self.summary, self.suspicions):
            stream.abort()


@dataclass
class Flag:
    """One line of the terminal summary: a flagged row, or the facts of one dropped sentence."""

    severity: str
    pair: str
    diffs: list[FactDiff]


@dataclass
class Tally:
    """What the run result reports: counts per document and status, and the most severe flags."""

    statuses: Counter[str] = field(default_factory=Counter)
    per_document: dict[str, Found] = field(default_factory=dict)  # by doc_id
    pairs: int = 0
    flags: int = 0
    shown: list[tuple[int, int, Flag]] = field(default_factory=list)  # heap of (-rank, -arrival, flag)
    times: Counter[str] = field(default_factory=Counter)
    workers: set[str] = field(default_factory=set)

    def add_story(self, result: StoryResult) -> None:
        self.times.update(result.times)
        if result.worker:
            self.workers.add(result.worker)
        for version in result.documents:
            self.per_document[version.document.doc_id] = Found.of(version)
        for pair in result.pairs:
            self.pairs += 1
            name = f"{pair.reference.document.doc_id} -> {pair.compared.document.doc_id}"
            dropped: dict[str, list[FactDiff]] = {}
            for diff in pair.diffs:
                self.statuses[diff.status] += 1
                if diff.status not in FLAGGED_STATUSES:
                    continue
                if diff.change == "sentence dropped":
                    dropped.setdefault(diff.reference.sentence, []).append(diff)
                else:
                    self._keep(Flag(diff.severity, name, [diff]))
            for diffs in dropped.values():
                self._keep(Flag(diffs[0].severity, name, diffs))

    def _keep(self, flag: Flag) -> None:
        """Keep the SHOWN_FLAGS most severe flags, the first found among equals."""
        heapq.heappush(self.shown, (-severity_rank(flag.severity), -self.flags, flag))
        self.flags += 1
        if len(self.shown) > SHOWN_FLAGS:
            heapq.heappop(self.shown)

    def most_severe(self) -> list[Flag]:
        return [flag for _, _, flag in sorted(self.shown, key=lambda item: (-item[0], -item[1]))]

    @property
    def facts(self) -> int:
        return sum(found.facts for found in self.per_document.values())

    @property
    def suspicions(self) -> int:
        return sum(found.suspicions for found in self.per_document.values())

    @property
    def suspected_documents(self) -> int:
        return sum(found.suspicions > 0 for found in self.per_document.values())


class Found(NamedTuple):
    """What documents.csv says of a processed document, kept by the tally: the text itself may
    be gone from the client by the end of the run (`pipeline.spool`)."""

    sentences: int
    facts: int
    suspicions: int
    chars: int
    suspicions_per_1000_words: float

    @classmethod
    def of(cls, version: DocumentFacts) -> Found:
        text, found = version.document.text, len(version.suspicions)
        return cls(len(version.parsed.sentences), len(version.facts), found, len(text), per_1000_words(found, text))


@dataclass
class DocumentRows:
    """documents.csv: one row per input file, with what NER, normalisation and screening found
    in it; made again each time it is read, never held (a crawl has many documents)."""

    documents: list[Document]
    per_document: dict[str, Found]

    def __iter__(self) -> Iterator[dict[str, object]]:
        return (_document_row(document, self.per_document.get(document.doc_id)) for document in self.documents)


def _document_row(document: Document, found: Found | None) -> dict[str, object]:
    return {
        "doc_id": document.doc_id,
        "story": document.story,
        "version": document.version,
        "role": document.role,
        "path": document.path,
        "published": document.published.isoformat() if document.published else "",
        "chars": found.chars if found and document.ok else "",
        "sentences": found.sentences if found else "",
        "facts": found.facts if found and document.ok else "",
        "status": document.status,
        "error": document.error,
        "note": document.note,
        "url": document.url,
        "title": document.title,
        "published_source": document.published_source,
        "captured": document.captured,
        "text_path": document.text_path,
        "suspicions": found.suspicions if found and document.ok else "",
        "suspicions_per_1000_words": round(found.suspicions_per_1000_words, 2) if found and document.ok else "",
    }


def workbook_sink(path: Path, characters: int) -> WorkbookSink:
    """The workbook, written by a process of its own where there is another core and the run's
    texts (`characters`) give enough to write."""
    if characters >= WRITER_MIN_CHARS and usable_cores() > 1:
        from pipeline.beside import WorkbookBeside

        return WorkbookBeside(path)
    return StreamingWorkbook(path)


class Outputs:
    """Every output of a run, fed story by story; a context manager that aborts on error.
    `characters`: the length of the run's texts, which says whether the workbook is written beside."""

    def __init__(self, out_dir: Path, characters: int = 0) -> None:
        out_dir.mkdir(parents=True, exist_ok=True)
        self.csv = CsvSink(out_dir)
        self.workbook = workbook_sink(out_dir / "factdiff.xlsx", characters)
        self.report = ReportSink(out_dir / "report.html")
        self.files: list[Sink] = [self.workbook, self.report]
        self.tally = Tally()
        self.texts = TextSink(out_dir)

    def __enter__(self) -> Outputs:
        return self

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        if error is not None:
            self.csv.abort()
            for sink in self.files:
                sink.abort()

    def add_story(self, result: StoryResult) -> None:
        for sink in self.files:  # the workbook first: a writer beside starts on it while the rest is written
            sink.add_story(result)
        self.tally.add_story(result)
        self.texts.add_story(result)
        self.csv.add_story(result)

    def finish(self, documents: list[Document]) -> list[Path]:
        rows = DocumentRows(documents, self.tally.per_document)  # made row by row, for each sink
        self.workbook.finish_soon(rows)  # a writer beside finishes while the rest is written here
        csv, report = self.csv.finish(rows), self.report.finish(rows)
        return [*csv, self.workbook.finish(rows), report]
