"""The date rules: TIMEX3 values for what dateparser misreads or misses.

Each rule is a pattern over cleaned, folded text and a function of the match and the
anchor (the document's publication date): decades, seasons, quarters, halves (their
handlers in `periods`), "Month this year", weekdays and holidays (in `days`), "N units ago",
named days and reference words (`now`, `recently`).
With no anchor, a relative date gets a relative value (`REF-1Y`).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable

from pipeline.normalize import periods
from pipeline.normalize.anchoring import (
    UNIT_CODES,
    Anchor,
    nearest_month,
    nearest_year,
    relative,
    shift_year,
)
from pipeline.normalize.date_words import (
    DECADE_WORDS,
    FUTURE,
    MONTH_PATTERN,
    MONTHS,
    OFFSETS,
    PAST,
    PRESENT,
    WEEKDAY_PATTERN,
)
from pipeline.normalize.days import (
    HOLIDAY_PATTERN,
    holiday,
    named_day,
    nth_weekday,
    numeric_date,
    weekday,
    weekend,
)
from pipeline.normalize.qualifiers import QUALIFIERS

Rule = tuple[re.Pattern[str], Callable[[re.Match[str], Anchor], str | None]]


def _year(match: re.Match[str], anchor: Anchor) -> str:
    fiscal = "FY" if match["fy"] or match["fy_after"] else ""  # `fiscal 2009` = `the 2009 fiscal year`
    return f"{fiscal}{match['year']}"


def _decade(match: re.Match[str], anchor: Anchor) -> str:
    return match["decade"]


def _quarter_ended(match: re.Match[str], anchor: Anchor) -> str:
    """`the quarter ended Dec. 31`: the quarter that the written day or month lies in."""
    end = by_rules(match["end"], anchor)
    if not re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", end or ""):
        return ""
    return f"{end[:4]}-Q{(int(end[5:7]) - 1) // 3 + 1}"


def _span_ended(match: re.Match[str], anchor: Anchor) -> str:
    """`the three months ended Sept. 30`, `the year to March`: the span and its end, as ISO
    8601 writes an interval (`P3M/2008-09-30`), so the end compares however it is written."""
    end = by_rules(match["end"], anchor)
    if not end or "/" in end:
        return ""
    return f"P{match['n'] or 1}{UNIT_CODES[match['unit'] or match['one']]}/{end}"


def _relative_decade(match: re.Match[str], anchor: Anchor) -> str:
    offset = OFFSETS[match["rel"] or "this"]  # `the end of the decade`: this one
    return f"{anchor.year // 10 + offset:03d}" if anchor else f"REF{offset:+d}DE"


def _month_relative_year(match: re.Match[str], anchor: Anchor) -> str:
    return f"{shift_year(anchor, OFFSETS[match['rel']])}-{MONTHS[match['month']]:02d}"


def _relative_unit(match: re.Match[str], anchor: Anchor) -> str:
    return relative(anchor, match["unit"], OFFSETS[match["rel"]])


_ROUGHLY = "|".join(pattern for pattern, _ in QUALIFIERS)
# a spinner's synonyms too: `a year previously`, `two months prior`, `a decade back`
_AGO = "(?:ago|earlier|before|previously|prior|beforehand|back)"


_LATER = "(?:later|afterwards?|subsequently|on)"


def _later(match: re.Match[str], anchor: Anchor) -> str:
    """`a year later`, `two years afterwards`: after an event the words do not date, so no
    calendar value; the same span after it, in any wording, is the same value."""
    count = int(match["n"]) if match["n"].isdigit() else 1
    return f"{count} {match['unit']}{'s' if count != 1 else ''} later"


def _ago(match: re.Match[str], anchor: Anchor) -> str:
    count = int(match["n"]) if match["n"].isdigit() else 1
    return relative(anchor, match["unit"], -count)


def _day_month(match: re.Match[str], anchor: Anchor) -> str:
    month, day = MONTHS[match["month"]], int(match["day"])
    if not 1 <= day <= calendar.monthrange(int(match["year"] or 2000), month)[1]:
        return ""  # `30 February`, `31 April`: no day of the calendar (2000: a leap year, as one may be)
    year = match["year"] or (
        shift_year(anchor, OFFSETS[match["rel"]]) if match["rel"] else nearest_year(anchor, month, day)
    )
    return f"{year}-{month:02d}-{day:02d}"


def _month_relative(match: re.Match[str], anchor: Anchor) -> str:
    """`last July`: the latest July before the anchor; `next July` the first after it."""
    month, offset = MONTHS[match["month"]], OFFSETS[match["rel"]]
    if anchor is None:
        return f"REF{offset:+d}Y-{month:02d}" if offset else f"XXXX-{month:02d}"
    year = anchor.year
    if offset < 0:
        year -= month >= anchor.month
    elif offset > 0:
        year += month <= anchor.month
    return f"{year:04d}-{month:02d}"


def _month_only(match: re.Match[str], anchor: Anchor) -> str:
    month = MONTHS[match["month"]]
    return f"{match['year'] or nearest_year(anchor, month, None)}-{month:02d}"


def _reference_word(match: re.Match[str], anchor: Anchor) -> str:
    word = match[0]
    return "PRESENT_REF" if word in PRESENT else "PAST_REF" if word in PAST else "FUTURE_REF"


_REL = "(?P<rel>last|previous|past|this|current|next|coming)"
# a day's year, written (`, 2010`, `in 2010`) or relative (`next year`, `of last year`)
_DAY_MONTHS_YEAR = rf"(?:,?\s+(?:in\s+)?(?P<year>\d{{4}})|,?\s+(?:of\s+)?{_REL}\s+year)?"
RULES: list[Rule] = [
    (re.compile(r"(?P<year>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})"), lambda m, a: m[0]),
    (re.compile(r"(?P<a>\d{1,2})([/-])(?P<b>\d{1,2})\2(?P<y>\d{4}|\d{2})"), numeric_date),
    (re.compile(r"(?P<a>\d{1,2})\.(?P<b>\d{1,2})\.(?P<y>\d{4})"), numeric_date),  # `14.02.2024`, as Europe writes it
    (
        re.compile(
            r"(?P<fy>fy\s*|(?:fiscal|financial)(?: year)?\s*)?(?P<year>1\d{3}|20\d{2})"
            r"(?P<fy_after>\s+(?:fiscal|financial)\s+year)?"
        ),
        _year,
    ),
    (re.compile(rf"(?:the\s+)?(?:{_REL}\s+)?(?:fiscal|financial)\s+year"), periods.fiscal_year),
    (re.compile(r"(?P<decade>1\d{2}|20\d)0['s]?s"), _decade),
    (
        re.compile(rf"(?:{_REL}\s+)?(?P<season>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?P<year>\d{{4}}))?"),
        periods.season,
    ),
    (
        re.compile(
            rf"(?:the\s+)?(?:(?P<year_before>\d{{4}})\s+)?(?P<q>1st|2nd|3rd|4th)[\s-]+(?:fiscal\s+)?quarter"
            rf"(?:\s+(?:of\s+)?(?:(?:fiscal\s+)?(?P<year>\d{{4}})|{_REL}\s+year))?"
        ),
        periods.quarter,
    ),
    (re.compile(rf"(?P<q>q[1-4]|h[12])(?:\s+(?:of\s+)?(?:(?P<year>\d{{4}})|{_REL}\s+year))?"), periods.quarter),
    (
        re.compile(rf"(?:the\s+)?(?P<q>final|last)\s+quarter\s+(?:of\s+)?(?:(?P<year>\d{{4}})|{_REL}\s+year)"),
        periods.quarter,
    ),
    (re.compile(rf"{_REL}\s+(?:fiscal\s+)?quarter"), periods.relative_quarter),
    (re.compile(r"(?:fiscal\s+)?quarter\s+(?:that\s+)?(?:ended|ending|to|through)\s+(?P<end>.+)"), _quarter_ended),
    (  # `the quarter`, `the latest quarter`: the one the report is of
        re.compile(r"(?:(?P<over>latest|most\s+recent|recent|just[- ](?:ended|completed))\s+)?(?:fiscal\s+)?quarter"),
        lambda m, a: periods.reported_quarter(a, over=bool(m["over"])),
    ),
    (
        re.compile(
            r"(?:(?P<n>\d+)\s+(?P<unit>year|month|week|day)s?|(?:fiscal\s+|financial\s+)?(?P<one>year|month|week))\s+"
            r"(?:that\s+)?(?:ended|ending|to|through)\s+(?:in\s+|on\s+)?(?P<end>.+)"
        ),
        _span_ended,
    ),
    # `the September quarter`, `the December 2008 quarter`: named by the month it ends in
    (
        re.compile(r"(?P<end>(?:march|mar|june|jun|september|sept|sep|december|dec)\.?(?:\s+\d{4})?)\s+quarter"),
        _quarter_ended,
    ),
    (re.compile(rf"(?:{_REL}\s+|the\s+)?decade"), _relative_decade),
    (re.compile(r"(?P<n>\d{1,2}(?:st|nd|rd|th)|[xvi]{1,5})[\s-]+century"), periods.century),  # `19th`, `XIX`
    (
        re.compile(
            rf"(?:the\s+)?(?:(?P<year_before>\d{{4}})\s+)?(?P<h>1st|2nd)[\s-]+half(?:\s+(?:of\s+)?(?:(?P<year>\d{{4}})|{_REL}\s+year|the\s+year))?"
        ),
        periods.half,
    ),
    (
        re.compile(rf"(?:the\s+)?(?:year[- ]{_AGO}|(?:previous|prior)\s+year)"),
        lambda m, a: shift_year(a, -1),
    ),
    (
        re.compile(
            r"(?:in\s+)?(?:recent|(?:the\s+)?past\s+(?:few|several))\s+(?:years|months|weeks|days)"
            rf"|(?:(?:a\s+few|several|many|some)\s+)?(?:decades|years|months|weeks|days)\s+{_AGO}"
        ),  # `several years ago`: a past no one counted
        lambda m, a: "PAST_REF",
    ),
    (
        re.compile(
            r"(?:in\s+)?(?:the\s+)?(?:coming|next\s+(?:few|several))\s+(?:years|months|weeks|days)"
            r"|(?:the\s+)?(?:years|months|weeks|decades)\s+(?:ahead|to\s+come)"
        ),
        lambda m, a: "FUTURE_REF",
    ),
    (re.compile(r"'?(?P<decade>\d)0s"), lambda m, a: f"19{m['decade']}"),  # `the '80s`, `the 80s`, as `the eighties`
    (re.compile(rf"(?P<word>{'|'.join(DECADE_WORDS)})"), lambda m, a: f"19{DECADE_WORDS[m['word']]}"),
    (
        re.compile(
            r"(?:the\s+)?same\s+(?P<unit>day|week|month|quarter|period|time)\s+"
            rf"(?:(?:a|1)\s+year\s+{_AGO}|(?:of\s+)?(?:the\s+)?(?:last|previous|prior)\s+year)"
        ),
        lambda m, a: periods.same_unit_a_year_before(m["unit"], a),
    ),
    (  # `the year-earlier quarter`, `the prior-year period`
        re.compile(rf"(?:the\s+)?(?:year[- ]{_AGO}|(?:prior|previous)[- ]year)\s+(?P<unit>week|month|quarter|period)"),
        lambda m, a: periods.same_unit_a_year_before(m["unit"], a),
    ),
    (re.compile(r"(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)"), lambda m, a: nearest_month(a, int(m["day"]))),
    (
        re.compile(
            rf"(?:the\s+)?(?:1st|(?P<end>last|final))\s+(?P<n>[2-9]|1[01])\s+months\s+(?:of\s+)?"
            rf"(?:(?:the\s+)?year|(?P<year>\d{{4}})|{_REL}\s+year)"
        ),
        periods.months_of_year,
    ),
    (
        re.compile(
            rf"(?:the\s+)?(?P<n>1st|2nd|3rd|4th|5th|last)\s+(?P<weekday>{WEEKDAY_PATTERN})"
            rf"\s+(?:of|in)\s+(?P<month>{MONTH_PATTERN})\.?(?:,?\s+(?P<year>\d{{4}}))?"
        ),
        nth_weekday,
    ),
    (re.compile(rf"(?P<month>{MONTH_PATTERN})\.?\s+(?:of\s+)?{_REL}\s+year"), _month_relative_year),
    (re.compile(rf"{_REL}\s+(?P<unit>year|month|week)"), _relative_unit),
    (re.compile(rf"{_REL}\s+(?P<month>{MONTH_PATTERN})"), _month_relative),
    (re.compile(rf"(?:(?:this\s+(?=past))?{_REL}\s+)?weekend"), weekend),
    (re.compile(rf"(?P<holiday>{HOLIDAY_PATTERN})(?:,?\s+(?P<year>\d{{4}}))?"), holiday),
    (re.compile(r"(?:the\s+)?year(?:\s+end)?"), lambda m, a: shift_year(a, 0)),
    # a year said in words, as two numbers: `nineteen fifty` (`19 50`) is 1950
    (re.compile(r"(?P<century>1[7-9]|20) (?P<year>[1-9]\d)"), lambda m, a: f"{m['century']}{m['year']}"),
    # `the week`, `the month` a report speaks of are the current ones (`the day` is more often
    # an event's: `on the day of the attack`)
    (re.compile(r"(?:the\s+)?(?P<unit>month|week)"), lambda m, a: relative(a, m["unit"], 0)),
    (re.compile(r"(?P<word>yesterday|today|tomorrow)"), named_day),
    # a qualifier leaves the date where it is (TimeML marks it apart): `about three months ago`
    (
        re.compile(rf"(?:(?:{_ROUGHLY})\s+)?(?P<n>\d+|a|an|one)\s+(?P<unit>year|month|week|day)s?\s+{_AGO}"),
        _ago,
    ),
    (re.compile(rf"(?P<n>\d+|a|an|one)\s+(?P<unit>year|month|week|day)s?\s+{_LATER}"), _later),
    (
        re.compile(
            r"(?:(?P<last>last|past)\s+|(?P<next>next|coming)\s+|this\s+)?"
            rf"(?P<weekday>{WEEKDAY_PATTERN})"
            r"(?:\s+(?:morning|afternoon|evening|night))?"
        ),
        weekday,
    ),
    (
        re.compile(rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{MONTH_PATTERN})\.?{_DAY_MONTHS_YEAR}"),
        _day_month,
    ),
    (
        re.compile(rf"(?P<month>{MONTH_PATTERN})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?{_DAY_MONTHS_YEAR}"),
        _day_month,
    ),
    (  # `the month of October`: the month
        re.compile(rf"(?:(?:the\s+)?month\s+of\s+)?(?P<month>{MONTH_PATTERN})\.?(?:,?\s+(?:of\s+)?(?P<year>\d{{4}}))?"),
        _month_only,
    ),
    (
        re.compile("|".join(re.escape(w) for w in sorted(PRESENT | PAST | FUTURE, key=len, reverse=True))),
        _reference_word,
    ),
]


def by_rules(cleaned: str, anchor: Anchor) -> str | None:
    """The value of the first rule whose pattern `cleaned` matches whole, or None."""
    for pattern, handler in RULES:
        match = pattern.fullmatch(cleaned)
        if match:
            return handler(match, anchor) or None
    return None
