"""The workbook written by a process of its own: the same cells, and failures said here."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest
from openpyxl import load_workbook

from pipeline import beside, sinks
from pipeline.options import RunOptions
from pipeline.run import run_extract
from pipeline.workbook import StoryRecords, StreamingWorkbook

from .conftest import DATA


def _cells(path: Path) -> dict[str, list[tuple[object, ...]]]:
    workbook = load_workbook(path, rich_text=True)
    return {title: [tuple(map(str, row)) for row in workbook[title].iter_rows()] for title in workbook.sheetnames}


def test_a_workbook_written_beside_holds_the_same_cells_as_one_written_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    writers: list[beside.WorkbookBeside] = []
    started = beside.WorkbookBeside.__init__

    def spy(self: beside.WorkbookBeside, path: Path) -> None:
        started(self, path)
        writers.append(self)

    monkeypatch.setattr(beside.WorkbookBeside, "__init__", spy)
    monkeypatch.setattr(sinks, "usable_cores", lambda: 2)
    monkeypatch.setattr(sinks, "WRITER_MIN_CHARS", 10**9)
    run_extract(RunOptions(DATA, tmp_path / "here", quiet=True))
    assert writers == []
    monkeypatch.setattr(sinks, "WRITER_MIN_CHARS", 1)
    run_extract(RunOptions(DATA, tmp_path / "beside", quiet=True))
    assert len(writers) == 1 and writers[0].writer.exitcode == 0
    here, written_beside = _cells(tmp_path / "here" / "factdiff.xlsx"), _cells(tmp_path / "beside" / "factdiff.xlsx")
    assert written_beside == here
    assert len(here["All facts"]) > 20 and len(here["Differences"]) > 5
    assert [p.name for p in (tmp_path / "beside").iterdir() if p.name.endswith(".tmp")] == []


@pytest.mark.parametrize(
    ("characters", "cores", "written_beside"), [(200_000, 2, True), (199_999, 2, False), (10**7, 1, False)]
)
def test_the_workbook_is_written_beside_with_enough_text_and_another_core(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, characters: int, cores: int, written_beside: bool
) -> None:
    monkeypatch.setattr(sinks, "usable_cores", lambda: cores)
    sink = sinks.workbook_sink(tmp_path / "factdiff.xlsx", characters)
    assert isinstance(sink, beside.WorkbookBeside) is written_beside
    assert isinstance(sink, StreamingWorkbook) is not written_beside
    sink.abort()
    assert list(tmp_path.iterdir()) == []  # the temporary file removed


def test_what_goes_wrong_in_the_writer_is_raised_here_and_leaves_no_file(tmp_path: Path) -> None:
    sink = beside.WorkbookBeside(tmp_path / "factdiff.xlsx")
    sink._send("records", StoryRecords({"No such sheet": [("a",)]}, {}))
    with pytest.raises(KeyError, match="No such sheet"):
        sink.finish([])
    sink.abort()  # as Outputs does when finishing fails
    assert list(tmp_path.iterdir()) == []


def test_a_writer_that_dies_is_said_to_have_ended_and_leaves_no_file(tmp_path: Path) -> None:
    sink = beside.WorkbookBeside(tmp_path / "factdiff.xlsx")
    sink.writer.kill()
    sink.writer.join()
    with pytest.raises(beside.WriterLost, match="writer process ended"):
        sink.finish([{"doc_id": "a/b", "status": "ok"}])
    sink.abort()
    assert list(tmp_path.iterdir()) == []


def test_an_error_that_cannot_travel_is_said_in_words() -> None:
    class Local(Exception):  # a class defined in a function cannot be pickled
        pass

    ours, theirs = multiprocessing.Pipe()
    beside._tell(theirs, Local("disk full"))
    kind, error = ours.recv()
    assert kind == "failed" and isinstance(error, RuntimeError)
    assert str(error) == "the workbook's writer failed: Local: disk full"
