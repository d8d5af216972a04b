"""Names the model tagged in one place of a document and not in another: tagged everywhere.

A statistical NER reads each sentence on its own evidence and misses a name it found a
paragraph earlier ("Jobs welcomed everyone" at the start of a sentence, "Cisco sues Apple"
in a headline). A spinner's change there would go unseen, as no fact stands at the place.
So every further occurrence of a name the document tags somewhere (the same words, whole,
capitalised as tagged) becomes a mention too, with the label the name has most often, in
place of a run of capitals found there (`pipeline.untagged`). Where that run is a longer
name the tagged one opens or closes (`Dow` tagged, then `Dow Jones Industrial Average`),
the run's other capitalised words stay a mention of their own, so a word changed among
them is still seen. A name is one document's evidence: nothing spreads between documents.
"""

from __future__ import annotations

import re
from bisect import bisect_right, insort
from collections import Counter

from pipeline.kinds import label_info
from pipeline.records import Mention, ParsedDocument
from pipeline.untagged import MIN_WORDS, overlaps_a_mention

SHORTEST_NAME = 3  # characters: `US`, `UK` and initials are too ambiguous to spread
_WORD_START = re.compile(r"(?<![\w&'’-])[^\W\d_a-z]")  # a capital that begins a word: where a name may
_ENDS_INSIDE_A_WORD = re.compile(r"[\w&-]|['’]\w\w")


def with_repeats(parsed: ParsedDocument, text: str) -> ParsedDocument:
    """The document's mentions and a mention at every untagged occurrence of a tagged name."""
    labels: dict[str, Counter[str]] = {}
    for mention in parsed.mentions:
        if _spreadable(mention):
            labels.setdefault(mention.text, Counter())[mention.label] += 1
    if not labels:
        return parsed
    taken = sorted((m.start, m.end) for m in parsed.mentions if not label_info(m.label).shape_only)
    starts = [start for start, _ in parsed.sentences]
    by_opening: dict[str, list[str]] = {}
    for name in sorted(labels, key=len, reverse=True):  # `Steve Jobs` before `Jobs`
        by_opening.setdefault(name[:SHORTEST_NAME], []).append(name)
    added = []
    for word in _WORD_START.finditer(text):  # one pass over the text, whatever the number of names
        at = word.start()
        for name in by_opening.get(text[at : at + SHORTEST_NAME], ()):
            end = at + len(name)
            if text.startswith(name, at) and not _ENDS_INSIDE_A_WORD.match(text, end):
                if not overlaps_a_mention(taken, at, end):
                    sentence = max(0, bisect_right(starts, at) - 1)
                    added.append(Mention(parsed.doc_id, sentence, at, end, labels[name].most_common(1)[0][0], name))
                    insort(taken, (at, end))
                break
    if not added:
        return parsed
    spans = [(m.start, m.end) for m in added]  # in text order: found in one pass
    kept = [
        part
        for m in parsed.mentions
        for part in (
            _outside(m, spans) if label_info(m.label).shape_only and overlaps_a_mention(spans, m.start, m.end) else [m]
        )
    ]
    mentions = sorted([*kept, *added], key=lambda m: (m.start, m.end))
    return ParsedDocument(parsed.doc_id, parsed.sentences, mentions)


def _outside(run: Mention, spans: list[tuple[int, int]]) -> list[Mention]:
    """What is left of a run of capitals beside the names spread into it (`spans`, in text
    order): each stretch that still holds `MIN_WORDS` capitalised words."""
    parts, start = [], run.start
    for s, e in [*(span for span in spans if span[0] < run.end and run.start < span[1]), (run.end, run.end)]:
        words = run.text[start - run.start : max(start, s) - run.start].strip(" ,&-").split()
        while words and not words[-1][:1].isupper():
            words.pop()  # `Bank of` before the name: the connector is not the name's
        while words and not words[0][:1].isupper():
            words.pop(0)
        if sum(word[:1].isupper() for word in words) >= MIN_WORDS:
            at = run.text.index(words[0], start - run.start) + run.start
            stretch = run.text[at - run.start : at - run.start + len(" ".join(words))]
            if stretch == " ".join(words):
                parts.append(Mention(run.doc_id, run.sentence, at, at + len(stretch), run.label, stretch))
        start = max(start, e)
    return parts


def _spreadable(mention: Mention) -> bool:
    """A proper name written on one line with a capital, long enough to mean one thing."""
    return (
        label_info(mention.label).is_name
        and not label_info(mention.label).shape_only  # a run of capitals is no evidence of a name
        and mention.text[:1].isupper()
        and len(mention.text) >= SHORTEST_NAME
        and "\n" not in mention.text
    )
