"""Qualifiers of an amount: `about 60` -> (`~`, `60`), `at least 12` -> (`>=`, `12`), each
as a symbol the value keeps, so that `about 60` and `roughly 60` are one value and `at least
60` and `up to 60` are two."""

from __future__ import annotations

import re

QUALIFIERS: tuple[tuple[str, str], ...] = (
    (r"(?:just about|about|around|approximately|roughly|some|an estimated|estimated|circa|ca\.?|c\.)", "~"),
    (
        r"(?:up to|as (?:many|much|long|high|far|large|big|heavy|deep|tall) as|no more than|at most|(?:a )?maximum of)",
        "<=",
    ),
    (r"(?:at least|as (?:few|little|low|short|small) as|no fewer than|no less than|(?:a )?minimum of)", ">="),
    (r"(?:more than|more of|over|above|upwards of|in excess of|exceeding)", ">"),  # `more of`: as translated
    (r"(?:less than|fewer than|under|below)", "<"),
    (r"(?:nearly|almost|virtually|near|close to|just under|just below)", "<~"),
    (r"(?:minus|negative)", "-"),
)
_DEGREE = r"(?:just|well|slightly|(?:a )?little|a bit|far|much)\s+"
# `just over 60` is over 60 (but `just under 60` is nearly 60): each qualifier bare, then after a degree
_QUALIFIED = tuple(
    (re.compile(rf"{degree}{pattern}\s+"), symbol) for degree in ("", _DEGREE) for pattern, symbol in QUALIFIERS
)


def split_qualifier(text: str) -> tuple[str, str]:
    """(`~`, `<=` ... or '', the rest): `about 60` -> (`~`, `60`)."""
    for pattern, symbol in _QUALIFIED:
        match = pattern.match(text)
        if match:
            return symbol, text[match.end() :]
    return "", text
