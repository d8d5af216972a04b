"""Stories processed on this machine: NER in a helper process gives what NER here gives."""

from __future__ import annotations

import itertools
import multiprocessing
import os
from pathlib import Path

import pytest
from openpyxl import load_workbook

from pipeline import local
from pipeline.options import RunOptions
from pipeline.records import Document
from pipeline.run import run_extract
from pipeline.schema import FACT_DIFFS, columns

from .conftest import read_csv

OUTPUTS = ("facts.csv", "fact_diffs.csv", "summary.csv", "documents.csv", "suspicions.csv")


def _corpus(folder: Path, stories: int) -> Path:
    """Stories whose copies change a date (high), drop a count (medium) or only reword."""
    for number in range(stories):
        story = folder / f"story{number:02d}"
        story.mkdir(parents=True)
        (story / "original.txt").write_text(
            f"Angela Merkel visited Paris on {number + 1} June 2015 with 40 aides.\n\n"
            f"The trip cost {number + 3} million euros, officials said.",
            encoding="utf-8",
        )
        changed = number % 3 == 0
        (story / "copy.txt").write_text(
            f"Angela Merkel visited Paris on {number + 1 + changed} June 2015 with forty aides.\n\n"
            + ("Officials said little else." if number % 2 else f"The trip cost {number + 3} million euros."),
            encoding="utf-8",
        )
    return folder


def _run(data: Path, out: Path) -> None:
    run_extract(RunOptions(data, out, quiet=True, use_cache=False, reference_date=None))


def test_ner_in_a_helper_process_gives_the_same_outputs_as_ner_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = _corpus(tmp_path / "data", 12)
    helpers: list[int] = []
    beside = local._parsed_beside

    def counted(*args: object, **kwargs: object) -> object:
        helpers.append(1)
        return beside(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(local, "_parsed_beside", counted)
    monkeypatch.setattr(local, "HELPER_MIN_DOCUMENTS", 10**9)
    _run(data, tmp_path / "here")
    monkeypatch.setattr(local, "HELPER_MIN_DOCUMENTS", 4)
    monkeypatch.setattr(local, "SMALLEST_CHUNK", 2)  # 24 documents in several chunks
    _run(data, tmp_path / "helper")
    assert helpers == [1]  # the helper ran once, on the second run only
    for name in OUTPUTS:
        assert (tmp_path / "here" / name).read_bytes() == (tmp_path / "helper" / name).read_bytes(), name
    diffs = read_csv(tmp_path / "helper" / "fact_diffs.csv")
    assert (diffs["status"] == "changed").sum() == 4  # the day, in every third story


def test_differences_sheet_is_most_severe_first_each_severity_in_story_order(tmp_path: Path) -> None:
    """The most severe rows go into the sheet as stories arrive, the rest at the end: the order
    is still that of fact_diffs.csv, sorted by severity alone."""
    data = _corpus(tmp_path / "data", 6)
    _run(data, tmp_path / "out")
    diffs = read_csv(tmp_path / "out" / "fact_diffs.csv")
    flagged = diffs[diffs["status"].isin(["changed", "missing", "added"])]
    ranks = {"high": 0, "medium": 1, "low": 2}
    rows = zip(flagged["story"], flagged["severity"], flagged["reference_text"], strict=True)
    expected = sorted(rows, key=lambda row: ranks[row[1]])
    assert {severity for _, severity, _ in expected} >= {"high", "medium"}  # both kinds, interleaved by story
    sheet = load_workbook(tmp_path / "out" / "factdiff.xlsx")["Differences"]
    header = columns(FACT_DIFFS)
    cells = list(sheet.iter_rows(min_row=2, values_only=True))
    found = [(r[header.index("story")], r[header.index("severity")], r[header.index("reference_text")]) for r in cells]
    assert found == expected


def _versions(stories: int, versions: int) -> list[Document]:
    return [
        Document(f"s{s}", f"v{v}", "reference" if v == 0 else "compared", "")
        for s in range(stories)
        for v in range(versions)
    ]


@pytest.mark.parametrize(
    ("stories", "versions", "largest", "sizes"),
    [
        (200, 1, 64, [64, 64, 36, 18, 9, 8, 1]),
        (70, 1, 64, [35, 17, 9, 8, 1]),
        (10, 1, 64, [8, 2]),
        (60, 5, 64, [65, 65, 65, 55, 25, 15, 10]),  # revisions: a chunk ends with a story
    ],
)
def test_the_helper_s_last_chunks_shrink_and_end_with_a_story(
    stories: int, versions: int, largest: int, sizes: list[int]
) -> None:
    """Little is left to compare when NER ends: the last chunks are small. A story's versions
    are parsed together, so a paragraph they share is parsed once."""
    todo = _versions(stories, versions)
    chunks = local._chunks(todo, largest)
    assert [len(chunk) for chunk in chunks] == sizes
    assert [item for chunk in chunks for item in chunk] == todo  # every document once, in order
    assert all(chunk[-1].story != following[0].story for chunk, following in itertools.pairwise(chunks))


def test_a_helper_that_stopped_is_said_not_waited_for() -> None:
    """A helper killed (out of memory, by a signal) with a chunk taken: the run stops and
    says so, instead of waiting for the chunk for ever."""
    context = multiprocessing.get_context("fork")
    taken, there = context.Value("i", 1), context.Queue()  # its one chunk taken
    helper = context.Process(target=os._exit, args=(3,))
    helper.start()
    helper.join()
    with pytest.raises(RuntimeError, match=r"helper process stopped \(exit code 3\)"):
        local._one_more([[]], taken, there, helper, "unused", 0)


def test_one_core_gets_no_helper(monkeypatch: pytest.MonkeyPatch) -> None:
    todo = [object()] * (local.HELPER_MIN_DOCUMENTS + 1)
    from pipeline import options

    monkeypatch.setattr(options.os, "sched_getaffinity", lambda _: {0}, raising=False)
    assert options.usable_cores() == 1 and not local._helper_pays(todo)  # type: ignore[arg-type]
    monkeypatch.setattr(options.os, "sched_getaffinity", lambda _: {0, 1}, raising=False)
    assert local._helper_pays(todo)  # type: ignore[arg-type]
