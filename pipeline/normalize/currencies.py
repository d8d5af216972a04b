"""Currencies as the news writes them: signs before an amount, words and codes after it."""

from __future__ import annotations

import re

from pipeline.normalize.number_words import SCALE_LETTERS, SCALE_NAMES

CURRENCY_SYMBOLS: dict[str, str] = {  # a dollar sign with a country's prefix is not USD
    "us$": "USD",
    "a$": "AUD",
    "au$": "AUD",
    "c$": "CAD",
    "ca$": "CAD",
    "hk$": "HKD",
    "nz$": "NZD",
    "s$": "SGD",
    "sg$": "SGD",
    "nt$": "TWD",
    "r$": "BRL",
    "mex$": "MXN",
    "mx$": "MXN",
    "$": "USD",
    "£": "GBP",
    "€": "EUR",
    "¥": "JPY",
    "₹": "INR",
    "₽": "RUB",
}
CURRENCY_WORDS: dict[str, str] = {
    "dollars": "USD",
    "dollar": "USD",
    "usd": "USD",
    "cents": "USD-cent",
    "cent": "USD-cent",
    "pounds": "GBP",
    "pound": "GBP",
    "sterling": "GBP",
    "gbp": "GBP",
    "pence": "GBP-pence",
    "p": "GBP-pence",  # `5p`
    "euros": "EUR",
    "euro": "EUR",
    "eur": "EUR",
    "yen": "JPY",
    "jpy": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rmb": "CNY",
    "rupees": "INR",
    "rupee": "INR",
    "roubles": "RUB",
    "rubles": "RUB",
    "francs": "CHF",
    "won": "KRW",
}
# A dollar named by its country after the amount (`40 million Australian dollars`): not USD.
DOLLAR_NATIONS: dict[str, str] = {
    "australian": "AUD",
    "canadian": "CAD",
    "hong kong": "HKD",
    "new zealand": "NZD",
    "singapore": "SGD",
    "taiwan": "TWD",
    "taiwanese": "TWD",
}

# Currency codes written before an amount (`EUR 40 million`, `Rs 2,000`), as financial news does.
CODES_BEFORE: dict[str, str] = {
    code: code.upper()
    for code in "usd eur gbp jpy chf cny inr aud cad hkd nzd sgd rub krw brl mxn zar sek nok dkk try".split()
} | {"rmb": "CNY", "rs": "INR", "rs.": "INR"}
CODE_BEFORE = re.compile(rf"(?:^|(?<=\s))(?P<code>{'|'.join(re.escape(c) for c in CODES_BEFORE)})\s*(?=\d)")

# The countries that may name a dollar before `dollars` (`US dollars`, `Hong Kong dollars`).
DOLLAR_NATION_NAMES = frozenset({"us", "u.s.", *DOLLAR_NATIONS})
_NATION_WORDS = {word for nation in DOLLAR_NATION_NAMES for word in nation.split()}
_SIGNS = frozenset(sign for sign in CURRENCY_SYMBOLS if not sign.isalpha())


def is_currency(words: str) -> bool:
    """Whether `words` name a currency and nothing else (`euros`, `US dollars`, `$`): what may
    stand on either side of an amount without changing it."""
    tokens = re.findall(r"[^\W\d_]+(?:\.[^\W\d_]+)*\.?|[^\w\s]+", words.casefold())
    known = (CURRENCY_WORDS, CODES_BEFORE, _NATION_WORDS, _SIGNS)
    return bool(tokens) and all(any(t in words for words in known) for t in tokens)


_SCALED = re.compile(rf"\d\s*(?:{SCALE_LETTERS})\b|\b(?:{SCALE_NAMES})\b")


def pounds_of_weight(text: str) -> bool:
    """Whether an amount in pounds (lower case) is more often a weight (`8 pounds`): money in
    pounds has a sign, a scale or its name (`£8`, `8m pounds`, `8 pounds sterling`)."""
    return "£" not in text and "sterling" not in text and not _SCALED.search(text)
