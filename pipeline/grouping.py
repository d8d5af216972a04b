"""Group loose articles into stories: copies and rewrites of one article end up together.

MinHash LSH (datasketch) finds candidate pairs in time linear in the corpus; each
candidate is then confirmed by the exact Jaccard similarity of the two word sets.
Words, not shingles: a spinner swaps a third of the words, which breaks most 3-word
shingles (Jaccard ~0.17) but keeps the majority of content words (Jaccard ~0.4-0.6),
while two unrelated news articles share well under 0.15 of their content words.
"""

from __future__ import annotations

import re

from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
LSH_THRESHOLD = 0.3
SAME_STORY_JACCARD = 0.3
_WORD = re.compile(r"[^\W\d_]{3,}|\d+")
_STOPWORDS = frozenset(
    "the and for that with was were from this have has had are but not his her its they "
    "their which who will would said says been also into than then there about after over "
    "more most some such when what where while other only one two can could our out all".split()
)


def content_words(text: str) -> set[str]:
    """The lower-cased content words of a text: what a spinner mostly leaves alone."""
    return {w for w in _WORD.findall(text.lower()) if w not in _STOPWORDS}


def group_similar_texts(texts: list[str]) -> list[set[int]]:
    """Indices of `texts` grouped into stories (each text is in exactly one group)."""
    word_sets = [content_words(t) for t in texts]
    hashes = MinHash.bulk([[w.encode() for w in words] for words in word_sets], num_perm=NUM_PERM)
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    for index, minhash in enumerate(hashes):
        lsh.insert(index, minhash)
    parent = list(range(len(texts)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for index, minhash in enumerate(hashes):
        for other in lsh.query(minhash):
            if other > index and jaccard(word_sets[index], word_sets[other]) >= SAME_STORY_JACCARD:
                parent[root(other)] = root(index)
    groups: dict[int, set[int]] = {}
    for index in range(len(texts)):
        groups.setdefault(root(index), set()).add(index)
    return sorted(groups.values(), key=min)


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0
