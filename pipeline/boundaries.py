"""Aligned sentences whose shared boundary the two versions cut in different places.

The model may end a sentence before a word in one version and after it in the other (`The
show opened. 2010` | `The exhibition opened ...` against `The show opened.` | `2008 The
exhibition opened ...`), or make the word a sentence of its own (`2009`). Paired one to one,
the word at the boundary has no counterpart on either side, and a changed fact there reads
as missing and added. Two consecutive pairs are one group when, at their shared boundary,
words only the reference has meet words only the compared version has: unmatched at the end
of the first pair, at the start of the second, or a short sentence between them that neither
version pairs. Aligned word by word together, the fact finds its counterpart (`2008` ->
`2010`, changed).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

SHORT_GAP = 3  # words, at most, of the unpaired sentences between two pairs that may join them


class Paired(Protocol):
    reference: list[int]
    compared: list[int]
    opcodes: list[tuple[str, int, int, int, int]]


G = TypeVar("G", bound=Paired)
_OWN = {"delete": "reference", "insert": "compared"}  # which version an unmatched edge's words are in
Sizes = tuple[list[int], list[int]]  # words of each reference sentence, of each compared one


def _between(first: Paired, second: Paired) -> tuple[range, range]:
    return range(first.reference[-1] + 1, second.reference[0]), range(first.compared[-1] + 1, second.compared[0])


def _boundary_moved(first: Paired, second: Paired, sizes: Sizes, paired: tuple[set[int], set[int]]) -> bool:
    """`first` and `second` follow each other in both versions (but for a short sentence
    neither version pairs), and words of their own meet at their boundary."""
    if not (first.reference and first.compared and second.reference and second.compared):
        return False
    if second.reference[0] <= first.reference[-1] or second.compared[0] <= first.compared[-1]:
        return False  # a pair out of order: a sentence moved
    gaps = _between(first, second)
    if any(i in paired[0] for i in gaps[0]) or any(j in paired[1] for j in gaps[1]):
        return False
    if sum(sizes[0][i] for i in gaps[0]) + sum(sizes[1][j] for j in gaps[1]) > SHORT_GAP:
        return False
    # words only one version has, by side: the first's last, the second's first, those between;
    # a boundary moved where one side's own words meet the other side's (a replaced word is
    # an edit at each sentence's edge, `WWDC 2005` | `June 6, 2005` -> `WWDC 2002` | `6 June 2005`)
    edges = [tag for tag, *_ in first.opcodes[-1:] + second.opcodes[:1]]
    if "replace" in edges:
        return False
    between = {side for side, gap in (("reference", gaps[0]), ("compared", gaps[1])) if gap}
    own = {_OWN[tag] for tag in edges if tag in _OWN} | between
    return own == {"reference", "compared"}


def merge_moved_boundaries(groups: list[G], merged: Callable[[list[int], list[int]], G], sizes: Sizes) -> list[G]:
    """`groups` (in reading order) with each two whose boundary moved made one by `merged`
    (of their reference sentences and compared sentences, those between included)."""
    paired = {i for g in groups for i in g.reference}, {j for g in groups for j in g.compared}
    result: list[G] = []
    for group in groups:
        if result and _boundary_moved(result[-1], group, sizes, paired):
            first = result[-1]
            between = _between(first, group)
            result[-1] = merged(
                [*first.reference, *between[0], *group.reference], [*first.compared, *between[1], *group.compared]
            )
        else:
            result.append(group)
    return result
