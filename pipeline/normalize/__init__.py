"""Stage 3, normalize: give every mention a canonical `value` and an `entity` key.

One small normaliser per kind of fact, registered in `NORMALIZERS`; the NER label picks
the kind through `LABEL_KINDS` (the surface decides where the label is known to be noisy:
`General Hlaing` is a person whatever the model calls it, `40 per cent` is a percentage
even when tagged MONEY). A normaliser returns None when the text is not of its kind
(`68` is not a date); the value then falls back to `plain_key`, a folded form in which
number words are digits, so `fourth year` and `4th year` still compare equal.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd

from pipeline.ingest import Document
from pipeline.ner import Mention, ParsedDocument
from pipeline.normalize.dates import normalize_date, normalize_time
from pipeline.normalize.names import (
    normalize_event,
    normalize_name,
    normalize_person,
    resolve_acronyms,
    resolve_people,
    starts_with_title,
)
from pipeline.normalize.numbers import normalize_amount, normalize_ordinal
from pipeline.normalize.text import fold, name_key, plain_key
from pipeline.schema import FACTS, columns

Normalizer = Callable[[str, "dt.date | None"], "str | None"]

NORMALIZERS: dict[str, Normalizer] = {
    "person": lambda text, anchor: normalize_person(text),
    "name": lambda text, anchor: normalize_name(text),
    "event": lambda text, anchor: normalize_event(text),
    "date": normalize_date,
    "time": normalize_time,
    "amount": lambda text, anchor: normalize_amount(text),
    "ordinal": lambda text, anchor: normalize_ordinal(text),
}
LABEL_KINDS: dict[str, str] = {
    "PERSON": "person",
    "EVENT": "event",
    "DATE": "date",
    "TIME": "time",
    "CARDINAL": "amount",
    "MONEY": "amount",
    "PERCENT": "amount",
    "QUANTITY": "amount",
    "ORDINAL": "ordinal",
}  # every other label (ORG, GPE, LOC, NORP, FAC, PRODUCT, ...) is a "name"
NAME_KINDS = frozenset({"person", "name", "event"})


def kind_of(label: str, text: str) -> str:
    """The kind of fact a mention is, from its label, corrected by its surface."""
    if label in ("ORG", "FAC", "WORK_OF_ART", "GPE", "NORP", "PRODUCT") and starts_with_title(text):
        return "person"
    return LABEL_KINDS.get(label, "name")


def normalize_value(label: str, text: str, anchor: dt.date | None) -> tuple[str, bool]:
    """(canonical value, whether the text really is of the label's kind)."""
    value = NORMALIZERS[kind_of(label, text)](text, anchor)
    return (value, True) if value else (plain_key(text), False)


def same_value(kind: str, left: str, right: str) -> bool:
    """Exact comparison of canonical values; names compare without regard to case."""
    return name_key(left) == name_key(right) if kind in NAME_KINDS else left == right


@dataclass
class Fact:
    """A mention with its canonical value and entity key."""

    mention: Mention
    kind: str
    value: str
    typed: bool
    entity: str = ""


def normalize_mentions(mentions: list[Mention], anchor: dt.date | None) -> list[Fact]:
    """Normalise the mentions of one document, resolving names within the document."""
    facts = []
    for mention in mentions:
        value, typed = normalize_value(mention.label, mention.text, anchor)
        facts.append(Fact(mention, kind_of(mention.label, mention.text), value, typed))
    people = {fold(f.value) for f in facts if f.kind == "person"}
    for fact in facts:
        if fact.kind == "name" and fold(fact.value) in people:
            fact.kind = "person"  # `Nay Phone Latt` tagged WORK_OF_ART once, PERSON elsewhere
    full_names = resolve_people(f.value for f in facts if f.kind == "person")
    acronyms = resolve_acronyms(f.value for f in facts if f.kind == "name")
    for fact in facts:
        if fact.kind == "person":
            fact.value = full_names.get(fact.value, fact.value)
        elif fact.kind == "name":
            fact.value = acronyms.get(fact.value, fact.value)
        fact.entity = f"{fact.kind}:{fold(fact.value)}" if fact.kind in NAME_KINDS else f"{fact.kind}:{fact.value}"
    return facts


def fact_rows(document: Document, parsed: ParsedDocument, facts: list[Fact]) -> list[dict[str, object]]:
    """The facts.csv rows of one document."""
    rows = []
    for number, fact in enumerate(facts, 1):
        mention = fact.mention
        rows.append(
            {
                "fact_id": f"{document.doc_id}#{number}",
                "doc_id": document.doc_id,
                "story": document.story,
                "version": document.version,
                "sentence": mention.sentence,
                "start": mention.start,
                "end": mention.end,
                "label": mention.label,
                "text": mention.text,
                "value": fact.value,
                "entity": fact.entity,
                "context": parsed.sentence_text(document.text, mention.sentence),
            }
        )
    return rows


def facts_table(rows: list[dict[str, object]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=columns(FACTS))
