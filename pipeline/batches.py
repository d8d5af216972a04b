"""Stories in batches, the unit of work of a worker process (`--workers`) or a Dask worker.

A batch is a run of consecutive stories of at least `BATCH_DOCUMENTS` documents, so that
spaCy parses them in one `nlp.pipe` call (a story of two short versions is too small a batch
for it to be efficient), with the NER results the client's cache already holds. Towards the
end of a run batches shrink (guided self-scheduling), so that no worker is left with a
whole batch to do while the others wait. A worker returns each story's StoryResult: plain
records, never a spaCy Doc.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from multiprocessing.context import BaseContext
from pathlib import Path

from pipeline.cache import NerCache
from pipeline.records import Document, NerCounts, ParsedDocument, StoryResult
from pipeline.screen import NameBook, Screening

BATCH_DOCUMENTS = 32
SMALLEST_BATCH = 4  # documents: the last batches, shared out among the workers
SCREENING: Screening | None = None  # set before a pool forks: what its workers screen with
NAMES_LATER: NamesLater | None = None  # set with it when the run's names are still being counted


class NamesLater:
    """The run's names, counted in the parent while a pool's workers start on NER, and handed
    to each worker through a file when it first screens a story (it cannot inherit them)."""

    def __init__(self, context: BaseContext) -> None:
        self.ready = context.Event()
        handle, name = tempfile.mkstemp(prefix="factdiff-names-")
        os.close(handle)
        self.path = Path(name)

    def send(self, names: NameBook) -> None:
        self.path.write_bytes(pickle.dumps(names, protocol=pickle.HIGHEST_PROTOCOL))
        self.ready.set()

    def receive(self) -> NameBook:
        self.ready.wait()
        names: NameBook = pickle.loads(self.path.read_bytes())
        return names


def _inherited_screening() -> Screening | None:
    """SCREENING, with the run's names once they are counted."""
    global NAMES_LATER
    if SCREENING is not None and NAMES_LATER is not None:
        SCREENING.names, NAMES_LATER = NAMES_LATER.receive(), None
    return SCREENING


@dataclass
class Batch:
    stories: list[list[Document]]
    cached: dict[str, ParsedDocument]


def make_batches(
    stories: list[list[Document]],
    cache: NerCache | None,
    counts: NerCounts,
    workers: int = 1,
    with_texts: Callable[[list[Document]], list[Document]] | None = None,
) -> Iterator[Batch]:
    """Consecutive stories in batches, each with the cached NER results of its documents; the
    last ones smaller, down to a share of what is left for each of `workers`. `with_texts`
    gives a story's documents with their texts, when they were set aside (`pipeline.spool`)."""
    batch = Batch([], {})
    size, left = 0, sum(len(story) for story in stories)
    for story in stories:
        story = with_texts(story) if with_texts is not None else story
        batch.stories.append(story)
        size += len(story)
        for document in story:
            hit = cache.get(document.doc_id, document.text) if cache is not None else None
            if hit is not None:
                batch.cached[document.doc_id] = hit
                counts.cached += 1
        if size >= _batch_size(left, workers):
            yield batch
            batch, left, size = Batch([], {}), left - size, 0
    if batch.stories:
        yield batch


def _batch_size(left: int, workers: int) -> int:
    """Documents in the next batch: BATCH_DOCUMENTS until what is left would give each worker
    fewer than two such batches, then half of each worker's share."""
    if workers <= 1:
        return BATCH_DOCUMENTS
    return max(SMALLEST_BATCH, min(BATCH_DOCUMENTS, left // (2 * workers)))


def process_batch(batch: Batch, model: str, max_chars: int, screening: Screening | None = None) -> list[StoryResult]:
    """Runs in a worker: NER of the batch's uncached documents in this process, then each story
    (screened with `screening`, else with the SCREENING this process inherited)."""
    from pipeline import ner
    from pipeline.story import process_story

    todo = [d for story in batch.stories for d in story if d.doc_id not in batch.cached]
    parsed = dict(batch.cached)
    parsed.update((p.doc_id, p) for p in ner.parse_here(todo, model, max_chars))
    results = []
    for story in batch.stories:
        result = process_story(story, {d.doc_id: parsed[d.doc_id] for d in story}, screening or _inherited_screening())
        result.parsed_here = [d.doc_id for d in story if d.doc_id not in batch.cached]
        results.append(result)
    return results


def remember(cache: NerCache | None, result: StoryResult, counts: NerCounts) -> None:
    """Count (and cache, on the client) the NER results a worker computed for a story."""
    counts.parsed += len(result.parsed_here)
    if cache is None:
        return
    for version in result.documents:
        if version.document.doc_id in result.parsed_here:
            cache.put(version.parsed, version.document.text)
