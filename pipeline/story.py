"""One story, start to finish after NER: normalise each version, align and compare each pair.

`process_story` is pure (documents and their NER results in, a StoryResult out), so the
same function serves a local run and a worker process or machine elsewhere.
"""

from __future__ import annotations

import time
from collections.abc import Mapping

from pipeline.compare import align_pair, compare_pair
from pipeline.normalize import normalize_mentions
from pipeline.records import Document, DocumentFacts, FactDiff, Mention, PairResult, ParsedDocument, StoryResult
from pipeline.repeats import with_repeats
from pipeline.schema import FLAGGED_STATUSES
from pipeline.screen import Screening


def group_stories(documents: list[Document]) -> list[list[Document]]:
    """The readable documents of each story, stories in order of first appearance: the
    order of every output table, whatever order the work completes in."""
    stories: dict[str, list[Document]] = {}
    for document in documents:
        if document.ok:
            stories.setdefault(document.story, []).append(document)
    return list(stories.values())


def story_pairs(documents: list[Document]) -> list[tuple[Document, Document]]:
    """(reference, compared) for every compared version whose story has a readable reference."""
    references = {d.story: d for d in documents if d.ok and d.role == "reference"}
    return [(references[d.story], d) for d in documents if d.ok and d.role == "compared" and d.story in references]


def _normalized(document: Document, parsed: ParsedDocument) -> DocumentFacts:
    parsed = with_repeats(parsed, document.text)

    def sentence_of(mention: Mention) -> str:
        return parsed.sentence_text(document.text, mention.sentence)

    return DocumentFacts(document, parsed, normalize_mentions(parsed.mentions, document.published, sentence_of))


def confirm(version: DocumentFacts, diffs: list[FactDiff], side: str) -> None:
    """Mark the suspicions of one version that a flagged difference sits on, and the differences."""
    for diff in diffs:
        span = getattr(diff, side)
        if diff.status not in FLAGGED_STATUSES or span.start is None:
            continue
        for suspicion in version.suspicions:
            if suspicion.start < span.end and span.start < suspicion.end:
                suspicion.confirmed = True
                diff.suspicion = diff.suspicion or suspicion.kind


def process_story(
    documents: list[Document], parsed: Mapping[str, ParsedDocument], screening: Screening | None = None
) -> StoryResult:
    """Facts and suspicions of every version, and differences of every pair, of one story.

    `times` of the result holds the seconds spent in each stage. A story that fails (a fault
    of factdiff's, which no input should cause) comes back `failed`, so that the run goes on
    with the others and its documents are error rows, not lost."""
    try:
        return _process_story(documents, parsed, screening)
    except Exception as error:  # any fault: one story must not cost a run its other stories
        story = documents[0].story if documents else ""
        reason = f"factdiff failed on this story ({type(error).__name__}: {error}); please report it"
        return StoryResult(story, [], [], failed=reason)


def _process_story(
    documents: list[Document], parsed: Mapping[str, ParsedDocument], screening: Screening | None
) -> StoryResult:
    times = {"normalize": 0.0, "screen": 0.0, "align": 0.0, "compare": 0.0}
    screening = screening or Screening()
    started = time.perf_counter()
    versions = {d.doc_id: _normalized(d, parsed[d.doc_id]) for d in documents}
    times["normalize"] += time.perf_counter() - started
    started = time.perf_counter()
    for version in versions.values():
        version.suspicions = screening.screen(version.document.text, version.parsed, version.document.published)
    times["screen"] += time.perf_counter() - started
    pairs = []
    for reference, compared in story_pairs(documents):
        ref, cmp = versions[reference.doc_id], versions[compared.doc_id]
        started = time.perf_counter()
        alignment = align_pair(ref, cmp)
        times["align"] += time.perf_counter() - started
        started = time.perf_counter()
        diffs = compare_pair(ref, cmp, alignment)
        confirm(ref, diffs, "reference")
        confirm(cmp, diffs, "compared")
        times["compare"] += time.perf_counter() - started
        pairs.append(PairResult(ref, cmp, diffs, alignment.display_rows()))
    story = documents[0].story if documents else ""
    return StoryResult(story, list(versions.values()), pairs, times)
