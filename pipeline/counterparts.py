"""Where a fact's counterpart stands in the other version, and what it takes in: the words
word alignment put against the fact, trimmed of quotes and punctuation; none when they can
be no counterpart (a full stop, a plain word against a name); widened over a capitalised word
a spinner put before a name (`Brand new York`), or over a spinner's synonym of a name's last
word (`Der Spiegel iron`) or of the capitalised word before it (`the Enceinte Hadron Collider`)."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from pipeline.kinds import NAME_KINDS
from pipeline.normalize.currencies import is_currency
from pipeline.normalize.date_words import MONTH_PATTERN
from pipeline.normalize.dates import CLOCK_SUFFIXES
from pipeline.normalize.names import normalize_name
from pipeline.normalize.numbers import normalize_amount
from pipeline.normalize.qualifiers import split_qualifier
from pipeline.normalize.text import differing_words, strip_article, tidy
from pipeline.records import Fact
from pipeline.screen.wordnet import senses, synonymous
from pipeline.screen.words import is_common_word, place_words
from pipeline.wraps import over_a_break, over_a_names_line_end_hyphen, over_line_end_hyphens

Span = tuple[int, int]


def trim(text: str, start: int, end: int) -> Span:
    """Drop quotes, brackets, punctuation and a possessive at the edges of a counterpart."""
    span = text[start:end]
    lead = len(span) - len(span.lstrip(" \"'“”‘’([,.;:"))
    if lead and span[lead - 1] in "'’" and span[lead : lead + 2].isdigit():
        lead -= 1  # `'11`: a year written short, not a quotation mark
    elif lead and span[lead - 1] == "." and span[lead : lead + 1].isdigit():
        lead -= 1  # `.4 per cent`: a decimal point, not a full stop
    trimmed = span[lead:]
    trimmed = re.sub(r"(?:(?<!\d0)['’]s)?[\s\"'“”‘’)\],.;:]*$", "", trimmed)  # `the 1980's`: a decade
    trimmed = _TRAILING_LINK.sub("", trimmed)  # `100 years of` (`the company's 100-year history`)
    if not trimmed:
        return start, end
    return start + lead, start + lead + len(trimmed)


_TRAILING_LINK = re.compile(r"(?:\s+(?:of|to|in|on|at|for|from|by|with|and|the|a|an))+$")


def _worded(text: str, span: Span | None) -> Span | None:
    """A counterpart holds a word or a number: a full stop left where a clause was cut
    (`... written to TV3` -> `... address .`) stands for no fact."""
    return span if span is not None and any(c.isalnum() for c in text[span[0] : span[1]]) else None


def onto_the_fact(text: str, span: Span, fact: Span, qualified: bool) -> Span:
    """The counterpart of an amount narrowed to the one amount the other version's NER found
    among its words, with the qualifier written just before it if the amount's own words hold
    one (`qualified`): word alignment across a reordered sentence gives `index went under
    10000` for `below 10,000`, `fell 6.07` for `$6.07` (the model read `6.07 dollars`)."""
    start = _qualifier_start(text, span[0], fact) if qualified else None
    return (fact[0] if start is None else start), fact[1]


def with_qualifier_before(text: str, span: Span) -> Span:
    """An amount's span taken back over a qualifier written just before it (`below $90`), if any."""
    line_start = text.rfind("\n", max(0, span[0] - 40), span[0]) + 1 or max(0, span[0] - 40)
    start = _qualifier_start(text, line_start, span, most=3)
    return (span[0] if start is None else start), span[1]


def _qualifier_start(text: str, start: int, amount: Span, most: int | None = None) -> int | None:
    """Where a qualifier written in text[start:amount[0]], just before the amount, begins
    (the longest that reads as one, of at most `most` words), whatever spaces lie between its
    words (an OCR'd copy doubles some: `as  much as`); None where there is none."""
    words = text[start : amount[0]].split()[-most if most else 0 :]
    counted = [index for index, word in enumerate(words) if any(c.isdigit() for c in word)]
    words = words[counted[-1] + 1 :] if counted else words  # `about 5,000, or` is no qualifier of `9%`
    for count in range(len(words), 0, -1):
        if split_qualifier(f"{' '.join(words[-count:]).lower()} {text[amount[0] : amount[1]]}")[0]:
            pattern = re.compile(r"\s+".join(map(re.escape, words[-count:])))
            return [found.start() for found in pattern.finditer(text, start, amount[0])][-1]
    return None


def qualified_alike(ref_text: str, ref_span: Span, cmp_text: str, cmp_span: Span) -> bool:
    """Two amounts the same once each takes in the qualifier before it: the model leaves
    `below` out of `fell below $90` and takes `under` into `under 90 dollars`."""
    wider = with_qualifier_before(ref_text, ref_span), with_qualifier_before(cmp_text, cmp_span)
    if wider == (ref_span, cmp_span):
        return False
    values = [normalize_amount(text[s:e]) for text, (s, e) in zip((ref_text, cmp_text), wider, strict=True)]
    return values[0] is not None and values[0] == values[1]


def name_counterpart(kind: str, text: str, span: Span | None, words: str) -> Span | None:
    """A name's counterpart has a capital or a digit, or is the name in lower case: a plain
    word (`was`, `allegations`) that word alignment set against a name in a rewritten
    sentence stands for no counterpart."""
    if span is None or kind not in NAME_KINDS:
        return span
    counterpart = text[span[0] : span[1]]
    if tidy(counterpart).lower() == tidy(words).lower():
        return span
    written = strip_article(tidy(counterpart))  # `The storm`'s capital is its sentence's
    if any(c.isupper() or c.isdigit() for c in written) and normalize_name(counterpart) is not None:
        return span  # `The`, a sentence's first word, names nothing
    return None


_HYPHENATED_NAME = re.compile(r"[A-Z][A-Za-z]*-[A-Z]")


def counterpart(fact: Fact, text: str, span: Span | None, after: str = "") -> Span | None:
    """Where alignment put a fact's counterpart, if what stands there can be one; `after`: the
    words after the fact in its own version."""
    span = over_a_break(fact.mention.text, text, over_line_end_hyphens(text, span)) if span is not None else None
    if span is not None and _HYPHENATED_NAME.search(fact.mention.text):
        span = over_a_names_line_end_hyphen(text, span)
    span = name_counterpart(fact.kind, text, _worded(text, span), fact.mention.text)
    return _with_capital_before(fact, text, _without_words_after(fact, text, span, after))


_TRAILING_LOWER = re.compile(r"-?\s+([a-z][a-z'-]*)$")  # with a line-end hyphen: `UAE-\nbased`
_FIRST_WORD = re.compile(r"\W*(\w+)")


def _without_words_after(fact: Fact, text: str, span: Span | None, after: str) -> Span | None:
    """A name's counterpart less the lower-case word alignment put at its end where that word
    stands for the word after the name in its own version (the same, or a WordNet synonym):
    `Nasdaq Composite Index dropped` -> `Nasdaq Composite fell`. A spinner's word for the
    name's own (`Hewlett-Packard Company said` -> `Hewlett-Packard firm said`) stays."""
    following = _FIRST_WORD.match(after)
    if span is None or fact.kind not in NAME_KINDS or following is None:
        return span
    word = _TRAILING_LOWER.search(text, span[0], span[1])
    if word is None or not (word[1] == following[1].lower() or senses(word[1]) & senses(following[1])):
        return span
    trimmed = span[0], word.start()
    return trimmed if any(c.isupper() or c.isdigit() for c in text[trimmed[0] : trimmed[1]]) else span


_CAPITALISED_BEFORE = re.compile(r"[^\W\d_a-z][^\W\d_]*[ -]$")


def _with_capital_before(fact: Fact, text: str, span: Span | None) -> Span | None:
    """A name whose first word lost its capital behind a capitalised word put before it is
    that word's name: a spinner's `Brand new York` for `New York` (aligned `new York`, with
    `Brand` left over as new) is one changed name, not a name reworded and a word added."""
    if span is None or fact.kind not in NAME_KINDS:
        return span
    first, own = (text[span[0] : span[1]].split() or [""])[0], (fact.mention.text.split() or [""])[0]
    if not (own[:1].isupper() and first[:1].islower() and first.lower() == own.lower()):
        return span
    before = _CAPITALISED_BEFORE.search(text, max(0, span[0] - 40), span[0])
    return (before.start(), span[1]) if before else span


_LOWER_WORD = re.compile(r"[ ]([a-z]+)")


def spun_tail(name: str, text: str, span: Span, reference_after: str) -> Span | None:
    """The counterpart of a name widened over the one or two lower-case words after it that,
    with its last word, are a WordNet synonym of that word, where the reference goes on with
    other words: a spinner's `Der Spiegel iron` for `Der Spiegel`, `iPod Software package`
    for `iPod Software`. None when no such words follow."""
    last = (name.split() or [""])[-1]
    words, at = [], span[1]
    while len(words) < 2 and (word := _LOWER_WORD.match(text, at)):
        words.append(word[1])
        at = word.end()
    expected = _LOWER_WORD.findall(reference_after)
    for count in (2, 1):
        extra = words[:count]
        if len(extra) == count and extra != expected[:count] and synonymous(" ".join([last, *extra]), last):
            return span[0], span[1] + sum(len(w) + 1 for w in extra)
    return None


_WORD_BEFORE = re.compile(r"(?:^|(?<=[\s(\"“]))([A-Za-z]+)(?:[ ]([A-Za-z]+))?[ ]$")


def spun_edge(name: str, reference: str, mention: Span, text: str, span: Span) -> tuple[Span, Span] | None:
    """(the counterpart, the fact's own span) widened over a spinner's synonym at either edge
    of a name (see `spun_tail`, `spun_head`), or None."""
    if tail := spun_tail(name, text, span, reference[mention[1] : mention[1] + 40]):
        return tail, mention
    before = reference[max(0, mention[0] - 40) : mention[0]]
    if head := spun_head(before, text, span):
        return head[0], (mention[0] - head[1], mention[1])
    return None


def spun_head(reference_before: str, text: str, span: Span) -> tuple[Span, int] | None:
    """The counterpart of a name widened over the word or two before it that are a WordNet
    synonym of the capitalised word before the name in the reference: the model left that word
    out of the name (`the Large Hadron Collider`, `Governor Ed Rendell`) and a spinner swapped
    it (`the Enceinte Hadron Collider`, `Regulator Ed Rendell`), with the length of the reference's
    word and the space after it. None when there is no such word."""
    own = _WORD_BEFORE.search(reference_before)
    own_word = own[own.lastindex or 1] if own else ""
    there = _WORD_BEFORE.search(text, max(0, span[0] - 40), span[0])
    if not own_word[:1].isupper() or there is None:
        return None
    words = [w for w in (there[1], there[2]) if w]
    if words[-1].lower() == own_word.lower():  # the word is still there: `Police Detective` holds `Detective`
        return None
    for count in (2, 1):
        swapped = " ".join(words[-count:])
        if len(words) >= count and swapped[:1].isupper() and swapped.lower() != own_word.lower():
            if synonymous(swapped, own_word):
                return (span[0] - len(swapped) - 1, span[1]), len(own_word) + 1
    return None


def synonym_swap(reference: str, compared: str) -> bool:
    """The compared words are the reference's with words swapped for WordNet synonyms, and no
    number among them: the model saw a fact in a spinner's `daytime` (`daylight`) or
    `evening` (`even`) that the reference never held, so no fact was added."""
    old, new = tidy(reference).lower().split(), tidy(compared).lower().split()
    if len(old) != len(new) or old == new or any(c.isdigit() for c in reference + compared):
        return False
    return all(a == b or senses(a) & senses(b) for a, b in zip(old, new, strict=True))  # synonyms, inflections


SPELLING_LIKENESS = 0.75  # `Gaddafi`/`Qaddafi` 0.86, `Kiev`/`Kyiv` 0.75; `Hlaing`/`Minutes` far below
DICTIONARY_ZIPF = 3.5  # a word this common is a word (`Bolt`, `Laden`, `Smith`), not a spelling


def spelling_variant(reference: str, compared: str) -> bool:
    """The same name spelled another way, as translations and transliterations do (`Muammar
    Gaddafi` -> `Moammar Qaddafi`, `Tehran` -> `Teheran`): each changed word is alike letter
    for letter, neither is a dictionary word (a spinner swaps dictionary words: `Volt` ->
    `Bolt`) and the two are not two places (`Iran` -> `Iraq`, `Austria` -> `Australia`)."""
    old, new = differing_words(tidy(reference).split(), tidy(compared).split())
    if not old or len(old) != len(new):
        return False
    return all(_spelled_alike(a, b) for a, b in zip(old, new, strict=True))


def _spelled_alike(left: str, right: str) -> bool:
    if min(len(left), len(right)) < 4 or not (left.isalpha() and right.isalpha()):
        return False
    if SequenceMatcher(None, left.lower(), right.lower()).ratio() < SPELLING_LIKENESS:
        return False
    if is_common_word(left, DICTIONARY_ZIPF) or is_common_word(right, DICTIONARY_ZIPF):
        return False
    return not (left in place_words() and right in place_words())


# the day of a counterpart that has none (`September 2001`), on its line, before the month
_DAY_BEFORE_MONTH = re.compile(r"(?<![\w.,])\d{1,2}(?:st|nd|rd|th)?[ \t\u00a0]+(?:of[ \t\u00a0]+)?$")
_DAY_NUMBER = re.compile(r"(?<![\d.,])\d{1,2}(?![\d.,]\d)")


def with_day_before_month(fact: Fact, text: str, span: Span) -> Span:
    """`September 11, 2001` -> `21 September 2001` where the model read `21` apart, as a number:
    a date with a day takes the day number before its counterpart's month, if that has none."""
    words = text[span[0] : span[1]]
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", fact.value) or _DAY_NUMBER.search(words):
        return span
    if re.match(MONTH_PATTERN, words, re.IGNORECASE) and (
        day := _DAY_BEFORE_MONTH.search(text, max(0, span[0] - 16), span[0])
    ):
        return day.start(), span[1]
    return span


# the number of an event (`World War II`, `Two`, `2`), not a year (`Konami Cup 2007` is another fact)
_NUMERAL = re.compile(r"\s*(?:\d{1,2}|[IVX]+|one|two|three|four|five|first|second|third|fourth)\s*", re.IGNORECASE)
# the day of a date written on the other side of its month (`June 9, 2009` -> `the 9th of June, 2009`),
# or the month before a day that had been written after it (`18 January 2007` -> `December 18, 2007`)
_DAY_OF_MONTH = re.compile(
    r"\s*(?:[A-Za-z]+day\s*,?\s*)?(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s*(?:of\s*)?)?"  # `Tuesday 3rd`
    rf"(?:(?:{MONTH_PATTERN})\.?\s*)?,?\s*",
    re.IGNORECASE,
)
# the minutes, half of the day or zone of a clock time cut after its hour (`4.30pm` -> `4:30 p.m.`)
_CLOCK_AFTER = re.compile(
    rf"\s*(?:[:.][0-5]\d)?\s*(?:[ap]\.?\s?m\.?)?\s*(?:{'|'.join(CLOCK_SUFFIXES)})?\s*", re.IGNORECASE
)
_MONTH = re.compile(rf"\b(?:{MONTH_PATTERN})\b", re.IGNORECASE)


def _part_of_date(words: str, fact_text: str) -> bool:
    """A day, month or weekday of the date; a bare number only beside a month the fact names:
    a table's row (`34 16 35` read `16` and `16 35`) holds numbers the model reads as dates."""
    return bool(_DAY_OF_MONTH.fullmatch(words)) and (not words.strip().isdigit() or bool(_MONTH.search(fact_text)))


# What may stand beyond a counterpart's words, inside the other version's own fact, by kind,
# given those words and the fact's own.
BEYOND_IS_PART = {
    "amount": lambda words, _: is_currency(words),
    "event": lambda words, _: bool(_NUMERAL.fullmatch(words)),
    "date": _part_of_date,
    "time": lambda words, _: bool(_CLOCK_AFTER.fullmatch(words)),
}
