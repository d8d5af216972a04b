"""Sentence pairing for long documents, in n log n.

An article of a few hundred sentences is aligned exactly (every sentence pair that shares a
word is scored, and a dense dynamic programme picks the heaviest increasing chain). For a
long document that is quadratic: 450,000 characters are some 4,500 sentences a side, 20
million pairs. Here instead, candidate pairs come only through the words that are rare in the
compared text (a pair that shares nothing but `the` and `said` is not the same sentence),
and the heaviest increasing chain over the scored pairs is found with a Fenwick tree.
"""

from __future__ import annotations

from collections import defaultdict

RARE_IN_SENTENCES = 40  # a word in more compared sentences than this proposes no candidates
DENSE_LIMIT = 1_000_000  # sentence pairs beyond which the long-document path is taken

Scores = dict[tuple[int, int], float]


def rare_word_candidates(ref_sets: list[set[str]], cmp_sets: list[set[str]]) -> set[tuple[int, int]]:
    """Sentence pairs that share at least one word that is rare among the compared sentences."""
    index: dict[str, list[int]] = defaultdict(list)
    for j, words in enumerate(cmp_sets):
        for word in words:
            index[word].append(j)
    rare = {word: sentences for word, sentences in index.items() if len(sentences) <= RARE_IN_SENTENCES}
    return {(i, j) for i, words in enumerate(ref_sets) for word in words for j in rare.get(word, ())}


def heaviest_chain(scores: Scores) -> list[tuple[int, int]]:
    """The pairs, increasing in both indices, whose scores add up to the most."""
    points = sorted(scores, key=lambda pair: (pair[0], -pair[1]))  # one pair per row at most
    size = 1 + max((j for _, j in points), default=0)
    tree: list[tuple[float, int]] = [(0.0, -1)] * (size + 1)
    chain: list[float] = []
    previous: list[int] = []
    for number, (i, j) in enumerate(points):
        best = (0.0, -1)
        position = j  # best chain ending in a column before j (Fenwick positions are 1-based)
        while position > 0:
            best = max(best, tree[position])
            position -= position & -position
        chain.append(best[0] + scores[i, j])
        previous.append(best[1])
        position = j + 1
        while position <= size:
            if tree[position][0] < chain[number]:
                tree[position] = (chain[number], number)
            position += position & -position
    if not chain:
        return []
    number = max(range(len(chain)), key=chain.__getitem__)
    pairs = []
    while number >= 0:
        pairs.append(points[number])
        number = previous[number]
    return pairs[::-1]
