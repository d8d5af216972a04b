"""Read one input file into a Document's text, or say in words why it cannot be used.

Text files are read as the contract says (UTF-8, BOM dropped, `\\r\\n` -> `\\n`). Saved web
pages go through `pipeline.web` (article text, title, canonical URL, published date).
A path that resolves outside the data folder (`..`, an absolute path, a symbolic link
pointing out) is never opened: a corpus received from someone else must not copy the
user's own files into outputs they then share.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from pathlib import Path

from charset_normalizer import from_bytes

from pipeline.options import DEFAULT_MAX_CHARS
from pipeline.records import Document
from pipeline.web import Page, WarcPage, extract_page, is_web_file

# UTF-8 needs at most 4 bytes a character: a larger file is over the limit for sure,
# and is refused before it is read into memory.
MAX_BYTES_PER_CHAR = 4
# A saved page carries markup, scripts and styles around its text: allow it more bytes.
MAX_HTML_BYTES_PER_CHAR = 32
OUTSIDE = "outside the data folder: not read"


def outside(data_dir: Path, relative: str) -> bool:
    """Whether a path given relative to the data folder leads out of it (or is absolute)."""
    path = Path(relative)
    if path.is_absolute() or ".." in path.parts:
        return True
    try:
        (data_dir / path).resolve().relative_to(data_dir.resolve())
    except (ValueError, OSError, RuntimeError):  # RuntimeError: a symbolic link loop
        return True
    return False


def read_bytes(path: Path, max_chars: int, bytes_per_char: int) -> tuple[bytes, str]:
    """The file's bytes, or an error in words (unreadable, a folder, too large, binary, empty)."""
    try:
        size = path.stat().st_size
        if size > max_chars * bytes_per_char:
            return b"", f"file too large: {size:,} bytes, over --max-chars {max_chars:,}"
        raw = path.read_bytes()
    except IsADirectoryError:
        return b"", "cannot read: it is a folder, not a file"
    except OSError as exc:
        return b"", f"cannot read: {exc.strerror or exc}"
    if b"\x00" in raw:
        return b"", "binary file (contains NUL bytes), not text"
    if not raw.strip():
        return b"", "empty file (no text)"
    return raw, ""


def read_text(path: Path, max_chars: int = DEFAULT_MAX_CHARS) -> tuple[str, str]:
    """Read one text file as the contract says; return (text, error) with one of them empty."""
    raw, error = read_bytes(path, max_chars, MAX_BYTES_PER_CHAR)
    if error:
        return "", error
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


def read_document(data_dir: Path, document: Document, max_chars: int) -> WarcPage | None:
    """Fill in a text document's text, or fail it in words. A web page is read but not yet
    extracted: it comes back for a `PageExtractor`."""
    if outside(data_dir, document.path):
        document.fail(OUTSIDE)
        return None
    path = data_dir / document.path
    if not is_web_file(path):
        text, error = read_text(path, max_chars)
        document.text = text
        if error:
            document.fail(error)
        return None
    raw, error = read_bytes(path, max_chars, MAX_HTML_BYTES_PER_CHAR)
    if error:
        document.fail(error)
        return None
    return WarcPage("", "", raw, "", 0)


Job = tuple[Document, "WarcPage | None"]  # a document, and its page when it still needs extracting
ExtractJob = tuple[WarcPage, int]  # a page and the --max-chars limit
PageMap = Callable[[Callable[[ExtractJob], Page], list[ExtractJob]], list[Page]]  # like map(), in order


class PageExtractor:
    """Extracts web pages into their documents, in the order given: in this process, in
    `workers` processes, or through `page_map` (a Dask cluster's workers), a window at a time
    (so a crawl streams through in bounded memory)."""

    WINDOW = 64

    def __init__(self, max_chars: int, workers: int = 1, page_map: PageMap | None = None) -> None:
        self.max_chars, self.workers, self.page_map = max_chars, workers, page_map

    def run(self, jobs: Iterable[Job]) -> Iterator[Document]:
        if self.page_map is not None:
            yield from self._in_windows(jobs, self.page_map)
        elif self.workers <= 1:
            for document, page in jobs:
                if page is not None:
                    _apply(document, page, _extract((page, self.max_chars)))
                yield document
        else:
            import multiprocessing

            import trafilatura  # noqa: F401  imported before the fork, so no worker imports it again

            with multiprocessing.get_context("fork").Pool(self.workers) as pool:
                yield from self._in_windows(jobs, lambda extract, pages: pool.map(extract, pages, chunksize=2))

    def _in_windows(self, jobs: Iterable[Job], page_map: PageMap) -> Iterator[Document]:
        iterator = iter(jobs)
        while window := list(islice(iterator, self.WINDOW)):
            found = iter(page_map(_extract, [(page, self.max_chars) for _, page in window if page is not None]))
            for document, page in window:
                if page is not None:
                    _apply(document, page, next(found))
                yield document


def _extract(job: ExtractJob) -> Page:
    page, max_chars = job
    return extract_page(page.raw, page.url, page.charset, max_chars)


def _apply(document: Document, page: WarcPage, found: Page) -> None:
    """A web page's extraction into its document: text, title, URL, and the page's date
    unless the manifest gave one."""
    document.source = "web"
    document.title, document.url = found.title, page.url or found.url  # a WARC record: its target URI
    document.captured = page.captured
    if document.published is None and found.published is not None:
        document.published, document.published_source = found.published, "page"
    if found.error:
        document.fail(found.error)
    else:
        document.text = found.text.replace("\r\n", "\n")
