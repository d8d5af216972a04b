"""A name and its initials: `ICC` = `International Criminal Court`, `S&P` = `Standard & Poor's`,
`BoE` = `Bank of England`, `GM` = `General Motors Corp.` (its legal form left out or not)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.normalize.number_words import NUMBER_WORD
from pipeline.normalize.text import digits_for_words, fold, without_designator

ACRONYM_SKIP = {"of", "the", "and", "for", "de", "du", "la", "&", "in", "on"}


def acronym_of(name: str) -> str:
    """The initials of a multi-word name: International Criminal Court -> ICC; a number counts
    whole: Group of Seven -> G7, Group of Twenty -> G20."""
    words = [w for w in re.split(r"[\s-]+", name) if w and fold(w) not in ACRONYM_SKIP]
    return "".join(_initial(w) for w in words).upper() if len(words) > 1 else ""


def _initial(word: str) -> str:
    """A word's first letter; a number's digits (`Seven` -> `7`, `77`; `First`, `One` and
    `Hundred` are letters: `FNB`, `OLPC`)."""
    lower = word.lower()
    if NUMBER_WORD.fullmatch(lower) and lower not in ("one", "hundred"):
        return digits_for_words(lower)
    return word if word.isdigit() else word[0]


def acronyms_of(name: str) -> set[str]:
    """The initials of a name with and without its legal form: `General Motors Corp.` is
    `GM` and `GMC`, `International Business Machines Corp.` is `IBM`."""
    short = " ".join(without_designator([w for w in name.split() if w != "&"]))
    return {initials for initials in (acronym_of(name), acronym_of(short)) if initials}


def resolve_acronyms(values: Iterable[str]) -> dict[str, str]:
    """Map each all-capitals value to the one multi-word name in the same document
    whose initials it spells; ambiguous acronyms stay as written."""
    values = list(dict.fromkeys(values))
    by_initials: dict[str, set[str]] = {}
    for value in values:
        for initials in acronyms_of(value):
            by_initials.setdefault(initials, set()).add(value)
    resolved = {}
    for value in values:
        key = value.replace(".", "")
        candidates = by_initials.get(key, set()) if key.isupper() and 2 <= len(key) <= 8 else set()
        if len(candidates) == 1:
            resolved[value] = next(iter(candidates))
    return resolved


def initials_of(short: str, name: str) -> bool:
    """`CEO` for `Chief Executive Officer`, `U.N.` for `United Nations`, `S&P` for `Standard &
    Poor's`, and with the small letters of `of` (`BoE`, `BofA`, `DoJ`): the same name."""
    letters = short.replace(".", "").replace("&", "")
    if _SMALL_OF.fullmatch(letters):
        letters = "".join(letter for letter in letters if letter.isupper())
    return letters.isalnum() and letters.isupper() and 2 <= len(letters) <= 8 and letters in acronyms_of(name)


_SMALL_OF = re.compile(r"[A-Z]+(?:of?[A-Z]+)+")  # `BoE`, `BofA`: the `of` of `Bank of England`
