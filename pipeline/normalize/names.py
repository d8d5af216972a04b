"""People, organisations, places and events to canonical names.

A name's value keeps the words as written (so `Minutes Aung Hlaing` never equals
`Min Aung Hlaing`: no fuzzy matching decides equality) minus what is not part of the
name: titles and honorifics, a leading "the", possessives, quote style and spacing.
Aliases and in-document acronyms (ICC <-> International Criminal Court) and partial
mentions of a person (`General Hlaing` -> `Min Aung Hlaing`) are resolved per document
by `resolve_people` and `resolve_acronyms`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from nameparser.config import CONSTANTS

from pipeline.normalize.aliases import ALIASES
from pipeline.normalize.date_words import MONTH_PATTERN, MONTHS
from pipeline.normalize.text import (
    digits_for_words,
    fold,
    name_key,
    strip_article,
    strip_possessive,
    tidy,
)

# nameparser's title list, plus honorifics it lacks (Burmese U and Daw) and abbreviations.
EXTRA_TITLES = {
    "u",
    "daw",
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "gen",
    "lt",
    "col",
    "maj",
    "capt",
    "sgt",
    "det",  # police ranks as British copy writes them: `Det Insp`, `Det Supt`, `Det Con`
    "insp",
    "inspector",
    "supt",
    "superintendent",
    "constable",
    "sen",
    "rep",
    "gov",
    "st",
    "rev",
    "hon",
    "military",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "leader",
    "chief",
    "head",
    "boss",
    "ceo",
    "founder",
}
# Words nameparser lists as titles that are far more often given names in news text.
NOT_TITLES = {"dean", "bishop", "king", "marshal", "mark", "judge"}
TITLES = ({t.lower() for t in CONSTANTS.titles} | EXTRA_TITLES) - NOT_TITLES
# Titles that mark a mention as a person whatever the NER label ("General Hlaing" tagged ORG):
# a short, unambiguous list, since nameparser's also holds words like "National".
PERSON_MARKERS = {
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "general",
    "gen",
    "president",
    "senator",
    "sen",
    "governor",
    "gov",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "sir",
    "dame",
    "lord",
    "lady",
    "colonel",
    "col",
    "captain",
    "capt",
    "lieutenant",
    "lt",
    "major",
    "admiral",
    "sergeant",
    "sgt",
    "rev",
    "reverend",
    "sheikh",
    "u",
    "daw",
    "professor",
    "prof",
    "chancellor",
    "minister",
    "ambassador",
    "mayor",
    "senior",
    "premier",
    "judge",
}
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}


def _words(text: str) -> list[str]:
    return strip_possessive(strip_article(tidy(text))).split()


def strip_titles(text: str) -> str:
    """`Senior General Min Aung Hlaing's` -> `Min Aung Hlaing`; a lone title stays as it is."""
    words = _words(text)
    while len(words) > 1 and fold(words[0]).rstrip(".") in TITLES:
        words.pop(0)
    return " ".join(words)


def starts_with_title(text: str) -> bool:
    words = _words(text)
    return (
        len(words) > 1
        and fold(words[0]).rstrip(".") in PERSON_MARKERS
        and words[1][:1].isupper()
        and not _opens_a_thing(words)
    )


# Titles that are English adjectives too: before a dictionary word they open the name of a thing
ADJECTIVE_TITLES = {"general", "major", "premier"}


def _opens_a_thing(words: list[str]) -> bool:
    """`General Motors`, `General Electric Co.`, `Major League Baseball`, `Premier League`: a title that is an
    adjective too, before a dictionary word (no given name, no place), names a thing, not a
    person (`General Petraeus`, `General Lee`, `Major Tom` stay people)."""
    from pipeline.screen.words import is_common_word  # the word lists load on first use

    return fold(words[0]) in ADJECTIVE_TITLES and is_common_word(words[1])


def normalize_person(text: str) -> str | None:
    """PERSON: the name without titles or possessive; partial names resolve per document."""
    name = strip_titles(text)
    return name or None


def normalize_name(text: str) -> str | None:
    """ORG, GPE, LOC, NORP, FAC, ...: the name as written less `the` and possessive,
    or the canonical spelling from the alias table (US = U.S. = United States)."""
    name = " ".join(_words(text))
    if not name or all(fold(word) in _FUNCTION_WORDS for word in name.split()):
        return None  # `The`, `In`: a sentence's first word, capitalised, names nothing
    return ALIASES.get(alias_key(name), name)


_FUNCTION_WORDS = {"the", "a", "an", "in", "on", "at", "of", "for", "to", "by", "with", "from", "and", "or", "but"}


_DOTTED = re.compile(r"(?:[a-z]\.)+[a-z]?\.?")


_COUNTRY_SHORT = {"us", "usa", "uk", "un", "eu"}
_OF_NAME = re.compile(r"(?P<head>[A-Z][a-z]+) of (?:the )?(?P<rest>[A-Z].*)")
# British spellings in a name and the American ones a copy edited in the US (or translated
# back into English) writes: `World Health Organisation`, `Lincoln Center`, `Pearl Harbour`.
_OUR_WORDS = "labo|harbo|hono|colo|favo|neighbo|behavio|vapo|rumo|armo|humo|valo|endeavo|splendo|tumo|parlo|odo"
_AMERICAN = (
    (re.compile(r"(?<=\w)(is)(ations?|ed|ing)\b"), lambda m: "iz" + m[2]),
    (re.compile(rf"\b((?:{_OUR_WORDS})[a-z]*?)u(rs?|red|ring)\b", re.IGNORECASE), lambda m: m[1] + m[2]),
    (re.compile(r"\b(cent|theat|met|lit|fib)re(s?)\b", re.IGNORECASE), lambda m: m[1] + "er" + m[2]),
    (re.compile(r"\b(defen|offen|licen)ce\b", re.IGNORECASE), lambda m: m[1] + "se"),
    (re.compile(r"\b(program)me(s?)\b", re.IGNORECASE), lambda m: m[1] + m[2]),
)


def american_spelling(name: str) -> str:
    """`World Health Organisation` -> `World Health Organization`."""
    for pattern, american in _AMERICAN:
        name = pattern.sub(american, name)
    return name


@lru_cache(maxsize=65_536)
def name_keys(name: str) -> frozenset[str]:
    """The keys a name is known by: as written; with a country written short at its front
    written out (`U.S. Geological Survey` = `United States Geological Survey`); an `X of Y`
    institution as `Y X` (`Ministry of Civil Affairs` = `Civil Affairs Ministry`, `Department
    of State` = `State Department`); each also in American spelling (`Organisation`)."""
    written = [name]
    first, _, rest = name.partition(" ")
    if rest and alias_key(first) in _COUNTRY_SHORT:
        written.append(f"{ALIASES[alias_key(first)]} {rest}")
    if inverted := _OF_NAME.fullmatch(name):
        written.append(f"{inverted['rest']} {inverted['head']}")
    return frozenset(name_key(spelled) for words in written for spelled in (words, american_spelling(words)))


def alias_key(name: str) -> str:
    """How a name is looked up in ALIASES: folded, and an abbreviation without its dots
    (`U.K.`, `U.K` as tidied at the end of a sentence, and `UK` are one key)."""
    key = fold(name)
    return key.replace(".", "") if _DOTTED.fullmatch(key) else key


# a full date inside an event's name, either way round: `the September 11, 2001 attacks`
_DATE_IN_NAME = re.compile(
    rf"\b(?:(?P<month>{MONTH_PATTERN})\.? (?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?|(?P<day_first>\d{{1,2}})(?:st|nd|rd|th)?"
    rf" (?:of )?(?P<month_after>{MONTH_PATTERN})\.?,?) (?P<year>\d{{4}})\b"
)


def _iso_dates(name: str) -> str:
    """The full dates in a folded name written as ISO dates: `1 august 2007` = `august 1, 2007`."""

    def iso(found: re.Match[str]) -> str:
        month = MONTHS[found["month"] or found["month_after"]]
        return f"{found['year']}-{month:02d}-{int(found['day'] or found['day_first']):02d}"

    return _DATE_IN_NAME.sub(iso, name)


def normalize_event(text: str) -> str | None:
    """EVENT: `World War Two` = `World War 2` = `World War II` = `Second World War` = `WWII`;
    a date in the name is one however written (`the 11 September 2001 attacks`)."""
    written = _words(text)
    numerals = {fold(w) for w in written[1:] if _ROMAN_NUMERAL.fullmatch(w)}  # Super Bowl XLII, not "I"
    name = _iso_dates(fold(" ".join(written)))
    name = re.sub(r"\bww ?(ii|2|i|1)\b", r"world war \1", name)
    words = [str(roman_value(w)) if (w in numerals or w in ROMAN) and i > 0 else w for i, w in enumerate(name.split())]
    name = digits_for_words(" ".join(words))
    ordinal = re.fullmatch(r"(\d+)(?:st|nd|rd|th) (world war|gulf war)", name)
    if ordinal:
        name = f"{ordinal[2]} {ordinal[1]}"
    return name or None


_ROMAN_NUMERAL = re.compile(r"(?=[MDCLXVI])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_ROMAN_DIGITS = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}


def roman_value(numeral: str) -> int:
    """XLII -> 42 (subtractive notation: a smaller digit before a larger one is subtracted)."""
    digits = [_ROMAN_DIGITS[c] for c in numeral.lower()]
    return sum(-d if i + 1 < len(digits) and d < digits[i + 1] else d for i, d in enumerate(digits))


def _is_subsequence(part: list[str], whole: list[str]) -> bool:
    remaining = iter(whole)
    return all(any(word == other for other in remaining) for word in part)


def resolve_people(names: Iterable[str]) -> dict[str, str]:
    """Map each partial name (`Hlaing`, `Putin`) to the one fuller name of the same
    document that holds its words in order (`Min Aung Hlaing`). A partial name that
    fits two people (`Kim`: `Kim Jong Un`, `Kim Yo Jong`) stays as written."""
    names = list(dict.fromkeys(names))
    folded = {name: fold(name).split() for name in names}
    resolved = {}
    for name in names:
        fuller = [
            other
            for other in names
            if len(folded[other]) > len(folded[name]) and _is_subsequence(folded[name], folded[other])
        ]
        longest = {o for o in fuller if not any(_is_subsequence(folded[o], folded[p]) and o != p for p in fuller)}
        if len(longest) == 1:
            resolved[name] = longest.pop()
    return resolved
