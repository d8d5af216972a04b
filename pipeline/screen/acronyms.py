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

from pipeline.screen import Finding, Page, detector
from pipeline.screen.words import Chain

NEARBY_SENTENCES = 3  # an acronym is used for a name within this many sentences of it
_ACRONYM = re.compile(r"\b[A-Z]{3,6}(?=s?\b)")


def acronyms_near(page: Page) -> dict[str, list[int]]:
    """Each acronym of the page and the sentences it is used in."""
    used: dict[str, list[int]] = {}
    for match in _ACRONYM.finditer(page.text):
        used.setdefault(match.group(), []).append(page.sentence_of(match.start()))
    return used


def _initials(chain: Chain) -> str:
    return "".join(word.text[0] for word in chain.capitals)


@detector("acronym_mismatch")
def acronym_mismatch(page: Page) -> Iterator[Finding]:
    used = acronyms_near(page)
    if not used:
        return
    for chain in page.chains:
        initials = _initials(chain)
        if initials in used or any(word.text.isupper() for word in chain.capitals):
            continue  # it expands an acronym of the page, or holds acronyms itself
        sentence = page.sentence_of(chain.start)
        for acronym, sentences in used.items():
            if len(acronym) != len(initials) or not any(abs(s - sentence) <= NEARBY_SENTENCES for s in sentences):
                continue
            wrong = [i for i, (a, b) in enumerate(zip(acronym, initials, strict=True)) if a != b]
            if len(wrong) != 1:
                continue
            word = chain.capitals[wrong[0]]
            reason = (
                f"{acronym} is used nearby, but the initials of '{chain.text}' give {initials}: "
                f"'{word.text}' may stand where a word beginning with {acronym[wrong[0]]} was"
            )
            yield Finding(word.start, word.end, reason)
            break
