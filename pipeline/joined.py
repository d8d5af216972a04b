"""Mentions the model cut in two, made one: a day and the part of it after it (`Wednesday
afternoon`), a qualifier and the amount it qualifies (`as much as` and `800 points`), the two
numbers of a share (`three in 10`), a fraction of a scale (`a quarter` and `of a million`), a
number and its unit of more than one word. Run on a
parsed piece after the shape rules, which find the numbers the model left untagged.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from pipeline.kinds import label_info
from pipeline.normalize.date_words import WEEKDAY_PATTERN
from pipeline.normalize.dates import PARTS_OF_DAY
from pipeline.normalize.number_words import RANGE_WORDS, UNITS
from pipeline.normalize.qualifiers import split_qualifier
from pipeline.records import Mention

_PART_OF_DAY_AFTER = re.compile(rf"(?: in the)? ({'|'.join(part for part in PARTS_OF_DAY if part != 'tonight')})\b")
_DAY_WORD = re.compile(rf"\b(?:yesterday|today|tomorrow|{WEEKDAY_PATTERN})\b", re.IGNORECASE)


def with_parts_of_day(text: str, mentions: list[Mention]) -> list[Mention]:
    """`Wednesday afternoon`, `tomorrow morning`, `Sunday in the morning` (as translated): a
    day and the part of it after it are one time (TIMEX3 writes `2007-03-14TAF`), whether the
    model tagged the part apart or not at all."""
    joined: list[Mention] = []
    skip = -1
    for index, mention in enumerate(mentions):
        if index == skip:
            continue
        part = _PART_OF_DAY_AFTER.match(text, mention.end)
        if mention.label == "DATE" and _DAY_WORD.search(mention.text.split()[-1]) and part:
            following = mentions[index + 1] if index + 1 < len(mentions) else None
            if following is not None and following.start < part.end():
                if (following.start, following.end) != part.span(1):
                    joined.append(mention)  # the model read the words after as another fact
                    continue
                skip = index + 1
            end = part.end()
            mention = Mention(mention.doc_id, mention.sentence, mention.start, end, "TIME", text[mention.start : end])
        joined.append(mention)
    return joined


def with_qualifiers_joined(text: str, mentions: list[Mention]) -> list[Mention]:
    """`lost as much as 800 points`, tagged `as much as` and (by its shape) `800`: a qualifier
    the model tagged as an amount of its own is one mention with the amount right after it;
    with none after it, it is no fact."""

    def label(previous: Mention, mention: Mention) -> str | None:
        qualified = _qualifier_only(previous) and _amount(mention) and not text[previous.end : mention.start].strip()
        return mention.label if qualified else None

    return [m for m in _joined_where(text, mentions, label) if not _qualifier_only(m)]


_RATIO_WORDS = re.compile(r"[ \t]+(?:in|out[ \t]+of)[ \t]+")


def with_ratios_joined(text: str, mentions: list[Mention]) -> list[Mention]:
    """`Three in 10 adults`, `one out of five`, which the model tags as two numbers: one share
    (`3/10`, the same as `30 per cent`)."""

    def label(previous: Mention, mention: Mention) -> str | None:
        both = previous.label == mention.label == "CARDINAL"
        return "CARDINAL" if both and _RATIO_WORDS.fullmatch(text, previous.end, mention.start) else None

    return _joined_where(text, mentions, label)


_RANGE_WORDS_END = "|".join(word for word in RANGE_WORDS if word.isalpha())  # after a space, unlike a dash
_RANGE_END = re.compile(
    rf"[ \t]+(?:{_RANGE_WORDS_END})$|[ \t]*[{''.join(w for w in RANGE_WORDS if not w.isalpha())}]$", re.IGNORECASE
)


_TALLY = re.compile(r"[ \t]+(?:to|-|–)[ \t]+|[-–]")
_DIGITS = re.compile(r"\d+")


def with_ranges_joined(text: str, mentions: list[Mention]) -> list[Mention]:
    """`about two or` + `three miles`: a range the model cut after its connector and whose end
    it tagged apart is one amount, of the end's label (its unit is there); and `218` + `212` of
    `passed 218 to 212`, a tally or a score, as the model reads `218-212`."""

    def label(previous: Mention, mention: Mention) -> str | None:
        cut = _amount(previous) and _amount(mention) and _RANGE_END.search(previous.text)
        if cut and not text[previous.end : mention.start].strip():
            return mention.label
        numbers = _DIGITS.fullmatch(previous.text) and _DIGITS.fullmatch(mention.text)
        tally = previous.label == mention.label == "CARDINAL" and numbers
        return "CARDINAL" if tally and _TALLY.fullmatch(text, previous.end, mention.start) else None

    return _joined_where(text, mentions, label)


_FRACTION_END = re.compile(r"\b(?:half|thirds?|quarters?|fifths?|tenths?)$", re.IGNORECASE)
_OF_A = re.compile(r"[ \t]+of(?:[ \t]+an?)?[ \t]+")
_SCALE_FIRST = re.compile(r"(?:an?[ \t]+)?(?:thousand|million|billion|trillion)\b", re.IGNORECASE)


def with_fractions_of_scales(text: str, mentions: list[Mention]) -> list[Mention]:
    """`A quarter of a million people`, tagged `A quarter` and `million`, or `about a third` and
    `a billion dollars`: one amount (250,000), money when its second part is."""

    def label(previous: Mention, mention: Mention) -> str | None:
        if not (_amount(previous) and _amount(mention) and _FRACTION_END.search(previous.text)):
            return None
        if not (_OF_A.fullmatch(text, previous.end, mention.start) and _SCALE_FIRST.match(mention.text)):
            return None
        return mention.label if mention.label == "MONEY" else previous.label

    return _joined_where(text, mentions, label)


def _joined_where(
    text: str, mentions: list[Mention], label_of: Callable[[Mention, Mention], str | None]
) -> list[Mention]:
    """Each mention made one with the mention before it in its sentence where `label_of` gives
    the label of the two as one."""
    joined: list[Mention] = []
    for mention in mentions:
        previous = joined[-1] if joined else None
        if previous and previous.sentence == mention.sentence and (label := label_of(previous, mention)):
            joined[-1] = replace(previous, end=mention.end, label=label, text=text[previous.start : mention.end])
        else:
            joined.append(mention)
    return joined


# Units of more than one word (`104` + `miles per hour`), longest first; no single word, which
# may be the sentence's own (`5 m`, `3 pounds`).
_LONG_UNIT_AFTER = re.compile(
    rf"[ \t]+(?:{'|'.join(sorted((u for u in UNITS if ' ' in u), key=len, reverse=True))})\b", re.IGNORECASE
)


def with_long_units(text: str, mentions: list[Mention]) -> list[Mention]:
    """A number and the unit of more than one word after it that the model (or a shape rule)
    left off: one quantity (`as much as 104 miles per hour`, the number found by its shape)."""
    widened = []
    for index, mention in enumerate(mentions):
        unit = _LONG_UNIT_AFTER.match(text, mention.end) if mention.label == "CARDINAL" else None
        following = mentions[index + 1].start if index + 1 < len(mentions) else len(text)
        if unit and unit.end() <= following:
            mention = replace(mention, end=unit.end(), label="QUANTITY", text=text[mention.start : unit.end()])
        widened.append(mention)
    return widened


# `a quarter` + ` point`, `half` + ` a percentage point`: a rate's move, which the model cuts at the fraction
_POINTS_AFTER = re.compile(r"(?:[ \t]+of)?(?:[ \t]+an?)?[ \t-]+(?:percentage[ \t-]+)?points?\b", re.IGNORECASE)


def with_points(text: str, mentions: list[Mention]) -> list[Mention]:
    """A fraction and the points after it that the model left off: one move of a rate
    (`a quarter point`, `a half-point`, `half a percentage point` = `25 basis points`...)."""
    widened = []
    for index, mention in enumerate(mentions):
        points = _POINTS_AFTER.match(text, mention.end) if _FRACTION_END.search(mention.text) else None
        following = mentions[index + 1].start if index + 1 < len(mentions) else len(text)
        if points and _amount(mention) and points.end() <= following:
            mention = replace(mention, end=points.end(), label="PERCENT", text=text[mention.start : points.end()])
        widened.append(mention)
    return widened


def _amount(mention: Mention) -> bool:
    return label_info(mention.label).kind == "amount"


def _qualifier_only(mention: Mention) -> bool:
    qualifier, rest = split_qualifier(f"{mention.text.lower()} 1")
    return _amount(mention) and bool(qualifier) and rest == "1"
