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
MODIFIER = re.compile(
    r"^(?:early|mid|late|earlier|later|the end of|end of|the beginning of|beginning of|the start of|start of|"
    r"the middle of|middle of|the first half of|the second half of|the spring of|"
    r"the summer of|the autumn of|the fall of|the winter of)[\s-]+"
)
PREPOSITION = re.compile(r"^(?:on|in|of|since|by|until|till|from|during|as of|at|before|after)\s+")
