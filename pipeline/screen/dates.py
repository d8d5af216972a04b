"""corrupted_date: a word standing where a month should be.

Three month names are also common words, and a spinner swaps them for synonyms of that
word: May -> Might or Could, March -> Walk, August -> Majestic. A capitalised synonym of
one of them next to a day number or a year is a month that was swapped; so is any
capitalised dictionary word between a day number and a year ("9 Wonderful 2015").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.screen import Finding, Page, detector
from pipeline.screen.words import is_common_word, is_month

# The spinner's synonyms of the three month names that are also English words.
MONTH_STAND_INS: dict[str, str] = {
    **dict.fromkeys("might could can should would must will".split(), "May"),
    **dict.fromkeys("walk march marching parade stride trek hike protest demonstration".split(), "March"),
    **dict.fromkeys(
        "majestic grand noble distinguished venerable dignified imposing stately magnificent regal lofty".split(),
        "August",
    ),
}
_DAY = r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]|20)\d\d"
_WORD = r"[A-Z][a-z]+"
_LEAD = r"(?i:on|in|since|until|till|by|from|before|after|of|early|late|mid|last|next|through)"
# (pattern, group of the stand-in word, whether any common word counts or only a month's stand-in)
_PATTERNS: list[tuple[re.Pattern[str], str, bool]] = [
    (re.compile(rf"\b{_DAY}\s+(?P<word>{_WORD}),?\s+{_YEAR}\b"), "word", True),  # 9 Might 2015
    (re.compile(rf"\b(?P<word>{_WORD})\s+{_DAY},\s+{_YEAR}\b"), "word", True),  # Majestic 24, 2009
    (re.compile(rf"\b{_LEAD}\s+{_DAY}\s+(?P<word>{_WORD})\b"), "word", False),  # on 9 Might
    (re.compile(rf"\b{_LEAD}\s+(?P<word>{_WORD})\s+(?:{_DAY}|{_YEAR})\b"), "word", False),  # in Could 2008
]


def _reason(word: str) -> str:
    month = MONTH_STAND_INS.get(word.lower())
    if month:
        return f"'{word}' stands where a month belongs, next to a day or a year: '{month}' swapped for a synonym?"
    return f"'{word}' stands between a day and a year, where a month belongs, but is no month"


@detector("corrupted_date")
def corrupted_date(page: Page) -> Iterator[Finding]:
    seen: set[int] = set()
    for pattern, group, any_word in _PATTERNS:
        for match in pattern.finditer(page.text):
            word, start = match.group(group), match.start(group)
            if start in seen or is_month(word):
                continue
            if word.lower() in MONTH_STAND_INS or (any_word and is_common_word(word)):
                seen.add(start)
                yield Finding(start, match.end(group), _reason(word))
