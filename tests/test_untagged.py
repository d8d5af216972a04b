"""Runs of capitals the model left untagged, found and compared as names."""

from __future__ import annotations

import pytest
import spacy

from pipeline.records import Mention
from pipeline.untagged import UNTAGGED_LABEL, known_places, untagged_names

from .test_compare import _flagged, _flagged_diffs

_blank = spacy.blank("en")


def _found(sentence: str, tagged: tuple[str, ...] = ()) -> list[str]:
    doc = _blank(sentence)
    mentions = [Mention("", 0, sentence.index(t), sentence.index(t) + len(t), "ORG", t) for t in tagged]
    found = untagged_names([doc[:]], sorted(mentions, key=lambda m: m.start))
    return [m.text for m in found if m.label == UNTAGGED_LABEL]


@pytest.mark.parametrize(
    ("sentence", "tagged", "names"),
    [
        (
            "Officers from MOM's Occupational Safety and Gene Belcher responded.",
            ("MOM", "Occupational Safety"),
            ["Gene Belcher"],
        ),
        (
            "Later the Prime Minister met the Chief Executive Officer in private.",
            (),
            ["Prime Minister", "Chief Executive Officer"],
        ),
        ("A deal with the Bank of England was struck.", (), ["Bank of England"]),
        ("The governor of the Bank of England spoke.", ("England",), []),  # `Bank of` is no name alone
        (
            "Shares in the Royal Society for the Protection of Birds rose.",
            (),
            ["Royal Society for the Protection of Birds"],
        ),
    ],
)
def test_a_run_of_capitals_no_mention_covers_is_a_name(
    sentence: str, tagged: tuple[str, ...], names: list[str]
) -> None:
    assert _found(sentence, tagged) == names


@pytest.mark.parametrize(
    "sentence",
    [
        "Police Arrest Man After Bank Raid In Leeds",  # a headline: every word has a capital
        "Fresh Talks were held in private.",  # the first word's capital is the sentence's
        "He said it was Over.",  # one capitalised word is not a run
        "Officials said the plan would go ahead.",
        "Police Arrest 3 Men After 2 Raids In Leeds",  # a headline's numbers are few among its words
    ],
)
def test_capitals_that_say_nothing_are_no_name(sentence: str) -> None:
    assert _found(sentence) == []


@pytest.mark.parametrize(
    ("row", "names"),
    [
        ("Kilmarnock 1 Dundee United 3 (Robson 12, 64)", ["Dundee United"]),
        ("Sheffield Wednesday 18 7 5 6 21 19 26", ["Sheffield Wednesday"]),
        ("134 Steve Ryland 65 69 136 Nick Parr 68 68", ["Steve Ryland", "Nick Parr"]),
        ("Aston Villa 18 8 4 6 25 17 28", ["Aston Villa"]),
    ],
)
def test_a_table_row_of_capitals_and_numbers_is_no_headline(row: str, names: list[str]) -> None:
    """Its names are runs of capitals like any other: a row has at least one number for
    every two capitalised words, a headline in title case fewer."""
    assert _found(row) == names


@pytest.mark.parametrize(
    ("reference", "compared", "flagged"),
    [
        (
            "Results on Saturday:\nAberdeen 2 Dundee United 0\nRangers 3 Ross County 1",
            "Results on Saturday:\nAberdeen 2 Dundee Joined 0\nRangers 3 Ross County 1",
            [("Dundee United", "Dundee Joined")],
        ),
        (
            "Results on Saturday:\nAberdeen 2 Dundee United 0\nRangers 3 Ross County 1",
            "Results on Saturday:\nAberdeen 2 Dundee United 0\nRangers 3 Ross Region 1",
            [("Ross County", "Ross Region")],
        ),
        (
            "Scores on Sunday:\nLeeds 2 Aston Villa 1\nEverton 0 West Ham 0",
            "Scores on Sunday:\nLeeds 2 Aston Estate 1\nEverton 0 West Ham 0",
            [("Aston Villa", "Aston Estate")],
        ),
    ],
)
def test_a_changed_word_inside_an_untagged_name_in_a_table_is_flagged(
    reference: str, compared: str, flagged: list[tuple[str, str]]
) -> None:
    assert _flagged(reference, compared) == flagged
    assert _flagged(reference, reference.replace("\n", "\n\n")) == []


def test_a_changed_word_inside_an_untagged_name_is_flagged() -> None:
    reference = "Officers from MOM's Occupational Safety and Gene Belcher responded to the scene immediately."
    compared = "Officers from MOM's Occupational Safety and Health Inspectorate responded to the scene immediately."
    assert _flagged(reference, compared) == [("Gene Belcher", "Health Inspectorate")]


@pytest.mark.parametrize(
    ("reference", "compared"),
    [
        ("On Monday the Prime Minister said taxes would rise.", "On Monday the premier said taxes would rise."),
        ("Later the Chief Executive resigned from the firm.", "Later the boss resigned from the firm."),
        ("He said the Prime Minister was wrong.", "He said the prime minister was wrong."),
    ],
)
def test_an_untagged_name_reworded_in_lower_case_words_is_at_most_a_low_flag(reference: str, compared: str) -> None:
    assert {d.severity for d in _flagged_diffs(reference, compared)} <= {"low"}


def _widened(sentence: str, name: str, label: str) -> list[tuple[str, str]]:
    doc = _blank(sentence)
    at = sentence.index(name)
    found = untagged_names([doc[:]], [Mention("", 0, at, at + len(name), label, name)])
    return [(m.text, m.label) for m in found]


@pytest.mark.parametrize(
    ("sentence", "name", "label", "found"),
    [
        ("Jets went to Air China and others.", "China", "GPE", [("Air China", "GPE")]),
        ("Shares of Deutsche Bank fell.", "Bank", "ORG", [("Deutsche Bank", "ORG")]),
        ("Fans of Real Madrid cheered.", "Madrid", "GPE", [("Real Madrid", "GPE")]),
        ("He said President Obama spoke.", "Obama", "PERSON", [("Obama", "PERSON")]),
        ("He met the CEO Tim Cook.", "Tim Cook", "PERSON", [("Tim Cook", "PERSON")]),  # a person: no
        ("Air China said no.", "China", "GPE", [("China", "GPE")]),  # the sentence's first word
        ("He said Royal Air China won.", "China", "GPE", [("Royal Air", "MISC"), ("China", "GPE")]),  # a longer run
    ],
)
def test_the_one_capitalised_word_the_model_left_off_a_name_is_its_first_word(
    sentence: str, name: str, label: str, found: list[tuple[str, str]]
) -> None:
    assert _widened(sentence, name, label) == found


def test_a_changed_first_word_the_model_left_off_a_name_is_flagged() -> None:
    reference = "The jets will go to six airlines - Air China, China Eastern Airlines and Hainan Airlines."
    compared = "The jets will go to six airlines - Transmit China, China Eastern Airlines and Hainan Airlines."
    assert _flagged(reference, compared) == [("Air China", "Transmit China")]


def _found_in_sentences(text: str, tagged: tuple[str, ...] = ()) -> list[str]:
    """As `_found`, over a text of several sentences (each ending with `. `)."""
    doc = _blank(text)
    starts = [0] + [t.i + 1 for t in doc[:-1] if t.text == "."]
    sentences = [doc[a:b] for a, b in zip(starts, [*starts[1:], len(doc)], strict=True)]
    mentions = [Mention("", 0, text.index(t), text.index(t) + len(t), "PERSON", t) for t in tagged]
    found = untagged_names(sentences, sorted(mentions, key=lambda m: m.start))
    return [m.text for m in found if m.label == UNTAGGED_LABEL]


@pytest.mark.parametrize(
    ("text", "tagged", "names"),
    [
        # a dictionary word that the document capitalises inside a sentence too
        ("Wall Street had its worst week. Stocks on Wall Street fell.", (), ["Wall Street", "Wall Street"]),
        ("Hartley Bay residents were rescued by boat.", (), ["Hartley Bay"]),  # no dictionary word
        ("Chief Executive Officer Rick Wagoner resigned.", ("Rick Wagoner",), ["Chief Executive Officer"]),
        ("Former Prime Minister Tony Blair spoke.", ("Tony Blair",), ["Prime Minister"]),  # `Former`: a word
        ("Federal Chancellor Angela Merkel spoke.", ("Angela Merkel",), []),  # a common word, if a place's too
        ("In New Guinea Highlands villages, rain fell.", (), ["New Guinea Highlands"]),  # `In`: a stop word
    ],
)
def test_a_name_may_open_a_sentence(text: str, tagged: tuple[str, ...], names: list[str]) -> None:
    assert _found_in_sentences(text, tagged) == names


@pytest.mark.parametrize(
    ("sentence", "name", "label", "found"),
    [
        ("Flag of the United Nations In a report out today it warned.", "United Nations", "ORG", "United Nations"),
        ("It went double platinum in the U.S. And the singer trusted him.", "U.S.", "GPE", "U.S."),
        ("A map of Iran A top US commander said yesterday.", "Iran", "GPE", "Iran"),
        ("Shares of Deutsche Bank On the day fell.", "Deutsche Bank", "ORG", "Deutsche Bank"),
    ],
)
def test_a_name_is_never_widened_over_a_capitalised_function_word(
    sentence: str, name: str, label: str, found: str
) -> None:
    """A caption or a heading run into the next sentence with no full stop: the next sentence's
    `In`, `And`, `A` has a capital, but no name ends with one."""
    assert _widened(sentence, name, label) == [(found, label)]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("The caption read Flag Of Norway In the north it snowed.", ["Flag Of Norway"]),
        ("Players may change Injury Attributes By setting this to Default.", ["Injury Attributes"]),
        ("We met at the Royal Society Of Arts on Friday.", ["Royal Society Of Arts"]),  # inside, it stays
    ],
)
def test_an_untagged_run_of_capitals_does_not_end_with_a_function_word(sentence: str, names: list[str]) -> None:
    assert _found(sentence) == names


def _places(text: str, tagged: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    doc = _blank(text)
    mentions = [Mention("", 0, text.index(t), text.index(t) + len(t), "PERSON", t) for t in tagged]
    found = known_places([doc[:]], sorted(mentions, key=lambda m: m.start), text)
    return [(m.text, m.label) for m in found if m.text not in tagged]


@pytest.mark.parametrize(
    ("text", "tagged", "places"),
    [
        ("He met council president Paolo Ferri of Italy on Friday.", ("Paolo Ferri",), [("Italy", "GPE")]),
        ("14 - Neil Rhys (Wales), 13 - Alan Pryce (New Zealand)", (), [("Wales", "GPE"), ("New Zealand", "GPE")]),
        ("Japan 2 Syria 1", (), [("Japan", "GPE"), ("Syria", "GPE")]),  # a table's row opens with one
        ("Loans went to Kenya-based firms run by Polish bankers.", (), [("Kenya", "GPE"), ("Polish", "NORP")]),
        ("Polish the shoes before Turkey sandwiches are served.", (), [("Turkey", "GPE")]),  # a verb opens it
        ("Ask Chadwick or see Georgia.gov for Omani rules.", (), []),  # a longer word, a web address
        ("The envoy Georgia Banks arrived.", ("Georgia Banks",), []),  # another mention covers it
    ],
)
def test_a_known_place_the_model_left_untagged_is_a_name(
    text: str, tagged: tuple[str, ...], places: list[tuple[str, str]]
) -> None:
    assert _places(text, tagged) == places


@pytest.mark.parametrize(
    ("reference", "compared", "flagged"),
    [
        (
            "Team: 15 - Tim Stone (England); 14 - Neil Rhys (Wales), 13 - Alan Pryce (Wales)",
            "Team: 15 - Tim Stone (England); 14 - Neil Rhys (Scotland), 13 - Alan Pryce (Wales)",
            ("Wales", "Scotland"),
        ),
        (
            "Results on Friday:\nJapan 2 Syria 1\nChina 0 Uzbekistan 2",
            "Results on Friday:\nJapan 2 Iraq 1\nChina 0 Uzbekistan 2",
            ("Syria", "Iraq"),
        ),
        (
            "Group results: Lebanon 1 Qatar 1\nOman 0 Jordan 3",
            "Group results: Lebanon 1 Qatar 1\nOman 0 Bahrain 3",
            ("Jordan", "Bahrain"),
        ),
    ],
)
def test_a_place_the_model_left_untagged_swapped_for_another_is_flagged(
    reference: str, compared: str, flagged: tuple[str, str]
) -> None:
    assert flagged in _flagged(reference, compared)
    assert _flagged(reference, reference.replace("\n", "\n\n")) == []
