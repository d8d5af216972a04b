"""Stage 4, align: map every span of a reference version to its counterpart in a compared one.

Two levels. Sentences first: a monotonic dynamic-programming alignment on word overlap
(so paragraph changes and inserted filler do not matter), then moved sentences matched
anywhere, then split and merged sentences attached to their aligned neighbours, then a
short line alone between aligned neighbours paired with its place's, and two pairs whose
shared boundary the versions cut in different places made one (`boundaries`). Then tokens
inside each aligned group, with difflib on folded tokens in which number words are digits,
so `9 May` finds `9 Might` and `thousands of` finds `countless` where the NER saw nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import accumulate
from typing import NamedTuple

from pipeline.boundaries import merge_moved_boundaries
from pipeline.chains import DENSE_LIMIT, heaviest_chain, rare_word_candidates
from pipeline.normalize.text import digits_for_words, fold, tidy
from pipeline.spans import map_span

# `U.S.` with its last dot; a word hyphenated at a line end (`Kotu-\nnica`) is one token; a
# full stop before a capitalised word ends one (`percent.Three`: a space left out)
_TOKEN = re.compile(
    r"(?i:per cent)|(?:\w\.){2,}(?!\w)|\w+-[ \t]*\n[ \t]*[a-z]\w*|\w+(?:(?:['’]|\.(?![A-Z][a-z]))\w+)*|[^\w\s]"
)
_ACRONYM = re.compile(r"(?:\w\.)+\w?\.?")
MATCH_FLOOR = 0.2  # Dice overlap below which two sentences are not the same sentence
MOVED_FLOOR = 0.4  # stricter for a sentence matched out of order
PART_FLOOR = 0.6  # share of a fragment's words found in a neighbour to call it a split/merge
SHORT_LINE_WORDS = 3  # a line this short (an address's, a dateline's) is matched by its place alone
SentenceSpans = list[tuple[int, int]]


class Token(NamedTuple):  # a tuple: made for every word of every aligned sentence, it must be cheap
    start: int
    end: int
    key: str


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens with offsets into `text`; keys are folded, straight-quoted, with digits for number words."""
    return [Token(start + s, start + e, key) for s, e, key in _tokens_of(text[start:end])]


@lru_cache(maxsize=50_000)
def _tokens_of(text: str) -> tuple[tuple[int, int, str], ...]:
    """The tokens of one sentence, offsets within it: cached, because versions of a story
    share most sentences and a story's reference is aligned with each of them."""
    tokens: list[tuple[int, int, str]] = []
    for match in _TOKEN.finditer(text):
        if "\n" in match.group() and "-" in tidy(match.group()):  # a compound's own hyphen: its words apart
            hyphen = match.start() + match.group().index("-") + 1
            for s, e in ((match.start(), hyphen), (hyphen, match.end())):
                tokens += [(s + a, s + b, key) for a, b, key in _tokens_of(text[s:e])]
            continue
        key = fold(tidy(match.group()) or match.group()).replace("per cent", "percent")
        if _ACRONYM.fullmatch(key):
            key = key.replace(".", "")  # U.S. = US
        elif key.isdigit():
            key = key.lstrip("0") or "0"  # July 02 = 2 July
        tokens.append((match.start(), match.end(), _number_key(key) if key.isalpha() else key))
    return tuple(tokens)


# `six` -> `6`, `fourth` -> `4th`; other words as they are (cached: called for every word)
_number_key = lru_cache(maxsize=200_000)(digits_for_words)


def content_keys(tokens: list[Token]) -> set[str]:
    """The words and numbers of a sentence, dotted ones too (`3.5`, `BVINEWS.COM`, `don't`):
    a line that holds only a web address or a version number must still find its copy."""
    return {t.key for t in tokens if t.key[:1].isalnum()}


def _dice(a: set[str], b: set[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def _containment(part: set[str], whole: set[str]) -> float:
    return len(part & whole) / len(part) if part else 0.0


@dataclass
class Group:
    """Reference sentences and the compared sentences they became."""

    reference: list[int] = field(default_factory=list)
    compared: list[int] = field(default_factory=list)
    opcodes: list[tuple[str, int, int, int, int]] = field(default_factory=list)
    reference_tokens: list[Token] = field(default_factory=list)
    compared_tokens: list[Token] = field(default_factory=list)


def _similarities(ref_sets: list[set[str]], cmp_sets: list[set[str]]) -> dict[tuple[int, int], float]:
    """Dice of every sentence pair that shares a word, through an inverted index (for a long
    document, only the pairs that share a rare word: see `pipeline.chains`)."""
    if len(ref_sets) * len(cmp_sets) > DENSE_LIMIT:
        pairs = sorted(rare_word_candidates(ref_sets, cmp_sets))
        scores = {(i, j): _dice(ref_sets[i], cmp_sets[j]) for i, j in pairs}
        return {pair: score for pair, score in scores.items() if score >= MATCH_FLOOR}
    index: dict[str, list[int]] = defaultdict(list)
    for j, words in enumerate(cmp_sets):
        for word in words:
            index[word].append(j)
    scores = {}
    for i, words in enumerate(ref_sets):
        candidates = {j for word in words for j in index[word]}
        for j in candidates:
            score = _dice(words, cmp_sets[j])
            if score >= MATCH_FLOOR:
                scores[i, j] = score
    return scores


class _Windows:
    """Where a fragment's counterpart can be: between the counterparts of its aligned
    neighbours (the largest counterpart of a sentence before it, the smallest of one after).
    Prefix maxima and suffix minima over the matched sentences, so each look-up is a bisection."""

    def __init__(self, matched: dict[int, int], size: int) -> None:
        self.keys = sorted(matched)
        values = [matched[k] for k in self.keys]
        self.size = size
        self.before = list(accumulate(values, max))
        self.after = list(accumulate(reversed(values), min))[::-1]

    def __call__(self, index: int) -> range:
        cut = bisect_left(self.keys, index)
        low = self.before[cut - 1] if cut > 0 else 0
        past = bisect_right(self.keys, index)
        high = self.after[past] if past < len(self.keys) else self.size - 1
        return range(min(low, high), max(low, high) + 1)


def _best_container(part: set[str], wholes: list[set[str]], window: range) -> int | None:
    """The sentence in `window` holding most of a fragment's words, if it holds PART_FLOOR of them."""
    if len(part) < 2:
        return None
    best = max(window, key=lambda k: _containment(part, wholes[k]), default=None)
    return best if best is not None and _containment(part, wholes[best]) >= PART_FLOOR else None


def _pair_short_lines_in_place(
    by_ref: dict[int, Group], by_cmp: dict[int, Group], ref_sets: list[set[str]], cmp_sets: list[set[str]]
) -> None:
    """A short line alone between aligned neighbours whose counterparts hold one short line is
    that line rewritten (an address's `Japan` / `China`): too short to share a word with it."""
    for i in range(1, len(ref_sets) - 1):
        before, after = by_ref.get(i - 1), by_ref.get(i + 1)
        if i in by_ref or not (before and after and before.compared and after.compared):
            continue
        j = before.compared[-1] + 1
        if after.compared[0] != j + 1 or j in by_cmp or max(len(ref_sets[i]), len(cmp_sets[j])) > SHORT_LINE_WORDS:
            continue
        by_ref[i] = by_cmp[j] = Group([i], [j])


def _monotonic_pairs(n: int, m: int, scores: dict[tuple[int, int], float]) -> list[tuple[int, int]]:
    """Heaviest increasing chain of sentence pairs (weighted LCS over the sparse pairs); in
    n log n beyond DENSE_LIMIT pairs."""
    if n * m > DENSE_LIMIT:
        return heaviest_chain(scores)
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        row, below = best[i], best[i + 1]
        for j in range(m - 1, -1, -1):
            gain = scores.get((i, j), 0.0)
            take = below[j + 1] + gain if gain else 0.0
            row[j] = max(below[j], row[j + 1], take)
    pairs, i, j = [], 0, 0
    while i < n and j < m:
        gain = scores.get((i, j), 0.0)
        if gain and best[i][j] == best[i + 1][j + 1] + gain:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            i += 1
        else:
            j += 1
    return pairs


class Alignment:
    """Counterparts of spans between one reference text and one compared text."""

    def __init__(self, ref_text: str, ref_sentences: SentenceSpans, cmp_text: str, cmp_sentences: SentenceSpans):
        self.ref_sentences, self.cmp_sentences = ref_sentences, cmp_sentences
        self.ref_starts, self.cmp_starts = [s for s, _ in ref_sentences], [s for s, _ in cmp_sentences]
        ref_tokens = [tokenize(ref_text, s, e) for s, e in ref_sentences]
        cmp_tokens = [tokenize(cmp_text, s, e) for s, e in cmp_sentences]

        def words_aligned(reference: list[int], compared: list[int]) -> Group:
            group = Group(reference, compared)
            group.reference_tokens = [t for i in reference for t in ref_tokens[i]]
            group.compared_tokens = [t for j in compared for t in cmp_tokens[j]]
            keys = [t.key for t in group.reference_tokens], [t.key for t in group.compared_tokens]
            group.opcodes = SequenceMatcher(None, *keys, autojunk=False).get_opcodes()
            return group

        paired = [words_aligned(g.reference, g.compared) for g in self._group(ref_tokens, cmp_tokens)]
        self.groups = merge_moved_boundaries(paired, words_aligned, ([*map(len, ref_tokens)], [*map(len, cmp_tokens)]))
        self.ref_group: dict[int, Group] = {i: g for g in self.groups for i in g.reference}
        self.cmp_group: dict[int, Group] = {j: g for g in self.groups for j in g.compared}

    @staticmethod
    def _group(ref_tokens: list[list[Token]], cmp_tokens: list[list[Token]]) -> list[Group]:
        ref_sets, cmp_sets = [content_keys(t) for t in ref_tokens], [content_keys(t) for t in cmp_tokens]
        scores = _similarities(ref_sets, cmp_sets)
        pairs = _monotonic_pairs(len(ref_sets), len(cmp_sets), scores)
        used_ref, used_cmp = {i for i, _ in pairs}, {j for _, j in pairs}
        for (i, j), score in sorted(scores.items(), key=lambda item: -item[1]):
            if score >= MOVED_FLOOR and i not in used_ref and j not in used_cmp:
                pairs.append((i, j))
                used_ref.add(i)
                used_cmp.add(j)
        by_ref = {i: Group([i], [j]) for i, j in pairs}
        by_cmp = {j: by_ref[i] for i, j in pairs}
        # fragments: a sentence split in two, or lines broken differently in a copy
        ref_window = _Windows({j: i for i, j in pairs}, len(ref_sets))
        cmp_window = _Windows({i: j for i, j in pairs}, len(cmp_sets))
        for j in (j for j in range(len(cmp_sets)) if j not in by_cmp):
            i = _best_container(cmp_sets[j], ref_sets, ref_window(j))
            if i is not None:
                group = by_ref.setdefault(i, Group([i], []))
                group.compared = sorted([*group.compared, j])
                by_cmp[j] = group
        for i in (i for i in range(len(ref_sets)) if i not in by_ref):
            j = _best_container(ref_sets[i], cmp_sets, cmp_window(i))
            if j is not None and j in by_cmp:
                group = by_cmp[j]
                group.reference = sorted([*group.reference, i])
                by_ref[i] = group
            elif j is not None:
                by_ref[i] = by_cmp[j] = Group([i], [j])
        _pair_short_lines_in_place(by_ref, by_cmp, ref_sets, cmp_sets)
        return sorted({id(g): g for g in by_ref.values()}.values(), key=lambda g: g.reference[0])

    @staticmethod
    def _sentence_of(sentences: SentenceSpans, starts: list[int], offset: int) -> int | None:
        index = bisect_right(starts, offset) - 1
        return index if index >= 0 and offset < sentences[index][1] else None

    def reference_sentence(self, start: int) -> int | None:
        return self._sentence_of(self.ref_sentences, self.ref_starts, start)

    def compared_sentence(self, start: int) -> int | None:
        return self._sentence_of(self.cmp_sentences, self.cmp_starts, start)

    def to_compared(self, start: int, end: int) -> tuple[int, int] | None:
        """The compared span that the reference span [start, end) became, or None if dropped."""
        sentence = self.reference_sentence(start)
        group = self.ref_group.get(sentence) if sentence is not None else None
        if group is None:
            return None
        return map_span(group.opcodes, group.reference_tokens, group.compared_tokens, start, end)

    def to_reference(self, start: int, end: int) -> tuple[int, int] | None:
        """The reference span that became the compared span [start, end), or None if inserted."""
        sentence = self.compared_sentence(start)
        group = self.cmp_group.get(sentence) if sentence is not None else None
        if group is None:
            return None
        flipped = [(tag, j1, j2, i1, i2) for tag, i1, i2, j1, j2 in group.opcodes]
        return map_span(flipped, group.compared_tokens, group.reference_tokens, start, end)

    def display_rows(self) -> list[tuple[list[int], list[int]]]:
        """Side-by-side rows in reading order: each aligned group, each dropped reference
        sentence alone, each inserted compared sentence after its predecessor's row."""
        rows = [(list(g.reference), list(g.compared)) for g in self.groups]
        rows += [([i], []) for i in range(len(self.ref_sentences)) if i not in self.ref_group]
        rows.sort(key=lambda row: row[0][0])
        for j in (j for j in range(len(self.cmp_sentences)) if j not in self.cmp_group):
            after = max((k for k, row in enumerate(rows) if row[1] and min(row[1]) < j), default=-1)
            rows.insert(after + 1, ([], [j]))
        return rows

    def counterpart_sentences(self, start: int, of_reference: bool = True) -> list[tuple[int, int]]:
        """The other version's sentences aligned with the sentence at `start` (of the reference,
        or of the compared version), as spans: none for a dropped or inserted sentence."""
        if of_reference:
            sentence, groups, others = self.reference_sentence(start), self.ref_group, self.cmp_sentences
        else:
            sentence, groups, others = self.compared_sentence(start), self.cmp_group, self.ref_sentences
        group = groups.get(sentence) if sentence is not None else None
        if group is None:
            return []
        return [others[k] for k in (group.compared if of_reference else group.reference)]

    def sentence_dropped(self, start: int) -> bool:
        return self.reference_sentence(start) not in self.ref_group  # None, outside every sentence, is in none

    def sentence_inserted(self, start: int) -> bool:
        return self.compared_sentence(start) not in self.cmp_group
