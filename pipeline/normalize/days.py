"""Days named by the week or the calendar: `yesterday`, `Tuesday`, `next Tuesday`, `the
weekend`, `the first Sunday of April`, and holidays (`Christmas Eve`, `Thanksgiving`,
`Easter Monday`), each placed by the anchor and, when the text gives no year, the tense."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from dateutil.easter import easter

from pipeline.normalize.anchoring import Anchor, full_years, nearest_year, relative
from pipeline.normalize.date_words import MONTHS, OFFSETS, WEEKDAYS
from pipeline.normalize.tense import TENSE

# Holidays on a fixed day of the year (month, day); the names as `_clean` leaves them (folded,
# possessives gone: `new year's day` -> `new year day`).
FIXED_HOLIDAYS = {
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "boxing day": (12, 26),
    "new year day": (1, 1),
    "new year eve": (12, 31),
    "valentine day": (2, 14),
    "st. patrick day": (3, 17),
    "st patrick day": (3, 17),
    "independence day": (7, 4),
    "4th of july": (7, 4),
    "bastille day": (7, 14),
    "halloween": (10, 31),
    "guy fawkes night": (11, 5),
    "armistice day": (11, 11),
    "remembrance day": (11, 11),
    "veterans day": (11, 11),
}
# Holidays on the nth weekday of a month (-1: the last), as the United States keep them.
WEEKDAY_HOLIDAYS = {
    "thanksgiving": (11, 3, 4),
    "thanksgiving day": (11, 3, 4),
    "labor day": (9, 0, 1),
    "memorial day": (5, 0, -1),
    "martin luther king day": (1, 0, 3),
    "presidents day": (2, 0, 3),
    "columbus day": (10, 0, 2),
}
EASTER_DAYS = {"easter": 0, "easter sunday": 0, "easter day": 0, "good friday": -2, "easter monday": 1}


def _pattern(name: str) -> str:
    """A holiday's name with or without its possessives (`new year's eve`, `presidents' day`)."""
    return r"\s+".join(re.escape(word) + "(?:'s|')?" for word in name.split())


def _name(written: str) -> str:
    return re.sub(r"'s\b|'", "", re.sub(r"\s+", " ", written))


HOLIDAY_PATTERN = "|".join(
    _pattern(name) for name in sorted((*FIXED_HOLIDAYS, *WEEKDAY_HOLIDAYS, *EASTER_DAYS), key=len, reverse=True)
)


def named_day(match: re.Match[str], anchor: Anchor) -> str:
    return relative(anchor, "day", {"yesterday": -1, "today": 0, "tomorrow": 1}[match["word"]])


def weekend(match: re.Match[str], anchor: Anchor) -> str:
    """`last weekend`, `next weekend`; a bare `the weekend` (or `this past weekend`) in a
    sentence of the past is the latest one begun, else this week's."""
    rel = match["rel"]
    if (rel is None and TENSE.get() == "past") or rel == "past":
        begun = anchor is not None and anchor.weekday() >= 5
        return f"{relative(anchor, 'week', 0 if begun else -1)}-WE"
    return f"{relative(anchor, 'week', OFFSETS.get(rel or 'this', 0))}-WE"


def weekday(match: re.Match[str], anchor: Anchor) -> str:
    """A bare weekday is the latest such day on or before publication; in a sentence of the
    future the next one; in one of no tense the next one when it is one or two days ahead
    (news says "on Wednesday" on a Tuesday for tomorrow). `next Tuesday` is the first after it."""
    target = WEEKDAYS[match["weekday"]]
    if anchor is None:
        return f"REF-WD{target + 1}"
    back = (anchor.weekday() - target) % 7
    if match["last"] and back == 0:
        back = 7
    ahead = (target - anchor.weekday()) % 7
    if match["next"]:
        return (anchor + dt.timedelta(days=ahead or 7)).isoformat()
    tense = TENSE.get()
    if not match["last"] and tense != "past" and (tense == "future" or 0 < ahead <= 2):
        return (anchor + dt.timedelta(days=ahead)).isoformat()
    return (anchor - dt.timedelta(days=back)).isoformat()


def _nth_of_month(year: int, month: int, weekday_number: int, n: int) -> dt.date | None:
    days = [
        d for d in calendar.Calendar().itermonthdates(year, month) if (d.month, d.weekday()) == (month, weekday_number)
    ]
    index = -1 if n == -1 else n - 1
    return days[index] if index < len(days) else None


def nth_weekday(match: re.Match[str], anchor: Anchor) -> str:
    """`the first Sunday of April`, `the last Friday in May 2009`: that day of that month."""
    month, weekday_number = MONTHS[match["month"]], WEEKDAYS[match["weekday"]]
    year = match["year"] or nearest_year(anchor, month, None)
    if year == "XXXX":
        return f"XXXX-{month:02d}"
    day = _nth_of_month(int(year), month, weekday_number, -1 if match["n"] == "last" else int(match["n"][0]))
    return day.isoformat() if day else f"{year}-{month:02d}"  # no fifth: the month


def holiday(match: re.Match[str], anchor: Anchor) -> str:
    """`Christmas Eve`, `Thanksgiving 2006`, `Easter Monday`: that day of the year written or,
    with none, of the year the tense places it in (as a day and month without a year)."""
    name, written = _name(match["holiday"]), match["year"]
    if name in EASTER_DAYS:
        year = written or nearest_year(anchor, 4, 10)  # Easter falls from 22 March to 25 April
        return "" if year == "XXXX" else (easter(int(year)) + dt.timedelta(days=EASTER_DAYS[name])).isoformat()
    if name in FIXED_HOLIDAYS:
        month, day_of_month = FIXED_HOLIDAYS[name]
        year = written or nearest_year(anchor, month, day_of_month)
        return f"{year}-{month:02d}-{day_of_month:02d}"
    month, weekday_number, n = WEEKDAY_HOLIDAYS[name]
    year = written or nearest_year(anchor, month, 7 * n if n > 0 else 28)
    if year == "XXXX":
        return f"XXXX-{month:02d}"
    return _nth_of_month(int(year), month, weekday_number, n).isoformat()  # type: ignore[union-attr]


def numeric_date(match: re.Match[str], anchor: Anchor) -> str:
    """`02/03/2015` day first, as most of the world writes it; `12/31/2015` month first, where
    the second number cannot be a month; and month first where that reading lies nearer the
    publication date (`7/8/07` in an article of 9 July 2007 is 8 July: American copy writes
    the month first). Dots (`14.02.2024`) are Europe's: day first. Two-digit years take the
    nearest century."""
    year = int(full_years(f"'{match['y']}", anchor) if len(match["y"]) == 2 else match["y"])
    readings = []
    for day, month in ((match["a"], match["b"]), (match["b"], match["a"])):
        try:
            readings.append(dt.date(year, int(month), int(day)))
        except ValueError:
            continue
    if not readings:
        return ""
    if anchor is not None and "." not in match[0]:  # a slash or a dash: either order is written
        readings.sort(key=lambda reading: abs((reading - anchor).days))  # stable: day first on a tie
    return readings[0].isoformat()


_SLASHED = re.compile(r"\s*(\d{1,2})[/-](\d{1,2})[/-](?:\d{4}|\d{2})\s*")


def read_either_way(text: str, value: str, other: str) -> bool:
    """`12/05/2019` is 12 May or 5 December: written so, it is the same date as either
    (`12 May 2019` in the other version settles which), however the publication date chose."""
    both = _SLASHED.fullmatch(text)
    if not both or int(both[1]) > 12 or int(both[2]) > 12 or not re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return False
    return other == f"{value[:4]}-{value[8:10]}-{value[5:7]}"
