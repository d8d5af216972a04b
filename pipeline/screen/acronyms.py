"""acronym_mismatch: a name whose initials spell an acronym used nearby, all but one letter.

Schwartz & Hearst align an acronym with the words before it letter by letter; a spinner
breaks that alignment by swapping one word of the expansion for a synonym ("International
Criminal Court" -> "International Wrongdoer Court", while "ICC" stays). One wrong initial
in a name as long as an acronym used within a few sentences is the sign: the word with the
wrong initial is the suspicion.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from pipeline.screen import Finding, Page, detector
from pipeline.screen.words import Chain, is_common_word, is_title, zipf

NEARBY_SENTENCES = 3  # an acronym is used for a name within this many sentences of it
SOUNDED_LETTERS = frozenset("X")  # letters that spell a sound, not an initial: X for Extra, Cross, Trans
_ACRONYM = re.compile(r"\b[A-Z]{3,6}(?=s?\b)")


def acronyms_near(page: Page) -> dict[str, list[int]]:
    """Each acronym of the page and the sentences it is used in; not one that is a word of a
    longer name (`JSA Research`, `A350 XWB`): that is a name, not an abbreviation of one."""
    in_names = {word.word for chain in page.chains for word in chain.capitals if word.word.isupper()}
    used: dict[str, list[int]] = {}
    for match in _ACRONYM.finditer(page.text):
        if match.group() not in in_names and not is_title(match.group()):  # CEO, COO: titles, not names
            used.setdefault(match.group(), []).append(page.sentence_of(match.start()))
    return used


def _initials(chain: Chain) -> str:
    return "".join(word.text[0] for word in chain.capitals)


def expands(acronym: str, words: list[str]) -> bool:
    """Schwartz & Hearst's alignment, stricter: every word gives its initial, in order, and a
    compound word the initial of its second part too (`WWDC`: World-wide Developers Conference,
    `PS`: PlayStation); `WHO` is not `World Health Institution` (no I), nor `Wealth
    Organization` (the h of wealth begins nothing)."""
    letters = acronym.lower()
    if not words:
        return not letters
    word, rest = words[0], words[1:]
    if not letters or letters[0] != word[0].lower():
        return False
    if expands(letters[1:], rest):
        return True
    return len(letters) > 1 and letters[1] in _part_initials(word) and expands(letters[2:], rest)


@cache
def _part_initials(word: str) -> frozenset[str]:
    """The initials of the second part of a compound: a capital inside it, or where it splits
    into two common words (`Worldwide`: world + wide)."""
    inner = {c.lower() for c in word[1:] if c.isupper()}
    lower = word.lower()
    inner |= {lower[i] for i in range(2, len(lower) - 1) if zipf(lower[:i]) >= 3 and zipf(lower[i:]) >= 3}
    return frozenset(inner)


def _expands_any(chain: Chain, used: dict[str, list[int]]) -> bool:
    """Some run of the chain's capitalised words expands an acronym of the page."""
    words = [word.word for word in chain.capitals]
    runs = (words[i:j] for i in range(len(words)) for j in range(i + 2, len(words) + 1))
    return any(
        expands(acronym, run)
        for run in runs
        for acronym in used
        if acronym[0] == run[0][0] and len(run) <= len(acronym)  # each word gives at least its initial
    )


@detector("acronym_mismatch")
def acronym_mismatch(page: Page) -> Iterator[Finding]:
    used = acronyms_near(page)
    if not used:
        return
    for chain in page.chains:
        initials = _initials(chain)
        if _expands_any(chain, used) or any(word.word.isupper() for word in chain.capitals):
            continue  # it expands an acronym of the page (`Apple Worldwide Developers Conference`), or holds one
        sentence = page.sentence_of(chain.start)
        for acronym, sentences in used.items():
            if len(acronym) != len(initials) or not any(abs(s - sentence) <= NEARBY_SENTENCES for s in sentences):
                continue
            wrong = [i for i, (a, b) in enumerate(zip(acronym, initials, strict=True)) if a != b]
            if len(wrong) != 1 or acronym[wrong[0]] in SOUNDED_LETTERS:
                continue
            word = chain.capitals[wrong[0]]
            if not is_common_word(word.word, threshold=0):
                continue  # a spinner writes dictionary words, not given names or places (`BBC's Kevin`)
            reason = (
                f"{acronym} is used nearby, but the initials of '{chain.text}' give {initials}: "
                f"'{word.text}' may stand where a word beginning with {acronym[wrong[0]]} was"
            )
            yield Finding(word.start, word.end, reason)
            break
