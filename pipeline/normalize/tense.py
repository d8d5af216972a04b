"""The tense a date is read in: what happened (last January) or what will (next January).

A date written without its year is placed by it: "sales fell in January", said in August, is
last January; "the plant will open in January" is next January, and so is reported speech
("announced that a unit would take part ... on 9 May"). The caller that knows the sentence
sets it (`in_tense`, `tense_of`); `date_rules` reads it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from contextvars import ContextVar

# `past`, `future` or '' (see the module's docstring); only a date without its year reads it
TENSE: ContextVar[str] = ContextVar("tense", default="")
_FUTURE_CUES = re.compile(
    r"\b(?:will|would|shall|won't|going to|is expected to|are expected to|plans? to|is scheduled to|are scheduled to|"
    r"is set to|are set to|is due to|are due to|is to|are to|could|might|should|expects|forecasts|predicts)\b"
    r"|'ll\b",  # not `may`, a month
    re.IGNORECASE,
)
# The past forms of irregular verbs that no other form shares (not `put`, `read`, `set`).
IRREGULAR_PAST = (
    "was were had did said told fell rose grew sold bought won lost made took came went became began left held "
    "met spoke wrote gave got saw knew thought found brought built caught chose drew drove ate felt fought flew "
    "forgot froze hid kept led lent meant paid ran rang sought sent shook shot sang sank sat slept slid spent "
    "stood stole struck swore swept swam taught tore threw understood woke wore withdrew overtook undertook "
    "forgave foresaw mistook oversaw upheld broke fled fed dealt dug hung leapt rode shone shrank sprang stuck "
    "swung wept blew crept flung knelt sped spun strode awoke bore forbade"
).split()
_PAST_CUES = re.compile(
    rf"\b(?:{'|'.join(IRREGULAR_PAST)}|says|announced|reported|dropped|ended|started|opened|closed|posted|agreed|"
    r"signed|launched|released|increased|decreased|declined|climbed|died|killed|arrested|visited|ago|"
    r"(?:has|have) (?:been|\w+ed|\w+en))\b",  # the present perfect speaks of what has happened
    re.IGNORECASE,
)


# A regular past (`gathered`, `was delayed`) is a verb after its subject or an auxiliary of
# the past, and an adjective after a determiner, a preposition or a present `is` (`the planned
# merger`, `in reduced form`, `is expected`): with no tagger loaded, the word before decides.
_REGULAR_PAST = re.compile(r"\b([A-Za-z']+)\s+([a-z]{2,}(?<!e)ed|[a-z]*(?:agre|fre|guarante|decre)ed)\b")
_BEFORE_NO_VERB = frozenset(
    "a an the this that these those its their his her our my your no any some each every "
    "is are am be being to not very more most less so too in on at of for by with from into as than "
    "newly recently fully partly widely well ill".split()
)
_NOT_A_VERB = frozenset("hundred sacred naked wicked rugged beloved kindred learned aged alleged so-called".split())


def _regular_past(sentence: str) -> bool:
    return any(
        verb not in _NOT_A_PAST and verb not in _NOT_A_VERB and before.lower() not in _BEFORE_NO_VERB
        for before, verb in _REGULAR_PAST.findall(sentence)
    )


def sentence_tense(sentence: str) -> str:
    """`future` if the sentence speaks of what will happen, `past` of what happened, else ''."""
    if _FUTURE_CUES.search(sentence):
        return "future"
    return "past" if _PAST_CUES.search(sentence) or _regular_past(sentence) else ""


# The verb that governs a date stands next to it: "announced today an event to be held on
# October 12" (the event is ahead), "on Tuesday delivered the final jet" (it is done). Words
# near the date, in its clause, decide before the sentence as a whole does, as HeidelTime
# reads the tense of the nearest verb; a regular past (`-ed`) counts only there, where it
# is the verb.
WORDS_BEFORE, WORDS_AFTER = 4, 2
_FUTURE_NEAR = re.compile(
    r"\b(?:to be|scheduled|slated|planned|due|upcoming|coming|next|plans|expects|hopes|aims|intends)\b", re.IGNORECASE
)
_PAST_NEAR = re.compile(r"\bsince\s*\|", re.IGNORECASE)  # `since October`: the date lies behind
_NOT_A_PAST = frozenset("based called named used related limited united expected scheduled planned proposed".split())
_WORD = re.compile(r"[A-Za-z']+")
_CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014]")
# "said Thursday it will cut jobs", "announced on Monday that ...": a verb of the past right
# before the date (an `on` between) governs it, whatever the clause after it says; not when
# an auxiliary makes it a participle ("will be announced on Monday").
_AUXILIARY = frozenset("be been being will would shall to is are 'll".split())
_GOVERNING_PAST = re.compile(
    r"(?:said|says|told|announced|reported|confirmed|stated|added|disclosed|revealed|warned|"
    r"fell|rose|closed|ended|dropped|gained|jumped|slipped|lost|posted|filed|agreed|signed)",
    re.IGNORECASE,
)


def _governed_by_a_past_verb(before: list[str]) -> bool:
    words = before[:-1] if before and before[-1].lower() == "on" else before
    if not words or not _GOVERNING_PAST.fullmatch(words[-1]):
        return False
    return len(words) < 2 or words[-2].lower() not in _AUXILIARY


def date_tense(sentence: str, date_text: str) -> str:
    """The tense of the words around a date in its sentence, else the sentence's tense."""
    at = sentence.find(date_text)
    if at < 0:
        return sentence_tense(sentence)
    clause_before = _CLAUSE_BREAK.split(sentence[:at])[-1]  # `the planes, ordered in March, will ...`
    clause_after = _CLAUSE_BREAK.split(sentence[at + len(date_text) :])[0]
    before, after = _WORD.findall(clause_before)[-WORDS_BEFORE:], _WORD.findall(clause_after)[:WORDS_AFTER]
    near = " ".join([*before, "|", *after])
    if _PAST_NEAR.search(near) or _governed_by_a_past_verb(before):
        return "past"
    if _FUTURE_CUES.search(near) or _FUTURE_NEAR.search(near):
        return "future"
    regular = [w for w in (*before[-2:], *after[:1]) if w.lower().endswith("ed") and w.lower() not in _NOT_A_PAST]
    if _PAST_CUES.search(near) or regular:
        return "past"
    return sentence_tense(sentence)


@contextmanager
def in_tense(tense: str) -> Iterator[None]:
    """Normalise dates as standing in a sentence of this tense within this block."""
    token = TENSE.set(tense)
    try:
        yield
    finally:
        TENSE.reset(token)


def tense_of(sentence: str) -> AbstractContextManager[None]:
    """Normalise dates as standing in `sentence` (its tense) within this block."""
    return in_tense(sentence_tense(sentence))
