"""Words of time that are no calendar date: spans (`about three months`, `43 years old`) and
undated sides of time (`the past 12 months`), each as one value however written."""

from __future__ import annotations

import re
from decimal import Decimal

from pipeline.normalize.date_words import SIDE_OF, SIDE_WORDS, UNITS_WRITTEN_SHORT
from pipeline.normalize.numbers import with_digits
from pipeline.normalize.qualifiers import split_qualifier
from pipeline.normalize.text import fold, strip_article, tidy

_DURATION = re.compile(
    r"(?:(?P<n>\d+(?:\.\d+)?)\s+)?(?P<unit>second|minute|hour|day|week|fortnight|month|quarter|year|decade|century|centurie)s?"
    r"(?:\s+(?:old|long))?"
)
# Units said in another: `a decade` = `10 years`, `two centuries` = `200 years`, `a fortnight` = `2 weeks`,
# `a quarter` = `3 months`.
_IN_OTHER_UNITS = {"decade": (10, "year"), "century": (100, "year"), "fortnight": (2, "week"), "quarter": (3, "month")}


def span_key(value: str) -> str:
    """Undated words of time compared by meaning: `past 12 months` = `previous 12 months`,
    `more than a century ago` = `over a century ago`. A calendar value has no such words."""
    qualifier, rest = split_qualifier(value)
    return qualifier + SIDE_WORDS.sub(lambda m: SIDE_OF[m[0]], rest)


# The unit below each, and how many of it make one: a span with a fraction is said in it
# (`half an hour` = `30 minutes`, `1.5 years` = `18 months`).
_SMALLER = {"year": (12, "month"), "month": (None, "day"), "week": (7, "day"), "day": (24, "hour"),
            "hour": (60, "minute"), "minute": (60, "second")}  # fmt: skip
_HALF = re.compile(r"^(?:(?:a|an|1)\s+)?(?:half\s+(?:an?\s+)?(?P<unit>[a-z]+)|(?P<whole>[a-z]+)\s+and\s+a\s+half)$")
_SCALED = re.compile(r"(\d+(?:\.\d+)?) (1000|1000000|1000000000)\b")  # a scale word, as digits
# An age as a newspaper writes it, the model tagging it as a date: `aged 27`, `age 27`, or
# the bare number in `the defendant, 34,`; `27-year-old` and `27 years old` are spans already.
_AGE = re.compile(r"(?:aged?\s+)?(\d{1,3})")
OLDEST = 129


def age_key(text: str) -> str | None:
    """An age written without its unit, as the span of time it is: `aged 27` -> `27 years`."""
    age = _AGE.fullmatch(fold(tidy(text)))
    return f"{int(age[1])} years" if age and 0 < int(age[1]) <= OLDEST else None


# A 24-hour clock time as police and armies write it, no span of hours: `1400 hrs`, `0800 hours`
# (`1400 hours` may be a span: only a leading zero makes `hours` a clock's).
_CLOCK_HOURS = re.compile(r"(?:at\s+)?(?:(?:[01]\d|2[0-3])[0-5]\d\s*hrs?|0\d[0-5]\d\s*hours)\.?")
_SHORT_UNIT = re.compile(rf"(?<=\d)\s*({'|'.join(UNITS_WRITTEN_SHORT)})s?\b\.?")


def duration_key(text: str) -> str | None:
    """A span of time, which is no calendar date (`about three months`, `43 years old`), as
    qualifier, number and unit: `~3 months`, `43 years` (`43 years old` says the same); a
    span of two units, or with a fraction, in the smaller (`2 hours and 18 minutes` = `138
    minutes`, `an hour and a half` = `90 minutes`)."""
    folded = re.sub(r"(?<=\d),(?=\d{3}\b)", "", fold(tidy(text)))  # `2,000 years`
    if _CLOCK_HOURS.fullmatch(folded):
        return None
    folded = _SHORT_UNIT.sub(lambda m: f" {UNITS_WRITTEN_SHORT[m[1]]}s", folded)  # `9.58 sec`, `5 mins`
    words = re.sub(r"(?<=\w)-(?=[a-z])", " ", strip_article(folded))  # `two-year` = `2-year`
    scaled = _SCALED.sub(lambda m: f"{(Decimal(m[1]) * int(m[2])).normalize():f}", with_digits(words))
    qualifier, rest = split_qualifier(scaled)  # `66 million years` = `66000000 years`
    rest = _HALF.sub(lambda m: f"0.5 {m['unit']}" if m["unit"] else f"1.5 {m['whole']}", rest)
    articled = bool(re.match(r"(?:a|an)\s", folded))  # `a year` is a span of time, `the year` none
    parts = [_span(part, articled) for part in re.split(r",?\s+(?:and\s+)?(?=\d)", rest)]
    if not parts or None in parts:
        return None
    whole = _in_one_unit(parts)  # type: ignore[arg-type]
    return f"{qualifier}{whole[0].normalize():f} {whole[1]}s" if whole else None


def _in_one_unit(parts: list[tuple[Decimal, str]]) -> tuple[Decimal, str] | None:
    """A span of one unit, or of a unit and the one below it, said in whole units of the
    smallest that makes it whole: (2, hour) and (18, minute) -> (138, minute)."""
    factor, below = _SMALLER.get(parts[0][1], (None, ""))
    if len(parts) == 2 and factor and below == parts[1][1]:  # `2 hours 18 minutes`; no month has set days
        parts = [(parts[0][0] * factor + parts[1][0], below)]
    if len(parts) != 1:
        return None
    count, unit = parts[0]
    while count != count.to_integral_value() and _SMALLER.get(unit, (None,))[0]:
        factor, unit = _SMALLER[unit]
        count *= factor  # type: ignore[operator]
    return count, unit


def _span(words: str, articled: bool) -> tuple[Decimal, str] | None:
    """(count, unit) of one span of time; `a decade` = (10, `year`); None for `the year`."""
    one = re.match(r"(?:(?:a|an)\s+)?single\s+|(?:a|an)\s+", words)  # `about a decade`, `a single day`
    match = _DURATION.fullmatch(words[one.end() :] if one else words)
    if not match or (match["n"] is None and not (one or articled)):
        return None  # `the year` is no span of time; `a year` is one
    unit = "century" if match["unit"] == "centurie" else match["unit"]
    factor, unit = _IN_OTHER_UNITS.get(unit, (1, unit))
    return Decimal(match["n"] or 1) * factor, unit


# How often, said in a word or with the unit: `daily` = `every day` = `per day` (`a day` is a
# span of time too, and is matched by its value: `same_value`).
_EVERY = {
    "hourly": "hour",
    "daily": "day",
    "nightly": "night",
    "weekly": "week",
    "monthly": "month",
    "quarterly": "quarter",
    "yearly": "year",
    "annually": "year",
    "annual": "year",
    "per annum": "year",
}
_PER_UNIT = re.compile(r"(?:per|each|every)\s+(hour|day|night|week|month|quarter|year)")


def frequency_key(text: str) -> str | None:
    """`daily`, `every day`, `each day` -> `per day`."""
    words = fold(tidy(text))
    unit = _EVERY.get(words) or ((match := _PER_UNIT.fullmatch(words)) and match[1])
    return f"per {unit}" if unit else None


def once_per(left: str, right: str) -> bool:
    """`per day` and the span `1 days` its counterpart `a day` makes (`160,000 vehicles a day`)."""
    return any(a.startswith("per ") and b == f"1 {a[4:]}s" for a, b in ((left, right), (right, left)))
