"""Stage 1, ingest: find every version of every story in a data folder and read its text.

Three layouts, in this order of authority (see ../shared/CONTRACT.md):
a `manifest.csv`; story sub-folders; loose top-level files grouped by text similarity.
Nothing here raises on bad input: a document that cannot be used comes back with
`status="error"` and an `error` in plain words, so the rest of the corpus still runs.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from charset_normalizer import from_bytes

from pipeline.options import DEFAULT_MAX_CHARS, UsageError
from pipeline.records import Document

__all__ = ["DEFAULT_MAX_CHARS", "Document", "UsageError", "load", "read_text"]

TEXT_SUFFIXES = (".txt", ".md")
REFERENCE_STEMS = ("original", "reference")
MANIFEST_NAME = "manifest.csv"
MANIFEST_COLUMNS = ("path", "story", "version", "role", "published")
# UTF-8 needs at most 4 bytes a character: a larger file is over the limit for sure,
# and is refused before it is read into memory.
MAX_BYTES_PER_CHAR = 4


def read_text(path: Path, max_chars: int = DEFAULT_MAX_CHARS) -> tuple[str, str]:
    """Read one file as the contract says; return (text, error) with one of them empty."""
    try:
        size = path.stat().st_size
        if size > max_chars * MAX_BYTES_PER_CHAR:
            return "", f"file too large: {size:,} bytes, over --max-chars {max_chars:,}"
        raw = path.read_bytes()
    except IsADirectoryError:
        return "", "cannot read: it is a folder, not a file"
    except OSError as exc:
        return "", f"cannot read: {exc.strerror or exc}"
    if b"\x00" in raw:
        return "", "binary file (contains NUL bytes), not text"
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return "", _encoding_error(raw, exc)
    text = text.replace("\r\n", "\n")
    if not text.strip():
        return "", "empty file (no text)"
    if len(text) > max_chars:
        return "", f"text too long: {len(text):,} characters, over --max-chars {max_chars:,}"
    return text, ""


def _encoding_error(raw: bytes, exc: UnicodeDecodeError) -> str:
    guess = from_bytes(raw).best()
    hint = ""
    if guess is not None and guess.encoding not in ("utf_8", "utf-8"):
        hint = f"; it looks like {guess.encoding}: convert it to UTF-8 and run again"
    return f"not valid UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start}){hint}"


def load(
    data_dir: Path,
    default_published: dt.date | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    on_file: Callable[[], None] | None = None,
) -> list[Document]:
    """Find the documents of a data folder and read each one's text (`on_file` after each file)."""
    if not data_dir.is_dir():
        raise UsageError(f"data folder not found: {data_dir}")
    manifest = data_dir / MANIFEST_NAME
    if manifest.is_file():
        documents = _from_manifest(data_dir, manifest)
        _read_all(data_dir, documents, max_chars, on_file)
    else:
        documents = _from_story_folders(data_dir)
        _read_all(data_dir, documents, max_chars, on_file)
        documents += _read_loose_files(data_dir, max_chars, on_file)
    for document in documents:
        document.published = document.published or default_published
    _disambiguate_versions(documents)
    _note_single_versions(documents)
    return documents


def _read_all(data_dir: Path, documents: list[Document], max_chars: int, on_file: Callable[[], None] | None) -> None:
    for document in documents:
        if on_file is not None:
            on_file()
        if document.ok:
            text, error = read_text(data_dir / document.path, max_chars)
            document.text = text
            if error:
                document.fail(error)


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
            document.published = dt.date.fromisoformat(published)
        except ValueError:
            document.fail(f"manifest line {line}: published {published!r} is not an ISO date")
    if role not in ("reference", "compared"):
        document.fail(f"manifest line {line}: role {role!r} is neither reference nor compared")
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


def _text_files(folder: Path) -> list[Path]:
    return sorted(
        p
        for p in folder.iterdir()
        if p.suffix.lower() in TEXT_SUFFIXES and not p.name.startswith(".") and p.name.lower() != "readme.md"
    )


def _reference_of(paths: list[Path]) -> Path:
    for path in paths:
        if path.stem.lower() in REFERENCE_STEMS:
            return path
    return paths[0]


def _from_story_folders(data_dir: Path) -> list[Document]:
    documents = []
    for folder in sorted(p for p in data_dir.iterdir() if p.is_dir() and not p.name.startswith(".")):
        paths = _text_files(folder)
        if not paths:
            continue
        reference = _reference_of(paths)
        for path in paths:
            role = "reference" if path == reference else "compared"
            documents.append(Document(folder.name, path.stem, role, path.relative_to(data_dir).as_posix()))
    return documents


def _read_loose_files(data_dir: Path, max_chars: int, on_file: Callable[[], None] | None) -> list[Document]:
    paths = [p for p in _text_files(data_dir) if p.is_file()]
    texts: dict[Path, str] = {}
    documents: list[Document] = []
    for path in paths:
        if on_file is not None:
            on_file()
        text, error = read_text(path, max_chars)
        if error:
            failed = Document(path.stem, path.stem, "reference", path.name)
            failed.fail(error)
            documents.append(failed)
        else:
            texts[path] = text
    from pipeline.grouping import group_similar_texts  # datasketch pulls in scipy: only load it when needed

    ordered = sorted(texts)
    groups = group_similar_texts([texts[p] for p in ordered])
    for group in groups:
        members = [ordered[i] for i in sorted(group)]
        story = members[0].stem
        for rank, path in enumerate(members):
            role = "reference" if rank == 0 else "compared"
            documents.append(Document(story, path.stem, role, path.name, text=texts[path]))
    return sorted(documents, key=lambda d: (d.story, d.path))


def _disambiguate_versions(documents: list[Document]) -> None:
    """Two files with one stem in one story (a.txt, a.md) keep distinct doc_ids."""
    seen: dict[str, int] = defaultdict(int)
    for document in documents:
        seen[document.doc_id] += 1
    for document in documents:
        if seen[document.doc_id] > 1:
            document.version = Path(document.path).name
