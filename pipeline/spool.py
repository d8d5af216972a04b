"""Texts set aside on disk while a run's stories are out on a cluster.

The client needs a document's text only to count the run's names and its fingerprint, and
to send it to a worker (and to look its NER up in the cache); the worker sends the text
back with the story's results, which the sinks write. Thousands of texts held in memory
would make the client grow with the corpus: each waits in one temporary file from the
moment it is read, and is read back when needed, a story's texts just before it is sent.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from dataclasses import replace
from typing import IO

from pipeline.records import Document


class TextSpool:
    """Documents' texts in one temporary file, by document: `set_aside`, then `text` or
    `restored`. A spool not `on_disk` leaves every text where it is (a local run)."""

    def __init__(self, on_disk: bool = True) -> None:
        self.file: IO[bytes] | None = tempfile.TemporaryFile() if on_disk else None
        self.where: dict[int, tuple[int, int]] = {}  # id(document) -> (offset, length in bytes)

    def __enter__(self) -> TextSpool:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def set_aside(self, documents: Iterable[Document]) -> TextSpool:
        """Move each document's text to the file; the document keeps an empty text."""
        if self.file is None:
            return self
        self.file.seek(0, 2)
        for document in documents:
            if document.text:
                data = document.text.encode("utf-8")
                self.where[id(document)] = (self.file.tell(), len(data))
                self.file.write(data)
                document.text = ""
        return self

    def text(self, document: Document) -> str:
        if self.file is None or id(document) not in self.where:
            return document.text
        offset, length = self.where[id(document)]
        self.file.seek(offset)
        return self.file.read(length).decode("utf-8")

    def restored(self, story: list[Document]) -> list[Document]:
        """Copies of a story's documents with their texts, to send; the originals stay empty."""
        return [replace(document, text=self.text(document)) for document in story]

    def close(self) -> None:
        if self.file is not None:
            self.file.close()
