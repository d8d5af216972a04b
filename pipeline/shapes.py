"""Facts the model misses or cuts short, found by their shape: a date in digits or in words
cut at its day or month, money with its sign and scale, a clock time, a number with its
thousands or inside a name. Each rule is a class of text, never one sentence's."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from pipeline.normalize.currencies import CODES_BEFORE, CURRENCY_WORDS, DOLLAR_NATION_NAMES
from pipeline.normalize.date_words import MONTH_PATTERN
from pipeline.normalize.dates import TIME_ZONES
from pipeline.normalize.number_words import ONE_TO_TWELVE, SCALE_LETTERS, SCALE_NAMES
from pipeline.normalize.numbers import PERCENT_WORDS
from pipeline.records import Mention


@dataclass(frozen=True)
class ShapeRule:
    """Facts the model misses or cuts short, found by their shape: each match becomes a
    mention of `label`, replacing the mentions inside it whose labels it `absorbs`; a match
    that overlaps any other mention is left to the model's reading."""

    label: str
    pattern: re.Pattern[str]
    absorbs: frozenset[str]


_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"
_TO = r"[ \t]*(?:-|–|to)[ \t]*"
_NUMBER = r"\d(?:[\d,]*\d)?(?:\.\d+)?"
_ZONES = "|".join(zone.upper() for zone in TIME_ZONES)  # as the wires write them: `14:00 GMT`
_SCALE = rf"(?:[ \t]?(?:{SCALE_LETTERS})|[ \t](?:{SCALE_NAMES}))"
_HOURS = rf"{ONE_TO_TWELVE}|1[0-2]|0?\d"
_MINUTES = r"twenty(?:[ -]five)?|ten|five|[1-5]?\d"
_ABOUT = r"about|around|roughly|approximately|just|shortly"
_SHARE = rf"[ \t]?(?:{PERCENT_WORDS})"  # `%`, `per cent`, `percent`, `pct` as the amounts read them
_MONTH_CAPITALISED = "|".join(month.capitalize() for month in MONTH_PATTERN.split("|"))
# currencies named after an amount, but for `pounds` (a weight too), `dollars` (a nation's name may
# come first), cents and pence (no scale before them) and `won` (a verb too)
_CURRENCY_NAMES = "|".join(
    word
    for word in CURRENCY_WORDS
    if word.isalpha() and word not in CODES_BEFORE and CURRENCY_WORDS[word][:3] not in ("GBP", "USD", "KRW")
)
_NATIONS = "|".join(
    re.escape(nation).replace(r"\ ", "[ \t]+") for nation in sorted(DOLLAR_NATION_NAMES, key=len, reverse=True)
)  # a run of days: `1 to 24 November 1994`, `November 1-24, 1994`

SHAPE_RULES = (
    # a date written in digits the model leaves untagged, tags as numbers or cuts short: `02/03/2015`,
    # `14.02.2024`, a dateline's `1996-12-06` (tagged `1996-12`)
    ShapeRule(
        "DATE",
        re.compile(
            r"(?<![\w/.-])(?:\d{1,2}([/-])\d{1,2}\1(?:\d{4}|\d{2})|\d{1,2}\.\d{1,2}\.\d{4}|[12]\d{3}-\d{1,2}-\d{1,2})"
            r"(?![\w/-]|\.\d)"
        ),
        frozenset({"CARDINAL", "DATE"}),
    ),
    # a full date in words the model cuts at its day or its month, as in a table's cell:
    # `24 November, 1994` (tagged `November, 1994`), `November 24, 1994` (tagged `24, 1994`),
    # and a run of days in one month (`1 to 24 November 1994`, tagged `1`, `24` and `November 1994`)
    ShapeRule(
        "DATE",
        re.compile(
            rf"(?<![\w,.-])(?:{_DAY}(?:{_TO}{_DAY})?[ \t]+(?:of[ \t]+)?(?:{MONTH_PATTERN})\.?"
            rf"|(?:{MONTH_PATTERN})\.?[ \t]+{_DAY}(?:{_TO}{_DAY})?),?[ \t]+[12]\d{{3}}(?![\w-]|[.,]\d)",
            re.IGNORECASE,
        ),
        frozenset({"CARDINAL", "ORDINAL", "DATE"}),
    ),
    # a day and a month with no year, which the model splits before the word they qualify: `the
    # 22 October vote` (tagged `22` and `October`), `the 3rd May rally` (`3rd` only); the month
    # capitalised, as a date writes it (`3 may` is a count and a verb)
    ShapeRule(
        "DATE",
        re.compile(
            rf"(?<![\w,.-])(?:{_DAY}(?:{_TO}{_DAY})?[ \t]+(?:of[ \t]+)?(?:{_MONTH_CAPITALISED})\.?"
            rf"|(?:{_MONTH_CAPITALISED})\.?[ \t]+{_DAY}(?:{_TO}{_DAY})?)(?![\w-]|[.,]\d)"
        ),
        frozenset({"CARDINAL", "ORDINAL", "DATE"}),
    ),
    # a range of shares the model cuts or tags as a number or a date: `40 to 50 per cent` (tagged
    # `40` and `50`), `between 40 and 50 per cent` (a date), `2 to 3 percent` (`2`), `5 to 6%`
    ShapeRule(
        "PERCENT",
        re.compile(
            rf"(?<![\w.,$£€-])(?![12]\d{{3}}[-–]\d\d\b)(?:between[ \t]+)?{_NUMBER}{_SHARE}?"  # `2009-10`: years
            rf"(?:[ \t]*[-–][ \t]*|[ \t]+(?:to|and|or)[ \t]+){_NUMBER}{_SHARE}(?!\w)",
            re.IGNORECASE,
        ),
        frozenset({"CARDINAL", "PERCENT", "DATE", "MONEY", "QUANTITY"}),
    ),
    # money: a currency sign (a dollar with a country's prefix included) or code, a number and a
    # scale word or letter: `HK$100` untagged, `AU$5m` cut to `AU$5`, `$269m` cut to `$269`, `Rs 2,000`
    ShapeRule(
        "MONEY",
        re.compile(
            r"(?<![\w$])(?:(?:US|AU?|CA?|HK|NZ|SG?|NT|R|MXN?|MEX)\$|[$£€¥₹]|(?:Rs\.?|EUR|USD|GBP|CHF|JPY|INR|RMB) ?)"
            r"\s?\d(?:[\d,]*\d)?(?:\.\d+)?"
            rf"(?:\s?(?:{SCALE_LETTERS}|{SCALE_NAMES})\b)?"
        ),
        frozenset({"MONEY", "CARDINAL"}),
    ),
    # money written as a number, a scale and a currency's name, which the model tags as a number
    # (`3.2m euros` tagged `3.2m`); pounds only after a scale (`8 pounds` is more often a weight)
    ShapeRule(
        "MONEY",
        re.compile(
            rf"(?<![\w$£€¥.,-]){_NUMBER}(?:{_SCALE}[ \t]+pounds?(?:[ \t]+sterling)?"
            rf"|{_SCALE}?[ \t]+(?:(?:{_NATIONS})[ \t]+)?dollars?|{_SCALE}?[ \t]+(?:{_CURRENCY_NAMES}))\b",
            re.IGNORECASE,
        ),
        frozenset({"MONEY", "CARDINAL", "QUANTITY"}),
    ),
    # a clock time the model leaves untagged or cuts at its colon: `14:46` (tagged `14` and `46`),
    # `10.30pm`, `3 a.m.`; a score (`2:1`, `3-1`) has no two-digit minutes, and a race time
    # (`2:03:59`) has seconds a clock time would lose
    ShapeRule(
        "TIME",
        re.compile(
            r"(?<![\w:.,$£€/-])(?:(?:[01]?\d|2[0-3]):[0-5]\d(?:[ \t]?[ap](?:\.m\.|\.m\b|m\b))?"
            r"|(?:1[0-2]|0?\d)(?:[.:][0-5]\d)?[ \t]?[ap](?:\.m\.|\.m\b|m\b))(?![\w:]|\.\d)"
            rf"(?:[ \t](?:{_ZONES})\b)?"
        ),
        frozenset({"CARDINAL", "QUANTITY", "TIME", "ORG"}),  # ORG: the zone (`GMT`), as the model reads it
    ),
    # a clock time in words, which the model reads as a date, a number or nothing: `half past
    # four`, `a quarter to six`, `ten past nine`; `five to six` may be a range, so only a quarter
    # is read before `to`
    ShapeRule(
        "TIME",
        re.compile(
            rf"(?<![\w-])(?:(?:{_ABOUT})[ \t]+)?"
            rf"(?:(?:(?:a[ \t]+)?quarter|half|{_MINUTES}(?:[ \t]+minutes?)?)[ \t]+(?:past|after)"
            rf"|(?:a[ \t]+)?quarter[ \t]+to)[ \t]+(?:{_HOURS})\b(?![ \t]*(?:%|per\b|percent))"
            r"(?:[ \t]+(?:in[ \t]+the[ \t]+(?:morning|afternoon|evening)|at[ \t]+night))?",
            re.IGNORECASE,
        ),
        frozenset({"CARDINAL", "QUANTITY", "TIME", "DATE"}),
    ),
    # a 24-hour time in four digits and its zone, as the wires write it (`(1400 GMT)`), the model
    # reading a number and an organisation
    ShapeRule(
        "TIME",
        re.compile(rf"(?<![\w:.,/-])(?:[01]\d|2[0-3])[0-5]\d[ \t]?(?:{_ZONES})\b"),
        frozenset({"CARDINAL", "QUANTITY", "TIME", "DATE", "ORG"}),
    ),
    # a number the model leaves untagged or cuts (`2,000` whole, with its thousands, `1 200 000` as
    # Europe spaces them: two groups at least with plain spaces), or a number-bearing
    # word, mostly inside a name: `Boeing 737-800`
    # (tagged `737`), `iPad 2`, `Terminal 3`, `FTSE 100`, version `10.4.1`, and a code whose
    # number follows a hyphen (`COVID-19`, `F-35`, `MH17`'s `MH-17`)
    ShapeRule(
        "CARDINAL",
        re.compile(
            r"(?<![\w$£€¥.,-])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[\u00a0\u202f]\d{3})+|\d{1,3}(?: \d{3}){2,}"
            r"|[A-Za-z]{0,3}\d[\w.-]*(?<![.,-])|[A-Z][A-Za-z]{0,7}-\d[\w.-]*(?<![.,-]))(?![\d,]\d)"
        ),
        frozenset({"CARDINAL"}),
    ),
)


def apply_shape_rule(
    rule: ShapeRule, text: str, sentences: list[tuple[int, int]], mentions: list[Mention]
) -> list[Mention]:
    """`mentions` (in text order, not overlapping) with the rule's matches added or widened."""
    sentence_starts = [s for s, _ in sentences]
    mention_starts = [m.start for m in mentions]
    replaced: set[int] = set()
    added = []
    for match in rule.pattern.finditer(text):
        start, end = match.span()
        index = bisect_left(mention_starts, end) - 1
        inside = []
        while index >= 0 and mentions[index].end > start:  # the mentions this match overlaps
            inside.append(index)
            index -= 1
        if any(
            mentions[k].label not in rule.absorbs or mentions[k].start < start or mentions[k].end > end for k in inside
        ):
            continue
        if any((mentions[k].start, mentions[k].end, mentions[k].label) == (start, end, rule.label) for k in inside):
            continue
        replaced.update(inside)
        sentence = max(0, bisect_right(sentence_starts, start) - 1)
        added.append(Mention("", sentence, start, end, rule.label, match.group()))
    kept = [m for k, m in enumerate(mentions) if k not in replaced]
    return sorted(kept + added, key=lambda m: m.start)
