"""OCR misreadings: digits and signs read for letters are the same name, and no number."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.normalize.text import misread, misread_word
from pipeline.options import RunOptions
from pipeline.run import run_extract

from .conftest import read_csv


@pytest.mark.parametrize(
    ("written", "meant", "expected"),
    [
        ("8itcoin", "Bitcoin", True),
        ("Chaotic Moon $tudios", "Chaotic Moon Studios", True),
        ("€haotic Moon", "Chaotic Moon", True),
        ("Wi11iam Hague", "William Hague", True),
        ("B0eing", "Boeing", True),
        ("Boeing 787", "Boeing 737", False),  # a digit for a digit: another number
        ("Apollo 10", "Apollo lO", False),  # a number of its own: no letter beside the 1
        ("Airbus", "Airbas", False),  # a letter for a letter: a change
        ("Bitcoin", "Bitcoin", False),
    ],
)
def test_a_name_misread_by_ocr(written: str, meant: str, expected: bool) -> None:
    assert misread(written, meant) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("0nce", True),
        ("0r", True),
        ("wa11et", True),
        ("c0mpany", True),
        ("G8", False),  # the summit: a short code
        ("A380", False),
        ("H1N1", False),
        ("10th", False),
        ("1980s", False),
        ("5G", False),
    ],
)
def test_a_word_with_digits_for_letters_is_no_number(text: str, expected: bool) -> None:
    assert misread_word(text) is expected


def test_an_ocr_copy_raises_no_flag(tmp_path: Path) -> None:
    story = tmp_path / "data" / "s"
    story.mkdir(parents=True)
    original = (
        "Bitcoin rose on Tuesday, and Chaotic Moon Studios said once more that the wallet was safe. "
        "The firm, based in Austin, employs 40 people."
    )
    copy = (
        "8itcoin rose on Tuesday, and Chaotic Moon $tudios said 0nce more that the wa11et was safe. "
        "The firm, based in Austin, employs 40 people."
    )
    (story / "original.txt").write_text(original, encoding="utf-8")
    (story / "copy.txt").write_text(copy, encoding="utf-8")
    run_extract(RunOptions(tmp_path / "data", tmp_path / "out", quiet=True, use_cache=False))
    diffs = read_csv(tmp_path / "out" / "fact_diffs.csv")
    assert not diffs["status"].isin(["changed", "missing", "added"]).any(), diffs.to_string()
