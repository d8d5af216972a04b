"""Stage 3, normalize: give every mention a kind, a canonical `value` and an `entity` key.

One small normaliser per kind of fact, registered under the kind's name with `@normalizer`;
the label picks the kind through `pipeline.kinds.LABELS`, and the surface decides where
the label is known to be noisy (`General Hlaing` is a person whatever the model calls it).
A normaliser returns None when the text is not of its kind (`68` is not a date); the value
then falls back to `plain_key`, a folded form in which number words are digits, so `fourth
year` and `4th year` still compare equal. The kind is decided here, once: compare reads
`Fact.kind` and normalises only the counterpart words it finds in another version.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from decimal import Decimal
from functools import lru_cache

from pipeline.kinds import KINDS, NAME_KINDS, label_info
from pipeline.normalize.currencies import CODES_BEFORE
from pipeline.normalize.date_words import MONTH_PATTERN
from pipeline.normalize.dates import HOUR_WORDS, TIME_ZONES, normalize_date
from pipeline.normalize.durations import age_key, duration_key, frequency_key, once_per, span_key
from pipeline.normalize.initials import initials_of, resolve_acronyms
from pipeline.normalize.measures import same_measure
from pipeline.normalize.names import (
    name_keys,
    normalize_event,
    normalize_name,
    normalize_person,
    resolve_people,
    starts_with_title,
)
from pipeline.normalize.number_words import UNITS
from pipeline.normalize.numbers import (
    PERCENT_WORDS,
    fraction_value,
    normalize_amount,
    normalize_ordinal,
    split_qualifier,
)
from pipeline.normalize.tense import TENSE, date_tense, in_tense
from pipeline.normalize.text import fold, is_legal_form, legal_form_left_out, misread_word, only_ranks, plain_key
from pipeline.normalize.times import is_clock_span, normalize_clock_span
from pipeline.records import Fact, Mention

Normalizer = Callable[[str, "dt.date | None"], "str | None"]
NORMALIZERS: dict[str, Normalizer] = {}


def normalizer(kind: str) -> Callable[[Normalizer], Normalizer]:
    """Register the normaliser of one kind of fact (a kind of `pipeline.kinds.KINDS`)."""

    def register(function: Normalizer) -> Normalizer:
        if kind not in KINDS or kind in NORMALIZERS:
            raise ValueError(f"normaliser for unknown or already registered kind {kind!r}")
        NORMALIZERS[kind] = function
        return function

    return register


normalizer("person")(lambda text, anchor: normalize_person(text))
normalizer("name")(lambda text, anchor: normalize_name(text))
normalizer("event")(lambda text, anchor: normalize_event(text))
normalizer("date")(normalize_date)
normalizer("time")(normalize_clock_span)
normalizer("amount")(lambda text, anchor: normalize_amount(text))
normalizer("ordinal")(lambda text, anchor: normalize_ordinal(text))
assert set(NORMALIZERS) == set(KINDS), "every kind needs its normaliser"

RESOLVERS: dict[str, Callable[[list[str]], dict[str, str]]] = {
    "people": resolve_people,
    "acronyms": resolve_acronyms,
}


# A clock time the model calls a number: `14:30`, `9.30am`, `18:00 GMT` (not `2:1`, a score).
_CLOCK_TIME = re.compile(
    rf"(?:[01]?\d|2[0-3]):[0-5]\d(?:\s*(?:[ap]\.?m\.?|{'|'.join((*HOUR_WORDS, *TIME_ZONES))}))?"
    r"|(?:1[0-2]|0?\d)\.[0-5]\d\s*[ap]\.?m\.?",  # `9.30am`; a bare `9.30` stays a number
    re.IGNORECASE,
)


# `0800`: four digits with a leading zero are a 24-hour clock time, not 800 and not a year.
_MILITARY_TIME = re.compile(r"0\d[0-5]\d")
_DECIMAL = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+")  # no date has a decimal point
_SIGNED = r"\s?\d[\d,.]*(?:\s?(?:m|bn|k|million|billion{more}))?"  # a number and its scale after a sign
# codes as written, in capitals (`EUR`, `RMB`) or as `Rs`: `Try 3` is no money
_CODE_MONEY = re.compile(
    rf"(?:{'|'.join(re.escape(code.upper()) for code in CODES_BEFORE)}|Rs\.?|[A-Z]{{0,3}}[$£€¥])"
    + _SIGNED.format(more="|mn|mln|bln")
)
_MONEY_SURFACE = re.compile(rf"[$£€¥]{_SIGNED.format(more='')}|\d[\d,.]*\s?(?:p|pence|cents?)")

_PERCENT_SURFACE = re.compile(rf"-?\d[\d,.]*\s?{PERCENT_WORDS}", re.IGNORECASE)
_CALENDAR_DATE = re.compile(
    rf"(?:(?:{MONTH_PATTERN})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTH_PATTERN}))"
    r"(?:,?\s+\d{4})?",
    re.IGNORECASE,
)


_PART_OF_YEAR = re.compile(
    r"(?:Q[1-4]|H[12]|(?:first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:quarter|half))(?:\s+\d{4})?", re.IGNORECASE
)


# `20-second`, and a spinner's `20-2nd` for it: after a number, the unit, never the ordinal
_SECONDS_AFTER_NUMBER = re.compile(r"(?<=\d)(\s+|-)(?:2nd|seconds?)\b", re.IGNORECASE)  # a wrapped line too


def kind_of(label: str, text: str) -> str:
    """The kind of fact a mention is, from its label, corrected by its surface."""
    info, surface = label_info(label), text.strip()
    if info.may_be_person and starts_with_title(text):
        return "person"
    if info.kind == "amount" and label == "CARDINAL" and _CLOCK_TIME.fullmatch(split_qualifier(surface.lower())[1]):
        return "time"
    if label in ("CARDINAL", "DATE") and (_MILITARY_TIME.fullmatch(surface) or is_clock_span(surface)):
        return "time"
    if _PERCENT_SURFACE.fullmatch(surface):
        return "amount"  # `19pc` tagged as a date, an ordinal or a name
    if label == "DATE" and (_MONEY_SURFACE.fullmatch(surface) or _DECIMAL.fullmatch(surface)):
        return "amount"  # `98p`, `7,552.60` tagged as a date
    if info.is_name and _CODE_MONEY.fullmatch(surface):
        return "amount"  # `EUR 3.2bn` tagged as a product
    if label in ("CARDINAL", "ORDINAL") and _PART_OF_YEAR.fullmatch(surface):
        return "date"  # `Q3`, `third-quarter`, `H1` tagged as a number
    if info.kind == "event" and _CALENDAR_DATE.fullmatch(surface):
        return "date"  # `September 11, 2001` named as an event is still written as a date
    return info.kind


def normalize_as(kind: str, text: str, anchor: dt.date | None) -> tuple[str, bool]:
    """(canonical value of `text` as a `kind`, whether the text really is of that kind)."""
    return _normalized(kind, text, anchor, TENSE.get())


@lru_cache(maxsize=100_000)
def _normalized(kind: str, text: str, anchor: dt.date | None, tense: str) -> tuple[str, bool]:
    """Cached: the versions of a story repeat most of their facts. `tense` is read by the date
    rules from the context `in_tense` set; here it keys the cache."""
    if kind in ("date", "time", "amount"):
        text = _SECONDS_AFTER_NUMBER.sub(r"\1seconds", text)
    span_of_time = frequency_key(text) or duration_key(text) if kind in ("date", "time") else None
    if span_of_time:  # `43 years old` = `43 years`: no date (`two thousand years` is no year 2000)
        return span_of_time, False
    value = NORMALIZERS[kind](text, anchor)
    if value:
        return value, True
    age = age_key(text) if kind == "date" else None  # `aged 27`, the model's date: no date, an age
    return age or plain_key(text), False


def normalize_value(label: str, text: str, anchor: dt.date | None) -> tuple[str, bool]:
    """(canonical value, whether the text really is of the label's kind)."""
    return normalize_as(kind_of(label, text), text, anchor)


def same_value(kind: str, left: str, right: str) -> bool:
    """Exact comparison of canonical values; names compare without regard to case, and a
    fraction is the percentage it rounds to (`half` = `50 per cent`, `a third` = `33%`)."""
    if kind in NAME_KINDS:
        return (
            bool(name_keys(left) & name_keys(right))
            or legal_form_left_out(left, right)
            or initials_of(left, right)
            or initials_of(right, left)
        )
    if left == right:
        return True
    if kind == "date":  # words of time no calendar dates, in a spinner's synonyms
        return span_key(left) == span_key(right) or once_per(left, right)
    return kind == "amount" and (
        _fraction_written_otherwise(left, right)
        or _stray_word_apart(left, right)
        or _metres_or_million(left, right)
        or same_measure(left, right)
    )


_METRES = re.compile(r"([<>=~]*)(\d+(?:\.\d+)?) m")
_PLAIN = re.compile(r"([<>=~]*)(\d+)")


def _metres_or_million(left: str, right: str) -> bool:
    """`828m` with no currency is metres or millions (`a 100m sprint`, `1.2m homes`): as
    metres, it is the same as the millions its other reading makes."""
    for metres, plain in ((left, right), (right, left)):
        length, number = _METRES.fullmatch(metres), _PLAIN.fullmatch(plain)
        if length and number and length[1] == number[1]:
            return Decimal(length[2]) * 10**6 == Decimal(number[2])
    return False


# An amount and the words after it that are no unit: `448,000 missed` where the model's span
# ran on past the number (it happens when a spinner swaps the word after it).
_NUMBER_AND_WORDS = re.compile(r"([<>=~]*-?\d+(?:\.\d+)?)\s+([a-z][a-z ]*)")


def _stray_word_apart(left: str, right: str) -> bool:
    """The same number where one side has words after it that are no unit and the other none."""
    for longer, bare in ((left, right), (right, left)):
        stray = _NUMBER_AND_WORDS.fullmatch(longer)
        if stray and stray[1] == bare and stray[2] not in KNOWN_UNITS:
            return True
    return False


KNOWN_UNITS = frozenset(UNITS.values())
_PERCENT_VALUE = re.compile(r"(\d+(?:\.\d+)?)%")


def _fraction_written_otherwise(left: str, right: str) -> bool:
    """A fraction and the percentage it rounds to, or the decimal it is (`1/2` = `0.5`,
    `1/3` = `0.33`: to the digits the decimal is written with), after the same qualifier."""
    qualifier = re.match(r"[<>=~]*", left)[0]  # type: ignore[index]
    if qualifier and right.startswith(qualifier):
        left, right = left[len(qualifier) :], right[len(qualifier) :]
    for fraction, other in ((left, right), (right, left)):
        share = fraction_value(fraction)
        if share is None:
            continue
        if written := _PERCENT_VALUE.fullmatch(other):
            return abs(100 * float(share) - float(written[1])) < 0.5
        if decimal := _DECIMAL_VALUE.fullmatch(other):
            return round(share, len(decimal[1])) == Decimal(decimal[0])
    return False


_DECIMAL_VALUE = re.compile(r"0\.(\d{1,3})")


def normalize_mentions(
    mentions: list[Mention], anchor: dt.date | None, sentence_of: Callable[[Mention], str] = lambda m: ""
) -> list[Fact]:
    """Normalise the mentions of one document, resolving names within the document;
    `sentence_of` gives a mention's sentence, whose tense places a date without its year."""
    facts = []
    for mention in mentions:
        if misread_word(mention.text) or is_legal_form(mention.text) or only_ranks(mention.text):
            continue  # `0nce`, `wa11et`: OCR's digits in a word; `LLC`, `Det.` alone: no fact
        kind = kind_of(mention.label, mention.text)
        tense = date_tense(sentence_of(mention), mention.text) if kind in ("date", "time") else ""
        with in_tense(tense):
            value, typed = normalize_as(kind, mention.text, anchor)
        facts.append(Fact(mention, kind, value, typed, surface=value, tense=tense))
    people = {fold(f.value) for f in facts if f.kind == "person"}
    for fact in facts:
        if fact.kind == "name" and fold(fact.value) in people:  # `Nay Phone Latt` tagged WORK_OF_ART once
            fact.kind = "person"
            fact.value, fact.typed = normalize_as("person", fact.mention.text, anchor)
            fact.surface = fact.value
    for kind, spec in KINDS.items():
        if spec.resolver:
            resolved = RESOLVERS[spec.resolver]([f.value for f in facts if f.kind == kind])
            for fact in facts:
                if fact.kind == kind:
                    fact.value = resolved.get(fact.value, fact.value)
    for fact in facts:
        fact.entity = f"{fact.kind}:{fold(fact.value)}" if fact.kind in NAME_KINDS else f"{fact.kind}:{fact.value}"
    return facts
