"""Table-driven tests of the person, organisation, place and event normalisers."""

from __future__ import annotations

import pytest

from pipeline.normalize import same_value
from pipeline.normalize.initials import resolve_acronyms
from pipeline.normalize.names import normalize_event, normalize_name, normalize_person, resolve_people


def same_name(left: str, right: str) -> bool:
    """Whether two names, each normalised as the pipeline does, are one name."""
    return same_value("name", normalize_name(left) or left, normalize_name(right) or right)


PEOPLE = [
    ("Min Aung Hlaing", "Min Aung Hlaing"),
    ("Min Aung Hlaing’s", "Min Aung Hlaing"),
    ("Senior General Min Aung Hlaing", "Min Aung Hlaing"),
    ("General Hlaing", "Hlaing"),
    ("Mr Putin", "Putin"),
    ("Mr. Putin", "Putin"),
    ("President Vladimir Putin", "Vladimir Putin"),
    ("Daw Aung San Suu Kyi", "Aung San Suu Kyi"),
    ("Prime Minister Gordon Brown", "Gordon Brown"),
    ("Dr. Karim Khan", "Karim Khan"),
    ("Mrs Thatcher's", "Thatcher"),
    ("Dean Smith", "Dean Smith"),
    ("Minutes Aung Hlaing", "Minutes Aung Hlaing"),
    ("Nay Phone Latt", "Nay Phone Latt"),
]


@pytest.mark.parametrize(("text", "value"), PEOPLE)
def test_person_values(text: str, value: str) -> None:
    assert normalize_person(text) == value


NAMES = [
    ("the United Nations", "United Nations"),
    ("United Nations", "United Nations"),
    ("U.S.", "United States"),
    ("US", "United States"),
    ("the United States", "United States"),
    ("Russia's", "Russia"),
    ("Russia’s", "Russia"),
    ("UK", "United Kingdom"),
    ("Britain", "United Kingdom"),
    ("EU", "European Union"),
    ("International Criminal Court", "International Criminal Court"),
    ("Airbus", "Airbus"),
    ("Russian", "Russian"),
]


@pytest.mark.parametrize(("text", "value"), NAMES)
def test_name_values(text: str, value: str) -> None:
    assert normalize_name(text) == value


@pytest.mark.parametrize("text", ["World War Two", "the World War 2", "World War II", "Second World War", "WWII"])
def test_event_spellings_are_one_value(text: str) -> None:
    assert normalize_event(text) == "world war 2"


EVENTS = [
    ("the Gulf War", "gulf war"),
    ("the Second Gulf War", "gulf war 2"),
    ("World War I", "world war 1"),
    ("the First World War", "world war 1"),
    ("WWI", "world war 1"),
    ("Super Bowl XLII", "super bowl 42"),
    ("the 2008 Olympics", "2008 olympics"),
    ("Hurricane Katrina", "hurricane katrina"),
    ("the Cold War", "cold war"),
    ("the 2010 World Cup", "2010 world cup"),
    ("the Vietnam War", "vietnam war"),
    ("the Great Depression", "great depression"),
]


@pytest.mark.parametrize(("text", "value"), EVENTS)
def test_event_values(text: str, value: str) -> None:
    assert normalize_event(text) == value


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("the August 1, 2007 I-35W collapse", "the 1 August 2007 I-35W collapse", True),
        ("the September 11, 2001 attacks", "the 11th of September 2001 attacks", True),
        ("the Dec. 26, 2004 tsunami", "the 26 December 2004 tsunami", True),
        ("the September 11, 2001 attacks", "the September 12, 2001 attacks", False),
        ("the Dec. 26, 2004 tsunami", "the 26 December 2005 tsunami", False),
    ],
)
def test_a_date_inside_an_events_name_is_one_value_however_written(one: str, other: str, same: bool) -> None:
    assert (normalize_event(one) == normalize_event(other)) is same


def test_event_distinct_wars() -> None:
    assert normalize_event("World War I") != normalize_event("World War II")


def test_corrupted_names_stay_distinct() -> None:
    assert normalize_person("Minutes Aung Hlaing") != normalize_person("Min Aung Hlaing")
    assert normalize_name("International Wrongdoer Court") != normalize_name("International Criminal Court")
    assert normalize_name("National Unity Federal government") != normalize_name("National Unity Government")
    assert normalize_name("Russian") != normalize_name("Russia")  # demonyms are not places


def test_partial_names_resolve_to_the_one_full_name() -> None:
    names = [
        "Vladimir Putin",
        "Putin",
        "Min Aung Hlaing",
        "Hlaing",
        "Aung San Suu Kyi",
        "Suu Kyi",
        "Kim",
        "Kim Jong Un",
        "Kim Yo Jong",
    ]
    resolved = resolve_people(names)
    assert resolved["Putin"] == "Vladimir Putin"
    assert resolved["Hlaing"] == "Min Aung Hlaing"
    assert resolved["Suu Kyi"] == "Aung San Suu Kyi"
    assert "Kim" not in resolved  # two people fit: left as written


def test_acronyms_resolve_within_the_document() -> None:
    assert resolve_acronyms(["ICC", "International Criminal Court"]) == {"ICC": "International Criminal Court"}
    assert resolve_acronyms(["ICC", "International Wrongdoer Court"]) == {}


def test_only_personal_titles_make_a_person() -> None:
    from pipeline.normalize import kind_of

    assert kind_of("ORG", "General Hlaing") == "person"
    assert kind_of("ORG", "National Unity Government") == "name"
    assert kind_of("ORG", "President Obama") == "person"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("General Motors", "name"),  # a title that is an adjective too, before a dictionary word
        ("General Electric Co.", "name"),
        ("Major League Baseball", "name"),
        ("General Petraeus", "person"),  # no dictionary word
        ("General Lee", "person"),  # a given name
        ("Major Tom", "person"),
        ("President Bush", "person"),  # `President` is no adjective
    ],
)
def test_a_title_that_is_an_adjective_too_may_open_the_name_of_a_thing(text: str, kind: str) -> None:
    from pipeline.normalize import kind_of

    assert kind_of("ORG", text) == kind


@pytest.mark.parametrize(
    ("left", "right", "same"),
    [
        ("General Motors Corp.", "General Motors", True),
        ("Merrill Lynch & Co.", "Merrill Lynch", True),
        ("Apple, Inc.", "Apple", True),
        ("Deutsche Bank AG", "Deutsche Bank", True),
        ("Renault S.A.", "Renault", True),
        ("General Motors Corp.", "GM", True),  # initials without the legal form
        ("International Business Machines Corp.", "IBM", True),
        ("Ford Motor Co.", "Ford Motor Corp.", False),  # two legal forms: a spinner's swap
        ("Apple Inc.", "Apricot Inc.", False),
        ("Ford Motor Company", "Ford Motor Firm", False),  # `Firm` is no legal form
        ("Hewlett-Packard Company", "Hewlett-Packard troupe", False),  # a form swapped for a plain word
    ],
)
def test_a_company_named_without_its_legal_form_is_the_same_company(left: str, right: str, same: bool) -> None:
    assert same_name(left, right) is same


@pytest.mark.parametrize(
    ("left", "right", "same"),
    [
        ("Standard & Poor's", "S&P", True),  # initials with the `&`
        ("American Telephone & Telegraph", "AT&T", True),
        ("Procter & Gamble", "P&G", True),
        ("Bank of England", "BoE", True),  # with the small letters of `of`
        ("Bank of America", "BofA", True),
        ("Department of Justice", "DoJ", True),
        ("Bank of England", "BoJ", False),
        ("Federal Reserve", "Fed", True),  # the alias table
        ("Federal Reserve", "Fad", False),
        ("U.S. Federal Reserve", "US Federal Reserve", True),  # the alias leaves a longer name alone
    ],
)
def test_initials_and_short_names_of_institutions(left: str, right: str, same: bool) -> None:
    assert same_name(left, right) is same


@pytest.mark.parametrize(
    ("left", "right", "same"),
    [
        ("U.S. Geological Survey", "United States Geological Survey", True),  # a country written short
        ("UN Security Council", "United Nations Security Council", True),
        ("U.S. Geological Survey", "United Kingdom Geological Survey", False),
        ("Ministry of Civil Affairs", "Civil Affairs Ministry", True),  # `X of Y` as `Y X`
        ("Department of State", "State Department", True),
        ("Ministry of Defence", "Civil Affairs Ministry", False),
        ("Sichuan Province", "Sichuan", True),  # what kind of place, left out
        ("Wenchuan County", "Wenchuan", True),
        ("Mexico City", "Mexico", False),  # a city is not its country
        ("Sichuan Province", "Sichuan County", False),
    ],
)
def test_an_institution_or_a_place_named_another_way(left: str, right: str, same: bool) -> None:
    assert same_name(left, right) is same


@pytest.mark.parametrize("text", ["The", "In", "the", "A"])
def test_a_capitalised_function_word_names_nothing(text: str) -> None:
    assert normalize_name(text) is None


@pytest.mark.parametrize(
    ("dotted", "plain"),
    [("U.K.", "UK"), ("U.K", "UK"), ("E.U.", "EU"), ("U.N.", "UN"), ("U.S.A.", "USA"), ("U.S", "US")],
)
def test_an_abbreviation_with_and_without_dots_is_one_name(dotted: str, plain: str) -> None:
    from pipeline.normalize.names import normalize_name

    assert normalize_name(dotted) == normalize_name(plain) != plain


@pytest.mark.parametrize(
    ("dotted", "plain", "same"),
    [
        ("St. Louis Cardinals", "St Louis Cardinals", True),
        ("Mt. Everest", "Mt Everest", True),
        ("Acme Co. Ltd.", "Acme Co Ltd", True),
        ("Martin Luther King Jr.", "Martin Luther King Jr", True),
        ("St. Louis", "St Paul", False),
        # an abbreviation inside a hyphenated word
        ("Russian-U.S.", "Russian-US", True),
        ("U.S.-led", "US-led", True),
        ("U.K.-based", "US-based", False),
    ],
)
def test_the_full_stop_of_an_abbreviated_word_is_no_part_of_a_name(dotted: str, plain: str, same: bool) -> None:
    from pipeline.normalize import same_value

    assert same_value("name", dotted, plain) is same


@pytest.mark.parametrize(
    ("left", "right", "same"),
    [
        ("U.S. Treasury Dept.", "US Treasury Department", True),
        ("Mt. Everest", "Mount Everest", True),
        ("St. Louis Fed", "Saint Louis Fed", True),  # a saint before a name
        ("Wall St.", "Wall Street", True),  # a street after one
        ("Ford Motor Co.", "Ford Motor Company", True),
        ("Ford Motor Co.", "Ford Motor Corp.", False),
        ("Mt. Everest", "Mount Kenya", False),
        # characters no reader sees, put into a name to slip it past a filter
        ("Pa\u200bris", "Paris", True),
        ("\ufeffAngela Mer\u200dkel", "Angela Merkel", True),
        # a number in a name with and without its thousands separator
        ("Attendance 5,300", "Attendance 5300", True),
        ("Route 1,001", "Route 1001", True),
        ("Attendance 5,300", "Attendance 5,500", False),
    ],
)
def test_a_word_of_a_name_written_short_is_the_same_name(left: str, right: str, same: bool) -> None:
    assert same_name(left, right) is same


@pytest.mark.parametrize(
    ("left", "right", "same"),
    [
        ("JPMorgan Chase", "JP Morgan Chase", True),  # the words set apart otherwise
        ("Wal-Mart Stores Inc.", "Wal-Mart Stores, Inc.", True),
        ("Wal-Mart", "Wal Mart", True),
        ("S&P", "S & P", True),
        ("Standard & Poor's", "Standard and Poor's", True),  # `&` is `and`
        ("Securities and Exchange Commission", "Securities & Exchange Commission", True),
        ("Merrill Lynch & Co.", "Merrill Lynch and Co.", True),
        ("Standard & Poor's", "Standard & Inferior's", False),
        ("Air France", "Air out France", False),
        ("JP Morgan", "JP Morgue", False),
    ],
)
def test_how_a_name_sets_its_words_apart_is_no_part_of_it(left: str, right: str, same: bool) -> None:
    assert same_name(left, right) is same


@pytest.mark.parametrize(
    ("short", "full"),
    [("Mich.", "Michigan"), ("Calif.", "California"), ("N.Y.", "New York"), ("W.Va.", "West Virginia")],
)
def test_a_state_as_ap_style_writes_it_is_the_state(short: str, full: str) -> None:
    assert same_value("name", normalize_name(short) or short, normalize_name(full) or full)
    assert not same_value("name", normalize_name(short) or short, normalize_name("Minnesota") or "Minnesota")


@pytest.mark.parametrize(
    ("place", "people", "same"),
    [
        ("Germany", "German", True),
        ("U.S.", "American", True),  # through the alias: United States
        ("Britain", "British", True),
        ("Netherlands", "Dutch", True),
        ("Germany", "French", False),
        ("Iran", "Iraqi", False),
        ("Austria", "Australian", False),
    ],
)
def test_a_place_and_the_adjective_of_its_people_are_one_place(place: str, people: str, same: bool) -> None:
    from pipeline.normalize.demonyms import place_and_its_people

    assert place_and_its_people(normalize_name(place) or place, normalize_name(people) or people) is same
