"""The model's entity spans made into facts' mentions: trimmed, widened or split where the
model's span and the fact's words differ (the facts it misses are found by their shape: `shapes`).

Each cleaning step is a class of the model's errors, never one sentence's: a currency the
model leaves out on either side of an amount, a clock time's zone, a parenthesis the span
opens but does not close (`Sunday (20th March` is two facts), a leading `the`, a possessive.
"""

from __future__ import annotations

import re
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from pipeline.kinds import label_info
from pipeline.normalize.currencies import CODES_BEFORE, CURRENCY_WORDS, DOLLAR_NATION_NAMES
from pipeline.normalize.date_words import MONTH_PATTERN, UNITS_WRITTEN_SHORT
from pipeline.normalize.dates import CLOCK_SUFFIXES
from pipeline.normalize.number_words import RANGE_WORDS, SCALE_NAMES, UNITS, VAGUE
from pipeline.normalize.numbers import FRACTION_PARTS, with_digits
from pipeline.records import Mention

_LEADING_ARTICLE = re.compile(r"^(?:the|The|THE)\s+")
# a number the model ran into a full date after it (`aged 56 October 6, 2011`): not the day,
# which the date writes after its month
_COUNT_BEFORE_DATE = re.compile(rf"^\d{{1,3}}[ \t]+(?=(?:{MONTH_PATTERN})\.?[ \t]+\d{{1,2}}\b)", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:['’]s|s['’])$")
_CLOCK_DIGITS = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d|(?:[01]?\d|2[0-3])[:.][0-5]\d")
CURRENCY_TOKENS = frozenset({"$", "US$", "£", "€", "¥", "A$", "C$", "HK$"})
# Currency words that may follow an amount the model cut short (`2.5 billion` + `dollars`).
# Codes come before an amount, and `won`, `cents` and `pence` read as other words too.
CURRENCY_AFTER = frozenset(CURRENCY_WORDS) - CODES_BEFORE.keys() - {"won", "cent", "cents", "pence", "p"}
WEIGHT_TOO = frozenset({"pound", "pounds"})  # after a bare number, maybe a weight: only a MONEY span takes it
_PARENTHESES = {"(": ")", "[": "]"}
# a temperature's scale in one word (`Celsius`, `F`), as the units table reads it
_TEMPERATURE_SCALES = frozenset(w for w, unit in UNITS.items() if unit in ("°C", "°F") and w.isalpha())


def clean_mentions(ent: Span, sentence: int) -> list[Mention]:
    """The mentions the model's entity `ent` stands for: usually one, none for a span that is
    no fact, two or more when it runs into a parenthesis it does not close or over a table's bar."""
    # the currency again after the units: `one` + `trillion` + `roubles`
    ent = _with_currency(_with_units(_with_count_before(_with_currency(_as_fraction(_with_range_end(ent))))))
    found = (_trimmed(part, sentence) for part in _between_stray_brackets_and_bars(_without_trailing_verbs(ent)))
    return [mention for mention in found if mention is not None]


_SPAN_UNITS = frozenset({"second", "minute", "hour", "day", "night", "week", "month", "year"})
_CLOCK_UNITS = ("second", "minute", "hour")
# the clock's units as a span of time writes them: `second`, `seconds` and, short, `secs`
_CLOCK_SPAN_UNITS = frozenset(
    [f"{unit}{plural}" for unit in _CLOCK_UNITS for plural in ("", "s")]
    + [f"{short}s" for short, unit in UNITS_WRITTEN_SHORT.items() if unit in _CLOCK_UNITS]
)


def _range_goes_on(ent: Span) -> bool:
    """The span ends with a range's connector and a number follows it."""
    end = ent.end
    return ent[-1].lower_ in RANGE_WORDS and end < len(ent.doc) and ent.doc[end].like_num


def _with_range_end(ent: Span) -> Span:
    """A range the model cut after its connector (`about five to` of `about five to six hours`):
    the number after it and its unit, else a change of that number was no change of the fact."""
    doc, end = ent.doc, ent.end
    if len(ent) < 2 or not _range_goes_on(ent):
        return ent
    if doc[end].ent_iob_ != "O":  # the model tagged the range's end apart (`three miles`): `joined` joins them
        return ent
    end += 1
    if end < len(doc) and (doc[end].lower_.removesuffix("s") in _SPAN_UNITS or doc[end].lower_ in UNITS):
        end += 1
    return Span(doc, ent.start, end, label=ent.label_)


def outermost(mentions: list[Mention]) -> list[Mention]:
    """The mentions but those inside another, which a cleaning step widened over them: the
    nation that names a currency (`Hong Kong` of `500 Hong Kong dollars`, which the model tags
    apart) is the currency's, a clock time's zone (`GMT` of `1400 GMT`, tagged as an
    organisation) the time's; a copy that writes `HK$500` or `14:00` has lost no place."""
    spans = sorted((m.start, -m.end) for m in mentions)
    outer, reach = set(), -1
    for start, negative_end in spans:
        if -negative_end > reach:
            outer.add((start, -negative_end))
            reach = -negative_end
    return [m for m in mentions if (m.start, m.end) in outer]


def _with_currency(ent: Span) -> Span:
    """The amount with the currency the model left out: a sign or a code before it (`$ 40
    billion` tagged `40 billion`, `Rs 2,000`) or words after it (`2.5 billion` + `US dollars`)."""
    label, doc = label_info(ent.label_), ent.doc
    if not label.takes_currency:
        return ent
    if ent.start > 0 and doc[ent.start - 1].text in CURRENCY_TOKENS:
        ent = Span(doc, ent.start - 1, ent.end, label=ent.label_)
    elif ent.start > 0 and doc[ent.start - 1].lower_ in CODES_BEFORE:  # `EUR 40 million`, `Rs 2,000`
        ent = Span(doc, ent.start - 1, ent.end, label="MONEY")
    end = ent.end
    while end < len(doc) and end - ent.end < 2 and doc[end].text[:1].isupper():
        end += 1  # a country's name before `dollars`
    if end > ent.end and " ".join(t.lower_ for t in doc[ent.end : end]) not in DOLLAR_NATION_NAMES:
        end = ent.end
    if end < len(doc) and doc[end].lower_ in CURRENCY_AFTER:
        if ent.label_ == "MONEY" or doc[end].lower_ not in WEIGHT_TOO:
            return Span(doc, ent.start, end + 1, label="MONEY")
    return ent


_RATE_WORDS = frozenset({"each", "every", "per", "a", "an"})
_PERIODS = frozenset({"hour", "day", "night", "week", "month", "quarter", "year", "season"})


def _with_count_before(ent: Span) -> Span:
    """A rate with the count the model left off its front: `one` + `each week`. The model
    reads `two each week` whole but not always `one each week` or `1 each week`, so the same
    rate, its number written another way, would be two facts."""
    doc = ent.doc
    if ent.label_ not in ("DATE", "TIME") or ent[0].lower_ not in _RATE_WORDS or ent.start == 0:
        return ent
    count = doc[ent.start - 1]
    if not count.like_num or count.ent_type_ or not count.whitespace_:
        return ent
    return Span(doc, ent.start - 1, ent.end, label=ent.label_)


# The fraction a part names when no noun follows it: `shrunk by a fifth since 2000`, `a third
# of voters` (but `a fifth straight day`, `a third term` are ordinals).
_FRACTION_PARTS = frozenset(FRACTION_PARTS) - {"half", "halves", "quarter"}  # the parts an ordinal names too
_AFTER_A_FRACTION = frozenset({"of", "since", "in", "on", "from", "to", "by", "over", "than", "and", "or", "last"})


def _as_fraction(ent: Span) -> Span:
    """An ORDINAL that is a fraction, `a fifth` (tagged `fifth`): an amount with its article."""
    doc = ent.doc
    if ent.label_ != "ORDINAL" or len(ent) != 1 or ent[0].lower_ not in _FRACTION_PARTS or ent.start == 0:
        return ent
    after = doc[ent.end] if ent.end < len(doc) else None
    if doc[ent.start - 1].lower_ not in ("a", "one") or (
        after is not None and not after.is_punct and after.lower_ not in _AFTER_A_FRACTION
    ):
        return ent
    return Span(doc, ent.start - 1, ent.end, label="CARDINAL")


_PERCENT_WORDS = frozenset({"percent", "pct", "%", "per-cent"})
_SCALE_AFTER = frozenset({"million", "billion", "trillion", "crore", "crores", "lakh", "lakhs"})
# units in words the model leaves off a count (`4,000` + `hectares`); not a weight in pounds,
# which may be money, nor seats, nor a temperature's scale (a degree's, above)
_MEASURE_WORDS = frozenset(
    w for w, u in UNITS.items() if w.isalpha() and len(w) > 2 and u not in ("lb", "seats", "°C", "°F")
)


def _points_at(doc: Doc, at: int) -> bool:
    return at < len(doc) and doc[at].lower_ in ("point", "points")


def _with_units(ent: Span) -> Span:
    """The unit the model left off a number, which decides the fact's kind: `per cent` after
    `twenty-one` (a percentage), a period after a count (`1` + `per day`, a rate), a clock
    time's zone (`0800` + `GMT`, or `0800 GMT` tagged as a quantity), a temperature's scale
    (`40 degrees` + `Celsius`, which the model tags as a name), the `'s` of a decade
    (`1990` + `'s`), `basis points` and `percentage points` after a number (a percentage)."""
    doc, end = ent.doc, ent.end
    after = doc[end].lower_ if end < len(doc) else ""
    if ent.label_ in ("MONEY", "CARDINAL") and after in _SCALE_AFTER:  # `Rs 50` + `crore`
        return _with_units(Span(doc, ent.start, end + 1, label=ent.label_))
    if ent.label_ == "CARDINAL" and after in _MEASURE_WORDS:  # the unit decides the fact: `hectares`, `acres`
        return Span(doc, ent.start, end + 1, label="QUANTITY")
    if ent.label_ == "CARDINAL" and after in _PERCENT_WORDS:
        return Span(doc, ent.start, end + 1, label="PERCENT")
    if ent.label_ == "CARDINAL" and after == "per" and end + 1 < len(doc) and doc[end + 1].lower_ == "cent":
        return Span(doc, ent.start, end + 2, label="PERCENT")
    if ent.label_ in ("CARDINAL", "QUANTITY") and after in ("bp", "bps"):
        return Span(doc, ent.start, end + 1, label="PERCENT")  # `75` + `bps`: basis points
    if ent.label_ in ("CARDINAL", "QUANTITY") and after in ("basis", "percentage") and _points_at(doc, end + 1):
        return Span(doc, ent.start, end + 2, label="PERCENT")  # `75` + `basis points`
    if ent.label_ == "CARDINAL" and after in _RATE_WORDS and end + 1 < len(doc) and doc[end + 1].lower_ in _PERIODS:
        return Span(doc, ent.start, end + 2, label="DATE")  # `1` + `per day`: a rate, as `one per day` is read
    last = doc[end - 1]
    if last.lower_ in ("degree", "degrees") and after in _TEMPERATURE_SCALES:  # `40 degrees` + `Celsius`
        return Span(doc, ent.start, end + 1, label=ent.label_)
    if _CLOCK_DIGITS.fullmatch(ent.text) and after in CLOCK_SUFFIXES:
        return Span(doc, ent.start, end + 1, label="TIME")
    if len(ent) == 2 and _CLOCK_DIGITS.fullmatch(ent[0].text) and last.lower_ in CLOCK_SUFFIXES:
        return Span(doc, ent.start, end, label="TIME")
    if (
        ent.label_ == "DATE"
        and re.fullmatch(r"1\d{2}0|20\d0", last.text)
        and after in ("'s", "’s")
        and not last.whitespace_
    ):
        return Span(doc, ent.start, end + 1, label="DATE")
    if ent.label_ in ("CARDINAL", "DATE") and last.like_num and after in _CLOCK_SPAN_UNITS:
        return Span(doc, ent.start, end + 1, label="TIME")  # `15-20` + `seconds`: a span of time
    return ent


def _without_trailing_verbs(ent: Span) -> Span:
    """A name ends with a capitalised word or a number: lower-case words the model ran on
    into are the sentence's (`The Second World War ended in` tagged as one EVENT). Titles of
    works are left whole: `Gone with the wind` is written so too."""
    if not label_info(ent.label_).is_name or ent.label_ == "WORK_OF_ART":
        return ent
    end = ent.end
    while end > ent.start + 1 and ent.doc[end - 1].is_alpha and ent.doc[end - 1].is_lower:
        if _hyphened(ent.doc[end - 2]):
            break  # the last part of a hyphenated name: `Kim Jong-il`, `Jean-claude`
        end -= 1
    return ent if end == ent.end else Span(ent.doc, ent.start, end, label=ent.label_)


def _hyphened(token: Token) -> bool:
    """A hyphen joined to the words on both sides of it."""
    return token.text == "-" and not token.whitespace_ and token.i > 0 and not token.doc[token.i - 1].whitespace_


def _between_stray_brackets_and_bars(ent: Span) -> list[Span]:
    """`ent` cut at each bracket it opens without closing, or closes without opening: the
    model ran one fact into the next (`first Sunday of April (two weeks later`); and at each
    table's or wiki image's bar, with the token glued to it (`8:00 PM | Goes`, `0.18% | 0.08%`,
    `April 7, 2005 400px|In`): no fact holds a bar. A number's or time's part holds a digit."""
    stray, opened = [], []
    for token in ent:
        if token.text in _PARENTHESES:
            opened.append(token.i)
        elif token.text in _PARENTHESES.values():
            if opened:
                opened.pop()
            else:
                stray.append(token.i)
    bars = [token.i for token in ent if "|" in token.text]
    cuts = sorted(stray + opened + bars)
    if not cuts:
        return [ent]
    bounds = [ent.start - 1, *cuts, ent.end]
    parts = [Span(ent.doc, a + 1, b, label=ent.label_) for a, b in pairwise(bounds)]
    counted = bars and label_info(ent.label_).kind in ("amount", "time")  # its parts need a digit
    worded = [part for part in parts if any(c.isalnum() for c in part.text)]
    return [part for part in worded if not counted or any(c.isdigit() for c in part.text)]


# a function word the model ran a fact on into: a date's or amount's `and`, `of` (`late 19th and`
# of `the late 19th and early 20th centuries`, `26 year-history of`); a place's or body's
# capitalised `In`, `On` where a caption runs into the next sentence (`the United Nations In a
# 40 page report`). Not a title's (`My Heart Will Go On`), nor a letter (`Vitamin A`).
_RUN_ON_WORDS = ("of", "and", "or", "on", "to", "in", "at", "for", "with", "by", "from")
_TRAILING_WORD = re.compile(rf"\s+(?:{'|'.join(_RUN_ON_WORDS)})$")
_TRAILING_CAPITAL_WORD = re.compile(rf"\s+(?:{'|'.join(w.capitalize() for w in (*_RUN_ON_WORDS, 'the'))})$")
_TITLES = frozenset({"WORK_OF_ART", "MISC", "EVENT", "LAW", "PRODUCT"})


# what makes money a sum, read after its digits and before its number words (which cost more): a
# fraction, a scale or a vague count (`a dollar`, `half a million pounds`, `millions of dollars`)
_AMOUNT_WORDS = re.compile(
    rf"\b(?:an?|half|quarter|few|several|couple|dozen|crores?|lakhs?|{SCALE_NAMES}|{'|'.join(VAGUE)})\b", re.IGNORECASE
)


def _an_amount(text: str) -> bool:
    return bool(re.search(r"\d", text) or _AMOUNT_WORDS.search(text) or re.search(r"\d", with_digits(text.lower())))


# a sentence's end with no space after it, as pages glue a heading to the line after it; a
# full stop only after a lower-case word of four letters or more (`St.Louis` stays one name)
_GLUED_SENTENCE_END = re.compile(r"^[^\W\d_]*[a-z](?:[?!]+|(?<=[a-z]{4})\.)(?=[A-Z])")


def _trimmed(ent: Span, sentence: int) -> Mention | None:
    """Drop a leading 'the', a sentence's end glued before the fact, a count before a full date
    and a trailing possessive: they are not part of the fact."""
    label = label_info(ent.label_)
    text, start = ent.text, ent.start_char
    article = _LEADING_ARTICLE.match(text)
    if article and len(text) > article.end():
        text, start = text[article.end() :], start + article.end()
    if glued := _GLUED_SENTENCE_END.match(text):  # `recovery?Monday, December 6`: the date starts at `Monday`
        text, start = text[glued.end() :], start + glued.end()
    if ent.label_ == "DATE" and (count := _COUNT_BEFORE_DATE.match(text)):
        text, start = text[count.end() :], start + count.end()
    possessive = _POSSESSIVE.search(text)
    if possessive and label.kind not in ("amount", "date"):  # `the 1990s`, `5 years'`: not a possessive
        cut = possessive.start() if text[possessive.start()] != "s" else possessive.start() + 1
        text = text[:cut]
    text = text.rstrip()
    trailing = _TRAILING_WORD if label.kind in ("amount", "date", "time") else _TRAILING_CAPITAL_WORD
    if (label.kind != "name" or ent.label_ not in _TITLES) and (word := trailing.search(text)):
        if not _range_goes_on(ent):  # `about two or` before `three miles`: `joined` makes one range
            text = text[: word.start()]
    if not any(c.isalnum() for c in text):
        return None  # `#` of `# skip-blame`, `$` of a shell prompt, `$%#!` for a curse: no fact
    if ent.label_ == "MONEY" and not _an_amount(text):
        return None  # `$ pipenv install`, `$VENV_PATH`: a shell's prompt or variable, no sum of money
    if label.is_name and not any(c.isupper() or c.isdigit() for c in text):
        return None  # `airline` tagged PERSON: a proper name in English news has a capital
    return Mention("", sentence, start, start + len(text), ent.label_, text)
