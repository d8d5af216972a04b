"""Ingest: the three input layouts and every kind of bad input, each reported and skipped."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from pipeline.grouping import group_similar_texts
from pipeline.ingest import UsageError, load, read_text
from pipeline.spool import TextSpool

from .conftest import DATA

SEED_TEXTS = sorted(DATA.glob("*.txt"))
UNRELATED = (
    "The city council approved a new budget for public libraries on Tuesday, adding funds for "
    "longer opening hours, children's reading programmes and repairs to the roof of the central branch. "
    "Librarians welcomed the decision but warned that staffing remained a problem across the district."
)


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def by_path(documents: list) -> dict:
    return {d.path: d for d in documents}


def test_manifest_layout_reads_the_sample_corpus() -> None:
    documents = load(DATA)
    assert [(d.role, d.published.isoformat()) for d in documents] == [
        ("reference", "2025-03-04"),
        ("compared", "2025-03-04"),
    ]
    assert all(d.ok and d.text for d in documents)
    assert documents[0].doc_id == "putin-myanmar/000_c49ac1a8b086b6ac"


def test_story_folders_pick_original_as_reference(tmp_path: Path) -> None:
    write(tmp_path / "story-a" / "a-copy.txt", "Copy text.\r\nSecond line.")
    write(tmp_path / "story-a" / "original.txt", "\ufeffOriginal text.")
    write(tmp_path / "story-b" / "v1.md", "Only version.")
    documents = by_path(load(tmp_path))
    assert documents["story-a/original.txt"].role == "reference"
    assert documents["story-a/a-copy.txt"].role == "compared"
    assert documents["story-a/a-copy.txt"].text == "Copy text.\nSecond line."  # \r\n -> \n
    assert documents["story-a/original.txt"].text == "Original text."  # BOM dropped
    assert documents["story-b/v1.md"].ok and "nothing to compare" in documents["story-b/v1.md"].note


def test_story_folders_start_without_the_similarity_grouping(tmp_path: Path) -> None:
    """Folders already say which versions belong together: the MinHash grouping (datasketch,
    which imports scipy, nearly a second) is not even loaded."""
    write(tmp_path / "story-a" / "original.txt", "Original text.")
    write(tmp_path / "story-a" / "copy.txt", "Copy text.")
    write(tmp_path / "alone.txt", "A single loose file is a story of its own.")
    load = f"pipeline.ingest.load(pathlib.Path({str(tmp_path)!r}))"
    check = f"import sys, pathlib, pipeline.ingest; {load}; print('datasketch' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_loose_files_are_grouped_into_stories(tmp_path: Path) -> None:
    for path in SEED_TEXTS:
        write(tmp_path / path.name, path.read_text(encoding="utf-8"))
    write(tmp_path / "zz_library.txt", UNRELATED)
    documents = by_path(load(tmp_path))
    seed_stories = {documents[p.name].story for p in SEED_TEXTS}
    assert len(seed_stories) == 1
    assert documents["zz_library.txt"].story not in seed_stories
    assert documents[SEED_TEXTS[0].name].role == "reference"


def test_grouping_keeps_the_seed_pair_together_and_unrelated_apart() -> None:
    texts = [f"{UNRELATED} Report number {i} about topic{i} and subject{i} alpha{i} beta{i}." for i in range(3)]
    texts += [SEED_TEXTS[0].read_text(encoding="utf-8"), SEED_TEXTS[1].read_text(encoding="utf-8")]
    groups = group_similar_texts(texts)
    assert {3, 4} in groups


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x00\x01\x02binary\x00", "binary file"),
        ("Caf\xe9 au lait est tr\xe8s bon, na\xefve r\xe9sum\xe9 \xe0 Paris.".encode("latin-1"), "not valid UTF-8"),
        (b"", "empty file"),
        (b"   \n\n  ", "empty file"),
    ],
)
def test_bad_files_are_reported_in_words(tmp_path: Path, data: bytes, message: str) -> None:
    text, error = read_text(write(tmp_path / "bad.txt", data))
    assert text == "" and message in error


def test_too_long_file_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path / "long.txt", "word " * 100)
    assert "over --max-chars 50" in read_text(path, max_chars=50)[1]
    assert "file too large" in read_text(path, max_chars=10)[1]  # refused before reading


def test_bad_documents_do_not_stop_the_others(tmp_path: Path) -> None:
    write(tmp_path / "story" / "original.txt", "Good reference text about Paris.")
    write(tmp_path / "story" / "binary.txt", b"\x00\x00")
    write(tmp_path / "story" / "copy.txt", "Good copy text about Paris.")
    documents = by_path(load(tmp_path))
    assert documents["story/binary.txt"].status == "error"
    assert documents["story/original.txt"].ok and documents["story/copy.txt"].ok


def test_manifest_problems_become_error_rows(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "Text A about Berlin.")
    write(tmp_path / "b.txt", "Text B about Berlin.")
    write(tmp_path / "c.txt", "Text C about Rome.")
    write(
        tmp_path / "manifest.csv",
        "path,story,version,role,published\n"
        "a.txt,s1,a,reference,2025-01-01\nb.txt,s1,b,compared,\nmissing.txt,s1,m,compared,\n"
        "c.txt,s2,c,compared,\n",
    )
    documents = by_path(load(tmp_path))
    assert "file not found: missing.txt" in documents["missing.txt"].error
    assert "no row with role reference" in documents["c.txt"].error
    assert documents["a.txt"].ok and documents["b.txt"].ok
    assert documents["b.txt"].published is None


def test_missing_data_folder_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="data folder not found"):
        load(tmp_path / "nope")


def test_a_spool_takes_every_text_as_it_is_read_and_gives_back_the_same(tmp_path: Path) -> None:
    """On a cluster the client keeps no text in memory: folder stories, loose files and a
    bad file read with a spool are the documents read without one, texts set aside."""
    write(tmp_path / "story-a" / "original.txt", "Original text, Besançon.")
    write(tmp_path / "story-a" / "copy.txt", "Copy text.\r\nSecond line.")
    write(tmp_path / "story-b" / "empty.txt", "")
    for path in SEED_TEXTS:
        write(tmp_path / path.name, path.read_text(encoding="utf-8"))
    plain = load(tmp_path)
    with TextSpool() as spool:
        spooled = load(tmp_path, spool=spool)
        assert [d.text for d in spooled] == [""] * len(spooled)
        assert [spool.text(d) for d in spooled] == [d.text for d in plain]
        assert [replace(d, text="") for d in spooled] == [replace(d, text="") for d in plain]
    assert len(plain) == 5 and sum(d.ok for d in plain) == 4 and all(d.text for d in plain if d.ok)
