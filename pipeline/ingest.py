"""Stage 1, ingest: find every version of every story in a data folder and read its text.

Three layouts, in this order of authority (see ../shared/CONTRACT.md):
a `manifest.csv`; story sub-folders; loose top-level files (text, saved pages, WARC
crawls: `pipeline.loose`) grouped by text similarity. Nothing here raises on bad input: a
document that cannot be used comes back with `status="error"` and an `error` in plain
words, so the rest of the corpus still runs.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

from pipeline.loose import REFERENCE_STEMS, input_files, read_loose_files
from pipeline.options import DEFAULT_MAX_CHARS, UsageError
from pipeline.reading import OUTSIDE, PageExtractor, PageMap, outside, read_document, read_text
from pipeline.records import Document
from pipeline.spool import TextSpool

__all__ = ["DEFAULT_MAX_CHARS", "Document", "UsageError", "load", "read_text"]

MANIFEST_NAME = "manifest.csv"
MANIFEST_COLUMNS = ("path", "story", "version", "role", "published")


def load(
    data_dir: Path,
    default_published: dt.date | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    on_file: Callable[[], None] | None = None,
    counts: Counter[str] | None = None,
    workers: int = 1,
    spool: TextSpool | None = None,
    page_map: PageMap | None = None,
) -> list[Document]:
    """Find the documents of a data folder and read each one's text (`on_file` after each file;
    `counts` gets what was passed over, such as WARC records that are not HTML pages). Web
    pages are extracted in `workers` processes. A `spool` takes each text as it is read
    (loose files once grouped into stories, which needs their texts). `page_map` extracts
    pages elsewhere (on a cluster's workers)."""
    spool = spool or TextSpool(on_disk=False)
    extractor = PageExtractor(max_chars, workers, page_map)
    if not data_dir.is_dir():
        raise UsageError(f"data folder not found: {data_dir}")
    manifest = data_dir / MANIFEST_NAME
    if manifest.is_file():
        documents = _from_manifest(data_dir, manifest)
        _read_all(data_dir, documents, extractor, on_file, spool)
    else:
        documents = _from_story_folders(data_dir)
        _read_all(data_dir, documents, extractor, on_file, spool)
        loose = read_loose_files(data_dir, extractor, on_file, counts)
        spool.set_aside(loose)
        documents += loose
    for document in documents:
        if document.published is None and default_published is not None:
            document.published, document.published_source = default_published, "option"
    _disambiguate_versions(documents)
    _note_single_versions(documents)
    return documents


def _read_all(
    data_dir: Path,
    documents: list[Document],
    extractor: PageExtractor,
    on_file: Callable[[], None] | None,
    spool: TextSpool,
) -> None:
    jobs = (
        (document, read_document(data_dir, document, extractor.max_chars) if document.ok else None)
        for document in documents
    )
    for document in extractor.run(jobs):
        spool.set_aside([document])
        if on_file is not None:
            on_file()


def _note_single_versions(documents: list[Document]) -> None:
    by_story: dict[str, list[Document]] = defaultdict(list)
    for document in documents:
        by_story[document.story].append(document)
    for story_documents in by_story.values():
        if len(story_documents) == 1 and story_documents[0].ok:
            story_documents[0].note = "only version of its story: facts extracted, nothing to compare"


# --- manifest -------------------------------------------------------------------------


def _from_manifest(data_dir: Path, manifest: Path) -> list[Document]:
    try:
        with manifest.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
            header = rows[0].keys() if rows else []
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise UsageError(f"cannot read {manifest}: {exc}") from exc
    missing = [name for name in ("path", "story", "role") if rows and name not in header]
    if missing or not rows:
        raise UsageError(f"{manifest} needs the columns {', '.join(MANIFEST_COLUMNS)}")
    documents = [_manifest_row(data_dir, row, line) for line, row in enumerate(rows, 2)]
    _check_references(documents)
    return documents


def _manifest_row(data_dir: Path, row: dict[str, str], line: int) -> Document:
    path = (row.get("path") or "").strip()
    story = (row.get("story") or "").strip() or Path(path).parent.name or Path(path).stem
    version = (row.get("version") or "").strip() or Path(path).stem
    role = (row.get("role") or "").strip().lower()
    document = Document(story=story, version=version, role=role, path=path)
    published = (row.get("published") or "").strip()
    if published:
        try:
            document.published, document.published_source = dt.date.fromisoformat(published), "manifest"
        except ValueError:
            document.fail(f"manifest line {line}: published {published!r} is not an ISO date")
    if role not in ("reference", "compared"):
        document.fail(f"manifest line {line}: role {role!r} is neither reference nor compared")
    elif path and outside(data_dir, path):
        document.fail(f"manifest line {line}: {path}: {OUTSIDE}")
    elif not path or not (data_dir / path).exists():
        document.fail(f"manifest line {line}: file not found: {path or '(empty path)'}")
    return document


def _check_references(documents: list[Document]) -> None:
    by_story: dict[str, list[Document]] = defaultdict(list)
    for document in documents:
        by_story[document.story].append(document)
    for story, members in by_story.items():
        references = sum(1 for d in members if d.role == "reference")
        if references == 1:
            continue
        problem = "no row with role reference" if references == 0 else f"{references} reference rows"
        for document in members:
            if document.ok:
                document.fail(f"story {story!r} has {problem} in the manifest (exactly one needed)")


# --- folders and loose files ----------------------------------------------------------


def _reference_of(paths: list[Path]) -> Path:
    for path in paths:
        if path.stem.lower() in REFERENCE_STEMS:
            return path
    return paths[0]


def _from_story_folders(data_dir: Path) -> list[Document]:
    documents = []
    for folder in sorted(p for p in data_dir.iterdir() if p.is_dir() and not p.name.startswith(".")):
        paths = [p for p in input_files(folder) if not p.name.lower().endswith((".warc", ".warc.gz"))]
        if not paths:
            continue
        reference = _reference_of(paths)
        for path in paths:
            role = "reference" if path == reference else "compared"
            documents.append(Document(folder.name, path.stem, role, path.relative_to(data_dir).as_posix()))
    return documents


def _disambiguate_versions(documents: list[Document]) -> None:
    """Two files with one stem in one story (a.txt, a.md) keep distinct doc_ids."""
    seen: dict[str, int] = defaultdict(int)
    for document in documents:
        seen[document.doc_id] += 1
    for document in documents:
        if seen[document.doc_id] > 1:
            document.version = Path(document.path).name
