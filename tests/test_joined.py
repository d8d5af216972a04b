"""Mentions the model cut in two, made one: a qualifier tagged apart from its amount."""

from __future__ import annotations

import pytest

from pipeline.joined import with_qualifiers_joined
from pipeline.ner import load_model, parse_doc
from pipeline.records import Mention


@pytest.mark.parametrize(
    ("sentence", "amount"),
    [
        ("The Dow lost as much as 800 points on Monday.", "as much as 800"),  # tagged `as much as` alone
        ("Oil rose as much as 5 percent.", "as much as 5 percent"),  # tagged whole: left so
        ("More than 1,200 people were evacuated.", "More than 1,200"),
    ],
)
def test_a_qualifier_and_its_amount_are_one_mention(sentence: str, amount: str) -> None:
    mentions = {m.text for m in parse_doc("d", load_model()(sentence)).mentions}
    assert amount in mentions
    assert not {"as much as", "More than"} & mentions


def test_a_qualifier_with_no_amount_after_it_is_no_fact() -> None:
    text = "Prices rose as much as ever, to 5 dollars."
    mentions = [
        Mention("d", 0, 12, 22, "CARDINAL", "as much as"),
        Mention("d", 0, 32, 41, "MONEY", "5 dollars"),
    ]
    assert [m.text for m in with_qualifiers_joined(text, mentions)] == ["5 dollars"]


def test_a_qualifier_joins_only_the_amount_right_after_it() -> None:
    text = "as much as Monday 800"
    mentions = [Mention("d", 0, 0, 10, "CARDINAL", "as much as"), Mention("d", 0, 11, 17, "DATE", "Monday")]
    assert [m.text for m in with_qualifiers_joined(text, mentions)] == ["Monday"]
