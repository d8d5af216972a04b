"""corrupted_date: a word standing where a month should be.

Three month names are also common words, and a spinner swaps them for synonyms of that
word: May -> Might or Could, March -> Walk, August -> Majestic. A capitalised synonym of
one of them next to a day number or a year is a month that was swapped; so is any
capitalised dictionary word between a day number and a year ("9 Wonderful 2015").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from pipeline.normalize.dates import normalize_date
from pipeline.normalize.tense import in_tense, sentence_tense
from pipeline.screen import Finding, Page, detector
from pipeline.screen.words import MONTHS, is_common_word, is_month

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


# A sentence that tells of the past but whose date may still lie ahead of the writer.
_EXPECTED = re.compile(  # lower case: `May` is a month
    r"\b(?:expected|scheduled|planned|plans?|due|set to|until|till|by|from|deadline|will|would|could|"
    r"should|may|might|to be|begin|begins|starting|next|upcoming|forthcoming|[Ww]ill|[Ww]ould)\b"
)
_PAST_VERB = re.compile(r"\b(?:was|were|had|did|\w{3,}ed)\b")
LATE_COPY_DAYS = 2  # a date a day or two after the article's date: time zones, late copy
NEAR_DAYS = 60  # a date without its year is read as the nearest one only this close ahead


def _first_day(value: str) -> dt.date | None:
    """The first day a normalised date (`2009-07-15`, `2009-07`) can mean, or None for other values."""
    match = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?", value)
    if not match:
        return None
    try:
        return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3) or 1))
    except ValueError:  # `2008-02-30`, as dateparser or a numeric date may still write one
        return None


@detector("date_after_publication")
def date_after_publication(page: Page) -> Iterator[Finding]:
    """A calendar date later than the article itself, in a sentence that tells of the past with
    no word of expectation: the event cannot have happened yet, so a month was likely swapped
    for another (`signed the agreement on July 15` in an article of 18 June)."""
    if page.published is None:
        return
    for mention in page.parsed.mentions:
        if mention.label != "DATE" or not any(month in mention.text for month in MONTHS):
            continue
        sentence = page.parsed.sentence_text(page.text, mention.sentence) if page.parsed.sentences else ""
        if _EXPECTED.search(sentence) or not (sentence_tense(sentence) == "past" or _PAST_VERB.search(sentence)):
            continue
        with in_tense(""):  # the nearest reading: what the words say, not what the tense makes of them
            first = _first_day(normalize_date(mention.text, page.published) or "")
        ahead = (first - page.published).days if first is not None else 0
        has_year = bool(re.search(r"\b\d{4}\b", mention.text))
        if ahead > LATE_COPY_DAYS and (has_year or ahead <= NEAR_DAYS):  # else: last year's, surely
            reason = (
                f"'{mention.text}' is later than the article's own date ({page.published.isoformat()}), "
                "in a sentence that tells of the past: a month swapped for another?"
            )
            yield Finding(mention.start, mention.end, reason)


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
