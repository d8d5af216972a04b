"""A span of clock times, read at both ends: `10 a.m. to 9 p.m.` -> `T10:00/T21:00`, so that
a changed closing hour is a changed fact (the clock normaliser alone reads the first time)."""

from __future__ import annotations

import re

from pipeline.normalize.anchoring import Anchor
from pipeline.normalize.dates import normalize_date, normalize_time
from pipeline.normalize.text import fold, tidy

_SPAN = re.compile(r"(?:from\s+|between\s+)?(?P<start>.+?)\s*(?:\bto\b|\buntil\b|\btill\b|\band\b|-|–|—)\s*(?P<end>.+)")
_HALF_OF_DAY = re.compile(r"[ap]\.?m\.?$")
_CLOCK_VALUE = re.compile(r"T\d{2}:\d{2}Z?")
_LIKE_A_YEAR = re.compile(r"(?:1\d|20)\d\d")  # four digits that could be 24-hour time: a year first


def normalize_clock_span(text: str, anchor: Anchor = None) -> str | None:
    """TIME: a span of two clock times as `start/end`, the first taking the second's a.m. or
    p.m. when it has none (`9 to 11 a.m.`); anything else as `normalize_time` reads it, with
    its day if it names one."""
    return _clock_span(text, anchor) or _on_its_day(text, normalize_time(text, anchor), anchor)


def is_clock_span(text: str) -> bool:
    """Two clock times and nothing else (`between 12 and 8 p.m.`): a time, whatever the label."""
    return _clock_span(text) is not None


def _clock_span(text: str, anchor: Anchor = None) -> str | None:
    span = _SPAN.fullmatch(fold(tidy(text)).strip())
    if span is None:
        return None
    start, end = span["start"].strip(), span["end"].strip()
    if any(_LIKE_A_YEAR.fullmatch(side) for side in (start, end)):
        return None  # `between 2014 and 2016`: years, not 20:14 to 20:16
    if start.isdigit() and (half := _HALF_OF_DAY.search(end)):
        start = f"{start} {half[0]}"
    ends = [normalize_time(start, anchor), normalize_time(end, anchor)]
    return "/".join(ends) if all(value and _CLOCK_VALUE.fullmatch(value) for value in ends) else None  # type: ignore[arg-type]


_CLOCK_PART = re.compile(r"\b\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?(?!\w)|\b\d{1,2}:\d{2}\b")
_LINKING_WORDS = re.compile(r"^(?:at|on|from|by)\s+|[\s,]+(?:at|on|from|by)$")


def _on_its_day(text: str, value: str | None, anchor: Anchor) -> str | None:
    """A clock time with its day (`Monday 10 a.m.` -> `REF-WD1T10:00`, or that Monday's date):
    the day is part of the fact, so `Tuesday 10 a.m.` is another time."""
    if not value or not _CLOCK_VALUE.fullmatch(value):
        return value
    rest, clocks = _CLOCK_PART.subn(" ", fold(tidy(text)))
    rest = _LINKING_WORDS.sub("", rest.strip(" ,"))  # `monday at`
    day = normalize_date(rest, anchor) if rest and clocks else None
    return f"{day}{value}" if day and "T" not in day else value
