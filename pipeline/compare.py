"""Stage 5, compare: one fact_diffs row for every fact of either version of a pair.

A fact and its counterpart (found by `align`, whether or not the NER saw an entity
there) are compared as mentions: both texts are normalised under the reference fact's
kind and their canonical values compared exactly. The label alone never makes a
difference (the model calls `General Hlaing` an ORG in one place and a PERSON in another).

Severity: `high` for a changed value of a name, number or date; `medium` for a missing
fact or a fact that lost its type (`9 May` -> `9 Might`: no longer a date); `low` for an
added fact.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

import pandas as pd

from pipeline.align import Alignment, content_keys, tokenize
from pipeline.ingest import Document
from pipeline.ner import ParsedDocument
from pipeline.normalize import NAME_KINDS, Fact, kind_of, normalize_value, same_value
from pipeline.normalize.text import differing_words, tidy
from pipeline.schema import STATUSES, SUMMARY, columns

MOVED_SHARE = 0.6  # share of the shorter sentence's words found in the other: the same sentence
KIND_WORDS = {
    "date": "date",
    "time": "time",
    "amount": "number",
    "ordinal": "ordinal",
    "person": "name",
    "name": "name",
    "event": "name",
}


@dataclass
class Version:
    """One document with what the earlier stages found in it."""

    document: Document
    parsed: ParsedDocument
    facts: list[Fact]

    @property
    def text(self) -> str:
        return self.document.text

    def sentence_at(self, start: int | None) -> str:
        if start is None:
            return ""
        for s, e in self.parsed.sentences:
            if s <= start < e:
                return self.text[s:e]
        return ""


def story_pairs(documents: list[Document]) -> list[tuple[Document, Document]]:
    """(reference, compared) for every compared version whose story has a readable reference."""
    references = {d.story: d for d in documents if d.ok and d.role == "reference"}
    return [(references[d.story], d) for d in documents if d.ok and d.role == "compared" and d.story in references]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop quotes, brackets, punctuation and a possessive at the edges of a counterpart."""
    span = text[start:end]
    lead = len(span) - len(span.lstrip(" \"'“”‘’([,.;:"))
    trimmed = span[lead:]
    trimmed = re.sub(r"(?:['’]s)?[\s\"'“”‘’)\],.;:]*$", "", trimmed)
    if not trimmed:
        return start, end
    return start + lead, start + lead + len(trimmed)


def _word_change(before: str, after: str) -> str:
    """`International Criminal Court` / `International Wrongdoer Court` -> `Criminal -> Wrongdoer`."""
    old, new = differing_words(tidy(before).split(), tidy(after).split())
    return f"{' '.join(old) or '(nothing)'} -> {' '.join(new) or '(nothing)'}"


def _explain(kind: str, ref_text: str, cmp_text: str, ref_value: str, cmp_value: str, typed: bool) -> tuple[str, str]:
    """(change, severity) of a fact whose counterpart says something else."""
    if not typed:
        return f"{ref_text} -> {cmp_text}: no longer a {KIND_WORDS[kind]}", "medium"
    if kind in NAME_KINDS:
        return _word_change(ref_text, cmp_text), "high"
    return f"{ref_value} -> {cmp_value}", "high"


def _row(
    ref: Version,
    cmp: Version,
    status: str,
    label: str,
    ref_span: tuple[int, int] | None,
    ref_value: str,
    cmp_span: tuple[int, int] | None,
    cmp_value: str,
    change: str,
    severity: str,
) -> dict[str, object]:
    def side(version: Version, span: tuple[int, int] | None) -> tuple[str, object, object]:
        return (version.text[span[0] : span[1]], span[0], span[1]) if span else ("", None, None)

    ref_text, ref_start, ref_end = side(ref, ref_span)
    cmp_text, cmp_start, cmp_end = side(cmp, cmp_span)
    return {
        "story": ref.document.story,
        "reference_doc": ref.document.doc_id,
        "compared_doc": cmp.document.doc_id,
        "status": status,
        "label": label,
        "reference_text": ref_text,
        "reference_value": ref_value if ref_span else "",
        "reference_start": ref_start,
        "reference_end": ref_end,
        "compared_text": cmp_text,
        "compared_value": cmp_value if cmp_span else "",
        "compared_start": cmp_start,
        "compared_end": cmp_end,
        "change": change,
        "severity": severity,
        "reference_sentence": ref.sentence_at(ref_start),
        "compared_sentence": cmp.sentence_at(cmp_start),
    }


def _judge(
    kind: str, label: str, this_text: str, this_value: str, other_text: str, other_anchor: object, this_anchor: object
) -> tuple[str, str, bool]:
    """(status, counterpart value, whether the counterpart is still of the fact's kind)."""
    local_this, _ = normalize_value(label, this_text, this_anchor)  # type: ignore[arg-type]
    local_other, typed = normalize_value(label, other_text, other_anchor)  # type: ignore[arg-type]
    if tidy(this_text) == tidy(other_text) and (kind in NAME_KINDS or local_this == local_other):
        return "unchanged", this_value, True
    if same_value(kind, local_this, local_other):
        return "reworded", local_other, True
    return "changed", local_other, typed


def align_pair(ref: Version, cmp: Version) -> Alignment:
    return Alignment(ref.text, ref.parsed.sentences, cmp.text, cmp.parsed.sentences)


def compare_pair(ref: Version, cmp: Version, alignment: Alignment | None = None) -> list[dict[str, object]]:
    """Every fact of both versions, with its status against the other version."""
    alignment = alignment or align_pair(ref, cmp)
    ref_anchor, cmp_anchor = ref.document.published, cmp.document.published
    claimed: set[int] = set()
    keyed: list[tuple[int, dict[str, object]]] = []
    for fact in ref.facts:
        mention, kind = fact.mention, fact.kind
        ref_span = (mention.start, mention.end)
        span = alignment.to_compared(*ref_span)
        if span is None:
            dropped = alignment.sentence_dropped(mention.start)
            change = "sentence dropped" if dropped else "words dropped"
            keyed.append(
                (
                    mention.start,
                    _row(ref, cmp, "missing", mention.label, ref_span, fact.value, None, "", change, "medium"),
                )
            )
            continue
        span = _trim(cmp.text, *span)
        claimed.update(
            i for i, other in enumerate(cmp.facts) if other.mention.start < span[1] and span[0] < other.mention.end
        )
        cmp_text = cmp.text[span[0] : span[1]]
        status, cmp_value, typed = _judge(
            kind, mention.label, mention.text, fact.value, cmp_text, cmp_anchor, ref_anchor
        )
        change, severity = ("", "")
        if status == "changed":
            change, severity = _explain(kind, mention.text, cmp_text, fact.value, cmp_value, typed)
        keyed.append(
            (
                mention.start,
                _row(ref, cmp, status, mention.label, ref_span, fact.value, span, cmp_value, change, severity),
            )
        )
    for index, fact in enumerate(cmp.facts):
        if index not in claimed:
            keyed.append(_compared_only(alignment, ref, cmp, fact))
    keyed = _reunite_moved(keyed)
    keyed.sort(key=lambda item: item[0])
    return [row for _, row in keyed]


def _same_sentence(left: str, right: str) -> bool:
    """Two sentences are one sentence moved or cut differently when most words of the
    shorter stand in the longer."""
    a, b = content_keys(tokenize(left)), content_keys(tokenize(right))
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    return bool(shorter) and len(shorter & longer) / len(shorter) >= MOVED_SHARE


def _reunite_moved(keyed: list[tuple[int, dict[str, object]]]) -> list[tuple[int, dict[str, object]]]:
    """A `missing` and an `added` row of the same fact, in the same sentence moved or split
    differently, are one fact that did not change: merge them into one row."""
    added = [item for item in keyed if item[1]["status"] == "added"]
    merged_ids: set[int] = set()
    result = []
    for position, row in keyed:
        if row["status"] != "missing":
            continue
        kind = kind_of(str(row["label"]), str(row["reference_text"]))
        mine, _ = normalize_value(str(row["label"]), str(row["reference_text"]), None)
        for other in added:
            twin = other[1]
            if id(twin) in merged_ids:
                continue
            local, _ = normalize_value(str(row["label"]), str(twin["compared_text"]), None)
            if same_value(kind, mine, local) and _same_sentence(
                str(row["reference_sentence"]), str(twin["compared_sentence"])
            ):
                merged_ids.update({id(twin), id(row)})
                status = (
                    "unchanged" if tidy(str(row["reference_text"])) == tidy(str(twin["compared_text"])) else "reworded"
                )
                columns_of_compared = (
                    "compared_text",
                    "compared_value",
                    "compared_start",
                    "compared_end",
                    "compared_sentence",
                )
                result.append(
                    (
                        position,
                        {
                            **row,
                            **{c: twin[c] for c in columns_of_compared},
                            "status": status,
                            "change": "",
                            "severity": "",
                        },
                    )
                )
                break
    result += [item for item in keyed if id(item[1]) not in merged_ids]
    return result


def _compared_only(alignment: Alignment, ref: Version, cmp: Version, fact: Fact) -> tuple[int, dict[str, object]]:
    """A compared fact no reference fact led to: the NER saw it in one version only, or it is new."""
    mention = fact.mention
    cmp_span = (mention.start, mention.end)
    span = alignment.to_reference(*cmp_span)
    if span is None:
        change = "sentence added" if alignment.sentence_inserted(mention.start) else "words added"
        return mention.start, _row(ref, cmp, "added", mention.label, None, "", cmp_span, fact.value, change, "low")
    span = _trim(ref.text, *span)
    ref_text = ref.text[span[0] : span[1]]
    kind = kind_of(mention.label, mention.text)
    status, ref_value, typed = _judge(
        kind, mention.label, mention.text, fact.value, ref_text, ref.document.published, cmp.document.published
    )
    if status == "unchanged":
        return span[0], _row(ref, cmp, status, mention.label, span, fact.value, cmp_span, fact.value, "", "")
    if status == "reworded":
        return span[0], _row(ref, cmp, status, mention.label, span, ref_value, cmp_span, fact.value, "", "")
    if not typed:  # the reference words there were no fact of this kind: a new fact
        return span[0], _row(
            ref,
            cmp,
            "added",
            mention.label,
            None,
            "",
            cmp_span,
            fact.value,
            f"{ref_text} -> {mention.text}: new {KIND_WORDS[kind]}",
            "low",
        )
    change, severity = _explain(kind, ref_text, mention.text, ref_value, fact.value, True)
    return span[0], _row(ref, cmp, "changed", mention.label, span, ref_value, cmp_span, fact.value, change, severity)


def summary_table(
    pairs: list[tuple[Document, Document]], facts_by_doc: dict[str, list[Fact]], diff_rows: list[dict[str, object]]
) -> pd.DataFrame:
    """summary.csv: per pair, the fact counts and the rows of each status."""
    counts: dict[tuple[str, str], Counter[str]] = {}
    for row in diff_rows:
        counts.setdefault((str(row["reference_doc"]), str(row["compared_doc"])), Counter())[str(row["status"])] += 1
    rows = []
    for reference, compared in pairs:
        pair_counts = counts.get((reference.doc_id, compared.doc_id), Counter())
        rows.append(
            {
                "story": reference.story,
                "reference_doc": reference.doc_id,
                "compared_doc": compared.doc_id,
                "reference_facts": len(facts_by_doc.get(reference.doc_id, [])),
                "compared_facts": len(facts_by_doc.get(compared.doc_id, [])),
                **{status: pair_counts.get(status, 0) for status in STATUSES},
            }
        )
    return pd.DataFrame(rows, columns=columns(SUMMARY))
