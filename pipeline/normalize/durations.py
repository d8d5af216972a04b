"""Words of time that are no calendar date: spans (`about three months`, `43 years old`) and
undated sides of time (`the past 12 months`), each as one value however written."""

from __future__ import annotations

import re
from decimal import Decimal

from pipeline.normalize.date_words import SIDE_OF, SIDE_WORDS
from pipeline.normalize.numbers import split_qualifier, with_digits
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


def duration_key(text: str) -> str | None:
    """A span of time, which is no calendar date (`about three months`, `43 years old`), as
    qualifier, number and unit: `~3 months`, `43 years` (`43 years old` says the same)."""
    folded = fold(tidy(text))
    words = re.sub(r"(?<=\w)-(?=[a-z])", " ", strip_article(folded))  # `two-year` = `2-year`
    qualifier, rest = split_qualifier(with_digits(words))
    one = re.match(r"(?:(?:a|an)\s+)?single\s+|(?:a|an)\s+", rest)  # `about a decade`, `a single day`
    match = _DURATION.fullmatch(rest[one.end() :] if one else rest)
    if not match or (match["n"] is None and not (one or re.match(r"(?:a|an)\s", folded))):
        return None  # `the year` is no span of time; `a year` is one
    unit = "century" if match["unit"] == "centurie" else match["unit"]
    count = Decimal(match["n"] or 1)  # `a decade`: the article is gone
    factor, unit = _IN_OTHER_UNITS.get(unit, (1, unit))
    return f"{qualifier}{(count * factor).normalize():f} {unit}s"
