"""Export: UTF-8 with BOM, formula-like cells neutralised, atomic replacement."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from pipeline import export


def test_csv_has_bom_header_and_neutralised_cells(tmp_path: Path) -> None:
    texts = ['=HYPERLINK("x")', "+1", "-2 days", "@SUM(A1)", "Café", None]
    starts = [1, 2, 3, 4, 5.0, float("nan")]
    stream = export.CsvStream(tmp_path / "t.csv", ["text", "start", "extra"])
    stream.write({"text": text, "start": start} for text, start in zip(texts, starts, strict=True))
    path = stream.commit()
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == ["text", "start", "extra"]
    assert [row[0] for row in rows[1:5]] == ['\'=HYPERLINK("x")', "'+1", "'-2 days", "'@SUM(A1)"]
    assert rows[5] == ["Café", "5", ""]  # offsets stay integers
    assert rows[6] == ["", "", ""]


def test_a_crash_while_writing_leaves_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "facts.csv"
    target.write_text("old complete file\n")

    def crash(stream: object) -> None:
        stream.write("half a ro")  # type: ignore[attr-defined]
        raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError):
        export.atomic_write(target, crash)
    assert target.read_text() == "old complete file\n"
    assert list(tmp_path.iterdir()) == [target]  # no temporary file left behind


def test_an_aborted_stream_leaves_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "facts.csv"
    target.write_text("old complete file\n")
    stream = export.CsvStream(target, ["a"])
    stream.write([{"a": "half"}])
    stream.abort()
    assert target.read_text() == "old complete file\n" and list(tmp_path.iterdir()) == [target]
