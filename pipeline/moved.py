"""A fact that moved: a `missing` and an `added` row of one fact, whose sentence was moved,
split or cut differently, or which moved into another sentence with the same words around it,
are one row of a fact that did not change; so is a fact that word alignment lost in a
sentence whose words were put in another order, and a name still written there untagged."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from pipeline.align import content_keys, tokenize
from pipeline.kinds import NAME_KINDS
from pipeline.normalize import same_value
from pipeline.normalize.demonyms import as_place
from pipeline.normalize.text import name_key, tidy, without_designator
from pipeline.records import Fact, FactDiff, Side
from pipeline.screen.wordnet import senses

Reached = Callable[[Side], list[int]]  # the compared facts under a side
Span = tuple[int, int]

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


def _same_words_around(left: Side, right: Side, texts: tuple[str, str] | None = None) -> bool:
    """`she said: "I have written to TV3 [about the letter]."` moved into another sentence: the
    fact stands after (or before) the same three words, though most of its sentence is new.
    With the versions' `texts`, the words are read across sentence ends too: a copy whose
    sentences are cut elsewhere (`[PMID: 5433709]` on a line of its own) keeps them."""

    def around(side: Side, text: str | None) -> tuple[list[str], list[str]] | None:
        if text is not None and side.start is not None and side.end is not None:
            before, after = text[max(0, side.start - 200) : side.start], text[side.end : side.end + 200]
        elif (at := side.sentence.find(side.text)) >= 0:
            before, after = side.sentence[:at], side.sentence[at + len(side.text) :]
        else:
            return None
        return _WORDS.findall(before.lower())[-_AROUND:], _WORDS.findall(after.lower())[:_AROUND]

    mine, theirs = around(left, texts and texts[0]), around(right, texts and texts[1])
    if mine is None or theirs is None:
        return False
    return any(len(own) == _AROUND and own == other for own, other in zip(mine, theirs, strict=True))


def reunite_moved(
    keyed: list[tuple[int, FactDiff]], texts: tuple[str, str] | None = None
) -> list[tuple[int, FactDiff]]:
    """A `missing` and an `added` row of the same fact, in the same sentence moved or split
    differently, are one fact that did not change: merge them into one row. `texts`: the
    reference's and the compared version's, where the words around a fact are read."""
    added = [diff for _, diff in keyed if diff.status == "added"]
    merged_ids: set[int] = set()
    result = []
    for position, missing in keyed:
        if missing.status != "missing":
            continue
        for twin in added:
            if id(twin) in merged_ids:
                continue
            if same_value(missing.kind, missing.reference.key, twin.compared.key) and (
                _same_sentence(missing.reference.sentence, twin.compared.sentence)
                or _same_words_around(missing.reference, twin.compared, texts)
            ):
                merged_ids.update({id(twin), id(missing)})
                result.append((position, _joined(missing, twin.compared)))
                break
    return result + [item for item in keyed if id(item[1]) not in merged_ids]


def rejoin_reordered(
    keyed: list[tuple[int, FactDiff]], facts: list[Fact], side_of: Callable[[int], Side], reached: Reached
) -> set[int]:
    """Rows of reference facts that word alignment lost in a sentence whose words a rewrite or
    translation put in another order (`GM's sales ... fell in June` -> `In June the sales of GM
    dropped`: `GM` aligned to `In June the`, `June` to nothing) rejoined, in place, with the
    compared fact of the same value in that sentence that no reference fact of its kind
    reached (`reached`: the compared facts under a side). Only a row `missing`, or `changed`
    into words that hold no fact of its kind, is rejoined, so two facts that swapped places
    stay two changes. Returns the compared facts rejoined."""
    own = [{i for i in reached(diff.compared) if facts[i].kind == diff.kind} for _, diff in keyed]
    taken = set().union(*own)
    by_value: dict[tuple[str, str], list[int]] = {}
    for index, fact in enumerate(facts):
        if index not in taken:
            by_value.setdefault((fact.kind, _value_key(fact.kind, fact.surface)), []).append(index)
    rejoined: set[int] = set()
    for at, (position, diff) in enumerate(keyed):
        if diff.status not in ("changed", "missing") or own[at]:  # a fact of its kind reached: a change
            continue
        for index in by_value.get((diff.kind, _value_key(diff.kind, diff.reference.key)), []):
            side = side_of(index)
            if index not in rejoined and _same_fact_reordered(diff, side):
                rejoined.add(index)
                keyed[at] = (position, _joined(diff, side))
                break
    return rejoined


def _joined(diff: FactDiff, compared: Side) -> FactDiff:
    """A reference fact's row with the compared side found to be its own: no change."""
    status = "unchanged" if tidy(diff.reference.text) == tidy(compared.text) else "reworded"
    return replace(diff, status=status, compared=compared, change="", severity="")


def _value_key(kind: str, value: str) -> str:
    """A name by its key, an adjective of a people by its place (`the French president` ->
    `the president of France`, the words put in another order: `_same_word_qualified`)."""
    return name_key(as_place(value)) if kind in NAME_KINDS else value


def _same_fact_reordered(diff: FactDiff, side: Side) -> bool:
    """The compared side is the reference fact's own, its sentence's words put in another order:
    the same value, or a place and its people's adjective qualifying the same word."""
    if not _same_sentence(diff.reference.sentence, side.sentence):
        return False
    same = name_key(diff.reference.key) == name_key(side.key) if diff.kind in NAME_KINDS else True
    return same or _same_word_qualified(diff.reference, side)


def _same_word_qualified(left: Side, right: Side) -> bool:
    """A people's adjective before a word and its place after that word and `of` (`the French
    president` = `the president of France`): the same place qualifies the same word. A place
    that does anything else in the sentence is another fact (`exports to China` are no
    `Chinese exports`)."""
    (left_after, left_of), (right_after, right_of) = _qualified_word(left), _qualified_word(right)
    return bool((left_after and left_after == right_of) or (right_after and right_after == left_of))


def _qualified_word(side: Side) -> tuple[str, str]:
    """(the word right after a side's words, the word before `of` right before them), lower case."""
    at = side.sentence.find(side.text)
    if at < 0:
        return "", ""
    after = re.match(r"\s+(\w+)", side.sentence[at + len(side.text) :])
    before_of = re.search(r"(\w+)\s+of\s+(?:the\s+)?$", side.sentence[:at])
    return (after[1].lower() if after else ""), (before_of[1].lower() if before_of else "")


def still_written(fact: Fact, sentences: list[Span], text: str, covering: Callable[[Span], list[Fact]]) -> Span | None:
    """Where a fact that word alignment lost still stands, word for word, in the other
    version's `text`, in its `sentences` aligned with the fact's own: the one place, or None.
    A name there untagged (`Shares in Tesla fell` -> `Tesla shares fell`, the model tagging
    `Tesla` in one version only); a date or amount there inside a fact of another kind (`the
    2022 FIFA World Cup` -> `the FIFA World Cup 2022`, one event). A place a fact of its own
    kind covers is that fact's to explain (`rejoin_reordered`). `covering`: the other
    version's facts over a span."""
    if fact.kind not in NAME_KINDS and fact.kind not in ("date", "amount"):
        return None
    names = {fact.mention.text, " ".join(without_designator(fact.mention.text.split()))}  # `Tesla Inc.`: `Tesla`
    alternatives = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
    written = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")
    found = [m.span() for start, end in sentences for m in written.finditer(text, start, end)]
    if fact.kind in NAME_KINDS:
        places = [span for span in found if not covering(span)]
    else:
        places = [span for span in found if _inside_another(fact, span, covering(span))]
    return places[0] if len(places) == 1 else None


def _inside_another(fact: Fact, span: Span, covering: list[Fact]) -> bool:
    """The place is part of one longer fact of another kind: the year of `FIFA World Cup 2022`."""
    if len(covering) != 1 or covering[0].kind == fact.kind:
        return False
    start, end = covering[0].mention.start, covering[0].mention.end
    return start <= span[0] and span[1] <= end and end - start > span[1] - span[0]
