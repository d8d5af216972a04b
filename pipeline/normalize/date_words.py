"""The words dates are written with: months and their abbreviations, weekdays, quarters,
seasons, offsets (`last`, `next`), reference words (`now`, `recently`), decades in words, and
the modifiers and prepositions around a date that add nothing to its value."""

from __future__ import annotations

import calendar
import re

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS |= {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
WEEKDAYS |= {name.lower(): i for i, name in enumerate(calendar.day_abbr)} | {"tues": 1, "thur": 3, "thurs": 3}
WEEKDAY_PATTERN = "|".join(sorted(WEEKDAYS, key=len, reverse=True))  # `Mon.` for `Monday`, as tables write it
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
OFFSETS = {"last": -1, "previous": -1, "past": -1, "this": 0, "current": 0, "next": 1, "coming": 1}
PRESENT = {"now", "currently", "present", "nowadays", "at present", "right now", "the present"}
PAST = {"recently", "the past", "in the past", "previously", "formerly", "earlier"}
FUTURE = {"the future", "in the future", "soon", "later"}
DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7}
DECADE_WORDS |= {"eighties": 8, "nineties": 9}  # `the eighties`: the 1980s, as `the '80s`
MONTH_PATTERN = "|".join(sorted(MONTHS, key=len, reverse=True))
# The part of a period a date names, a spinner's synonyms included, as TIMEX3's `mod` writes it.
PERIOD_PARTS: dict[str, tuple[str, ...]] = {
    "START": ("early", "beginning", "start", "outset", "commencement"),
    "MID": ("mid", "middle", "midst"),
    "END": ("late", "end", "close", "conclusion"),
    "1ST_HALF": ("first half", "1st half", "former half"),
    "2ND_HALF": ("second half", "2nd half", "latter half"),
}


def _phrase_index(groups: dict[str, tuple[str, ...]]) -> tuple[dict[str, str], re.Pattern[str]]:
    """Each phrase's group, and a pattern of all phrases (the longest first), whole words."""
    group_of = {phrase: group for group, phrases in groups.items() for phrase in phrases}
    return group_of, re.compile(rf"\b(?:{'|'.join(sorted(group_of, key=len, reverse=True))})\b")


# the part of a period named before it, in a spinner's words too (`the close of June`);
# `early`, `mid` and `late` stand before the period without `of`
_BARE_PARTS = ("early", "mid", "late")
_PART_OF = "|".join(phrase for phrases in PERIOD_PARTS.values() for phrase in phrases if phrase not in _BARE_PARTS)
# a hedge before a date leaves its value (TIMEX3 writes it apart, as `mod`): `around 2005`
MODIFIER = re.compile(
    rf"^(?:{'|'.join(_BARE_PARTS)}|earlier|previously|later|afterwards|(?:the )?(?:{_PART_OF}) of|the spring of|"
    r"about|around|approximately|roughly|circa|sometime in|some time in|"
    r"the summer of|the autumn of|the fall of|the winter of)[\s-]+"
)
PREPOSITION = re.compile(r"^(?:on|in|of|since|by|until|till|from|during|as of|at|before|after)\s+")

_PART_OF_PERIOD, _PART_WORDS = _phrase_index(PERIOD_PARTS)


def period_part(text: str) -> str | None:
    """`START`, `MID`, `END`, `1ST_HALF` or `2ND_HALF` for the part of a period the words name
    (`the close of June`: `END`), None for a whole period."""
    found = _PART_WORDS.search(" ".join(text.lower().replace("-", " ").split()))
    return _PART_OF_PERIOD[found[0]] if found else None


# The words that place a span of time no calendar dates (`the past 12 months`, `the day
# before`), each group one meaning whatever a spinner picks (read by `dates.span_key`).
_SIDES: dict[str, tuple[str, ...]] = {
    "before": (
        *("before", "earlier", "previously", "beforehand", "prior"),
        *("past", "previous", "preceding", "last", "final", "latest"),
    ),
    "after": (
        *("after", "later", "afterwards", "afterward", "subsequently"),
        *("next", "following", "coming", "subsequent", "ensuing", "upcoming"),
    ),
    "several": ("several", "various", "a few", "a number of"),
    "running": ("straight", "consecutive", "successive", "running"),  # `a fourth straight day`
}
SIDE_OF, SIDE_WORDS = _phrase_index(_SIDES)

# Units of time written short, in full: `the end of the yr`, `9.58 sec`, `45 mins`.
UNITS_WRITTEN_SHORT = {
    "sec": "second",
    "min": "minute",
    "hr": "hour",
    "wk": "week",
    "mth": "month",
    "mo": "month",
    "yr": "year",
}
