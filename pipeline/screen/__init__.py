"""Screening: passages of one document that look spun, found with no original at hand.

Each signal is a small detector registered under its kind with `@detector`. A detector
reads a `Page` (one document's text, its sentences and mentions, and what the run knows of
names across the corpus) and returns `Finding`s, each with a one-sentence reason. `screen`
runs them all and gives the document's Suspicions, one per passage, in text order.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from pipeline.records import ParsedDocument, Suspicion
from pipeline.screen.book import NameBook
from pipeline.screen.words import Chain, Token, chains, tokens

if TYPE_CHECKING:
    from pipeline.screen.phrases import PhraseBook


@dataclass(frozen=True)
class Finding:
    start: int
    end: int
    reason: str


@dataclass
class Page:
    """What a detector reads of one document."""

    text: str
    parsed: ParsedDocument = field(default_factory=lambda: ParsedDocument(""))  # NER's sentences and mentions
    names: NameBook | None = None
    phrases: PhraseBook | None = None
    published: dt.date | None = None  # the article's date, where known

    @cached_property
    def tokens(self) -> list[Token]:
        return tokens(self.text)

    @cached_property
    def chains(self) -> list[Chain]:
        return chains(self.text, self.tokens)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        if self.parsed.sentences:
            return [start for start, _ in self.parsed.sentences]
        return [t.start for t in self.tokens if t.starts_sentence] or [0]  # no parse: punctuation decides

    def sentence_of(self, offset: int) -> int:
        """The index of the sentence holding an offset."""
        return max(0, bisect_right(self._sentence_starts, offset) - 1)


@dataclass
class Screening:
    """What every document is screened with: the run's names and the tortured phrases. The
    names may be left to count (`uncounted`: the run's texts) until `count_names`, so that
    worker processes can start on NER while they are counted."""

    names: NameBook = field(default_factory=NameBook)
    phrases: PhraseBook | None = None
    uncounted: Iterable[str] | None = field(default=None, repr=False)

    def count_names(self) -> Screening:
        """The run's names counted now, if they were left to count."""
        if self.uncounted is not None:
            self.names, self.uncounted = NameBook.of_texts(self.uncounted), None
        return self

    def prepare(self) -> Screening:
        """Load the word lists and index the names now (before worker processes fork, so that
        each inherits them instead of loading its own)."""
        self.screen("Prepare the General Minutes Aung Hlaing on 9 Might in Could 2008.")
        self.names.alternatives(("Unified", "States"), 0)
        synonyms.synonymous("Lines", "Jobs")  # WordNet's index files, read once
        return self

    def screen(
        self, text: str, parsed: ParsedDocument | None = None, published: dt.date | None = None
    ) -> list[Suspicion]:
        """The suspicions of one text, with NER's sentences and mentions where it was parsed."""
        self.count_names()
        return screen(Page(text, parsed or ParsedDocument(""), self.names, self.phrases, published))


def per_1000_words(found: int, text: str) -> float:
    """Suspicions per 1,000 words of a text: how documents of unlike length compare."""
    return 1000 * found / max(1, len(text.split()))


Detector = Callable[[Page], Iterable[Finding]]
DETECTORS: dict[str, Detector] = {}


def detector(kind: str) -> Callable[[Detector], Detector]:
    """Register the detector of one kind of suspicion (the `kind` column of suspicions.csv)."""

    def register(function: Detector) -> Detector:
        if kind in DETECTORS:
            raise ValueError(f"detector {kind!r} registered twice")
        DETECTORS[kind] = function
        return function

    return register


def screen(page: Page) -> list[Suspicion]:
    """Every detector's findings on one document, one per passage, in text order."""
    found: list[Suspicion] = []
    for kind, find in DETECTORS.items():
        for finding in find(page):
            if not any(s.start < finding.end and finding.start < s.end for s in found):
                # the first detector to explain a passage explains it
                text = page.text[finding.start : finding.end]
                start, end = finding.start, finding.end
                found.append(Suspicion(page.sentence_of(start), start, end, text, kind, finding.reason))
    return sorted(found, key=lambda s: (s.start, s.end))


# Registered in this order: the first to explain a passage gives its reason.
from pipeline.screen import acronyms, dates, names, people, phrases, synonyms  # noqa: E402,F401
from pipeline.screen.phrases import PhraseBook  # noqa: E402

__all__ = [
    "DETECTORS",
    "Finding",
    "NameBook",
    "Page",
    "PhraseBook",
    "Screening",
    "detector",
    "per_1000_words",
    "screen",
]
