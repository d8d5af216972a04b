"""Token-level span mapping: where a span of one version stands in the other, given the
difflib opcodes of an aligned group of sentences (`pipeline.align`).

Equal tokens map exactly; a word swapped for a word (or two) keeps its place by proportion;
a clause rewritten at length maps a fact only to its own words where they stand in it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.align import Token

REWRITTEN_TOKENS = 6  # a replaced run this long on both sides is a clause rewritten, not words swapped


def map_span(
    opcodes: list[tuple[str, int, int, int, int]], source: list[Token], target: list[Token], start: int, end: int
) -> tuple[int, int] | None:
    """Map a character span through token opcodes; None when its tokens were deleted."""
    first = bisect_left([t.end for t in source], start + 1)
    last = bisect_right([t.start for t in source], end - 1)
    if first >= last:
        return None
    lows, highs, exact = [], [], {}
    for tag, i1, i2, j1, j2 in opcodes:
        lo, hi = max(first, i1), min(last, i2)
        if lo >= hi or tag == "delete" or j1 == j2:
            continue
        if tag == "equal":
            lows.append(j1 + lo - i1)
            highs.append(j1 + hi - i1)
            exact.update({i: j1 + i - i1 for i in range(lo, hi)})
        elif same := _same_words(source[lo:hi], target, j1, j2):  # a rewritten clause keeps the name
            lows.append(min(same))
            highs.append(max(same) + 1)
        elif min(i2 - i1, j2 - j1) <= REWRITTEN_TOKENS:  # a word swapped: proportional position
            ratio = (j2 - j1) / (i2 - i1)
            lows.append(j1 + int((lo - i1) * ratio))
            highs.append(max(j1 + int((lo - i1) * ratio) + 1, j1 + round((hi - i1) * ratio)))
        # else a clause rewritten at length: no word of it stands for the span
    if not lows:
        return None
    low, high = _take_moved_neighbours(source[first:last], target, min(lows), min(max(highs), len(target)))
    # a span that starts or ends inside an unchanged token keeps the same cut (`$269` of `$269m`)
    span_start = target[low].start + (start - source[first].start if exact.get(first) == low else 0)
    span_end = target[high - 1].end - (source[last - 1].end - end if exact.get(last - 1) == high - 1 else 0)
    return max(span_start, target[low].start), min(max(span_end, span_start + 1), target[high - 1].end)


def _same_words(span: list[Token], target: list[Token], j1: int, j2: int) -> list[int]:
    """Where in target[j1:j2] the span's own words (names, numbers) stand, if they all do."""
    keys = {t.key for t in span if t.key.isalnum()}
    found = [j for j in range(j1, j2) if target[j].key in keys]
    return found if keys and keys <= {target[j].key for j in found} else []


def _take_moved_neighbours(source: list[Token], target: list[Token], low: int, high: int) -> tuple[int, int]:
    """Widen [low, high) over neighbouring target tokens that are the source span's own words
    moved (`December 16, 2009` -> `16 December 2009`)."""
    wanted = Counter(t.key for t in source if t.key.isalnum())
    wanted.subtract(t.key for t in target[low:high])
    while low > 0 and wanted[target[low - 1].key] > 0:
        low -= 1
        wanted[target[low].key] -= 1
    while high < len(target) and wanted[target[high].key] > 0:
        wanted[target[high].key] -= 1
        high += 1
    return low, high
