"""The workbook written by a process of its own, beside the one that compares.

XlsxWriter writes a workbook cell by cell, and that is the costliest part of export: on the
bench's revision histories it took 1.2 s of the 2.9 s the comparing process spent on its
stages. Here a writer process (forked, as the NER helper is: a spawned one would need every
script that calls the library to guard its main module) adds the rows while this one
compares the next story. This process only turns each story into rows (`story_records`) and
sends them down a pipe in story order, and the writer adds them as the in-process sink does,
so the workbook holds the same cells. A full pipe makes this process wait, so memory stays
flat. `finish` waits for the writer's answer and raises what went wrong there; `abort` tells
it to remove its temporary file and stops it.

Measured on 2 cores (one run each, the same outputs cell for cell): the bench's revision
histories 4.7 s -> 4.4 s, its long pair 11.0 s -> 10.0 s; 500 spun pairs unchanged (21.5 s),
as both cores were busy with NER there already.
"""

from __future__ import annotations

import gc
import multiprocessing
from collections.abc import Iterable
from multiprocessing.connection import Connection
from pathlib import Path

from pipeline.export import temporary_beside
from pipeline.records import StoryResult
from pipeline.workbook import StreamingWorkbook, story_records

STOP_SECONDS = 10  # how long `abort` waits for the writer to clean up before it is stopped


class WriterLost(RuntimeError):
    """The writer process ended without saying why (killed, out of memory)."""


class WorkbookBeside:
    """A workbook sink whose writing runs in a process of its own."""

    def __init__(self, path: Path) -> None:
        context = multiprocessing.get_context("fork")
        self.path, self.temporary = path, temporary_beside(path)  # made here, so that `abort` can remove it
        self.connection, theirs = context.Pipe()
        self.writer = context.Process(target=write_workbook, args=(path, self.temporary, theirs), daemon=True)
        self.finishing = False
        self.writer.start()
        theirs.close()

    def add_story(self, result: StoryResult) -> None:
        self._send("records", story_records(result))

    def finish_soon(self, documents: Iterable[dict[str, object]]) -> None:
        """The writer told to finish now, while this process writes the other files."""
        self._send("finish", list(documents))
        self.finishing = True

    def finish(self, documents: Iterable[dict[str, object]]) -> Path:
        if not self.finishing:
            self.finish_soon(documents)
        kind, answer = self._answer()
        self.writer.join()
        if kind == "failed":
            raise answer  # type: ignore[misc]
        return answer  # type: ignore[return-value]

    def abort(self) -> None:
        try:
            self.connection.send(("abort", None))
        except (OSError, ValueError):
            pass  # the writer has ended already
        self.writer.join(STOP_SECONDS)
        if self.writer.is_alive():
            self.writer.terminate()
            self.writer.join()
        self.temporary.unlink(missing_ok=True)

    def _send(self, kind: str, payload: object) -> None:
        try:
            self.connection.send((kind, payload))
        except (BrokenPipeError, ConnectionResetError):  # the writer failed: say what it sent back
            _, answer = self._answer()
            raise answer from None  # type: ignore[misc]

    def _answer(self) -> tuple[str, object]:
        try:
            kind, answer = self.connection.recv()
        except (EOFError, ConnectionResetError):
            self.writer.join()
            raise WriterLost(f"the workbook's writer process ended (exit code {self.writer.exitcode})") from None
        return kind, answer


def write_workbook(path: Path, temporary: Path, connection: Connection) -> None:
    """The writer: rows in, the workbook out; what goes wrong is sent back, its temporary removed."""
    gc.freeze()  # what it inherited is never collected here, so its pages stay shared with the run's process
    book = StreamingWorkbook(path, temporary)
    try:
        while True:
            kind, payload = connection.recv()
            if kind == "records":
                book.add_records(payload)
            elif kind == "finish":
                connection.send(("done", book.finish(payload)))
                return
            else:
                book.abort()
                return
    except BaseException as error:
        book.abort()
        _tell(connection, error)


def _tell(connection: Connection, error: BaseException) -> None:
    """Send what went wrong back, in words where the error itself cannot travel."""
    try:
        connection.send(("failed", error))
    except (OSError, ValueError):
        pass  # this run's process has ended: nobody to tell
    except Exception:  # an error that cannot be pickled
        connection.send(("failed", RuntimeError(f"the workbook's writer failed: {type(error).__name__}: {error}")))
