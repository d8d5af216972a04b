"""Stories processed on this machine.

With one worker, NER streams in (from the cache or spaCy) and each story is processed as
soon as its last version is parsed. From `HELPER_MIN_DOCUMENTS` documents to parse, on a
machine with a second core, spaCy also runs in one helper process: the helper parses chunk
after chunk, and this process compares and writes the stories already parsed and, whenever
the next chunk in order is not parsed yet, parses the next one nobody has taken. Neither
core waits while there is NER to do, and each document's NER is what one process would
have found (a paragraph is parsed on its own, whoever parses it). With `--workers N` and
at least `POOL_MIN_DOCUMENTS` documents, N worker processes take whole batches of stories
(NER, normalisation, alignment and comparison: `pipeline.batches`), each loading the model
once, and this process only writes the outputs, in story order.
"""

from __future__ import annotations

import multiprocessing
import queue
import time
from collections.abc import Callable, Iterator
from contextlib import suppress
from functools import partial
from multiprocessing.process import BaseProcess
from multiprocessing.queues import Queue
from multiprocessing.sharedctypes import Synchronized

from pipeline import batches
from pipeline.batches import NamesLater, make_batches, process_batch, remember
from pipeline.cache import NerCache, model_key
from pipeline.options import RunOptions, usable_cores
from pipeline.records import Document, NerCounts, ParsedDocument, StoryResult
from pipeline.run import Progress
from pipeline.screen import NameBook, Screening
from pipeline.story import process_story

# Below this many documents the pool costs more (a model load per worker) than it saves.
POOL_MIN_DOCUMENTS = 65
# Below this many documents to parse, NER in a helper process saves less than starting it costs.
HELPER_MIN_DOCUMENTS = 65
SMALLEST_CHUNK = 8  # documents: the helper's last chunks, so that little is left to compare after NER ends

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


def _nothing() -> None:
    """Nothing to do meanwhile."""


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
    """NER streams in; each story is processed as soon as all its versions are parsed. The
    run's names are counted while a helper parses (in this process, before NER)."""
    documents = [document for story in stories for document in story]
    remaining = iter(stories)
    story = next(remaining, None)
    parsed: dict[str, ParsedDocument] = {}
    for result in parsed_documents(documents, options, counts, screening.prepare):
        parsed[result.doc_id] = result
        while story is not None and all(d.doc_id in parsed for d in story):
            yield process_story(story, {d.doc_id: parsed.pop(d.doc_id) for d in story}, screening)
            story = next(remaining, None)


def parsed_documents(
    documents: list[Document], options: RunOptions, counts: NerCounts, meanwhile: Callable[[], object] = _nothing
) -> Iterator[ParsedDocument]:
    """Every document's NER, in order: from the cache where it holds the text, else from spaCy.
    `meanwhile` is called once before the first document is parsed, or while a helper parses."""
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
        meanwhile()
        return
    from pipeline import ner

    ner.check_model(options.model)
    texts = {d.doc_id: d.text for d in todo}
    if _helper_pays(todo):
        results = _parsed_beside(todo, options.model, options.max_chars, meanwhile)
    else:
        meanwhile()
        results = ner.parse_here(todo, options.model, options.max_chars)
    for result in results:
        counts.parsed += 1
        if cache is not None:
            started = time.perf_counter()
            cache.put(result, texts[result.doc_id])
            counts.seconds["cache"] += time.perf_counter() - started
        yield result


def _helper_pays(todo: list[Document]) -> bool:
    """NER beside this process pays when there is another core and enough to parse."""
    return len(todo) >= HELPER_MIN_DOCUMENTS and usable_cores() > 1


def _chunks(todo: list[Document], largest: int) -> list[list[Document]]:
    """`todo` in chunks of about `largest` documents, the last ones halving down to
    SMALLEST_CHUNK: what is still to compare when NER ends is one small chunk's stories. A
    chunk ends with a story's last version, so that the versions of a story, which share
    most of their paragraphs, are parsed in one process, each distinct paragraph once."""
    chunks, first = [], 0
    while first < len(todo):
        end = first + max(SMALLEST_CHUNK, min(largest, (len(todo) - first) // 2))
        while 0 < end < len(todo) and todo[end].story == todo[end - 1].story:
            end += 1
        chunks.append(todo[first:end])
        first = end
    return chunks


def _parse_chunk(chunk: list[Document], model: str, max_chars: int) -> list[ParsedDocument]:
    from pipeline import ner

    return list(ner.parse_here(chunk, model, max_chars))


Parsed = tuple[int, "list[ParsedDocument] | BaseException"]  # a chunk's number and its NER, or what went wrong


def _parsed_beside(
    todo: list[Document], model: str, max_chars: int, meanwhile: Callable[[], object]
) -> Iterator[ParsedDocument]:
    """Every document's NER, in order, from a helper process and this one. Both take the
    next chunk nobody has taken: the helper one after another, this process whenever the
    next chunk in order is not parsed yet, so that neither core waits while there is NER to
    do (this one spends less than half its time comparing and writing). The helper is forked
    with the model loaded, and each process parses its chunks as `parse_here` does, with its
    own memo of pieces: a piece's NER does not depend on who parses it."""
    from pipeline import ner

    ner.load_model(model, max_chars)  # before the fork: the helper inherits it
    chunks = _chunks(todo, ner.CHUNK_DOCUMENTS)
    context = multiprocessing.get_context("fork")
    taken, there = context.Value("i", 0), context.Queue()
    helper = context.Process(target=_help, args=(chunks, taken, there, model, max_chars), daemon=True)
    helper.start()
    try:
        meanwhile()
        done: dict[int, list[ParsedDocument]] = {}
        for wanted in range(len(chunks)):
            while wanted not in done:
                number, parsed = _one_more(chunks, taken, there, helper, model, max_chars)
                if isinstance(parsed, BaseException):
                    raise parsed
                done[number] = parsed
            yield from done.pop(wanted)
    finally:  # the helper has ended, or is ending with nothing left to take, unless the run stopped
        helper.join(timeout=1 if taken.value >= len(chunks) else 0)
        if helper.is_alive():
            helper.terminate()
            helper.join()


def _take(taken: Synchronized, chunks: int) -> int | None:
    """The number of the next chunk nobody has taken, now taken; None when all are."""
    with taken.get_lock():
        number = taken.value
        if number >= chunks:
            return None
        taken.value = number + 1
        return number


def _help(chunks: list[list[Document]], taken: Synchronized, there: Queue, model: str, max_chars: int) -> None:
    """The helper: parse chunks until none is left, each sent back with its number."""
    while (number := _take(taken, len(chunks))) is not None:
        try:
            there.put((number, _parse_chunk(chunks[number], model, max_chars)))
        except Exception as exc:  # sent back and raised there: the run stops with what went wrong
            there.put((number, exc))
            return


def _one_more(
    chunks: list[list[Document]], taken: Synchronized, there: Queue, helper: BaseProcess, model: str, max_chars: int
) -> Parsed:
    """A chunk the helper has parsed; else one nobody has taken, parsed here; else the
    helper's next, waited for."""
    with suppress(queue.Empty):
        return there.get_nowait()
    number = _take(taken, len(chunks))
    if number is not None:
        return number, _parse_chunk(chunks[number], model, max_chars)
    while True:
        with suppress(queue.Empty):
            return there.get(timeout=1)
        if not helper.is_alive():
            with suppress(queue.Empty):
                return there.get(timeout=1)  # sent just before it ended
            raise RuntimeError(f"the NER helper process stopped (exit code {helper.exitcode})")
