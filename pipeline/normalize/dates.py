"""Dates and times to TIMEX3-style ISO values with their real precision.

`9 May` -> `2025-05-09`, `January` -> `2025-01`, `last year` -> `2024`, the 1990s -> `199`,
`summer 2007` -> `2007-SU`, `now` -> `PRESENT_REF`, all anchored to the document's
publication date. Rules come first for what dateparser misreads or misses (decades,
seasons, "Month this year", weekdays, bare numbers that are ages); dateparser reads the
rest. With no anchor, relative dates get relative values (`REF-1Y`) that still compare
equal between versions.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from dateparser.date import DateDataParser

from pipeline.normalize.anchoring import Anchor, full_years, relative
from pipeline.normalize.date_rules import by_rules
from pipeline.normalize.date_words import MODIFIER, MONTH_PATTERN, PREPOSITION, UNITS_WRITTEN_SHORT
from pipeline.normalize.tense import TENSE
from pipeline.normalize.text import digits_for_words, fold, strip_possessive, tidy

_DATE_WORDS = re.compile(rf"\b(?:{MONTH_PATTERN}|\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|ago|yesterday|tomorrow)\b")


# `last year's fourth quarter` = `the fourth quarter of last year`; `the year's` is this year's
_YEARS_PART = re.compile(r"^(?P<year>(?:this|last|next|the)\s+year|1\d{3}|20\d{2})['’]s\s+(?P<part>.+)$")
_DECADE_APOSTROPHE = re.compile(r"\b(\d{3}0)['’]s\b")
_PART_OF_YEAR_HYPHEN = re.compile(r"(?<=[a-z])-(?=(?:quarter|half|year)\b)|(?<=\byear)-(?=end\b)")


_UNIT_SHORT = re.compile(rf"\b({'|'.join(UNITS_WRITTEN_SHORT)})(s?)\b\.?")
# a period's middle written as one word, as a wrapped copy's line-end hyphen leaves it too
_MID_PERIOD = re.compile(r"\bmid(?=(?:summer|winter|spring|autumn|fall|week|year|month)\b)")


def _clean(text: str) -> str:
    text = _DECADE_APOSTROPHE.sub(r"\1s", fold(tidy(text)))  # `the 1990's`: a decade, not a possessive
    text = _YEARS_PART.sub(lambda m: f"{m['part']} of {m['year'].replace('the', 'this')}", text)
    text = _PART_OF_YEAR_HYPHEN.sub(" ", strip_possessive(text))  # `second-quarter`, `year-end`
    text = digits_for_words(_MID_PERIOD.sub("mid-", text))  # `midsummer` = `mid-summer`
    text = _UNIT_SHORT.sub(lambda m: UNITS_WRITTEN_SHORT[m[1]] + m[2], text)  # `the end of the yr`
    text = re.sub(r"\b(latter|former) half\b", lambda m: "2nd half" if m[1] == "latter" else "1st half", text)
    text = re.sub(r"\bfiscal (\d(?:st|nd|rd|th)) (quarter|half)\b", r"\1 fiscal \2", text)  # = `2nd fiscal quarter`
    text = re.sub(r"\s+([,.])", r"\1", text)  # "March 01 , 2008" as tokenised corpora write it
    text = re.sub(r"(?<=\w)\s+holidays?$", "", text)  # `the Thanksgiving holiday` = `Thanksgiving`
    text = re.sub(r"^(?:the\s+)?full[- ]year\s+(?=\d{4}$)", "", text)  # `full-year 2024` (sales): the year
    text = re.sub(r"^(?:the|its|their|our|his|her)\s+", "", text)  # `its second quarter`: the company's
    text = PREPOSITION.sub("", text)
    return re.sub(r"^(?:the|its|their|our|his|her)\s+", "", text)


def normalize_date(text: str, anchor: Anchor = None) -> str | None:
    """DATE: an ISO/TIMEX3 value, or None when the text is not a date (an age, a duration).
    A date without its year also depends on the tense set with `tense.in_tense`."""
    return _normalize_cached(text, anchor, TENSE.get())


# `Tuesday, December 1, 2015`: the weekday adds nothing to a date that names its month or day.
_WEEKDAY_BEFORE_DATE = re.compile(
    rf"^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?=.*(?:\b(?:{MONTH_PATTERN})\b|\d))"
)


# `between April and June`, `9-12 May 2025`, `from 2008 to 2010`, `March 3 to March 5, 2009`
_RANGE = re.compile(
    r"^(?:between\s+(?P<a>.+?)\s+and\s+(?P<b>.+)"
    r"|(?:from\s+)?(?P<c>.+?)\s*(?:\s(?:to|until|till|through)\s|[-–])\s*(?P<d>.+))$"
)


_SPAN_UNIT = re.compile(r"(?:(?:fiscal|financial)\s+)?(?:\d+\s+)?(?:year|month|week|day)s?")


def _range(cleaned: str, anchor: Anchor) -> str | None:
    """A range's value, `start/end`; the start borrows what it leaves to the end (`9-12 May 2025`:
    the month and year, `April to June 2009`: the year). None unless both ends are dates."""
    match = _RANGE.match(cleaned)
    if not match:
        return None
    first, last = (match["a"], match["b"]) if match["a"] else (match["c"], match["d"])
    if _SPAN_UNIT.fullmatch(first):
        return None  # `the year to March`: a span and its end, not a range from one date to another
    if re.fullmatch(r"\d{4}", first) and re.fullmatch(r"\d{2}", last):
        last = first[:2] + last  # `1957-58`
    day_only = re.fullmatch(r"(\d{1,2}),?\s+(\d{4})", last)  # `Jan. 5 - 7, 2010`: the month is the start's
    if day_only and (days := _days_of_its_month(normalize_date(first, anchor), [int(day_only[1])])):
        return "/".join(day_only[2] + day[4:] for day in days)
    if re.fullmatch(r"\d{1,2}", last) and (opening := normalize_date(first, anchor)):
        days = _days_of_its_month(opening, [int(last)])
        return "/".join(days) if days and days[1] > days[0] else None  # `Oct. 28-29`
    end = normalize_date(last, anchor)
    if not end or "/" in end:
        return None
    start = _borrowing(first, end, anchor)  # `9-12 May 2025`, `April to June 2009`
    if start and start.startswith("XXXX") and re.match(r"\d{4}", end):
        start = end[:4] + start[4:]  # `March 3 to March 5, 2009`: the year is the end's
    return f"{start}/{end}" if start and "/" not in start else None


# `February and March`, `2005 or 2006`, `17, 18 and 19 February`: dates named one by one
_LIST_SEPARATOR = re.compile(r"\s*,\s*(?:and|or)\s+|\s+(?:and|or|&)\s+")
_LIST_WORD = re.compile(r"\s(?:and|or|&)\s")
LIST_JOINER = " & "  # the value of a list: its dates in calendar order (`2009-02 & 2009-03`)


def _listed(cleaned: str, anchor: Anchor) -> str | None:
    """A list's value, its dates in order; each borrows what the last leaves to it (`17 and
    18 February`: the month and year, `January and February 2008`: the year), bare days after
    a full date take its month (`Feb. 17 and 18`). None unless every item is a date."""
    if not _LIST_WORD.search(cleaned):
        return None  # commas alone set off a date's parts: `Monday, Jan. 5, 2009`
    items = [item for part in _LIST_SEPARATOR.split(cleaned) for item in _comma_items(part)]
    if len(items) < 2 or not all(items):
        return None
    days = [int(item) for item in items[1:] if re.fullmatch(r"\d{1,2}", item)]
    if len(days) == len(items) - 1:  # `Feb. 17 and 18`
        values: list[str | None] = list(_days_of_its_month(normalize_date(items[0], anchor), days) or [None])
    else:
        last = normalize_date(items[-1], anchor)
        if not last or "/" in last or LIST_JOINER in last:
            return None
        values = [*(_borrowing(item, last, anchor) for item in items[:-1]), last]
    if not all(values) or any("/" in v or LIST_JOINER in v for v in values if v):
        return None
    return LIST_JOINER.join(sorted(set(values)))  # type: ignore[arg-type]


_FULL_DATE = re.compile(r"(?:\d{4}|XXXX)-\d{2}-\d{2}")


def _days_of_its_month(first: str | None, days: list[int]) -> list[str] | None:
    """A full date and the bare days written after it, in its month (`Feb. 17 and 18`,
    `Oct. 28-29`); None unless `first` is a full date."""
    if not first or not _FULL_DATE.fullmatch(first):
        return None
    return [first, *(f"{first[:8]}{day:02d}" for day in days)]


def _comma_items(part: str) -> list[str]:
    """`May, June` as two items, but `Jan. 5, 2009` and `March, 2008` as one: a year after a
    comma belongs to the day or month before it."""
    items: list[str] = []
    for piece in re.split(r"\s*,\s*", part):
        if items and re.fullmatch(r"\d{4}", piece) and not re.fullmatch(r"\d{4}", items[-1]):
            items[-1] = f"{items[-1]}, {piece}"
        else:
            items.append(piece)
    return items


def _borrowing(item: str, last: str, anchor: Anchor) -> str | None:
    """An item of a list read with what the list's last date gives it: a day its month, a month its year."""
    if re.fullmatch(r"\d{1,2}", item) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", last):
        return f"{last[:8]}{int(item):02d}"
    if re.fullmatch(MONTH_PATTERN, item) and re.match(r"\d{4}", last):
        return normalize_date(f"{item} {last[:4]}", anchor)
    return normalize_date(item, anchor)


# Year first, in digits: `1996-12-06` (a dateline), `2011-12` (a season, or December 2011)
_YEAR_FIRST = re.compile(r"(?P<year>[12]\d{3})-(?P<month>\d{1,2})(?:-(?P<day>\d{1,2}))?")


def _year_first(match: re.Match[str]) -> str | None:
    """An ISO date or an ISO month (`1996-12`; a season, `2011-12`, is `_YEAR_SPAN`'s); None when
    it is none of them (`2008-02-30`, `1996-13`)."""
    year, number = int(match["year"]), int(match["month"])
    if match["day"] is None:
        return f"{year}-{number:02d}" if 1 <= number <= 12 else None
    try:
        return dt.date(year, number, int(match["day"])).isoformat()
    except ValueError:
        return None


# A season or fiscal year across two years: `2008-09`, `2008/09`, `the 2008/2009 season`, `fiscal 2008-09`
_YEAR_SPAN = re.compile(
    r"(?P<fy>fy\s*|(?:fiscal|financial)(?: year)?\s+)?(?P<year>[12]\d{3})[-/](?P<next>\d{2}|[12]\d{3})"
    r"(?:\s+(?:season|(?P<fy_after>fiscal|financial)\s+year|(?:school|academic)\s+year))?"
)


def _year_span(match: re.Match[str]) -> str | None:
    """`2008/2009` (`FY2008/2009` for a fiscal year) where the second year follows the first; else None."""
    year, written = int(match["year"]), match["next"]
    following = (year // 100) * 100 + int(written) if len(written) == 2 else int(written)
    if following != year + 1:
        return None
    return f"{'FY' if match['fy'] or match['fy_after'] else ''}{year}/{following}"


@lru_cache(maxsize=65536)
def _normalize_cached(text: str, anchor: Anchor, tense: str = "") -> str | None:  # tense: the cache key
    cleaned = _WEEKDAY_BEFORE_DATE.sub("", _clean(full_years(text, anchor)))
    if (years := _YEAR_SPAN.fullmatch(cleaned)) and (span := _year_span(years)):
        return span
    if iso := _YEAR_FIRST.fullmatch(cleaned):
        return _year_first(iso)
    if (spanned := _range(cleaned, anchor)) is not None:
        return spanned
    if (listed := _listed(cleaned, anchor)) is not None:
        return listed
    while True:
        value = by_rules(cleaned, anchor)
        if value is not None:
            return value
        modifier = MODIFIER.match(cleaned)
        if not modifier:
            break
        cleaned = re.sub(r"^the\s+", "", PREPOSITION.sub("", cleaned[modifier.end() :]))  # `late on Friday`
    return _dateparser_value(cleaned, anchor) or _leading_date(cleaned, anchor)


def _leading_date(cleaned: str, anchor: Anchor) -> str | None:
    """`November 11, three days later`: the date the span starts with, if it names a month or year."""
    words = cleaned.split()
    for size in range(len(words) - 1, 0, -1):
        prefix = " ".join(words[:size]).rstrip(",;")
        if words[size][:1].isdigit() and not words[size - 1].endswith(","):
            continue  # `February` of `February 30, 2008` is no date the text begins with
        if _DATE_WORDS.search(prefix) and (value := by_rules(prefix, anchor)):
            return value
    return None


@lru_cache(maxsize=64)
def _parser(anchor: dt.date) -> DateDataParser:
    settings = {
        "RELATIVE_BASE": dt.datetime.combine(anchor, dt.time()),
        "PREFER_DATES_FROM": "current_period",
        "DATE_ORDER": "DMY",
    }
    return DateDataParser(languages=["en"], settings=settings)


def _dateparser_value(text: str, anchor: Anchor) -> str | None:
    """dateparser for the long tail, but only on text that names a month, year or numeric date:
    on anything else it reads `six` as June and `68` as 2068."""
    if not _DATE_WORDS.search(text) or anchor is None:
        return None
    data = _parser(anchor).get_date_data(text)
    if data.date_obj is None:
        return None
    found = data.date_obj.date()
    precision = {"day": 10, "week": 10, "month": 7, "year": 4}.get(data.period or "day", 10)
    return found.isoformat()[:precision]


_CLOCK = re.compile(r"(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?\s*(?P<ampm>a\.?m\.?|p\.?m\.?)?(?:\s*(?P<zone>utc|gmt|z))?")
# The words that follow a clock time (`14:30 GMT`, `2300 hours`): read by ner, kind_of and here.
TIME_ZONES = ("gmt", "utc", "bst", "cet", "est", "edt", "pst", "pdt")
HOUR_WORDS = ("hours", "hrs")
CLOCK_SUFFIXES = frozenset((*TIME_ZONES, *HOUR_WORDS, "h"))
_SUFFIX = "|".join(sorted(CLOCK_SUFFIXES, key=len, reverse=True))  # longest first: `hours` before `h`
_MILITARY = re.compile(rf"(?P<h>0\d|1\d|2[0-3])(?P<m>[0-5]\d)(?:\s*(?P<zone>{_SUFFIX}))?")
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}
CLOCK_WORDS = {"noon": "T12:00", "midday": "T12:00", "midnight": "T00:00"}


_LATER_IN_THE_DAY = re.compile(r"\b(?:afternoon|evening|tonight|at night)\b")
_SPOKEN_CLOCK = (  # clock times in words or as Europe writes them, rewritten as `H:MM`
    (re.compile(r"\b(\d{1,2})h(\d{2})?\b"), lambda m: f"{m[1]}:{m[2] or '00'}"),  # `14h30`, `9h`
    (re.compile(r"\b(\d{1,2}) o'?clock\b"), lambda m: f"{m[1]}:00"),
    (re.compile(r"\bhalf past (\d{1,2})\b"), lambda m: f"{m[1]}:30"),
    (re.compile(r"\bquarter past (\d{1,2})\b"), lambda m: f"{m[1]}:15"),
    (re.compile(r"\bquarter to (\d{1,2})\b"), lambda m: f"{(int(m[1]) - 1) % 24}:45"),
    (re.compile(r"\b([1-5]?\d)(?: minutes?)? (?:past|after) (\d{1,2})\b"), lambda m: f"{m[2]}:{int(m[1]):02d}"),
)


def normalize_time(text: str, anchor: Anchor = None) -> str | None:
    """TIME: `18:00` -> `T18:00`, `6 pm` -> `T18:00`, `14h30` and `half past two` as clock
    times, `this morning` -> `2025-03-04TMO`."""
    cleaned = _clean(text)
    for pattern, as_clock in _SPOKEN_CLOCK:
        cleaned = pattern.sub(as_clock, cleaned)
    military = _MILITARY.fullmatch(cleaned)
    if military:  # `0800 GMT`, `2300 hours`, `0630`
        return f"T{military['h']}:{military['m']}{'Z' if military['zone'] in ('gmt', 'utc') else ''}"
    clock = _CLOCK.search(cleaned)
    if clock and (clock["m"] or clock["ampm"]):
        hour = int(clock["h"]) % 12 + (12 if clock["ampm"] and clock["ampm"].startswith("p") else 0)
        hour = hour if clock["ampm"] else int(clock["h"])
        if not clock["ampm"] and hour < 12 and _LATER_IN_THE_DAY.search(cleaned):
            hour += 12  # `half past two in the afternoon`
        zone = "Z" if clock["zone"] else ""
        return f"T{hour:02d}:{int(clock['m'] or 0):02d}{zone}"
    if cleaned in CLOCK_WORDS:
        return CLOCK_WORDS[cleaned]
    for part, code in PARTS_OF_DAY.items():
        if re.search(rf"\b{part}\b", cleaned):
            rest = re.sub(rf"(?:\bin the )?\b{part}\b", "", cleaned).strip()  # `sunday in the morning`
            same_day = {"": 0, "this": 0, "last": -1}  # `last night` is yesterday's
            day = relative(anchor, "day", same_day[rest]) if rest in same_day else normalize_date(rest, anchor)
            return f"{day}T{code}" if day else f"T{code}"
    return normalize_date(text, anchor)
