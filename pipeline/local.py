"""Stories processed on this machine.

In one process, NER streams in (from the cache or spaCy) and each story is processed as
soon as its last version is parsed. With `--workers N` and at least `POOL_MIN_DOCUMENTS`
documents, N worker processes take whole batches of stories (NER, normalisation,
alignment and comparison: `pipeline.batches`), each loading the model once, and this
process only writes the outputs, in story order.
"""

from __future__ import annotations

import multiprocessing
import time
from collections.abc import Iterator
from functools import partial

from pipeline import batches
from pipeline.batches import NamesLater, make_batches, process_batch, remember
from pipeline.cache import NerCache, model_key
from pipeline.options import RunOptions
from pipeline.records import Document, NerCounts, ParsedDocument, StoryResult
from pipeline.run import Progress
from pipeline.screen import NameBook, Screening
from pipeline.story import process_story

# Below this many documents the pool costs more (a model load per worker) than it saves.
POOL_MIN_DOCUMENTS = 65

__all__ = ["POOL_MIN_DOCUMENTS", "NerCounts", "process_locally"]


def process_locally(
    stories: list[list[Document]],
    options: RunOptions,
    counts: NerCounts,
    on_progress: Progress,
    screening: Screening,
) -> Iterator[StoryResult]:
    """Each story's result, in the order of `stories`."""
    documents = sum(len(story) for story in stories)
    on_progress("stories", 0, len(stories))
    if options.workers > 1 and documents >= POOL_MIN_DOCUMENTS:
        results = _in_pool(stories, options, counts, screening)
    else:
        results = _in_this_process(stories, options, counts, screening)
    for done, result in enumerate(results, 1):
        yield result
        on_progress("stories", done, len(stories))


def _cache(options: RunOptions) -> NerCache | None:
    return NerCache(options.cache_folder, model_key(options.model)) if options.use_cache else None


def _in_pool(
    stories: list[list[Document]], options: RunOptions, counts: NerCounts, screening: Screening
) -> Iterator[StoryResult]:
    from pipeline import ner  # spaCy loads only when something must be parsed

    ner.check_model(options.model)
    ner.load_model(options.model, options.max_chars)  # once, before the fork: the workers inherit it
    uncounted, screening.uncounted = screening.uncounted, None
    batches.SCREENING = screening.prepare()  # before the fork, like the model: never pickled with each batch
    context = multiprocessing.get_context("fork")
    batches.NAMES_LATER = names = NamesLater(context) if uncounted is not None else None
    cache = _cache(options)
    work = partial(process_batch, model=options.model, max_chars=options.max_chars)
    try:
        with context.Pool(options.workers) as pool:
            done = pool.imap(work, make_batches(stories, cache, counts, options.workers))
            if names is not None and uncounted is not None:  # counted here while the workers parse
                screening.names, uncounted = NameBook.of_texts(uncounted), None
                names.send(screening.names)
            for results in done:
                for result in results:
                    remember(cache, result, counts)
                    yield result
    finally:
        batches.NAMES_LATER = None
        if names is not None:
            names.path.unlink(missing_ok=True)


def _in_this_process(
    stories: list[list[Document]], options: RunOptions, counts: NerCounts, screening: Screening
) -> Iterator[StoryResult]:
    """NER streams in; each story is processed as soon as all its versions are parsed."""
    screening.count_names()
    documents = [document for story in stories for document in story]
    remaining = iter(stories)
    story = next(remaining, None)
    parsed: dict[str, ParsedDocument] = {}
    for result in parsed_documents(documents, options, counts):
        parsed[result.doc_id] = result
        while story is not None and all(d.doc_id in parsed for d in story):
            yield process_story(story, {d.doc_id: parsed.pop(d.doc_id) for d in story}, screening)
            story = next(remaining, None)


def parsed_documents(documents: list[Document], options: RunOptions, counts: NerCounts) -> Iterator[ParsedDocument]:
    """Every document's NER, in order: from the cache where it holds the text, else from spaCy."""
    cache = _cache(options)
    todo: list[Document] = []
    for document in documents:
        started = time.perf_counter()
        hit = cache.get(document.doc_id, document.text) if cache is not None else None
        counts.seconds["cache"] += time.perf_counter() - started
        if hit is None:
            todo.append(document)
        else:
            counts.cached += 1
            yield hit
    if not todo:
        return
    from pipeline import ner

    ner.check_model(options.model)
    texts = {d.doc_id: d.text for d in todo}
    for result in ner.parse_here(todo, options.model, options.max_chars):
        counts.parsed += 1
        if cache is not None:
            started = time.perf_counter()
            cache.put(result, texts[result.doc_id])
            counts.seconds["cache"] += time.perf_counter() - started
        yield result
