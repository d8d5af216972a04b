"""NER as factdiff uses it: the model's mentions, cleaned, and the money it misses or cuts short."""

from __future__ import annotations

import pytest

from pipeline.ner import load_model, parse_doc
from pipeline.normalize import normalize_value


@pytest.mark.parametrize(
    ("sentence", "money", "value"),
    [
        ("It cost HK$100 to enter the park.", "HK$100", "HKD 100"),  # no entity at all
        ("The club paid AU$5m for the striker.", "AU$5m", "AUD 5000000"),  # cut short to `AU$5`
        ("Singapore paid S$2m for the land.", "S$2m", "SGD 2000000"),
        ("Exports were worth R$10 billion last year.", "R$10 billion", "BRL 10000000000"),
        ("The deal was worth A$5 million in cash.", "A$5 million", "AUD 5000000"),
        ("Shares rose $1.25 to $30.50 on Monday.", "$30.50", "USD 30.5"),
    ],
)
def test_money_is_found_whole_with_its_currency(sentence: str, money: str, value: str) -> None:
    mentions = parse_doc("d", load_model()(sentence)).mentions
    found = {m.text: m for m in mentions}
    assert money in found and found[money].label == "MONEY"
    assert sentence[found[money].start : found[money].end] == money
    assert normalize_value("MONEY", money, None)[0] == value


def test_the_money_rule_leaves_other_entities_alone() -> None:
    sentence = "Apple paid $5 for 3 apples in Paris on 9 May."
    mentions = {(m.text, m.label) for m in parse_doc("d", load_model()(sentence)).mentions}
    assert ("$5", "MONEY") in mentions and ("3", "CARDINAL") in mentions and ("Paris", "GPE") in mentions


def test_a_comma_after_an_amount_is_not_part_of_it() -> None:
    sentence = "The fund paid US$200,000, the court said."
    assert "US$200,000" in {m.text for m in parse_doc("d", load_model()(sentence)).mentions}


@pytest.mark.parametrize(
    ("sentence", "time", "value"),
    [
        ("The strike began at 0800 GMT on Friday.", "0800 GMT", "T08:00Z"),
        ("Troops left at 0630 on Monday.", "0630", "T06:30"),
        ("Trading stopped at 14:30 GMT after the fall.", "14:30 GMT", "T14:30Z"),
    ],
)
def test_clock_times_are_time_facts(sentence: str, time: str, value: str) -> None:
    mentions = {m.text: m for m in parse_doc("d", load_model()(sentence)).mentions}
    assert time in mentions
    assert normalize_value(mentions[time].label, time, None)[0] == value


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("The Boeing 737-800 has the best technical reliability.", "737-800"),  # the model tags `737`
        ("The FTSE 100 fell sharply on Monday.", "100"),
        ("Terminal 3 will open to passengers soon.", "3"),
        ("Wait for the first point release (10.4.1) before upgrading.", "10.4.1"),
        ("The A380 carries more passengers than any other airliner.", "A380"),
    ],
)
def test_a_number_inside_a_name_is_a_fact(sentence: str, number: str) -> None:
    mentions = {m.text: m.label for m in parse_doc("d", load_model()(sentence)).mentions}
    assert mentions.get(number) in ("CARDINAL", "PRODUCT")


def test_a_number_inside_another_fact_is_left_to_it() -> None:
    mentions = {(m.text, m.label) for m in parse_doc("d", load_model()(ORIGINAL_LIKE)).mentions}
    assert ("9 May 2025", "DATE") in mentions and ("$40 billion", "MONEY") in mentions
    assert not {text for text, label in mentions if label == "CARDINAL"} & {"9", "2025", "40"}


ORIGINAL_LIKE = "The parade on 9 May 2025 cost $40 billion, officials said."
