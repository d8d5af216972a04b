"""A place and the adjective of its people: `Germany's DAX` = `the German DAX`, `Britain` =
`British`. Translations and rewrites swap one for the other; the model tags the place as
GPE and the adjective as NORP, and a counterpart that is the other is the same place.
"""

from __future__ import annotations

import re

from pipeline.normalize.text import fold, strip_article

# The places news names most often; an adjective that two places share (`Congolese`) is left out.
DEMONYMS = {
    "Afghanistan": "Afghan", "Africa": "African", "Algeria": "Algerian", "America": "American",
    "Argentina": "Argentine", "Asia": "Asian", "Australia": "Australian", "Austria": "Austrian",
    "Bangladesh": "Bangladeshi", "Belgium": "Belgian", "Brazil": "Brazilian", "Britain": "British",
    "Bulgaria": "Bulgarian", "Burma": "Burmese", "Canada": "Canadian", "Chile": "Chilean",
    "China": "Chinese", "Colombia": "Colombian", "Croatia": "Croatian", "Cuba": "Cuban",
    "Czech Republic": "Czech", "Denmark": "Danish", "Egypt": "Egyptian", "England": "English",
    "Ethiopia": "Ethiopian", "Europe": "European", "Finland": "Finnish", "France": "French",
    "Germany": "German", "Greece": "Greek", "Hungary": "Hungarian", "India": "Indian",
    "Indonesia": "Indonesian", "Iran": "Iranian", "Iraq": "Iraqi", "Ireland": "Irish",
    "Israel": "Israeli", "Italy": "Italian", "Japan": "Japanese", "Jordan": "Jordanian",
    "Kenya": "Kenyan", "Lebanon": "Lebanese", "Libya": "Libyan", "Malaysia": "Malaysian",
    "Mexico": "Mexican", "Morocco": "Moroccan", "Netherlands": "Dutch", "New Zealand": "New Zealander",
    "Nigeria": "Nigerian", "North Korea": "North Korean", "Norway": "Norwegian", "Pakistan": "Pakistani",
    "Palestine": "Palestinian", "Peru": "Peruvian", "Philippines": "Philippine", "Poland": "Polish",
    "Portugal": "Portuguese", "Romania": "Romanian", "Russia": "Russian", "Saudi Arabia": "Saudi",
    "Scotland": "Scottish", "Serbia": "Serbian", "Singapore": "Singaporean", "Somalia": "Somali",
    "South Africa": "South African", "South Korea": "South Korean", "Spain": "Spanish", "Sudan": "Sudanese",
    "Sweden": "Swedish", "Switzerland": "Swiss", "Syria": "Syrian", "Taiwan": "Taiwanese",
    "Thailand": "Thai", "Tunisia": "Tunisian", "Turkey": "Turkish", "Ukraine": "Ukrainian",
    "United Kingdom": "British", "United States": "American", "Venezuela": "Venezuelan",
    "Vietnam": "Vietnamese", "Wales": "Welsh", "Yemen": "Yemeni", "Zimbabwe": "Zimbabwean",
}  # fmt: skip
_PEOPLE_OF = {fold(place): fold(people) for place, people in DEMONYMS.items()}
_PLACE_OF = {people: place for place, people in _PEOPLE_OF.items() if list(_PEOPLE_OF.values()).count(people) == 1}


def place_and_its_people(left: str, right: str) -> bool:
    """One is a place of the table and the other the adjective of its people (the words
    after it in lower case are the sentence's: `China's` -> `Chinese province`)."""
    sides = [strip_article(side.strip()) for side in (left, right)]  # `the American`
    a, b = (fold(run[0] if (run := _CAPITALISED_RUN.match(side)) else side) for side in sides)
    return _PEOPLE_OF.get(a) == b or _PEOPLE_OF.get(b) == a


_CAPITALISED_RUN = re.compile(r"[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*")


def as_place(value: str) -> str:
    """The place an adjective of its people names (`French` -> `france`), folded; any other
    value folded as it is: the key under which `French` and `France` are one place."""
    folded = fold(strip_article(value.strip()))
    return _PLACE_OF.get(folded, folded)
