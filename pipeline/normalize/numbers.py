"""Numbers, money, percentages, quantities and ordinals to canonical values.

The value keeps what a reader would call the fact: the amount (`55 million` -> `55000000`),
its currency or unit, and its qualifier (`about 60` -> `~60`, `up to 60` -> `<=60`).
Vague amounts stay vague (`thousands` -> `~1000s`): they are never an exact number.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from pipeline.normalize import currencies
from pipeline.normalize.currencies import CODE_BEFORE, CODES_BEFORE, CURRENCY_SYMBOLS, CURRENCY_WORDS, DOLLAR_NATIONS
from pipeline.normalize.number_words import NUMBER_WORD, SCALES, UNITS, VAGUE
from pipeline.normalize.qualifiers import split_qualifier
from pipeline.normalize.text import digits_for_words, fold, strip_article, tidy

_SYMBOLS_LONGEST_FIRST = sorted(CURRENCY_SYMBOLS, key=len, reverse=True)  # `HK$` before `$`
_NATION_DOLLARS = re.compile(rf"\b({'|'.join(DOLLAR_NATIONS)})\s+dollars?\b")
_NUMBER = r"\d+(?:\.\d+)?"
_AMOUNT = re.compile(rf"(?P<number>{_NUMBER})\s*(?P<scale>{'|'.join(sorted(SCALES, key=len, reverse=True))})?\b")
_SCORE_IN_WORDS = re.compile(r"^(\d+)\s+(?:goals?|points?|runs?|votes?|sets?|games?|frames?|seats?)\s+to\s+(\d+|nil)\b")
_RANGE = re.compile(rf"^(?:between\s+)?(?P<low>{_NUMBER})\s*(?:-|to|and)\s*(?P<high>{_NUMBER})(?P<rest>.*)$")
_VAGUE = re.compile(
    r"^(?:(?P<outer>tens|hundreds) of\s+)?(?P<base>dozens|scores|hundreds|thousands|millions|billions)\b"
)
_CODE = re.compile(r"([a-z]{1,8})\d[\w.]*")  # `covid19`, `h1n1`, `a380`: no unit starts a number
_MINUS = re.compile(r"^\s*[-−–](?=\s?\d)")
PERCENT_WORDS = r"(?:per[ -]?cent(?:age)?|pct|(?<=\d)\s?pc\b|%)"  # `19pc`, as the City pages write it
_PERCENT = re.compile(PERCENT_WORDS)
_ORDINAL = re.compile(r"(\d+)\s*(?:st|nd|rd|th)\b")


# Thousands set off by dots: two groups or more (`1.500.000`, `1.000.000,50`), or one of three
# zeros after tens (`15.000`, which no one writes for fifteen); `1.500` and `2.000` stay as read.
_DOTTED_THOUSANDS = re.compile(r"(?<![\d.,])(?:\d{1,3}(?:\.\d{3}){2,}|\d{2,3}\.000)(?![\d.]\d)")
_SPACED_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,]\d)")


def _clean(text: str) -> str:
    text = _VULGAR_FRACTION.sub(lambda m: f" {_VULGAR_FRACTIONS[m[0]]}", text)  # `3½` = `3 1/2`
    text = fold(tidy(_MINUS.sub("minus ", text)))  # tidy drops a leading dash: a sign is part of the value
    text = _MIXED_NUMBER.sub(_as_decimal, text)  # `3 1/2 percent` = `3.5 percent`, `$12 3/8` = `$12.375`
    text = _SPACED_THOUSANDS.sub(lambda m: re.sub(r"\s", "", m[0]), text)  # `1 200 000`, as Europe writes it
    text = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", text)  # 1,000 -> 1000, `$2,500m` -> `$2500m`
    text = _DOTTED_THOUSANDS.sub(lambda m: m[0].replace(".", ""), text)  # 1.500.000, 15.000: as Europe writes them
    text = re.sub(r"(?<=\d),(?=\d{1,2}(?!\d))", ".", text)  # a decimal comma (`2,5 per cent`, as translated)
    return strip_article(_counted(text))


_VULGAR_FRACTIONS = {
    "½": "1/2",
    "¼": "1/4",
    "¾": "3/4",
    "⅓": "1/3",
    "⅔": "2/3",
    "⅛": "1/8",
    "⅜": "3/8",
    "⅝": "5/8",
    "⅞": "7/8",
}
_VULGAR_FRACTION = re.compile("|".join(_VULGAR_FRACTIONS))
# a whole number and a fraction of one, as US prices and rates were long written
_MIXED_NUMBER = re.compile(r"(?<![\d.,/])(\d+)\s+([1-9])/([2-9]|1[0-6])(?![\d/])")


def _as_decimal(match: re.Match[str]) -> str:
    numerator, denominator = int(match[2]), int(match[3])
    if numerator >= denominator:
        return match[0]  # `3 5/4`: no fraction of one
    value = Decimal(match[1]) + (Decimal(numerator) / Decimal(denominator)).quantize(Decimal("0.0001"))
    return _format(value)


def _counted(text: str) -> str:
    """`a million` -> `1 million`, `half a dozen` -> `6`, `a 3rd` -> `1 3rd`, before `a` is taken for an article
    (and after a qualifier: `about a dozen`); `one thousand two hundred` is left whole to the
    number words."""
    text = re.sub(r"^(?:a|an)\s+(?=(?:thousand|million|billion|trillion|dozen|pair)\b)", "1 ", text)
    # `a 3rd`, `a fourth`: a part counted by its article (a spinner's `a third`, `a quarter`)
    text = re.sub(r"^(?:a|an)\s+(?=(?:(?:[3-9]|10)(?:rd|th)|fourth|sixth|seventh|eighth|ninth)\b)", "1 ", text)
    text = re.sub(r"^dozen\b", "12", text)  # the model tags `dozen` of `a dozen`
    text = re.sub(r"^(twice|thrice)\b", lambda m: "2" if m[1] == "twice" else "3", text)  # `scored twice`
    return re.sub(r"^half a dozen\b", "6", text)


def with_digits(text: str) -> str:
    """Digits for number words and halves (`six and a half` -> `6.5`), units apart (`100 mw`),
    a ratio's words apart (`1-for-10` = `one-for-ten`)."""
    text = re.sub(r"(?<=\d)-for-(?=\d)", " for ", digits_for_words(text))
    text = re.sub(r"(\d) (?:and )?a half\b", r"\1.5", text)
    return re.sub(r"(\d)-?([a-z])", r"\1 \2", text)  # 100mw -> 100 mw, 6-fold -> 6 fold


def _format(number: Decimal) -> str:
    normalised = number.normalize()
    return f"{normalised:f}".rstrip("0").rstrip(".") if "." in f"{normalised:f}" else f"{normalised:f}"


_FRACTION = re.compile(
    r"^(?:(?P<count>a|an|one|two|three|four|\d+)[\s-]+)?(?P<part>half|halves|thirds?|quarters?|fifths?|tenths?)\b"
)
# `one 3rd`, `two 3rds`: a fraction whose part a spinner wrote in digits (never without its count)
_FRACTION_IN_DIGITS = re.compile(r"^(?P<count>a|an|one|two|three|four|\d+)[\s-]+(?P<part>(?:[3-9]|10)(?:rd|th))s?\b")
# `a fourth`, `three-fourths`, `an eighth`: a part read as an ordinal unless counted
_COUNTED_ORDINAL = re.compile(
    r"^(?P<count>a|an|one|two|three|four|\d+)[\s-]+(?P<part>fourth|sixth|seventh|eighth|ninth)s?\b"
)
_SLASHED = re.compile(r"^(\d{1,3})\s*/\s*(\d{1,3})\b(?!/)")
_RATIO = re.compile(r"^(\d{1,3})\s+(?:in|out\s+of)\s+(\d{1,6})\b(?![.,]\d)")  # not `2 in 2020`
FRACTION_PARTS = {"half": 2, "halves": 2, "third": 3, "quarter": 4, "fifth": 5, "tenth": 10}
FRACTION_PARTS |= {"fourth": 4, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9}
COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4}
_OF_A_SCALE = re.compile(r"(?:of\s+)?(?:(?:a|an|one)\s+)?(?P<scale>thousand|million|billion|trillion|crore|lakh)\b")


def _fraction(text: str) -> tuple[str, str] | None:
    """`a third` = `one third` = `one-third` -> `1/3`, `two-thirds` -> `2/3`, `half` -> `1/2`."""
    if written := _SLASHED.match(text):  # `1/5` as `one-fifth` writes it
        return f"{int(written[1])}/{int(written[2])}", text[written.end() :].strip()
    counted = with_digits(text)
    ratio = _RATIO.match(counted)
    if ratio and int(ratio[1]) < int(ratio[2]) and not 1800 <= int(ratio[2]) < 2100:  # `three in 10` = `30%`
        return f"{int(ratio[1])}/{int(ratio[2])}", counted[ratio.end() :].strip()
    match = _FRACTION.match(text) or _FRACTION_IN_DIGITS.match(text) or _COUNTED_ORDINAL.match(text)
    if match is None:
        return None
    count = match["count"] or "1"
    numerator = int(count) if count.isdigit() else COUNT_WORDS[count]
    part = match["part"].rstrip("s")
    denominator, rest = FRACTION_PARTS.get(part) or int(part[:-2]), text[match.end() :].strip()
    if scaled := _OF_A_SCALE.match(rest):  # `half a million` = 500000, `a quarter of a billion`
        value = (Decimal(numerator) * SCALES[scaled["scale"]] / denominator).quantize(
            Decimal(1)
        )  # a third of a million
        return _format(value), rest[scaled.end() :].strip()
    return f"{numerator}/{denominator}", rest


_FRACTION_VALUE = re.compile(r"(\d+)/(\d+)")


def fraction_value(value: str) -> Decimal | None:
    """The number a canonical fraction (`1/2`, as `_fraction` writes it) stands for, else None."""
    parts = _FRACTION_VALUE.fullmatch(value)
    return Decimal(parts[1]) / Decimal(parts[2]) if parts and int(parts[2]) else None


def _amount(text: str) -> tuple[str, str] | None:
    """(canonical amount, the words after it), or None when no amount is written."""
    text = _counted(text)
    if fraction := _fraction(text):
        return fraction
    vague = _VAGUE.match(text)
    if vague:
        base = int(VAGUE[vague["base"]]) * {"tens": 10, "hundreds": 100, None: 1}[vague["outer"]]
        return f"~{base}s", text[vague.end() :].strip()
    text = _SCORE_IN_WORDS.sub(lambda m: f"{m[1]} to {m[2].replace('nil', '0')}", with_digits(text))  # `3-1`
    ranged = _RANGE.match(text)
    if ranged and not ranged["rest"].strip().startswith(tuple(SCALES)):
        return f"{_format(Decimal(ranged['low']))}..{_format(Decimal(ranged['high']))}", ranged["rest"].strip()
    match = _AMOUNT.search(text)
    if match is None:
        return None
    try:
        number = Decimal(match["number"]) * SCALES.get(match["scale"] or "", 1)
    except InvalidOperation:
        return None
    rest = text[match.end() :].strip()
    # 55 million written as "55 1000000" after number words became digits
    while scale := re.match(r"^(1000|1000000|1000000000)\b", rest):
        number *= int(scale[1])
        rest = rest[scale.end() :].strip()
    upper = re.match(rf"^(?:(?:{PERCENT_WORDS})\s*)?(?:(?:to|and|or)\s+|[-–]\s*)(?:[a-z]*[$£€¥]\s*)?(?=\d)", rest)
    if upper:  # "$16 million to $28 million", "28% and 50%": both ends are the fact
        high = _amount(rest[upper.end() :])
        if high is not None:
            return f"{_format(number)}..{high[0]}", high[1]
    return _format(number), rest


def normalize_amount(text: str) -> str | None:
    """Any amount, read by what is written rather than the NER label (which is noisy:
    the model calls `40 per cent` MONEY): percent, then money, then a plain number."""
    points = normalize_basis_points(text) or normalize_fraction_points(text)
    return points or normalize_percent(text) or normalize_money(text) or normalize_quantity(text)


_BASIS_POINTS = re.compile(rf"(?P<n>{_NUMBER})\s*(?:basis[\s-]+points?|bps?)")


def normalize_basis_points(text: str) -> str | None:
    """`75 basis points` = `0.75 percentage point` -> `0.75% points`: a basis point is a
    hundredth of a percentage point, as central banks and bond desks count it."""
    qualifier, rest = split_qualifier(digits_for_words(_clean(text)))
    match = _BASIS_POINTS.fullmatch(rest)
    return f"{qualifier}{_format(Decimal(match['n']) / 100)}% points" if match else None


_POINTS_AFTER = re.compile(r"[\s-]+(?:of\s+)?(?:an?\s+)?points?")


def normalize_fraction_points(text: str) -> str | None:
    """`a quarter point`, `a half-point` (a rate's move, as desks write it) = `25 basis points`
    -> `0.25% points`."""
    qualifier, rest = split_qualifier(digits_for_words(_clean(text)))
    amount = _fraction(rest)
    share = fraction_value(amount[0]) if amount else None
    if share is None or not _POINTS_AFTER.fullmatch(" " + amount[1]):  # type: ignore[index]
        return None
    return f"{qualifier}{_format(share.quantize(Decimal('0.0001')))}% points"


def normalize_percent(text: str) -> str | None:
    """PERCENT: `40 per cent` = `40 percent` = `40%` -> `40%`."""
    cleaned = _clean(text)
    if not _PERCENT.search(cleaned):
        return None
    qualifier, rest = split_qualifier(cleaned)
    amount = _amount(rest)
    if amount is None:
        return None
    points = " points" if "point" in amount[1] else ""
    share = fraction_value(amount[0])  # `half a per cent` = `0.5%`
    value = amount[0] if share is None else _format(share.quantize(Decimal("0.0001")))
    return f"{qualifier}{value}%{points}"


def normalize_money(text: str) -> str | None:
    """MONEY: `$15 billion` -> `USD 15000000000`, `£2m` -> `GBP 2000000`."""
    cleaned = _clean(text)
    if _PERCENT.search(cleaned):
        return None
    currency = ""
    if code := CODE_BEFORE.search(cleaned):  # `EUR 40 million`, `about EUR 40 million`
        currency, cleaned = CODES_BEFORE[code["code"]], cleaned[: code.start()] + cleaned[code.end() :]
    else:
        symbol = next((s for s in _SYMBOLS_LONGEST_FIRST if s in cleaned), None)
        if symbol is not None:
            currency, cleaned = CURRENCY_SYMBOLS[symbol], cleaned.replace(symbol, " ", 1).strip()
    qualifier, rest = split_qualifier(cleaned)
    amount = _amount(rest)
    if amount is None:
        return None
    value, after = amount
    for word in re.findall(r"[a-z]+", after):
        if word in ("pound", "pounds") and not currency and currencies.pounds_of_weight(text.lower()):
            return None
        if word in CURRENCY_WORDS:
            currency = currency if currency and CURRENCY_WORDS[word] == "USD" else CURRENCY_WORDS[word]
            break
    if nation := _NATION_DOLLARS.search(after):
        currency = DOLLAR_NATIONS[nation[1]]
    if not currency:
        return None
    if "-" in currency and re.fullmatch(r"\d+(?:\.\d+)?", value):  # `23 cents` = `$0.23`, `5p` = `£0.05`
        currency, value = currency.split("-")[0], _format(Decimal(value) / 100)
    return f"{currency} {qualifier}{value}"


def _unit(words: str) -> str:
    words = re.sub(r"^of\b\s*", "", words.strip())
    if not words:
        return ""
    split = [word.rstrip(".") for word in words.split()]  # `sq. mi.` = `sq mi`
    for size in range(min(3, len(split)), 0, -1):  # the longest unit first: `square mile` before `mile`
        if (unit := " ".join(split[:size])) in UNITS:
            return UNITS[unit]  # what follows the unit is what is measured: `55 square mile wildfire`
    return words


def normalize_quantity(text: str) -> str | None:
    """CARDINAL, QUANTITY: `six` -> `6`, `55 million` -> `55000000`, `100mw` -> `100 MW`; a code
    of letters and digits is itself, its letters and number one (`COVID-19` = `Covid19`)."""
    qualifier, rest = split_qualifier(_clean(text))
    joined = re.sub(r"-\s*", "", rest)  # `COVID-19` = `Covid19`, a file name hyphenated at a line end
    if (code := _CODE.fullmatch(joined)) and not NUMBER_WORD.fullmatch(code[1]):  # `one-3rd`: a number
        return joined  # not the number alone: `H5N1` is no `B5N1`
    amount = _amount(rest)
    if amount is None:
        return None
    value, after = amount
    unit = _unit(after)
    return f"{qualifier}{value}" + (f" {unit}" if unit else "")


def normalize_ordinal(text: str) -> str | None:
    """ORDINAL: `fourth` = `4th` = `very fourth` -> `ordinal:4`."""
    match = _ORDINAL.search(with_digits(_clean(text)))
    return f"ordinal:{int(match[1])}" if match else None
