"""NER F1 of a spaCy pipeline on the CoNLL-2003 English test split (eng.testb, IOB2).

OntoNotes labels are mapped to CoNLL's four: PERSON -> PER; ORG -> ORG; GPE, LOC, FAC ->
LOC; NORP, EVENT, PRODUCT, WORK_OF_ART, LAW, LANGUAGE -> MISC; the numeric and temporal
labels (DATE, CARDINAL, MONEY, ...) have no CoNLL counterpart and are dropped. Sentences
are joined with single spaces and run one by one; a predicted entity counts when its
token span and mapped type equal a gold entity's (conlleval's exact-match F1).

    python -m harness.evaluate.conll [CONLL_TEST_FILE] [--model NAME]
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

from harness.evaluate.corpora import DataRoot
from pipeline.ner import DEFAULT_MODEL, load_model

ONTONOTES_TO_CONLL = {
    "PERSON": "PER",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    "NORP": "MISC",
    "EVENT": "MISC",
    "PRODUCT": "MISC",
    "WORK_OF_ART": "MISC",
    "LAW": "MISC",
    "LANGUAGE": "MISC",
}
DEFAULT_FILE = DataRoot().conll_test
Entity = tuple[int, int, str]


def read_conll(path: Path) -> list[tuple[list[str], set[Entity]]]:
    """Sentences as (tokens, gold entities as (first token, end token, type))."""
    sentences, tokens, tags = [], [], []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        parts = line.split()
        if parts:
            tokens.append(parts[0])
            tags.append(parts[-1])
        elif tokens:
            sentences.append((tokens, _spans(tags)))
            tokens, tags = [], []
    return sentences


def _spans(tags: list[str]) -> set[Entity]:
    spans, start, kind = set(), None, None
    for i, tag in enumerate([*tags, "O"]):
        if start is not None and not (tag.startswith("I-") and tag[2:] == kind):
            spans.add((start, i, kind))
            start = None
        if tag.startswith("B-") or (tag.startswith("I-") and start is None):
            start, kind = i, tag[2:]
    return spans


def score(model: str, path: Path) -> dict[str, object]:
    nlp = load_model(model)
    sentences = read_conll(path)
    texts, offsets = [], []
    for tokens, _ in sentences:
        starts, position = [], 0
        for token in tokens:
            starts.append(position)
            position += len(token) + 1
        texts.append(" ".join(tokens))
        offsets.append(starts)
    counts: Counter[str] = Counter()
    per_type: dict[str, Counter[str]] = {}
    started = time.perf_counter()
    for (tokens, gold), starts, doc in zip(sentences, offsets, nlp.pipe(texts, batch_size=256), strict=True):
        index_of = {s: i for i, s in enumerate(starts)}
        ends = {s + len(t): i + 1 for i, (s, t) in enumerate(zip(starts, tokens, strict=True))}
        predicted = {
            (index_of.get(e.start_char, -1), ends.get(e.end_char, -1), ONTONOTES_TO_CONLL[e.label_])
            for e in doc.ents
            if e.label_ in ONTONOTES_TO_CONLL
        }
        for kind in {k for *_, k in gold | predicted}:
            bucket = per_type.setdefault(kind, Counter())
            bucket["tp"] += len({e for e in predicted & gold if e[2] == kind})
            bucket["pred"] += len({e for e in predicted if e[2] == kind})
            bucket["gold"] += len({e for e in gold if e[2] == kind})
        counts["tp"] += len(predicted & gold)
        counts["pred"] += len(predicted)
        counts["gold"] += len(gold)
    seconds = time.perf_counter() - started
    return {
        "model": model,
        "sentences": len(sentences),
        **_prf(counts),
        "seconds": round(seconds, 1),
        "per_type": {k: _prf(v) for k, v in sorted(per_type.items())},
    }


def _prf(counts: Counter[str]) -> dict[str, float | int]:
    precision = counts["tp"] / counts["pred"] if counts["pred"] else 0.0
    recall = counts["tp"] / counts["gold"] if counts["gold"] else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4), "gold": counts["gold"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=DEFAULT_FILE)
    parser.add_argument("--model", default=DEFAULT_MODEL)
    args = parser.parse_args()
    print(json.dumps(score(args.model, args.file), indent=1))


if __name__ == "__main__":
    main()
