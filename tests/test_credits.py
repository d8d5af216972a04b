"""Credit lines, bylines and datelines: the lines a copy adds or drops around the story."""

from __future__ import annotations

import pytest

from pipeline.credits import boilerplate_line

from .test_compare import _flagged_diffs


@pytest.mark.parametrize(
    ("sentence", "text", "line"),
    [
        ("(Reporting by David Bailey; Editing by Richard Chang)", "David Bailey", "credit line"),
        ("Additional reporting by Jane Doe in London.", "London", "credit line"),
        ("Copyright 2009 Reuters. All rights reserved.", "2009", "credit line"),
        ("© 2009 The Associated Press.", "The Associated Press", "credit line"),
        ("By David Bailey and Jane Doe", "Jane Doe", "byline"),
        ("DETROIT (Reuters) - General Motors said on Tuesday it would cut jobs.", "DETROIT", "dateline"),
        ("WASHINGTON, Feb 10 (Reuters) - The Senate voted.", "Feb 10", "dateline"),
        ("NEW YORK (AP) — Stocks fell.", "AP", "dateline"),
        # the story's own words are none of these
        ("DETROIT (Reuters) - General Motors said on Tuesday it would cut jobs.", "General Motors", ""),
        ("By the end of the year, GM will cut 10,000 jobs.", "10,000", ""),
        ("It was reported by the AP on Monday.", "AP", ""),
        ("US - China trade talks resumed in Beijing.", "US", ""),
        ("By " + "Aa" * 60 + " and then some words", "Aa", ""),  # one long word: no byline
    ],
)
def test_the_lines_around_a_story(sentence: str, text: str, line: str) -> None:
    assert boilerplate_line(sentence, text) == line


def test_a_syndicated_copy_that_drops_the_credits_is_flagged_low() -> None:
    body = "General Motors said on Tuesday it would cut 10,000 jobs this year."
    reference = f"DETROIT (Reuters) - {body}\n\n(Reporting by David Bailey; Editing by Richard Chang)"
    diffs = _flagged_diffs(reference, body)
    assert {(d.reference.text, d.change, d.severity) for d in diffs} == {
        ("DETROIT", "dateline dropped", "low"),
        ("Reuters", "dateline dropped", "low"),
        ("David Bailey", "credit line dropped", "low"),
        ("Richard Chang", "credit line dropped", "low"),
    }


def test_a_changed_date_in_a_dateline_is_still_a_change() -> None:
    diffs = _flagged_diffs(
        "WASHINGTON, Feb 10 (Reuters) - The Senate voted on the bill.",
        "WASHINGTON, Feb 11 (Reuters) - The Senate voted on the bill.",
    )
    assert [(d.status, d.severity) for d in diffs] == [("changed", "high")]
