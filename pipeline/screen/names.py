"""name_variant and name_word: a name with a dictionary word where its other spellings have a name.

name_variant: one spelling of a name differs from a more common spelling by one word, and
that word is a common English word ("Unified States" where GeoNames and the run write
"United States"; "Steve Businesses" where the document says "Steve Jobs" three times).
name_word: a person's name begins with a common English word that is no given name or
title ("Minutes Aung Hlaing"); spinners swap such words, parents rarely give them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from pipeline.screen import Finding, Page, detector
from pipeline.screen.book import PLACE, Name, NameBook, names_in
from pipeline.screen.words import Chain, Token, is_common_word, is_title, joined

MORE_COMMON = 3  # a spelling is the known one when written in this many times more documents
KNOWN_DOCUMENTS = 3  # a spelling written in this many documents is a name of its own


def _same_word(a: str, b: str) -> bool:
    """Spellings of one word: case, a plural s, a possessive."""

    def stem(word: str) -> str:
        return word.lower().removesuffix("'s").removesuffix("’s").rstrip("s")

    return stem(a) == stem(b)


def _windows(chain: Chain) -> Iterator[tuple[Name, tuple[Token, ...], bool]]:
    """Each name window of a chain, its tokens, and whether it is the whole chain."""
    tokens = chain.tokens
    for name in names_in(chain):
        for first in range(len(tokens) - len(name) + 1):
            if tuple(t.text for t in tokens[first : first + len(name)]) == name:
                yield name, tokens[first : first + len(name)], len(name) == len(tokens)
                break


def _inside(position: int, tokens: tuple[Token, ...], chain: Chain) -> bool:
    """The word at `position` has its neighbours in the window: between two of its words, or
    at an end of the window that is an end of the chain (`General Minutes` is not a name of
    its own within `General Minutes Aung Hlaing`)."""
    first = position == 0 and tokens[0] is not chain.tokens[0]
    last = position == len(tokens) - 1 and tokens[-1] is not chain.tokens[-1]
    return not (first or last)


def _where_known(alternative: Name, own: Name, book: NameBook, here: Counter[Name]) -> str:
    """Why `alternative` is the known spelling of `own`, or '' when it is not."""
    corpus, own_count = book.count(alternative), book.count(own)
    spelled = " ".join(alternative)
    if own_count >= KNOWN_DOCUMENTS:
        return ""  # a name of its own, however like another
    if corpus >= PLACE:
        return f"the place is '{spelled}' (GeoNames)"
    if corpus >= 2 and corpus >= MORE_COMMON * max(1, own_count):
        return f"'{spelled}' is how {corpus} documents of this run write it"
    if here[alternative] > here[own]:
        return f"this document writes '{spelled}' {here[alternative]} times"
    return ""


def _blank(name: Name, position: int) -> Name:
    return (*name[:position], "", *name[position + 1 :])


@detector("name_word")
def name_word(page: Page) -> Iterator[Finding]:
    """The given-name words of each person: the mention's words but the last, and one
    capitalised word joined to it on the left unless that word is a title."""
    index = {t.start: i for i, t in enumerate(page.tokens)}
    book = page.names or NameBook()
    for mention in page.mentions:
        first = index.get(mention.start)
        if mention.label != "PERSON" or first is None:
            continue
        last = first
        while last + 1 < len(page.tokens) and page.tokens[last + 1].end <= mention.end:
            last += 1
        words = list(page.tokens[first:last])  # the surname (last word) is no given name
        before, mention_start = (page.tokens[first - 1] if first else None), page.tokens[first]
        if before and before.capitalised and not is_title(before.text) and joined(page.text, before, mention_start):
            words.insert(0, before)
        name = page.text[words[0].start : mention.end].removesuffix("’s").removesuffix("'s") if words else ""
        if not words or page.text.count(name) > 1 or book.count(tuple(name.split())) >= KNOWN_DOCUMENTS:
            continue  # written the same way twice: a spinner would not (it picks a synonym each time)
        for word in words:
            if word.capitalised and not word.starts_sentence and is_common_word(word.text):
                reason = f"the person '{name}' is named with '{word.text}', a common English word that is no given name"
                yield Finding(word.start, word.end, reason)
                break


@detector("name_variant")
def name_variant(page: Page) -> Iterator[Finding]:
    book = page.names or NameBook()
    windows = [(chain, *window) for chain in page.chains for window in _windows(chain)]
    here = Counter(name for _, name, _, whole in windows if whole)
    local: dict[tuple[Name, int], set[str]] = {}  # whole chains of this document, one word blank
    for name in here:
        for position, word in enumerate(name):
            local.setdefault((_blank(name, position), position), set()).add(word)
    flagged: set[int] = set()
    for chain, name, tokens, whole in windows:
        for position, token in enumerate(tokens):
            if token.start in flagged or token.starts_sentence or not token.capitalised:
                continue
            if not _inside(position, tokens, chain) or not is_common_word(token.text):
                continue
            blank = _blank(name, position)
            candidates = set(book.alternatives(name, position))
            if whole:
                candidates |= local.get((blank, position), set())
            for word in sorted(candidates):
                alternative = (*blank[:position], word, *blank[position + 1 :])
                if _same_word(word, token.text) or not (why := _where_known(alternative, name, book, here)):
                    continue
                flagged.add(token.start)
                reason = f"'{' '.join(name)}' differs by one common word, '{token.text}', from a known name: {why}"
                yield Finding(token.start, token.end, reason)
                break
