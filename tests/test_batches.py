"""Batches of stories for worker processes: every story once, in order, the last batches small."""

from __future__ import annotations

from pipeline.batches import BATCH_DOCUMENTS, SMALLEST_BATCH, make_batches
from pipeline.records import Document, NerCounts


def _stories(count: int) -> list[list[Document]]:
    return [
        [
            Document(f"s{n}", version, role, f"s{n}/{version}.txt", text="Text.")
            for version, role in (("a", "reference"), ("b", "compared"))
        ]
        for n in range(count)
    ]


def _sizes(stories: list[list[Document]], workers: int) -> list[int]:
    batches = list(make_batches(stories, None, NerCounts(), workers))
    assert [story for batch in batches for story in batch.stories] == stories  # each story once, in order
    return [sum(len(story) for story in batch.stories) for batch in batches]


def test_one_worker_gets_full_batches() -> None:
    sizes = _sizes(_stories(100), workers=1)
    assert set(sizes[:-1]) == {BATCH_DOCUMENTS}


def test_the_last_batches_shrink_so_that_no_worker_waits_on_a_whole_one() -> None:
    sizes = _sizes(_stories(500), workers=2)
    assert sizes[0] == BATCH_DOCUMENTS
    assert sizes[-1] <= SMALLEST_BATCH
    assert sizes == sorted(sizes, reverse=True)  # never larger again once they shrink
    assert sum(sizes) == 1000
