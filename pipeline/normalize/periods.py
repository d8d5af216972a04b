"""Parts of a year as TIMEX3 values: seasons, quarters, halves and fiscal years, each placed
in the year written, the year named (`last year's`), or for a bare one by the tense of its
sentence (the latest begun, or in a sentence of the future the next one not over)."""

from __future__ import annotations

import re

from pipeline.normalize.anchoring import Anchor, nearest_year, relative, shift_year
from pipeline.normalize.date_words import OFFSETS, SEASONS
from pipeline.normalize.names import roman_value
from pipeline.normalize.tense import TENSE

SEASON_MIDDLES = {"SP": 4, "SU": 7, "FA": 10, "WI": 12}  # a month of each (winter: by the year it begins)


def season(match: re.Match[str], anchor: Anchor) -> str:
    """`summer 2007`, `last winter`; a bare `the spring` in a sentence of the past or the
    future is the latest one begun or the next one to come, as a month without its year."""
    code = SEASONS[match["season"]]
    if match["year"]:
        return f"{match['year']}-{code}"
    if match["rel"] is None and anchor is not None and TENSE.get():
        return f"{nearest_year(anchor, SEASON_MIDDLES[code], None)}-{code}"
    offset = OFFSETS.get(match["rel"] or "this", 0)
    return f"{shift_year(anchor, offset)}-{code}"


def part_of_year(number: int, parts: int, match: re.Match[str], anchor: Anchor) -> str:
    """The year of a quarter (4 parts) or half (2): the one written (`2006 fourth-quarter`,
    `first half of 2008`), `last year`'s, or for a bare one the latest begun; in a sentence
    of the future the next one not over (`expects a rise in the fourth quarter`)."""
    written = match.groupdict()
    year = written.get("year") or written.get("year_before")
    if year:
        return year
    if written.get("rel") or anchor is None:
        return shift_year(anchor, OFFSETS.get(written.get("rel") or "this", 0))
    current = (anchor.month - 1) * parts // 12 + 1
    if TENSE.get() == "future":
        return f"{anchor.year + (number < current):04d}"
    return f"{anchor.year - (number > current):04d}"


def quarter(match: re.Match[str], anchor: Anchor) -> str:
    """A quarter, or a half as a desk writes it short (`H1 2020`, as `Q3 2021`)."""
    number = 4 if match["q"] in ("final", "last") else int(re.sub(r"\D", "", match["q"]) or 1)
    parts, letter = (2, "H") if match["q"].startswith("h") else (4, "Q")
    return f"{part_of_year(number, parts, match, anchor)}-{letter}{number}"


def relative_quarter(match: re.Match[str], anchor: Anchor) -> str:
    return _quarter_from(anchor, OFFSETS[match["rel"]])


def _quarter_from(anchor: Anchor, offset: int) -> str:
    """The anchor's quarter moved by `offset` quarters (a relative value with no anchor)."""
    if anchor is None:
        return f"REF{offset:+d}Q"
    index = anchor.year * 4 + (anchor.month - 1) // 3 + offset
    return f"{index // 4:04d}-Q{index % 4 + 1}"


def half(match: re.Match[str], anchor: Anchor) -> str:
    number = int(match["h"][0])
    return f"{part_of_year(number, 2, match, anchor)}-H{number}"


def fiscal_year(match: re.Match[str], anchor: Anchor) -> str:
    """`the financial year`, `last fiscal year`: the year's number as an approximation of the
    fiscal year (companies' fiscal years end in different months)."""
    return f"FY{shift_year(anchor, OFFSETS.get(match['rel'] or 'this', 0))}"


def months_of_year(match: re.Match[str], anchor: Anchor) -> str:
    """`the first three months of the year` is its first quarter, the first six its first half,
    and the first nine the months they are (`2008-01/2008-09`), as a range is written; the last
    (or final) three are its fourth quarter, the last six its second half."""
    year = match["year"] or shift_year(anchor, OFFSETS.get(match["rel"] or "this", 0))
    months = int(match["n"])
    if match["end"]:
        return {3: f"{year}-Q4", 6: f"{year}-H2"}.get(months, f"{year}-{13 - months:02d}/{year}-12")
    return {3: f"{year}-Q1", 6: f"{year}-H1"}.get(months, f"{year}-01/{year}-{months:02d}")


def reported_quarter(anchor: Anchor, years_back: int = 0, over: bool = False) -> str:
    """The quarter a report speaks of when it names none (`the quarter`, `the year-ago quarter`):
    in a sentence of the past, or when it is `over` (`the latest quarter`), the latest quarter
    that has ended, since results come after their quarter; else the current one."""
    back = 1 if over or TENSE.get() == "past" else 0
    return _quarter_from(anchor, -back - 4 * years_back)


def same_unit_a_year_before(unit: str, anchor: Anchor) -> str:
    """`the same month a year ago`, `the same quarter last year`, `the year-earlier quarter`:
    that unit of the anchor, a year back; a `period` or `time` of no named unit, that year."""
    if anchor is None:
        return "REF-1Y"
    before = anchor.replace(year=anchor.year - 1, day=min(anchor.day, 28) if anchor.month == 2 else anchor.day)
    if unit in ("period", "time"):
        return shift_year(anchor, -1)
    if unit == "quarter":
        return reported_quarter(anchor, years_back=1)
    return relative(before, unit, 0)


def century(match: re.Match[str], anchor: Anchor) -> str:
    """`the 19th century`, or `the XIX century` as Europe numbers it -> `18` (TIMEX3's century)."""
    written = match["n"]
    number = int(written[:-2]) if written[0].isdigit() else roman_value(written)
    return f"{number - 1:02d}"
