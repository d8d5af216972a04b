"""A fact that moved: a `missing` and an `added` row of one fact, whose sentence was moved,
split or cut differently, or which moved into another sentence with the same words around it,
are one row of a fact that did not change."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from pipeline.align import content_keys, tokenize
from pipeline.normalize import same_value
from pipeline.normalize.text import tidy
from pipeline.records import FactDiff, Side
from pipeline.screen.wordnet import senses

MOVED_SHARE = 0.6  # share of the shorter sentence's words found in the other: the same sentence


def _same_sentence(left: str, right: str) -> bool:
    """Two sentences are one sentence moved or cut differently when most words of the
    shorter stand in the longer, themselves or as a WordNet synonym."""
    a, b = content_keys(tokenize(left)), content_keys(tokenize(right))
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    if not shorter:
        return False
    found = len(shorter & longer)
    if found / len(shorter) < MOVED_SHARE:  # a spinner's synonyms count as the word (`logo`, `logotype`)
        others = [senses(word) for word in longer - shorter]
        found += sum(any(senses(word) & other for other in others) for word in shorter - longer)
    return found / len(shorter) >= MOVED_SHARE


_AROUND = 3  # words each side of a fact that, the same in both versions, say its clause moved
_WORDS = re.compile(r"\w+")


def _same_words_around(left: Side, right: Side) -> bool:
    """`she said: "I have written to TV3 [about the letter]."` moved into another sentence: the
    fact stands after (or before) the same three words, though most of its sentence is new."""

    def around(side: Side) -> tuple[list[str], list[str]] | None:
        at = side.sentence.find(side.text)
        if at < 0:
            return None
        before, after = (
            _WORDS.findall(side.sentence[:at].lower()),
            _WORDS.findall(side.sentence[at + len(side.text) :].lower()),
        )
        return before[-_AROUND:], after[:_AROUND]

    mine, theirs = around(left), around(right)
    if mine is None or theirs is None:
        return False
    return any(len(own) == _AROUND and own == other for own, other in zip(mine, theirs, strict=True))


def reunite_moved(
    keyed: list[tuple[int, FactDiff]], holds_a_fact: Callable[[Side], bool] = lambda side: True
) -> list[tuple[int, FactDiff]]:
    """A `missing` and an `added` row of the same fact, in the same sentence moved or split
    differently, are one fact that did not change: merge them into one row. So are a row
    `changed` into words that hold no fact (`holds_a_fact` of its compared side is false) and
    the same fact `added` in that sentence: the sentence put its words in another order
    (`fell sharply on Monday` -> `On Monday ... fell strongly`, aligned `Monday` -> `strongly`)."""
    added = [diff for _, diff in keyed if diff.status == "added"]
    merged_ids: set[int] = set()
    result = []
    for position, missing in keyed:
        reordered = missing.status == "changed" and not holds_a_fact(missing.compared)
        if missing.status != "missing" and not reordered:
            continue
        for twin in added:
            if id(twin) in merged_ids or (reordered and twin.compared.sentence != missing.compared.sentence):
                continue
            if same_value(missing.kind, missing.reference.key, twin.compared.key) and (
                _same_sentence(missing.reference.sentence, twin.compared.sentence)
                or _same_words_around(missing.reference, twin.compared)
            ):
                merged_ids.update({id(twin), id(missing)})
                status = "unchanged" if tidy(missing.reference.text) == tidy(twin.compared.text) else "reworded"
                merged = replace(missing, status=status, compared=twin.compared, change="", severity="")
                result.append((position, merged))
                break
    return result + [item for item in keyed if id(item[1]) not in merged_ids]
