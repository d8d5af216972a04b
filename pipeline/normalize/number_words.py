"""The words amounts are written with: scales (`million`, `bn`, `crore`), vague counts
(`dozens`, `thousands`) and units of quantities (`MW`, `km`, `°C`), each with its canonical form."""

from __future__ import annotations

import re

SCALES: dict[str, int] = {
    "thousand": 10**3,
    "k": 10**3,
    "million": 10**6,
    "mn": 10**6,
    "m": 10**6,
    "mln": 10**6,
    "bln": 10**9,
    "mio": 10**6,  # as German, Dutch and Scandinavian copy (and their translations) write them
    "milliard": 10**9,
    "milliards": 10**9,
    "mrd": 10**9,
    "billion": 10**9,
    "bn": 10**9,
    "b": 10**9,
    "trillion": 10**12,
    "tn": 10**12,
    "trn": 10**12,
    "crore": 10**7,  # as Indian news counts: `Rs 50 crore` = 500 million rupees
    "crores": 10**7,
    "lakh": 10**5,
    "lakhs": 10**5,
    "dozen": 12,  # `a dozen` = `twelve`, `two dozen` = `24`
    "pair": 2,  # `a pair of` = `two`
}
VAGUE: dict[str, str] = {
    "dozens": "12",
    "scores": "20",
    "hundreds": "100",
    "thousands": "1000",
    "millions": "1000000",
    "billions": "1000000000",
}

# Newspaper unit spellings, keyed by folded form. Casing of the canonical unit matters:
# 100mw in a newspaper is megawatts, never milliwatts.
UNITS: dict[str, str] = {
    "mw": "MW",
    "megawatts": "MW",
    "megawatt": "MW",
    "kw": "kW",
    "kilowatts": "kW",
    "gw": "GW",
    "gigawatts": "GW",
    "kwh": "kWh",
    "mwh": "MWh",
    "gwh": "GWh",
    "km": "km",
    "kms": "km",
    "kilometres": "km",
    "kilometers": "km",
    "kilometre": "km",
    "kilometer": "km",
    "m": "m",
    "metres": "m",
    "meters": "m",
    "metre": "m",
    "meter": "m",
    "miles": "mi",
    "mile": "mi",
    "mi": "mi",
    "ft": "ft",
    "feet": "ft",
    "foot": "ft",
    "kg": "kg",
    "kilograms": "kg",
    "kilos": "kg",
    "kilogram": "kg",
    "tonnes": "t",
    "tons": "t",
    "tonne": "t",
    "ton": "t",
    "lb": "lb",
    "lbs": "lb",
    "pounds": "lb",
    "ha": "ha",
    "hectares": "ha",
    "acres": "acre",
    "acre": "acre",
    "mph": "mph",
    "miles per hour": "mph",
    "miles an hour": "mph",
    "km/h": "km/h",
    "kph": "km/h",
    "km per hour": "km/h",
    "kilometres per hour": "km/h",
    "kilometers per hour": "km/h",
    "kilometres an hour": "km/h",
    "kilometers an hour": "km/h",
    "barrels": "bbl",
    "barrel": "bbl",
    "bbl": "bbl",
    "litres": "L",
    "liters": "L",
    "l": "L",
    "sq km": "km2",
    "square kilometres": "km2",
    "square kilometers": "km2",
    "square miles": "mi2",
    "square mile": "mi2",
    "sq mi": "mi2",
    "square kilometre": "km2",
    "square kilometer": "km2",
    "km2": "km2",
    "square metres": "m2",
    "square meters": "m2",
    "square metre": "m2",
    "square meter": "m2",
    "sq m": "m2",
    "m2": "m2",
    "square feet": "ft2",
    "square foot": "ft2",
    "sq ft": "ft2",
    "nautical miles": "nmi",
    "nautical mile": "nmi",
    "nautical mi": "nmi",
    "sq miles": "mi2",
    "sq mile": "mi2",
    "nmi": "nmi",
    "c": "°C",  # `40C` in a temperature; cents are written `5 cents` or `5¢`
    "°c": "°C",
    "celsius": "°C",
    "centigrade": "°C",
    "degrees c": "°C",
    "degrees celsius": "°C",
    "degrees centigrade": "°C",
    "f": "°F",
    "°f": "°F",
    "fahrenheit": "°F",
    "degrees f": "°F",
    "degrees fahrenheit": "°F",
    "seats": "seats",
    "seat": "seats",
}

# A count in one word, as it stands in a compound (`one-time`) or a name (`Group of Seven`).
NUMBER_WORD = re.compile(
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred"
)

RANGE_WORDS = ("to", "and", "or", "-", "–")  # what joins a range's ends: `five to six`, `two or three`, `3-5`
# The scales written after a number in money and counts, short and in full (`$5bn`, `5 million`),
# as the shape rules and the money reader look for them (SCALES reads every scale's value)
SCALE_LETTERS = "m|bn|k"
SCALE_NAMES = "thousand|million|billion|trillion"
