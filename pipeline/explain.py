"""The `change` column and the severity of a changed fact: what its row says changed.

`Criminal -> Wrongdoer` for a name, `2025-05-09 -> 2025-05-10` for a value, `... no longer a
date` for a counterpart of no value of the kind, `qualifier about -> over`, `part of the period
end -> start`, `...: spelling`; each at the severity `pipeline.kinds` gives it.
"""

from __future__ import annotations

import re

from pipeline.counterparts import spelling_variant
from pipeline.kinds import (
    KINDS,
    NAME_KINDS,
    PERIOD_PART_SEVERITY,
    QUALIFIER_SEVERITY,
    SPELLING_SEVERITY,
    UNTYPED_SEVERITY,
)
from pipeline.normalize.date_words import period_part
from pipeline.normalize.text import differing_words, tidy


def flat(text: str) -> str:
    """Words on one line: an explanation does not keep the line breaks of a wrapped copy."""
    return " ".join(text.split())


def word_change(before: str, after: str) -> str:
    """`International Criminal Court` / `International Wrongdoer Court` -> `Criminal -> Wrongdoer`."""
    old, new = differing_words(tidy(before).split(), tidy(after).split())
    return f"{' '.join(old) or '(nothing)'} -> {' '.join(new) or '(nothing)'}"


def explain(kind: str, ref_text: str, cmp_text: str, ref_value: str, cmp_value: str, typed: bool) -> tuple[str, str]:
    """(change, severity) of a fact whose counterpart says something else."""
    if not typed:
        return f"{flat(ref_text)} -> {flat(cmp_text)}: no longer a {KINDS[kind].noun}", UNTYPED_SEVERITY
    if kind == "date" and ref_value == cmp_value and other_part(ref_text, cmp_text):
        return f"{ref_value}: part of the period {word_change(ref_text, cmp_text)}", PERIOD_PART_SEVERITY
    if kind in NAME_KINDS and spelling_variant(ref_text, cmp_text):
        return f"{word_change(ref_text, cmp_text)}: spelling", SPELLING_SEVERITY
    if kind in NAME_KINDS or ref_value == cmp_value:  # `several years ago` -> `several days ago`
        return word_change(ref_text, cmp_text), KINDS[kind].changed_severity
    if _only_hedged(ref_value, cmp_value):
        return f"{ref_value} -> {cmp_value}: qualifier {word_change(ref_text, cmp_text)}", QUALIFIER_SEVERITY
    return f"{ref_value} -> {cmp_value}", KINDS[kind].changed_severity


_QUALIFIED = re.compile(r"(?P<currency>[A-Z]{3} )?(?P<qualifier>[<>=~]*)(?P<rest>.+)")  # `USD ~5000`


def _only_hedged(left: str, right: str) -> bool:
    """The same value with another qualifier, neither of which turns the bound around
    (`<~30` -> `~30`, `>4000` -> `4000`; not `>4000` -> `<4000`)."""
    ahead, behind = _QUALIFIED.fullmatch(left), _QUALIFIED.fullmatch(right)
    if not (ahead and behind) or (ahead["currency"], ahead["rest"]) != (behind["currency"], behind["rest"]):
        return False
    bounds = {ahead["qualifier"].strip("~="), behind["qualifier"].strip("~=")}
    return ahead["qualifier"] != behind["qualifier"] and bounds != {"<", ">"}


def other_part(left: str, right: str) -> bool:
    """Both name a part of the period, not the same one (`end of June` -> `start of June`); a
    part on one side only may be the model's span, not the writer's words."""
    parts = period_part(left), period_part(right)
    return None not in parts and parts[0] != parts[1]


_TIME_UNIT = re.compile(r"\b(decade|year|month|week|day|hour)s?\b", re.IGNORECASE)


def time_units(text: str) -> set[str]:
    return {unit.lower() for unit in _TIME_UNIT.findall(text)}
