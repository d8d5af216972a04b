"""Dates placed against the anchor, the document's publication date: relative dates
(`last year`, `next week`), dates written without a year, two-digit years."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from pipeline.normalize.tense import TENSE

Anchor = dt.date | None
UNIT_CODES = {"year": "Y", "month": "M", "week": "W", "day": "D"}


def shift_year(anchor: Anchor, offset: int) -> str:
    return f"{anchor.year + offset:04d}" if anchor else f"REF{offset:+d}Y"


def relative(anchor: Anchor, unit: str, offset: int) -> str:
    """`last year`, `this month`, `next week` relative to the anchor."""
    if anchor is None:
        return f"REF{offset:+d}{UNIT_CODES[unit]}"
    if unit == "year":
        return shift_year(anchor, offset)
    if unit == "month":
        index = anchor.year * 12 + anchor.month - 1 + offset
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    if unit == "week":
        year, week, _ = (anchor + dt.timedelta(weeks=offset)).isocalendar()
        return f"{year:04d}-W{week:02d}"
    return (anchor + dt.timedelta(days=offset)).isoformat()


GRACE_DAYS = 7  # a past-tense date may lie a few days after the anchor (time zones, late copy)


def nearest_year(anchor: Anchor, month: int, day: int | None) -> str:
    """A date written without a year: in a past-tense sentence the latest such date not after
    the anchor (a week's grace), in a future one the first not before it, else the nearest.
    A month alone counts from its first day in the past (`October's sales were weak`, said on
    6 October: it has begun) and to its last in the future (it is not over)."""
    if anchor is None:
        return "XXXX"
    tense = TENSE.get()
    alone = {"past": 1, "future": 28}.get(tense, 15)

    years = (anchor.year - 1, anchor.year, anchor.year + 1)
    chosen = _by_tense([dt.date(year, month, min(day or alone, 28)) for year in years], anchor)
    return f"{chosen.year:04d}" if chosen else "XXXX"  # a year back is never after the anchor: one is chosen


def nearest_month(anchor: Anchor, day: int) -> str | None:
    """`on the 18th`: that day of the anchor's month or of a month beside it, chosen by tense
    as `nearest_year` chooses a year; None where no such month has the day."""
    if anchor is None:
        return f"XXXX-XX-{day:02d}"
    months = [(anchor.year * 12 + anchor.month - 1 + shift) for shift in (-2, -1, 0, 1, 2)]
    dates = [dt.date(m // 12, m % 12 + 1, day) for m in months if day <= calendar.monthrange(m // 12, m % 12 + 1)[1]]
    chosen = _by_tense(dates, anchor)
    return chosen.isoformat() if chosen else None


def _by_tense(dates: list[dt.date], anchor: dt.date) -> dt.date | None:
    """Of dates a year or a month apart, the one the tense points to: in the past the nearest
    not after the anchor (a week's grace), in the future the nearest not before it, else the
    nearest. (Candidates that far apart make the latest not after the anchor the nearest.)"""
    tense = TENSE.get()
    if tense == "past":
        dates = [d for d in dates if (d - anchor).days <= GRACE_DAYS]
    elif tense == "future":
        dates = [d for d in dates if (anchor - d).days <= GRACE_DAYS]
    return min(dates, key=lambda d: abs((d - anchor).days), default=None)


_SHORT_YEAR = re.compile(r"['’](\d{2})(?!\w)")


def full_years(text: str, anchor: Anchor) -> str:
    """`'98` -> `1998`, `summer of '04` -> `summer of 2004`: the century that puts the year
    nearest the anchor's (at most ten years after it). `the '90s` is a decade, left alone."""
    base = anchor.year if anchor else dt.date.today().year  # no anchor: the years around now

    def year(match: re.Match[str]) -> str:
        candidate = base // 100 * 100 + int(match[1])
        return str(candidate - 100 if candidate > base + 10 else candidate)

    return _SHORT_YEAR.sub(year, text)
