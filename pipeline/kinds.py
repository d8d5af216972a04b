"""What factdiff knows about labels, kinds of fact and severities, defined once.

`LABELS`: each spaCy OntoNotes label and the kind of fact it is. `KINDS`: each kind with the
noun used in explanations ("no longer a date"), whether it is a name (names compare
case-folded), how it is resolved within a document, and the severity of a changed value.
`SEVERITIES`: rank and colours, read by the terminal, the workbook and the report.
The normaliser of each kind is registered under the kind's name in `pipeline.normalize`.
This module imports nothing heavy: the command line reads it before spaCy is loaded.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Label:
    kind: str
    is_name: bool = False  # a proper name: written with a capital in English news
    takes_currency: bool = False  # a currency sign before it belongs to it (`$ 40 billion`)
    may_be_person: bool = False  # the model tags titled people with it (`General Hlaing` as ORG)
    shape_only: bool = False  # found by its shape alone: missing or new, it is a low-severity flag


@dataclass(frozen=True)
class Kind:
    noun: str  # "no longer a {noun}", "new {noun}"
    is_name: bool = False
    resolver: str = ""  # within-document resolution: "people" (full names) or "acronyms"
    changed_severity: str = "high"


@dataclass(frozen=True)
class Severity:
    rank: int  # 0 is the most severe
    terminal: str  # rich style
    fill: str  # workbook row fill
    css: str  # report text style


LABELS: dict[str, Label] = {
    "PERSON": Label("person", is_name=True),
    "ORG": Label("name", is_name=True, may_be_person=True),
    "GPE": Label("name", is_name=True, may_be_person=True),
    "LOC": Label("name", is_name=True),
    "NORP": Label("name", is_name=True, may_be_person=True),
    "FAC": Label("name", is_name=True, may_be_person=True),
    "PRODUCT": Label("name", is_name=True, may_be_person=True),
    "WORK_OF_ART": Label("name", is_name=True, may_be_person=True),
    "LAW": Label("name", is_name=True),
    "LANGUAGE": Label("name"),
    "EVENT": Label("event", is_name=True),
    "DATE": Label("date"),
    "TIME": Label("time"),
    "CARDINAL": Label("amount", takes_currency=True),
    "MONEY": Label("amount", takes_currency=True),
    "PERCENT": Label("amount"),
    "QUANTITY": Label("amount"),
    "ORDINAL": Label("ordinal"),
    "MISC": Label("name", is_name=True, shape_only=True, may_be_person=True),  # a run of capitals left untagged
}
OTHER_LABEL = Label("name")  # a label of another pipeline's scheme: compared as a name

KINDS: dict[str, Kind] = {
    "person": Kind("name", is_name=True, resolver="people"),
    "name": Kind("name", is_name=True, resolver="acronyms"),
    "event": Kind("name", is_name=True),
    "date": Kind("date"),
    "time": Kind("time"),
    "amount": Kind("number"),
    "ordinal": Kind("ordinal"),
}
NAME_KINDS = frozenset(name for name, kind in KINDS.items() if kind.is_name)

# A fact that has no counterpart any more, or lost its type, is worth a look but may be a
# rewording the aligner could not follow; a new fact is the least likely to mislead.
MISSING_SEVERITY = "medium"
UNTYPED_SEVERITY = "medium"
ADDED_SEVERITY = "low"
# The same number or date with another hedge (`almost 30 years` -> `about 30 years`, `over
# 4,000` -> `4,000`): the reader is told how sure the figure is, not another figure.
QUALIFIER_SEVERITY = "low"
# The same period, another part of it (`the end of September` -> `the start of September`,
# `early 2008` -> `late 2008`): the date moved, but within the period the reader was told.
PERIOD_PART_SEVERITY = "medium"
# The same name spelled another way (`Gaddafi` -> `Qaddafi`, `Kiev` -> `Kyiv`): a translation's
# or a correction's spelling, shown, but not as a changed name.
SPELLING_SEVERITY = "low"

SEVERITIES: dict[str, Severity] = {
    "high": Severity(0, "bold red", "#F8CBCB", "color:#b00020;font-weight:700"),
    "medium": Severity(1, "yellow", "#FCE4B6", "color:#8a5a00;font-weight:600"),
    "low": Severity(2, "cyan", "#DDEBF7", "color:#1f5fa8"),
}
LEAST_SEVERE_RANK = len(SEVERITIES)  # the rank of a row that is not a difference


def label_info(label: str) -> Label:
    return LABELS.get(label, OTHER_LABEL)


def severity_rank(severity: object) -> int:
    found = SEVERITIES.get(str(severity))
    return found.rank if found else LEAST_SEVERE_RANK
