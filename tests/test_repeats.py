"""A name tagged in one place of a document is a fact wherever else the document writes it."""

from __future__ import annotations

from pipeline.records import Mention, ParsedDocument
from pipeline.repeats import with_repeats


def _parsed(text: str, tagged: list[tuple[str, str, int]]) -> ParsedDocument:
    """Mentions of (words, label, which occurrence); one sentence per full stop."""
    sentences, start = [], 0
    for part in text.split(". "):
        sentences.append((start, start + len(part) + 1))
        start += len(part) + 2
    mentions = []
    for words, label, occurrence in tagged:
        at = -1
        for _ in range(occurrence + 1):
            at = text.index(words, at + 1)
        mentions.append(Mention("d", 0, at, at + len(words), label, words))
    return ParsedDocument("d", sentences, mentions)


def _spread(text: str, tagged: list[tuple[str, str, int]]) -> list[tuple[str, str, int]]:
    parsed = with_repeats(_parsed(text, tagged), text)
    return [(m.text, m.label, m.start) for m in parsed.mentions]


def test_a_name_missed_at_the_start_of_a_sentence_is_tagged_there_too() -> None:
    text = "Jobs welcomed everyone. Later, Apple chief Jobs showed the phone."
    assert _spread(text, [("Jobs", "PERSON", 1)]) == [("Jobs", "PERSON", 0), ("Jobs", "PERSON", 43)]


def test_a_headline_name_is_tagged_as_the_body_tags_it() -> None:
    text = "Cisco sues Apple over iPhone. The network maker Cisco said it owns the name."
    assert _spread(text, [("Cisco", "ORG", 1)]) == [("Cisco", "ORG", 0), ("Cisco", "ORG", 48)]


def test_the_label_a_name_has_most_often_is_the_one_spread() -> None:
    text = "Paris said no. Paris, the city, agreed. Paris was calm. Paris slept."
    found = _spread(text, [("Paris", "GPE", 1), ("Paris", "GPE", 2), ("Paris", "PERSON", 3)])
    assert [label for _, label, _ in found] == ["GPE", "GPE", "GPE", "PERSON"]  # tagged ones keep their own


def test_only_whole_names_spread_and_never_inside_a_tagged_one() -> None:
    text = "Air China flew. Air Chinas and AirChina are no names. The deal with China Air was signed."
    found = _spread(text, [("Air China", "ORG", 0), ("China Air", "ORG", 0)])
    assert [m[0] for m in found] == ["Air China", "China Air"]


def test_short_and_lower_case_mentions_do_not_spread() -> None:
    text = "The US said so. US troops and the us of it. Us."
    assert _spread(text, [("US", "GPE", 0)]) == [("US", "GPE", 4)]


def test_a_tagged_name_takes_the_place_of_a_run_of_capitals_found_where_it_repeats() -> None:
    text = "Crowds watched Browne Clown fall. The cage fell on Browne Clown at once."
    spread = _spread(text, [("Browne Clown", "MISC", 0), ("Browne Clown", "ORG", 1)])
    assert spread == [("Browne Clown", "ORG", 15), ("Browne Clown", "ORG", 51)]


def test_a_run_of_capitals_does_not_spread() -> None:
    text = "The Prime Minister spoke. Later the Prime Minister left."
    assert _spread(text, [("Prime Minister", "MISC", 0)]) == [("Prime Minister", "MISC", 4)]


def test_the_rest_of_a_longer_name_a_tagged_one_opens_stays_a_fact() -> None:
    text = "The Dow fell. The Dow Jones Industrial Average lost 3 percent. Dow Chemical rose."
    runs = [("Dow Jones Industrial Average", "MISC", 0)]
    spread = _spread(text, [("Dow", "ORG", 0), *runs])
    assert spread == [
        ("Dow", "ORG", 4),
        ("Dow", "ORG", 18),
        ("Jones Industrial Average", "MISC", 22),
        ("Dow", "ORG", 63),
    ]


def test_the_rest_of_a_run_a_tagged_name_closes_or_splits_stays_a_fact() -> None:
    text = "Citigroup fell. Analysts at Goldman Sachs Citigroup Global Markets said so. Bank of Citigroup."
    runs = [("Goldman Sachs Citigroup Global Markets", "MISC", 0), ("Bank of Citigroup", "MISC", 0)]
    spread = _spread(text, [("Citigroup", "ORG", 0), *runs])
    assert [m[:2] for m in spread] == [
        ("Citigroup", "ORG"),
        ("Goldman Sachs", "MISC"),
        ("Citigroup", "ORG"),
        ("Global Markets", "MISC"),
        ("Citigroup", "ORG"),
    ]  # `Bank of` holds one capitalised word: no name of its own
