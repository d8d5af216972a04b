"""name_synonym and its WordNet reader: examples written here, found and left alone."""

from __future__ import annotations

import pytest

from pipeline.records import Mention, ParsedDocument
from pipeline.screen import DETECTORS, NameBook, Page, wordnet
from pipeline.screen.wordnet import lemmas, synonymous


def found(text: str, others: list[str] | None = None, people: tuple[str, ...] = ()) -> list[str]:
    """What name_synonym finds in `text`, screened in a run that also holds `others`, where
    the model tagged `people` as persons."""
    mentions = [Mention("d", 0, text.index(p), text.index(p) + len(p), "PERSON", p) for p in people]
    page = Page(text, ParsedDocument("d", [], mentions), names=NameBook.of_texts([text, *(others or [])]))
    return [page.text[f.start : f.end] for f in DETECTORS["name_synonym"](page)]


@pytest.mark.parametrize(
    ("written", "original", "expected"),
    [
        ("Lines", "Jobs", True),  # line of work
        ("Air out", "Air", True),  # a verb sense of air, written as two words
        ("Lake herring", "Cisco", True),  # a fish, capitalised at the start of a name
        ("Airline businesses", "Airlines", True),  # inflected on its last word
        ("Pressure", "Force", True),
        ("Submits", "States", True),  # a verb sense: to state is to submit
        ("Airline", "Airlines", False),  # one word, inflected: no swap
        ("Chairs", "Jobs", False),
        ("Laptop", "Computer", False),  # a kind of computer is no synonym of it
    ],
)
def test_synonyms_are_lemmas_of_one_wordnet_synset(written: str, original: str, expected: bool) -> None:
    assert synonymous(written, original) is expected


def test_lemmas_undo_inflection_on_the_last_word_of_a_term() -> None:
    assert lemmas("Air hoses") == ("air_hose",)
    assert "business" in lemmas("Businesses")
    assert lemmas("Xqzzy") == ()


def test_a_surname_swapped_alone_for_its_synonym_is_suspect() -> None:
    text = "Steve Businesses opened the show. Lines welcomed everyone to it."
    assert found(text, people=("Steve Businesses",)) == ["Lines"]
    assert found(text) == []  # no person the model tagged: `Businesses` is no surname here


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("The Paris Agreement was signed. According to the deal, emissions fall.", ()),  # no person
        ("Photos by Jerry C. Snow fell all day.", ("Jerry C",)),  # `C` is no surname to find synonyms of
        ("Damian Hinds spoke. Back in 2015, he was a minister.", ("Damian Hinds",)),  # hind~back: no noun
    ],
)
def test_words_standing_alone_that_name_no_one_raise_nothing(text: str, people: tuple[str, ...]) -> None:
    assert found(text, people=people) == []


def test_a_window_inside_a_longer_name_is_no_name_the_run_compares() -> None:
    others = ["Public Health England said so."] * 3
    assert found("The World Health Organization met on Monday.", others) == []


@pytest.mark.parametrize(
    ("text", "others", "expected"),
    [
        # a name's word swapped for a synonym, the name known unswapped elsewhere in the run
        ("Officers of the US Air Pressure met on Friday.", ["The Air Force flew."] * 2, ["Pressure"]),
        ("The European Committee fined the firm.", ["The European Commission met."] * 2, ["Committee"]),
        # two words for one, at the end of a name or breaking it
        ("Crews of Singapore Airline businesses left.", ["Singapore Airlines flew."] * 2, ["Airline businesses"]),
        ("Parts from Air out France arrived.", ["Air France flew to Paris."] * 2, ["Air out"]),
        ("The Defensive measure Ministry signed.", ["The Defense Ministry met."] * 2, ["Defensive measure"]),
        # the document writes the name both ways: the rarer word is the synonym
        ("Sales of the Mac Classical rose, and the Mac Classic sold out.", [], ["Classical"]),
        ("JSA Research won the contest, JSA Explore analyst Paul Nesbit said.", [], ["Explore"]),
        ("Tim Cook spoke first. Then Tim Cook left, and Tim Ready took questions.", [], ["Ready"]),
        # a brand written in camel case is a name word (`iPod`), never a dictionary word
        ("Sales of the iPod Classical rose, and the iPod Classic sold out.", [], ["Classical"]),
        # a name begins after a possessive; a broken name may open a sentence
        ("Apple Computer's Macintosh OS X shipped.", ["Mac OS X is out."] * 2, ["Macintosh"]),
        ("Air Canada flew. Air out Canada has ordered jets.", [], ["Air out"]),
        # a place of GeoNames, one word swapped for a far rarer synonym
        ("The plant is near Seattle in the United Submits.", [], ["Submits"]),
        # the surname alone, written often, is the person's own: the full name was spun
        ("Steve Tasks spoke. Jobs said so. Jobs added more. Later Jobs left.", ["Steve Jobs spoke."] * 2, ["Tasks"]),
    ],
)
def test_a_name_word_swapped_for_its_synonym_is_suspect(text: str, others: list[str], expected: list[str]) -> None:
    assert found(text, others) == expected


@pytest.mark.parametrize(
    ("text", "others"),
    [
        ("The United Nations sent envoys to the United States.", []),  # a name of its own, not a place swapped
        ("The Defence Ministry and the Defense Ministry differ in spelling only.", []),
        ("Apple Music and the Apple Store opened.", ["Apple Computer sold Macs."] * 3),  # no synonyms
        # the known spelling is not suspect, only its variant
        ("Flights to New York left.", ["Raw York is a city.", "New York is big.", "New York grew."]),
        ("Lines of text were written by Steve Smith.", []),  # no synonym of his surname
        ("The US Air Force flew.", ["The US Air Pressure flew."]),  # one other document may be spun itself
    ],
)
def test_names_written_as_meant_raise_nothing(text: str, others: list[str]) -> None:
    assert found(text, others) == []


def test_every_lemma_of_an_index_file_is_found_by_bisection() -> None:
    """The index is searched, not loaded: every adverb (the first and last lines of the file,
    lemmas with hyphens, dots and apostrophes) is found with the synsets its line lists."""
    lines = (wordnet.database() / "index.adv").read_text(encoding="utf-8").splitlines()
    entries = [line.split() for line in lines if not line.startswith(" ")]
    rank = wordnet.PARTS_OF_SPEECH.index("adv")
    for fields in entries:
        listed = {int(o) * 4 + rank for o in fields[6 + int(fields[3]) :]}
        assert listed <= set(wordnet._synsets(fields[0])), fields[0]
    assert wordnet._synsets("") == () and wordnet._synsets("zzzzzz") == ()
