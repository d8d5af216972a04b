"""Long documents: the n log n sentence pairing finds chains as heavy as the exact programme."""

from __future__ import annotations

import itertools
import random

import pytest

from pipeline import align, chains
from pipeline.align import Alignment

from .conftest import DATA

ORIGINAL = (DATA / "000_c49ac1a8b086b6ac.txt").read_text(encoding="utf-8")


def weight(pairs: list[tuple[int, int]], scores: dict[tuple[int, int], float]) -> float:
    assert all(a[0] < b[0] and a[1] < b[1] for a, b in itertools.pairwise(pairs))  # increasing
    return round(sum(scores[pair] for pair in pairs), 9)


@pytest.mark.parametrize("seed", range(8))
def test_the_fenwick_chain_is_as_heavy_as_the_dense_programme(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(seed)
    n, m = rng.randint(5, 60), rng.randint(5, 60)
    scores = {(rng.randrange(n), rng.randrange(m)): round(rng.uniform(0.2, 1.0), 3) for _ in range(n * 2)}
    dense = align._monotonic_pairs(n, m, scores)
    monkeypatch.setattr(align, "DENSE_LIMIT", 0)
    sparse = align._monotonic_pairs(n, m, scores)
    assert weight(sparse, scores) == weight(dense, scores)


def test_rare_words_propose_candidates_and_common_ones_do_not(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(chains, "RARE_IN_SENTENCES", 2)
    ref = [{"the", "boeing", "sold"}, {"the", "airbus", "bought"}]
    cmp = [{"the", "x"}, {"the", "y"}, {"the", "airbus", "purchased"}]
    assert chains.rare_word_candidates(ref, cmp) == {(1, 2)}


def spans(text: str) -> list[tuple[int, int]]:
    result, start = [], 0
    for line in text.split("\n"):
        if line.strip():
            result.append((start, start + len(line)))
        start += len(line) + 1
    return result


def test_a_long_pair_is_aligned_through_the_long_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(align, "DENSE_LIMIT", 100)  # the seed article, 12 times, is "long" here
    reference = "\n".join([ORIGINAL] * 12)
    compared = reference.replace("International Criminal Court", "International Wrongdoer Court")
    alignment = Alignment(reference, spans(reference), compared, spans(compared))
    start = reference.rindex("Min Aung Hlaing")
    mapped = alignment.to_compared(start, start + len("Min Aung Hlaing"))
    assert mapped is not None and compared[mapped[0] : mapped[1]] == "Min Aung Hlaing"
    start = reference.index("International Criminal Court")
    mapped = alignment.to_compared(start, start + len("International Criminal Court"))
    assert mapped is not None and compared[mapped[0] : mapped[1]] == "International Wrongdoer Court"
