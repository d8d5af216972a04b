"""The typed records passed between stages; they become table rows only at the edge (sinks).

Document (ingest) -> ParsedDocument of Mentions (ner) -> Facts (normalize) and Suspicions
(screen) -> FactDiffs (compare), gathered per story in a StoryResult. All are plain data: they pickle, so a
story can be processed in another process or on another machine.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property

from pipeline.schema import STATUSES


@dataclass
class Document:
    """One version of one story, with its text once read."""

    story: str
    version: str
    role: str
    path: str
    published: dt.date | None = None
    text: str = ""
    status: str = "ok"
    error: str = ""
    note: str = ""
    source: str = "text"  # "text" or "web" (a saved page or a WARC record)
    url: str = ""
    title: str = ""
    published_source: str = ""  # "manifest", "page", "option" or ""
    captured: str = ""  # a WARC record's date

    @property
    def text_path(self) -> str:
        """Where the extracted text of a web document is written, relative to the outputs folder."""
        return f"texts/{self.doc_id}.txt" if self.source == "web" and self.ok else ""

    @property
    def doc_id(self) -> str:
        return f"{self.story}/{self.version}"

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    def fail(self, reason: str) -> None:
        self.status, self.error, self.text = "error", reason, ""


@dataclass(frozen=True)
class Mention:
    """One named-entity mention: where it stands and what the model called it."""

    doc_id: str
    sentence: int
    start: int
    end: int
    label: str
    text: str


@dataclass
class ParsedDocument:
    """What NER found in one document: its sentence spans and its mentions."""

    doc_id: str
    sentences: list[tuple[int, int]] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)

    def sentence_text(self, text: str, index: int) -> str:
        start, end = self.sentences[index]
        return text[start:end]


@dataclass
class Fact:
    """A mention with its kind (decided once, here), canonical value and entity key.

    `surface` is the value of the words alone; `value` may be resolved further within the
    document (`General Hlaing` -> `Min Aung Hlaing`). A counterpart in another version is
    compared with `surface`, since it is words alone too."""

    mention: Mention
    kind: str
    value: str
    typed: bool
    surface: str = ""
    entity: str = ""
    tense: str = ""  # of the fact's sentence: a counterpart is read in it too (dates without a year)


@dataclass
class Suspicion:
    """A passage of one document that looks spun, found from that document (and the corpus) alone."""

    sentence: int
    start: int
    end: int
    text: str
    kind: str
    reason: str
    confirmed: bool = False  # a flagged difference against the reference sits on it


@dataclass(frozen=True)
class Side:
    """One side of a fact_diffs row: the words, their value and where they stand."""

    text: str = ""
    value: str = ""
    start: int | None = None
    end: int | None = None
    sentence: str = ""
    key: str = ""  # the value of the words alone, for comparisons (see Fact.surface)


NO_SIDE = Side()


@dataclass
class FactDiff:
    """One fact of either version of a pair, with its status against the other version."""

    story: str
    reference_doc: str
    compared_doc: str
    status: str
    label: str
    kind: str
    reference: Side
    compared: Side
    change: str = ""
    severity: str = ""
    suspicion: str = ""  # the kind of a suspicion this flagged difference confirms

    @property
    def position(self) -> int:
        """Where the row sorts within its pair: its place in the reference, else in the compared version."""
        side = self.reference if self.reference.start is not None else self.compared
        return side.start or 0

    def row(self) -> dict[str, object]:
        """The fact_diffs.csv row."""
        return {
            "story": self.story,
            "reference_doc": self.reference_doc,
            "compared_doc": self.compared_doc,
            "status": self.status,
            "label": self.label,
            "reference_text": self.reference.text,
            "reference_value": self.reference.value,
            "reference_start": self.reference.start,
            "reference_end": self.reference.end,
            "compared_text": self.compared.text,
            "compared_value": self.compared.value,
            "compared_start": self.compared.start,
            "compared_end": self.compared.end,
            "change": self.change,
            "severity": self.severity,
            "reference_sentence": self.reference.sentence,
            "compared_sentence": self.compared.sentence,
            "suspicion": self.suspicion,
        }


@dataclass
class DocumentFacts:
    """One document of a story after NER and normalisation."""

    document: Document
    parsed: ParsedDocument
    facts: list[Fact]
    suspicions: list[Suspicion] = field(default_factory=list)

    @cached_property
    def rows(self) -> list[dict[str, object]]:
        """The facts.csv rows of this document (built once, whichever sinks read them)."""
        document, parsed = self.document, self.parsed
        return [
            {
                "fact_id": f"{document.doc_id}#{number}",
                "doc_id": document.doc_id,
                "story": document.story,
                "version": document.version,
                "sentence": fact.mention.sentence,
                "start": fact.mention.start,
                "end": fact.mention.end,
                "label": fact.mention.label,
                "text": fact.mention.text,
                "value": fact.value,
                "entity": fact.entity,
                "context": parsed.sentence_text(document.text, fact.mention.sentence),
            }
            for number, fact in enumerate(self.facts, 1)
        ]

    @cached_property
    def suspicion_rows(self) -> list[dict[str, object]]:
        """The suspicions.csv rows of this document."""
        document = self.document
        return [
            {
                "doc_id": document.doc_id,
                "story": document.story,
                "version": document.version,
                "sentence": s.sentence,
                "start": s.start,
                "end": s.end,
                "text": s.text,
                "kind": s.kind,
                "reason": s.reason,
                "confirmed": "yes" if s.confirmed else "",
            }
            for s in self.suspicions
        ]


@dataclass
class PairResult:
    """One (reference, compared) pair of a story: its rows and the sentence alignment for the report."""

    reference: DocumentFacts
    compared: DocumentFacts
    diffs: list[FactDiff]
    aligned_sentences: list[tuple[list[int], list[int]]]

    @cached_property
    def summary_row(self) -> dict[str, object]:
        counts = {status: 0 for status in STATUSES}
        for diff in self.diffs:
            counts[diff.status] += 1
        return {
            "story": self.reference.document.story,
            "reference_doc": self.reference.document.doc_id,
            "compared_doc": self.compared.document.doc_id,
            "reference_facts": len(self.reference.facts),
            "compared_facts": len(self.compared.facts),
            **counts,
            "reference_suspicions": len(self.reference.suspicions),
            "compared_suspicions": len(self.compared.suspicions),
        }


@dataclass
class StoryResult:
    """Everything one story yields: each readable document's facts and each pair's differences."""

    story: str
    documents: list[DocumentFacts]
    pairs: list[PairResult]
    times: dict[str, float] = field(default_factory=dict)  # seconds spent in each stage
    worker: str = ""  # the Dask worker that processed the story, on a cluster
    parsed_here: list[str] = field(default_factory=list)  # doc_ids whose NER ran with the story
    failed: str = ""  # why the story could not be compared (a fault of factdiff's): its documents' error


@dataclass
class NerCounts:
    """How each document's NER was obtained: a public record of what the cache saved."""

    parsed: int = 0  # run through spaCy
    cached: int = 0  # read from the cache
    seconds: dict[str, float] = field(default_factory=lambda: {"cache": 0.0})
