"""Normalised values scored against gold annotations.

Dates: for each gold TIMEX3 of type DATE (the document creation time excluded), the NER
must find an overlapping DATE/TIME mention; the pipeline's value for that mention is
compared exactly with the gold `value` (a range the pipeline reads as one fact, `2014/2016`,
is right for each gold end it holds, which MEANTIME annotates apart). Found and exact are
both reported.

Amounts: MEANTIME VALUE markables (MONEY, PERCENT, QUANTITY) carry no gold normalised
value, so what is scored is whether the value of the overlapping NER mention is a
well-formed canonical amount of the gold's kind: a currency code for MONEY, a `%` for
PERCENT, a number for QUANTITY (not the text fallback).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from spacy.language import Language

from harness.evaluate.corpora import AnnotatedText, GoldSpan
from pipeline.kinds import LABELS
from pipeline.ner import Mention, parse_doc
from pipeline.normalize import normalize_value
from pipeline.normalize.dates import LIST_JOINER
from pipeline.normalize.tense import date_tense, in_tense
from pipeline.records import ParsedDocument

DATE_LABELS = {label for label, info in LABELS.items() if info.kind in ("date", "time")}
AMOUNT_LABELS = {label for label, info in LABELS.items() if info.kind == "amount"}
WELL_FORMED = {
    "MONEY": re.compile(r"^[A-Z]{3}(?:-\w+)? [~<>=]*[\d.]"),
    "PERCENT": re.compile(r"^[~<>=]*[\d.]+(?:\.\.[\d.]+)?%"),
    "QUANTITY": re.compile(r"^[~<>=]*[\d.]"),
}


@dataclass
class Score:
    gold: int = 0
    found: int = 0
    exact: int = 0
    misses: list[str] = field(default_factory=list)

    def as_dict(self, examples: bool = True) -> dict[str, object]:
        """The counts and shares; the wrong values themselves only where `examples` (never for a
        test set: what is wrong there is reported, not read)."""
        return {
            "gold": self.gold,
            "found": self.found,
            "exact": self.exact,
            "found_share": round(self.found / self.gold, 4) if self.gold else None,
            "exact_of_found": round(self.exact / self.found, 4) if self.found else None,
            "examples_wrong": self.misses[:15] if examples else [],
        }


def _overlapping(mentions: list[Mention], gold: GoldSpan, labels: set[str]) -> Mention | None:
    candidates = [m for m in mentions if m.label in labels and m.start < gold.end and gold.start < m.end]
    return max(candidates, key=lambda m: min(m.end, gold.end) - max(m.start, gold.start), default=None)


def _parsed(nlp: Language, documents: list[AnnotatedText]) -> Iterable[tuple[AnnotatedText, ParsedDocument]]:
    texts = ((d.text, d.name) for d in documents)
    by_name = {d.name: d for d in documents}
    for doc, name in nlp.pipe(texts, as_tuples=True, batch_size=16):
        yield by_name[name], parse_doc(name, doc)


Judge = Callable[[Mention, GoldSpan, "AnnotatedText", str], "str | None"]  # the last: the mention's sentence


def _score(
    nlp: Language,
    documents: list[AnnotatedText],
    gold_of: Callable[[AnnotatedText], list[GoldSpan]],
    labels: set[str],
    judge: Judge,
) -> Score:
    """Count gold spans, those an NER mention overlaps, and those whose value `judge` accepts
    (it returns None when right, else a line saying what was wrong)."""
    score = Score()
    for document, parsed in _parsed(nlp, documents):
        for gold in gold_of(document):
            score.gold += 1
            mention = _overlapping(parsed.mentions, gold, labels)
            if mention is None:
                continue
            score.found += 1
            wrong = judge(mention, gold, document, parsed.sentence_text(document.text, mention.sentence))
            if wrong is None:
                score.exact += 1
            else:
                score.misses.append(wrong)
    return score


def _date_judge(mention: Mention, gold: GoldSpan, document: AnnotatedText, sentence: str) -> str | None:
    with in_tense(date_tense(sentence, mention.text)):  # as the pipeline reads it (normalize_mentions)
        value, _ = normalize_value(mention.label, mention.text, document.creation_date)
    if value == gold.value or _an_end_of(value, mention, gold):
        return None
    return f"{mention.text!r}: {value} (gold {gold.value})"


def _an_end_of(value: str, mention: Mention, gold: GoldSpan) -> bool:
    """MEANTIME annotates each end of a range on its own (`between [2014] and [2016]`), and
    each date of a list (`[2005] and [2006]`); the pipeline reads either as one fact
    (`2014/2016`, `2005 & 2006`): right for a gold date it holds."""
    inside = mention.start <= gold.start and gold.end <= mention.end and gold.end - gold.start < len(mention.text)
    return inside and gold.value in re.split(rf"/|{LIST_JOINER}", value)


def _amount_judge(mention: Mention, gold: GoldSpan, document: AnnotatedText, sentence: str) -> str | None:
    value, typed = normalize_value(mention.label, mention.text, document.creation_date)
    return None if typed and WELL_FORMED[gold.kind].match(value) else f"{gold.kind} {mention.text!r}: {value}"


def score_dates(nlp: Language, documents: list[AnnotatedText]) -> Score:
    return _score(nlp, documents, lambda d: [g for g in d.timexes if g.kind == "DATE"], DATE_LABELS, _date_judge)


def score_amounts(nlp: Language, documents: list[AnnotatedText]) -> Score:
    return _score(
        nlp, documents, lambda d: [g for g in d.values if g.kind in WELL_FORMED], AMOUNT_LABELS, _amount_judge
    )
