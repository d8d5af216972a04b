"""Stories processed on this machine: NER from the cache or from spaCy (in `--workers`
processes beyond a few batches), each story processed as soon as all its versions are in,
so normalisation and comparison overlap NER in the worker processes.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from pipeline.cache import NerCache, model_key
from pipeline.options import RunOptions
from pipeline.records import Document, ParsedDocument, StoryResult
from pipeline.story import process_story

Progress = Callable[[str, int, "int | None"], None]  # (task, completed, total)


@dataclass
class NerCounts:
    """How each document's NER was obtained: a public record of what the cache saved."""

    parsed: int = 0  # run through spaCy
    cached: int = 0  # read from the cache
    seconds: dict[str, float] = field(default_factory=lambda: {"cache": 0.0})


def parsed_documents(documents: list[Document], options: RunOptions, counts: NerCounts) -> Iterator[ParsedDocument]:
    """Every document's NER, in order: from the cache where it holds the text, else from spaCy."""
    cache = NerCache(options.cache_folder, model_key(options.model)) if options.use_cache else None
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
    from pipeline import ner  # spaCy loads only when something must be parsed

    ner.check_model(options.model)
    texts = {d.doc_id: d.text for d in todo}
    for result in ner.extract(todo, options.model, options.workers, options.max_chars):
        counts.parsed += 1
        if cache is not None:
            started = time.perf_counter()
            cache.put(result, texts[result.doc_id])
            counts.seconds["cache"] += time.perf_counter() - started
        yield result


def process_locally(
    stories: list[list[Document]], options: RunOptions, counts: NerCounts, on_progress: Progress
) -> Iterator[StoryResult]:
    """Each story's result, in the order of `stories`, as soon as its last version is parsed."""
    documents = [document for story in stories for document in story]
    remaining = iter(stories)
    story = next(remaining, None)
    parsed: dict[str, ParsedDocument] = {}
    done = 0
    on_progress("NER", 0, len(documents))
    on_progress("compare", 0, len(stories))
    for number, result in enumerate(parsed_documents(documents, options, counts), 1):
        on_progress("NER", number, len(documents))
        parsed[result.doc_id] = result
        while story is not None and all(d.doc_id in parsed for d in story):
            yield process_story(story, {d.doc_id: parsed.pop(d.doc_id) for d in story})
            done += 1
            on_progress("compare", done, len(stories))
            story = next(remaining, None)
