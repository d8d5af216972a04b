"""Stage 5, compare: one FactDiff for every fact of either version of a pair.

A fact and its counterpart (found by `align`, whether or not the NER saw an entity
there) are compared as mentions: the counterpart's words are normalised under the fact's
kind (decided once, by normalize) and the canonical values compared exactly with the
value of the fact's own words. The label alone never makes a difference (the model calls
`General Hlaing` an ORG in one place and a PERSON in another).

Severity comes from `pipeline.kinds`: a changed value of a name, number or date is the
kind's `changed_severity`; a missing fact or a fact that lost its type (`9 May` -> `9
Might`: no longer a date) is medium; an added fact is low.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import partial

from pipeline.align import Alignment
from pipeline.counterparts import (
    BEYOND_IS_PART,
    counterpart,
    onto_the_fact,
    qualified_alike,
    spun_edge,
    synonym_swap,
    trim,
    with_day_before_month,
)
from pipeline.credits import boilerplate_line
from pipeline.explain import explain, flat, other_part, time_units
from pipeline.kinds import ADDED_SEVERITY, KINDS, MISSING_SEVERITY, NAME_KINDS, label_info
from pipeline.moved import rejoin_reordered, reunite_moved, still_written
from pipeline.normalize import normalize_as, same_value
from pipeline.normalize.currencies import is_currency
from pipeline.normalize.days import read_either_way
from pipeline.normalize.demonyms import place_and_its_people
from pipeline.normalize.qualifiers import split_qualifier
from pipeline.normalize.tense import in_tense
from pipeline.normalize.text import tidy, written_alike
from pipeline.records import NO_SIDE, DocumentFacts, Fact, FactDiff, Side

Span = tuple[int, int]


def _judge(fact: Fact, other_text: str, other_anchor: object) -> tuple[str, str, bool]:
    """(status, counterpart value, whether the counterpart is still of the fact's kind). The
    counterpart is read in the tense of the fact's sentence: a spinner that swaps a verb does
    not move `November 16` to another year."""
    with in_tense(fact.tense):
        other_value, typed = normalize_as(fact.kind, other_text, other_anchor)  # type: ignore[arg-type]
    if tidy(fact.mention.text) == tidy(other_text) and (fact.kind in NAME_KINDS or fact.surface == other_value):
        return "unchanged", fact.value, True
    if fact.surface.endswith("_REF") and time_units(fact.mention.text) != time_units(other_text):
        return "changed", other_value, typed  # a vague past or future, counted in other units
    if fact.kind == "date" and other_part(fact.mention.text, other_text):
        return "changed", other_value, typed
    if fact.kind == "date" and (
        read_either_way(fact.mention.text, fact.surface, other_value)
        or read_either_way(other_text, other_value, fact.surface)
    ):
        return "reworded", other_value, True
    if same_value(fact.kind, fact.surface, other_value) or written_alike(tidy(other_text), tidy(fact.mention.text)):
        return "reworded", other_value, True  # `Bitcoin` -> `8itcoin`: the same name, misread; `1.200` = `1,200`
    if not fact.typed and fact.kind in ("date", "time") and synonym_swap(fact.mention.text, other_text):
        return "reworded", other_value, False  # undated words of time in a synonym: `overnight` -> `nightlong`
    return "changed", other_value, typed


def align_pair(ref: DocumentFacts, cmp: DocumentFacts) -> Alignment:
    return Alignment(ref.document.text, ref.parsed.sentences, cmp.document.text, cmp.parsed.sentences)


@dataclass
class _Pair:
    """A reference and a compared version with their alignment: builds the rows of the pair."""

    ref: DocumentFacts
    cmp: DocumentFacts
    alignment: Alignment

    def __post_init__(self) -> None:  # by version: facts' edges and sentences' starts, once, not once a fact
        versions = (self.ref, self.cmp)
        self.edges = {id(v): ([f.mention.start for f in v.facts], [f.mention.end for f in v.facts]) for v in versions}
        self.sentence_starts = {id(v): [start for start, _ in v.parsed.sentences] for v in versions}

    def overlapping(self, span: Span, version: DocumentFacts | None = None) -> list[int]:
        """Indices of the facts of `version` (by default the compared) that overlap `span`: facts
        are in text order and (but for a currency sign taken in) do not overlap, so a bisection
        finds the few candidates, one of slack each side, and the exact test decides."""
        starts, ends = self.edges[id(version or self.cmp)]
        low = max(0, bisect_right(ends, span[0]) - 1)
        high = min(len(starts), bisect_left(starts, span[1]) + 1)
        return [i for i in range(low, high) if starts[i] < span[1] and span[0] < ends[i]]

    def facts_over(self, version: DocumentFacts, span: Span) -> list[Fact]:
        return [version.facts[i] for i in self.overlapping(span, version)]

    def written_untagged(self, fact: Fact, version: DocumentFacts, of_reference: bool) -> Span | None:
        """Where `version` still writes the fact in the sentences aligned with its own."""
        sentences = self.alignment.counterpart_sentences(fact.mention.start, of_reference)
        return still_written(fact, sentences, version.document.text, partial(self.facts_over, version))

    def fact_around(self, fact: Fact, span: Span) -> Span:
        """The counterpart is the compared version's own fact where the NER read one around it
        and the words beyond say what the fact's words already say elsewhere: a currency
        written on the other side of an amount (`€40 million` -> `40 million euros`, whose
        words alone map to `40 million`), the number of an event written after its name
        (`Second World War` -> `World War II`, whose words alone map to `World War`), the day
        of a date written before its month (`June 9, 2009` -> `9th June 2009`); or any words
        when the counterpart of an amount holds no number (`US$5m` -> `5 million US dollars`,
        whose `US$` maps to `US dollars`)."""
        beyond_is_part = BEYOND_IS_PART.get(fact.kind)
        if beyond_is_part is None:
            return span
        text = self.cmp.document.text
        no_number = fact.kind == "amount" and not normalize_as("amount", text[span[0] : span[1]], None)[1]
        for index in self.overlapping(span):
            start, end = self.cmp.facts[index].mention.start, self.cmp.facts[index].mention.end
            if start <= span[0] and span[1] <= end:
                if no_number or beyond_is_part(text[start : span[0]] + " " + text[span[1] : end], fact.mention.text):
                    span = start, end
                    break
        return with_day_before_month(fact, text, span) if fact.kind == "date" else span

    def beside_other_facts(self, fact: Fact, span: Span) -> Span:
        """A counterpart cut where it runs into the currency of a compared amount at either end:
        `$46.7 billion a year earlier` -> `46.7 billion dollars one year before` aligns the
        date with `dollars one year before`, whose `dollars` is the amount's. Dates only: the
        model splits an amount written in words across kinds (`a quarter` + `of a million dollars`)."""
        if fact.kind != "date":
            return span
        start, end = span
        text = self.cmp.document.text
        for index in self.overlapping(span):
            other = self.cmp.facts[index].mention
            if self.cmp.facts[index].kind == fact.kind:
                continue
            if other.start <= start < other.end < end and is_currency(text[start : other.end].strip()):
                start = other.end  # only a currency: `9 Might` keeps the day the model read apart
            elif start < other.start < end <= other.end and is_currency(text[other.start : end].strip()):
                end = other.start
        return trim(text, start, end) if (start, end) != span else span

    def compared_side(self, index: int) -> Side:
        fact = self.cmp.facts[index]
        return self.side(self.cmp, (fact.mention.start, fact.mention.end), fact.value, fact.surface)

    def reached(self, side: Side) -> list[int]:
        return self.overlapping((side.start, side.end or side.start)) if side.start is not None else []

    def said_by_its_people(self, fact: Fact, cmp_value: str, span: Span) -> bool:
        """`Germany's DAX` -> `the German DAX`, `the U.K. economy` -> `the British economy`: a
        place whose possessive, or the place itself before the word it qualifies, became the
        adjective of its people (or the other way round) names the same place."""
        ends = ((self.ref.document.text, fact.mention.end), (self.cmp.document.text, span[1]))
        possessive = any(text[end : end + 2] in ("'s", "’s") for text, end in ends)
        qualifying = _next_word(*ends[0]) == _next_word(*ends[1]) != ""
        return fact.kind in NAME_KINDS and (possessive or qualifying) and place_and_its_people(fact.value, cmp_value)

    def onto_own_kind(self, fact: Fact, span: Span) -> Span | None:
        """The one compared fact of its kind among a counterpart's words that runs over words
        beside it (see `onto_the_fact`; `one-day` -> `in points in a single day`), or that runs
        on past them (`$700 billion` -> `700-billion` of `700-billion-dollar`, `IMF` ->
        `International Monetary` of `International Monetary Fund`); None where there is not
        exactly one, or it is the counterpart."""
        facts = (self.cmp.facts[index] for index in self.overlapping(span))
        found = [(f.mention.start, f.mention.end) for f in facts if f.kind == fact.kind]
        widened = fact.kind not in NAME_KINDS or (len(found) == 1 and found[0][0] <= span[0] < span[1] <= found[0][1])
        if len(found) != 1 or found[0] == span or not widened:  # a name narrowed would hide a spinner's `firm`
            return None
        qualified = fact.kind == "amount" and bool(split_qualifier(fact.mention.text.lower())[0])
        return onto_the_fact(self.cmp.document.text, span, found[0], qualified)

    def side(self, version: DocumentFacts, span: Span, value: str, key: str = "") -> Side:
        text = version.document.text
        starts = self.sentence_starts[id(version)]
        index = bisect_right(starts, span[0]) - 1
        sentence = ""
        if index >= 0 and span[0] < version.parsed.sentences[index][1]:
            sentence = text[starts[index] : version.parsed.sentences[index][1]]
        return Side(text[span[0] : span[1]], value, span[0], span[1], sentence, key or value)

    def diff(self, status: str, fact: Fact, ref: Side, cmp: Side, change: str = "", severity: str = "") -> FactDiff:
        return FactDiff(
            self.ref.document.story,
            self.ref.document.doc_id,
            self.cmp.document.doc_id,
            status,
            fact.mention.label,
            fact.kind,
            ref,
            cmp,
            change,
            severity,
        )

    def reference_fact(self, fact: Fact, claimed: set[int]) -> tuple[int, FactDiff]:
        mention = fact.mention
        ref_side = self.side(self.ref, (mention.start, mention.end), fact.value, fact.surface)
        after = self.ref.document.text[mention.end : mention.end + 40]
        span = counterpart(fact, self.cmp.document.text, self.alignment.to_compared(mention.start, mention.end), after)
        if span is None and (written := self.written_untagged(fact, self.cmp, of_reference=True)):
            return mention.start, self.diff("unchanged", fact, ref_side, self.side(self.cmp, written, fact.value))
        if span is None:
            dropped = self.alignment.sentence_dropped(mention.start)
            change = "sentence dropped" if dropped else "words dropped"
            return mention.start, self.diff("missing", fact, ref_side, NO_SIDE, change, MISSING_SEVERITY)
        span = self.fact_around(fact, self.beside_other_facts(fact, trim(self.cmp.document.text, *span)))
        cmp_text = self.cmp.document.text[span[0] : span[1]]
        status, cmp_value, typed = _judge(fact, cmp_text, self.cmp.document.published)
        if status == "changed" and (own := self.onto_own_kind(fact, span)):  # the reading that agrees, if any
            own_text = self.cmp.document.text[own[0] : own[1]]
            judged = _judge(fact, own_text, self.cmp.document.published)
            if judged[0] != "changed" or (judged[2] and not typed):  # agrees, or is a value at all
                span, cmp_text, (status, cmp_value, typed) = own, own_text, judged
        claimed.update(self.overlapping(span))
        if status == "changed" and self.said_by_its_people(fact, cmp_value, span):
            status = "reworded"
        elif status == "changed" and fact.kind == "amount":
            ends = (mention.start, mention.end)
            if qualified_alike(self.ref.document.text, ends, self.cmp.document.text, span):
                status = "reworded"
        change, severity, ref_text = "", "", mention.text
        if status != "changed" and fact.kind in NAME_KINDS:
            edges = (mention.start, mention.end)
            if spun := spun_edge(mention.text, self.ref.document.text, edges, self.cmp.document.text, span):
                (span, edges), status = spun, "changed"
                cmp_text = cmp_value = self.cmp.document.text[span[0] : span[1]]
                ref_side = self.side(self.ref, edges, fact.value, fact.surface)
                ref_text = ref_side.text
        if status == "changed":  # a duration (`six years`) was never a date: it cannot stop being one
            change, severity = explain(fact.kind, ref_text, cmp_text, fact.value, cmp_value, typed or not fact.typed)
        return mention.start, self.diff(status, fact, ref_side, self.side(self.cmp, span, cmp_value), change, severity)

    def compared_fact(self, fact: Fact) -> tuple[int, FactDiff]:
        """A compared fact no reference fact led to: the NER saw it in one version only, or it is new."""
        mention, after = fact.mention, self.cmp.document.text[fact.mention.end : fact.mention.end + 40]
        cmp_side = self.side(self.cmp, (mention.start, mention.end), fact.value, fact.surface)
        span = counterpart(fact, self.ref.document.text, self.alignment.to_reference(mention.start, mention.end), after)
        if span is None and (written := self.written_untagged(fact, self.ref, of_reference=False)):
            return written[0], self.diff("unchanged", fact, self.side(self.ref, written, fact.value), cmp_side)
        if span is None:
            change = "sentence added" if self.alignment.sentence_inserted(mention.start) else "words added"
            return mention.start, self.diff("added", fact, NO_SIDE, cmp_side, change, ADDED_SEVERITY)
        span = trim(self.ref.document.text, *span)
        ref_text = self.ref.document.text[span[0] : span[1]]
        status, ref_value, typed = _judge(fact, ref_text, self.ref.document.published)
        if status in ("unchanged", "reworded"):
            return span[0], self.diff(status, fact, self.side(self.ref, span, ref_value), cmp_side)
        if not typed and fact.kind not in NAME_KINDS and synonym_swap(ref_text, mention.text):
            return span[0], self.diff("reworded", fact, self.side(self.ref, span, ref_value), cmp_side)
        if not typed:  # the reference words there were no fact of this kind: a new fact
            change = f"{flat(ref_text)} -> {flat(mention.text)}: new {KINDS[fact.kind].noun}"
            return span[0], self.diff("added", fact, NO_SIDE, cmp_side, change, ADDED_SEVERITY)
        change, severity = explain(fact.kind, ref_text, mention.text, ref_value, fact.value, True)
        return span[0], self.diff("changed", fact, self.side(self.ref, span, ref_value), cmp_side, change, severity)


_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)\b")


def _next_word(text: str, end: int) -> str:
    """The word right after `end` on its line, if any: the word a name qualifies."""
    found = _NEXT_WORD.match(text, end)
    return found[1].lower() if found else ""


def compare_pair(ref: DocumentFacts, cmp: DocumentFacts, alignment: Alignment | None = None) -> list[FactDiff]:
    """Every fact of both versions, with its status against the other version, in reference order."""
    pair = _Pair(ref, cmp, alignment or align_pair(ref, cmp))
    claimed: set[int] = set()
    keyed = [pair.reference_fact(fact, claimed) for fact in ref.facts]
    claimed |= rejoin_reordered(keyed, cmp.facts, pair.compared_side, pair.reached)
    keyed += [pair.compared_fact(fact) for index, fact in enumerate(cmp.facts) if index not in claimed]
    keyed = reunite_moved(keyed, (ref.document.text, cmp.document.text))
    keyed.sort(key=lambda item: item[0])
    return [_weighed(diff) for _, diff in keyed]


def _weighed(diff: FactDiff) -> FactDiff:
    """A missing or new fact that only its shape made one (a run of capitals) is little
    evidence: a clause rewritten around `the Prime Minister` is no change of fact; nor is one
    of a credit line, byline or dateline a copy drops or adds (`credits`). Its row stays
    (every fact has one) at the lowest severity."""
    if diff.status not in ("missing", "added"):
        return diff
    if label_info(diff.label).shape_only:
        diff.severity = ADDED_SEVERITY
    side = diff.reference if diff.status == "missing" else diff.compared
    if line := boilerplate_line(side.sentence, side.text):
        diff.severity, diff.change = ADDED_SEVERITY, f"{line} {'dropped' if diff.status == 'missing' else 'added'}"
    return diff
