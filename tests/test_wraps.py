"""Hard-wrapped copies (PDF, word-processor exports) read as running text."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from pipeline.options import RunOptions
from pipeline.run import run_extract
from pipeline.wraps import is_hard_wrapped, unwrapped

from .conftest import DATA, read_csv

ORIGINAL = (DATA / "000_c49ac1a8b086b6ac.txt").read_text(encoding="utf-8")
RUNNING = (
    "It was created by a hacker whose identity is a mystery, but who is known as Satoshi Nakamoto. "
    "The software was released in January 2009 and the first block was mined in Helsinki. "
    "Analysts at Goldman Sachs said the price rose 40 per cent in the following six months. "
    "The central bank of Sweden, the Riksbank, warned investors on Tuesday about the risks. "
)


def wrap(text: str, width: int) -> str:
    return "\n".join(textwrap.wrap(text, width))


@pytest.mark.parametrize(
    ("text", "wrapped"),
    [
        (wrap(RUNNING * 2, 62), True),  # a word-processor export
        (wrap(RUNNING * 3, 110), True),  # a PDF page
        (ORIGINAL, False),  # paragraphs between blank lines
        (RUNNING.replace(". ", ".\n") * 2, False),  # one sentence a line
        ("Sport\nPolitics\nWorld\nBusiness\nWeather\nCulture\nTravel\nScience\nHealth", False),  # a menu
    ],
)
def test_a_hard_wrapped_text_is_told_apart(text: str, wrapped: bool) -> None:
    assert is_hard_wrapped(text) is wrapped


def test_unwrapping_keeps_every_offset_and_every_paragraph() -> None:
    text = wrap(RUNNING, 60) + "\n\n" + wrap(RUNNING, 60)
    read = unwrapped(text)
    assert len(read) == len(text) and "\n\n" in read and read.count("\n") == 2
    assert all(a == b or (a == " " and b.isspace()) for a, b in zip(read, text, strict=True))


def test_a_name_broken_across_lines_is_one_fact_and_is_not_flagged(tmp_path: Path) -> None:
    story = tmp_path / "data" / "s"
    story.mkdir(parents=True)
    (story / "original.txt").write_text(RUNNING * 2, encoding="utf-8")
    width = next(w for w in range(45, 90) if "Satoshi\nNakamoto" in wrap(RUNNING * 2, w))
    copy = wrap(RUNNING * 2, width)
    (story / "copy.txt").write_text(copy, encoding="utf-8")
    run_extract(RunOptions(tmp_path / "data", tmp_path / "out", quiet=True, use_cache=False))
    facts = read_csv(tmp_path / "out" / "facts.csv")
    names = facts[(facts["version"] == "copy") & facts["value"].str.contains("Nakamoto")]
    assert "Satoshi\nNakamoto" in set(names["text"])  # as written, offsets into the copy
    diffs = read_csv(tmp_path / "out" / "fact_diffs.csv")
    assert not (diffs["status"].isin(["changed", "missing", "added"])).any()
