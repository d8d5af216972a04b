"""name_word: a person named with a common English word that is no given name or title.

Spinners swap dictionary words, parents rarely give them: "Minutes Aung Hlaing" (the person
is "General Hlaing" elsewhere), and a surname swapped alone where only a person can stand:
"Businesses, aged 55, has guided the company", "Occupations, born in San Francisco".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from pipeline.screen import Finding, Page, detector
from pipeline.screen.book import KNOWN_DOCUMENTS, NameBook
from pipeline.screen.words import (
    COMMON_ZIPF,
    Token,
    is_common_word,
    is_given_name,
    is_title,
    joined,
    without_possessive,
    zipf,
)

NAME_WORD_ZIPF = 4.0  # only words more common than this ("minutes" 5.3, "norm" 3.9)
_A_PERSON_AFTER = re.compile(r"\b([A-Z][a-z]{2,}), (?:aged \d{1,3}\b|\d{1,3}, |born (?:in|on)\b)")


def _plural_noun(word: str) -> bool:
    """A plural of a common word (`Businesses`, `Occupations`): surnames such as Smith or Cook
    are common words too, but seldom plurals of one."""
    lower = word.lower()
    return lower.endswith("s") and any(zipf(stem) >= COMMON_ZIPF for stem in (lower[:-1], lower[:-2]))


@detector("name_word")
def name_word(page: Page) -> Iterator[Finding]:
    yield from _in_person_mentions(page)
    surnames = {chain.capitals[-1].word for chain in page.chains}  # `Steve Jobs`: Jobs is his name here
    for match in _A_PERSON_AFTER.finditer(page.text):
        word = match.group(1)
        if word not in surnames and _plural_noun(word) and is_common_word(word):
            reason = (
                f"'{match.group(1)}' is given an age or a birth, as only a person is, yet it is a common "
                "English word and no name: a surname swapped for a synonym?"
            )
            yield Finding(match.start(1), match.end(1), reason)


def _in_person_mentions(page: Page) -> Iterator[Finding]:
    """The given-name words of each person: the mention's words but the last, and one
    capitalised word joined to it on the left unless that word is a title."""
    index = {t.start: i for i, t in enumerate(page.tokens)}
    uses = Counter(t.word for t in page.tokens)
    book = page.names or NameBook()
    for mention in page.parsed.mentions:
        first = index.get(mention.start)
        if mention.label != "PERSON" or first is None:
            continue
        last = first
        while last + 1 < len(page.tokens) and page.tokens[last + 1].end <= mention.end:
            last += 1
        words = list(page.tokens[first:last])  # the surname (last word) is no given name
        surname = page.tokens[last]
        before, mention_start = (page.tokens[first - 1] if first else None), page.tokens[first]
        if before and _joined_given_name(page, before, mention_start):
            words.insert(0, before)  # the model left the first name out: `Minutes [Aung Hlaing]`
        common = [
            w for w in words if w.capitalised and not w.starts_sentence and is_common_word(w.text, NAME_WORD_ZIPF)
        ]
        if not common or uses[surname.word] < 2 or is_common_word(surname.word, NAME_WORD_ZIPF):
            continue  # no common word; or no other mention of the surname (`General Hlaing`), or no person
        name = without_possessive(page.text[words[0].start : mention.end])
        if page.text.count(name) > 1 or book.count(tuple(name.split())) >= KNOWN_DOCUMENTS:
            continue  # written the same way twice: a spinner would not (it picks a synonym each time)
        reason = f"the person '{name}' is named with '{common[0].text}', a common English word that is no given name"
        yield Finding(common[0].start, common[0].end, reason)


def _joined_given_name(page: Page, before: Token, first: Token) -> bool:
    """A capitalised word just before a person mention is its first name, unless it is a title or
    the mention begins with a given name itself (`Communications [Bill Bodie]`)."""
    return (
        before.capitalised
        and not is_title(before.text)
        and not is_given_name(first.text)
        and joined(page.text, before, first)
    )
