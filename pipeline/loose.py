"""Loose files at the top of a data folder: text files, saved pages and WARC crawls, read
and grouped into stories by text similarity (`pipeline.grouping`).

The reference of each group is the version named `original`/`reference`, else the
earliest published, else the version with clearly fewer suspicions of spin per 1,000
words (`pipeline.screen`), else the first by name; documents.csv `note` says which rule chose.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

from pipeline.reading import OUTSIDE, Job, PageExtractor, outside, read_document
from pipeline.records import Document
from pipeline.web import WARC_SUFFIXES, WEB_SUFFIXES, WarcSummary, is_warc_file, version_from_url, warc_pages

TEXT_SUFFIXES = (".txt", ".md")
INPUT_SUFFIXES = TEXT_SUFFIXES + WEB_SUFFIXES + WARC_SUFFIXES
REFERENCE_STEMS = ("original", "reference")


def input_files(folder: Path) -> list[Path]:
    """The files of a folder factdiff reads, by name (hidden files and a README left out)."""
    return sorted(
        p
        for p in folder.iterdir()
        if p.name.lower().endswith(INPUT_SUFFIXES) and not p.name.startswith(".") and p.name.lower() != "readme.md"
    )


def stem(path: Path) -> str:
    name = path.name
    for suffix in (".warc.gz", *INPUT_SUFFIXES):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return path.stem


def read_loose_files(
    data_dir: Path,
    extractor: PageExtractor,
    on_file: Callable[[], None] | None = None,
    counts: Counter[str] | None = None,
) -> list[Document]:
    """Every loose document read, failed ones included, grouped into stories; `counts` gets
    the WARC records that are not HTML pages (`skipped records`)."""
    counts = Counter() if counts is None else counts
    readable: list[Document] = []
    failed: list[Document] = []
    paths = [p for p in input_files(data_dir) if p.is_file() or p.is_symlink()]
    jobs = (job for path in paths for job in _documents_of(data_dir, path, extractor.max_chars, counts))
    for document in extractor.run(jobs):
        if on_file is not None:
            on_file()
        (readable if document.ok else failed).append(document)
    readable.sort(key=lambda d: (d.path, d.version))
    for group in _similar_groups([d.text for d in readable]):
        members = [readable[i] for i in sorted(group)]
        for member in members:
            member.story, member.role = members[0].version, "compared"
        choose_reference(members)
    return sorted(readable + failed, key=lambda d: (d.story, d.path, d.version))


def _similar_groups(texts: list[str]) -> list[set[int]]:
    if len(texts) < 2:  # nothing to group: every story sits in its own folder, or there is one file
        return [{i} for i in range(len(texts))]
    from pipeline.grouping import group_similar_texts  # datasketch pulls in scipy (0.9 s): only when needed

    return group_similar_texts(texts)


def _documents_of(data_dir: Path, path: Path, max_chars: int, counts: Counter[str]) -> Iterator[Job]:
    """One document for a text file or a page; one per HTML record for a WARC file, and an
    error row for the file itself when it is damaged or holds no page."""
    name = path.relative_to(data_dir).as_posix()
    if not is_warc_file(path):
        document = Document(stem(path), stem(path), "reference", name)
        yield document, read_document(data_dir, document, max_chars)
        return
    if outside(data_dir, name):
        yield _failed(path, name, OUTSIDE), None
        return
    summary = WarcSummary()
    for number, page in enumerate(warc_pages(path, summary), 1):
        version = version_from_url(page.url, f"{stem(path)}-{number}")
        yield Document(version, version, "reference", name), page
    counts["skipped records"] += summary.skipped
    if summary.error:
        yield _failed(path, name, summary.error), None


def _failed(path: Path, name: str, reason: str) -> Document:
    document = Document(stem(path), stem(path), "reference", name)
    document.fail(reason)
    return document


def choose_reference(members: list[Document]) -> None:
    """Mark the reference of one story's documents (sorted by name)."""
    named = [d for d in members if d.version.lower() in REFERENCE_STEMS]
    dated = sorted((d.published, i) for i, d in enumerate(members) if d.published and d.published_source == "page")
    if named:
        reference = named[0]
    elif len(dated) >= 2 and dated[0][0] < dated[1][0]:
        reference = members[dated[0][1]]
        reference.note = f"reference: the earliest published version ({reference.published})"
    else:
        reference = _least_suspect(members) or members[0]
    reference.role = "reference"


CLEARLY_FEWER = 0.5  # the least suspect version has at most half the next one's rate ...
FEWER_BY = 2  # ... and at least this many suspicions fewer


def _least_suspect(members: list[Document]) -> Document | None:
    """The version with clearly fewer suspicions per 1,000 words than every other, if one has."""
    if len(members) < 2:
        return None
    from pipeline.screen import NameBook, Page, per_1000_words, screen  # word lists load only when dates cannot decide

    pages = [Page(d.text, published=d.published) for d in members]
    book = NameBook.of_chains(page.chains for page in pages)  # each text's chains found once, for both
    for page in pages:
        page.names = book
    found = [len(screen(page)) for page in pages]
    rates = [per_1000_words(n, d.text) for n, d in zip(found, members, strict=True)]
    order = sorted(range(len(members)), key=lambda i: (rates[i], i))
    best, runner_up = order[0], order[1]
    if rates[best] > CLEARLY_FEWER * rates[runner_up] or found[runner_up] - found[best] < FEWER_BY:
        return None
    reference = members[best]
    reference.note = (
        f"reference: proposed as the version with the fewest suspicions of spin "
        f"({rates[best]:.1f} per 1,000 words against {rates[runner_up]:.1f} or more)"
    )
    return reference
