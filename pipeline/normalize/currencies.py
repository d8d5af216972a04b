"""Currencies as the news writes them: signs before an amount, words and codes after it."""

from __future__ import annotations

import re

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

_NATION_WORDS = {word for nation in DOLLAR_NATIONS for word in nation.split()} | {"us", "u.s."}


def is_currency(words: str) -> bool:
    """Whether `words` name a currency and nothing else (`euros`, `US dollars`, `$`): what may
    stand on either side of an amount without changing it."""
    tokens = re.findall(r"[^\W\d_]+(?:\.[^\W\d_]+)*\.?|[^\w\s]+", words.casefold())
    signs = {sign for sign in CURRENCY_SYMBOLS if not sign.isalpha()}
    return bool(tokens) and all(t in CURRENCY_WORDS or t in _NATION_WORDS or t in signs for t in tokens)
