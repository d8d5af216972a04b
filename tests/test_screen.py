"""Screening: each detector on examples written here, what it must find and what it must leave alone."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from pipeline.records import Mention, ParsedDocument
from pipeline.screen import DETECTORS, NameBook, Page, PhraseBook, Screening, screen
from pipeline.screen.acronyms import expands
from pipeline.screen.book import PLACE
from pipeline.screen.words import chains, tokens


def found(text: str, kind: str, names: NameBook | None = None, mentions: list[Mention] | None = None) -> list[str]:
    page = Page(text, ParsedDocument("d", [], mentions or []), names=names)
    return [page.text[f.start : f.end] for f in DETECTORS[kind](page)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2024 the International Wrongdoer Court opened a case. ICC judges will decide.", ["Wrongdoer"]),
        ("The World Health Institution warned on Monday, and WHO staff flew out.", ["Institution"]),
        ("Leaders of the North Atlantic Accord Organization met. NATO said it would act.", ["Accord"]),
        ("The Worldwide Criminal Court heard the case; the ICC will rule in May.", ["Worldwide"]),
    ],
)
def test_an_expansion_one_initial_off_an_acronym_nearby_is_suspect(text: str, expected: list[str]) -> None:
    assert found(text, "acronym_mismatch") == expected


@pytest.mark.parametrize(
    "text",
    [
        "The International Criminal Court opened a case. ICC judges will decide.",
        "At the Apple Worldwide Developers Conference (WWDC) the company showed a phone.",  # WW from one word
        "The Chief Operating Officer left; the CEO stayed.",  # titles, not names
        "The BBC's Kevin Connolly reported from Moscow for the BBC.",  # a given name is no swapped word
        "The A350 XWB, for Extra Wide Body, flew. Airbus said the XWB was ready.",  # X spells a sound
        "The JSA Research analyst praised the Joint Strike Fighter.",  # JSA is a name here
        "The World Health Organization met. Much later, after many other words were written about "
        "other things, and more things, and more again. And again. And more. WHO staff left.",
    ],
)
def test_acronyms_that_are_expanded_or_are_names_raise_nothing(text: str) -> None:
    assert found(text, "acronym_mismatch") == []


def test_schwartz_hearst_alignment() -> None:
    assert expands("WWDC", ["Worldwide", "Developers", "Conference"])
    assert expands("ICC", ["International", "Criminal", "Court"])
    assert not expands("ICC", ["International", "Wrongdoer", "Court"])
    assert not expands("WHO", ["World", "Health", "Institution"])
    assert not expands("WHO", ["Wealth", "Organization"])  # the h of wealth begins no part of it
    assert expands("PS", ["PlayStation"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales rose in the Unified States, according to the filing.", ["Unified"]),
        ("The plane landed in the Unified States of America on Monday.", ["Unified"]),
        ("It will supply the Unified Kingdom’s Royal Air Force with tankers.", ["Unified"]),
        ("Shares fell in Raw York on Monday.", ["Raw"]),
    ],
)
def test_a_name_one_common_word_from_a_known_name_is_suspect(text: str, expected: list[str]) -> None:
    assert found(text, "name_variant") == expected


@pytest.mark.parametrize(
    "text",
    [
        "The New York Times reported it first.",  # a name built on a place
        "Rain fell in North Wales and in South Wales.",  # compass points
        "The United Nations and the United Kingdom both voted.",
        "Journalists from Western Sahara came to the Industrial Estate on Monday.",
        "Tim Cook spoke. Tim Ready, a different man, spoke too.",  # one mention each: no evidence
        "Apple Computer and Apple Inc are the same firm.",
    ],
)
def test_names_that_are_names_of_their_own_raise_nothing(text: str) -> None:
    assert found(text, "name_variant") == []


def test_the_run_tells_which_spelling_of_a_name_is_known() -> None:
    book = NameBook.of_texts(["Steve Jobs spoke on Monday."] * 6 + ["Steve Businesses spoke."])
    assert found("On stage, Steve Businesses spoke.", "name_variant", book) == ["Businesses"]
    assert "6 documents of this run" in screen(Page("On stage, Steve Businesses spoke.", names=book))[0].reason


@pytest.mark.parametrize(
    ("texts", "name", "position", "expected"),
    [
        ([], ("Unified", "States"), 0, {"United": PLACE}),  # a place is known to every book
        (["Unite States."] * 2, ("Unified", "States"), 0, {"United": PLACE, "Unite": 2}),
        (["Steve Jobs spoke."] * 3, ("Steve", "Businesses"), 1, {"Jobs": 3}),
        # United States, United Kingdom: no one place `United _` should be, however often written
        (["The United Kingdom voted."] * 5, ("United", "Kindom"), 1, {}),
        (["Vice President Pence spoke."] * 2, ("Vice", "Premier"), 1, {}),  # a title alone is no name
    ],
)
def test_known_names_are_the_run_s_own_and_the_places(
    texts: list[str], name: tuple[str, ...], position: int, expected: dict[str, int]
) -> None:
    assert NameBook.of_texts(texts).alternatives(name, position) == expected


def test_a_spinner_may_write_two_words_for_one_and_spellings_of_a_word_count_together() -> None:
    book = NameBook.of_texts(["Singapore Airlines flew."] * 4 + ["Singapore Airline staff met."] * 2)
    assert found("Jets went to Singapore Air hoses on Monday.", "name_variant", book) == ["Air hoses"]
    assert found("Jets went to Singapore Air on Monday.", "name_variant", book) == []  # no spinner's word


def test_a_name_within_a_longer_one_counts_after_a_place_or_an_acronym_only() -> None:
    book = NameBook.of_texts(["The Air Force flew."] * 4 + ["The New York Stock Exchange fell."] * 4)
    assert found("Officials of the United States Air Pressure spoke.", "name_variant", book) == ["Pressure"]
    assert found("Officials of the US Air Pressure spoke.", "name_variant", book) == ["Pressure"]
    assert found("The New York Times reported it.", "name_variant", book) == []  # `York Times` is half a name


def test_an_open_slot_of_names_is_no_evidence() -> None:
    """`Air X`: many names share `Air`; one more is no spinner's work."""
    others = [f"They flew with Air {name} and Air {name} again." for name in ("China", "France", "Canada")]
    book = NameBook.of_texts(["The Air Force said so."] * 3 + others * 2)
    assert found("We went to the Air Show in June.", "name_variant", book) == []
    assert found("The Air Show opened.", "name_variant", NameBook.of_texts(["The Air Force said so."] * 5)) != []


def _person(text: str, words: str) -> Mention:
    start = text.index(words)
    return Mention("d", 0, start, start + len(words), "PERSON", words)


@pytest.mark.parametrize(
    ("text", "person", "expected"),
    [
        ("It was General Minutes Aung Hlaing’s fourth visit. General Hlaing spoke.", "Aung Hlaing’s", ["Minutes"]),
        ("The chip chief Grade Papermaster joined. Papermaster had led chips at IBM.", "Grade Papermaster", ["Grade"]),
        ("Nay Phone Latt spoke. Later Nay Phone Latt told reporters so.", "Nay Phone Latt", []),  # written twice
        ("Head of Communications Bill Bodie said so. Bodie left.", "Bill Bodie", []),  # begins with a given name
        ("The airline Virgin Atlantic grew.", "Virgin Atlantic", []),  # no person named again
        ("Mark Smith said so. Smith left.", "Mark Smith", []),  # a given name
    ],
)
def test_a_person_named_with_a_common_word(text: str, person: str, expected: list[str]) -> None:
    assert found(text, "name_word", mentions=[_person(text, person)]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It was the third time that Businesses, aged 55, has guided the company.", ["Businesses"]),
        ("Occupations, born in San Francisco, was adopted at birth.", ["Occupations"]),
        ("Smith, 55, said the plant would close.", []),  # a surname that is a common word, no plural
        ("Steve Jobs spoke first. Jobs, aged 56, left the stage.", []),  # his surname in this text
    ],
)
def test_a_common_plural_given_an_age_or_a_birth_is_a_swapped_surname(text: str, expected: list[str]) -> None:
    assert found(text, "name_word") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troops will march in Moscow on 9 Might marking the anniversary.", ["Might"]),
        ("Prices peaked in Could 2008 before the crash.", ["Could"]),
        ("On Majestic 24, he stepped down as chief executive.", ["Majestic"]),
        ("The deal was signed on 3 Walk 2011 in Paris.", ["Walk"]),
        ("The court sat on 9 Wonderful 2015 in The Hague.", ["Wonderful"]),
    ],
)
def test_a_word_where_a_month_belongs_is_suspect(text: str, expected: list[str]) -> None:
    assert found(text, "corrupted_date") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Troops will march in Moscow on 9 May marking the anniversary.",
        "He lives at 10 Downing Street with 2 Cats.",
        "In March 2008 prices peaked; they could fall in 2009.",
        "Part 2 Will Be Shown Later",  # a title, no day-and-month slot
    ],
)
def test_real_dates_and_other_numbers_raise_nothing(text: str) -> None:
    assert found(text, "corrupted_date") == []


def _dated(text: str, published: dt.date) -> list[str]:
    """date_after_publication on one sentence whose DATE mention is found by its month."""
    match = re.search(r"(?:\d{1,2} )?(?:January|May|June|July|December)(?: \d{1,2}\b)?(?:, \d{4}| \d{4})?", text)
    assert match is not None
    mention = Mention("d", 0, match.start(), match.end(), "DATE", match.group())
    page = Page(text, ParsedDocument("d", [(0, len(text))], [mention]), published=published)
    return [text[f.start : f.end] for f in DETECTORS["date_after_publication"](page)]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The airline signed the agreement in Paris on July 15.", dt.date(2009, 6, 18), ["July 15"]),
        ("The A380 was unveiled in May 2005 at Toulouse.", dt.date(2005, 4, 27), ["May 2005"]),
        ("In May the service passed its rival in sales.", dt.date(2008, 4, 9), ["May"]),
        ("The Shuffle was introduced in January.", dt.date(2005, 9, 7), []),  # last January, surely
        ("The plane is expected to land on July 15.", dt.date(2009, 6, 18), []),  # looks ahead
        ("Deliveries will start in December 2009.", dt.date(2009, 6, 18), []),
        ("The firm was founded on December 28, 2003.", dt.date(2008, 1, 9), []),
        ("The deal was signed on June 19.", dt.date(2009, 6, 18), []),  # a day later: time zones
    ],
)
def test_a_past_event_dated_after_the_article_is_suspect(text: str, published: dt.date, expected: list[str]) -> None:
    assert _dated(text, published) == expected


def _phrase_files(folder: Path) -> Path:
    folder.mkdir()
    phrases = {"phrases": [{"tortured": "counterfeit consciousness", "correct": "artificial intelligence"}]}
    (folder / "list.json").write_text(json.dumps(phrases), encoding="utf-8")
    (folder / "list.csv").write_text(
        'tortured_phrase,expected_phrase,num_papers\n"""profound learning"" AND ""deep learning""",deep learning,"12"\n'
        '"""bosom""",breast,"3"\n',
        encoding="utf-8",
    )
    return folder


def test_tortured_phrases_from_json_and_csv_lists(tmp_path: Path) -> None:
    book = PhraseBook.read([_phrase_files(tmp_path / "pps")])
    assert set(book.phrases) == {("counterfeit", "consciousness"), ("profound", "learning")}  # one word: left out
    page = Page("Firms bet on Counterfeit Consciousness and profound learnings.", phrases=book)
    assert [(s.text, s.kind) for s in screen(page)] == [
        ("Counterfeit Consciousness", "tortured_phrase"),
        ("profound learnings", "tortured_phrase"),
    ]
    assert "artificial intelligence" in screen(page)[0].reason


def test_a_file_that_is_no_phrase_list_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"words": []}', encoding="utf-8")
    with pytest.raises(ValueError, match="not a list of tortured phrases"):
        PhraseBook.read([bad])


def test_names_are_chains_of_capitals_split_at_titles() -> None:
    text = (
        "Apple Computer CEO Steve Jobs met the Bank of England. When the Air Force flew, U.S. Air Force pilots cheered."
    )
    assert [c.text for c in chains(text)] == [
        "Apple Computer",
        "Steve Jobs",
        "Bank of England",
        "Air Force",
        "U.S Air Force",
    ]
    starts = {t.text: t.starts_sentence for t in tokens(text)}
    assert starts["Apple"] and starts["When"] and not starts["Air"]


def test_screen_gives_one_suspicion_per_passage_in_text_order() -> None:
    text = "The Worldwide Criminal Court met on 9 Might. ICC judges and Unified States envoys came."
    suspicions = Screening().screen(text, ParsedDocument("d", [(0, 44), (45, len(text))]))
    assert [(s.text, s.kind, s.sentence) for s in suspicions] == [
        ("Worldwide", "acronym_mismatch", 0),
        ("Might", "corrupted_date", 0),
        ("Unified", "name_variant", 1),
    ]


def test_the_book_of_names_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    from pipeline.screen import book

    monkeypatch.setattr(book, "MAX_NAMES", 10)
    texts = [f"Steve Jobs met Mayor Number{n} Person{n} and Judge Other{n} Name{n}." for n in range(20)]
    names = NameBook.of_texts(texts)
    assert len(names.documents) <= 12 and names.count(("Steve", "Jobs")) == 20


def test_a_headline_in_title_case_is_no_name() -> None:
    """A capitalised run longer than a name (a title-case headline) is left out, so a document
    written in title case costs time linear in its length."""
    headline = "Quick Brown Fox Jumps Over Lazy Dogs In The Big Green Field Near Paris"
    assert [c.text for c in chains(headline + ". Apple Computer sold it.")] == ["Apple Computer"]


def test_a_title_before_a_dictionary_word_names_a_thing() -> None:
    text = "General Motors, General Electric and CEO Steve Jobs met General Hlaing in Paris."
    assert [c.text for c in chains(text)] == ["General Motors", "General Electric", "Steve Jobs"]
    book = NameBook.of_texts(["General Motors said sales fell."] * 5)
    assert found("Shares of Basic Motors fell on Monday.", "name_variant", book) == ["Basic"]


def test_a_camel_case_brand_is_no_dictionary_word_a_spinner_swapped() -> None:
    book = NameBook.of_texts(["The Music Store opened."] * 6)
    assert found("Songs sold in the iTunes Store rose.", "name_variant", book) == []


def test_names_that_share_a_slot_in_one_document_are_no_variants_of_each_other() -> None:
    text = "The Democratic Party won. The Democratic Party gained, and the Republican Party lost."
    assert found(text, "name_variant", NameBook.of_texts([text])) == []
