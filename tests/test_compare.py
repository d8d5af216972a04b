"""Alignment and comparison on small hand-made pairs: moved, split and dropped sentences."""

from __future__ import annotations

from pipeline.align import Alignment
from pipeline.compare import _reunite_moved


def spans(text: str) -> list[tuple[int, int]]:
    """Sentence spans: one sentence per line (as the NER stage gives them)."""
    result, start = [], 0
    for line in text.split("\n"):
        result.append((start, start + len(line)))
        start += len(line) + 1
    return result


REFERENCE = (
    "Boeing delivered 40 jets to Emirates in May.\n"
    "The airline paid $15 billion for the order.\n"
    "Analysts in London expected fewer deliveries this year."
)


def test_a_moved_sentence_is_still_matched() -> None:
    compared = (
        "The airline paid $15 billion for the order.\n"
        "Analysts in London expected fewer deliveries this year.\n"
        "Boeing delivered 40 jets to Emirates in May."
    )
    alignment = Alignment(REFERENCE, spans(REFERENCE), compared, spans(compared))
    start = REFERENCE.index("Emirates")
    mapped = alignment.to_compared(start, start + len("Emirates"))
    assert mapped is not None and compared[mapped[0] : mapped[1]] == "Emirates"


def test_a_split_sentence_keeps_its_facts() -> None:
    compared = (
        "Boeing delivered 40 jets\nto Emirates in May.\n"
        "The airline paid $15 billion for the order.\n"
        "Analysts in London expected fewer deliveries this year."
    )
    alignment = Alignment(REFERENCE, spans(REFERENCE), compared, spans(compared))
    start = REFERENCE.index("May")
    mapped = alignment.to_compared(start, start + 3)
    assert mapped is not None and compared[mapped[0] : mapped[1]] == "May"


def test_a_dropped_sentence_has_no_counterpart() -> None:
    compared = "Boeing delivered 40 jets to Emirates in May.\nAnalysts in London expected fewer deliveries this year."
    alignment = Alignment(REFERENCE, spans(REFERENCE), compared, spans(compared))
    start = REFERENCE.index("$15 billion")
    assert alignment.to_compared(start, start + len("$15 billion")) is None
    assert alignment.sentence_dropped(start)


def _row(status: str, text: str, sentence: str, side: str) -> dict[str, object]:
    row: dict[str, object] = {
        key: ""
        for key in (
            "reference_text",
            "reference_value",
            "reference_start",
            "reference_end",
            "reference_sentence",
            "compared_text",
            "compared_value",
            "compared_start",
            "compared_end",
            "compared_sentence",
            "change",
        )
    }
    row.update(
        {
            "status": status,
            "label": "ORG",
            "severity": "medium" if status == "missing" else "low",
            f"{side}_text": text,
            f"{side}_sentence": sentence,
            f"{side}_start": 10,
            f"{side}_end": 30,
        }
    )
    return row


def test_a_fact_whose_sentence_was_cut_differently_is_not_flagged() -> None:
    missing = _row(
        "missing", "Chaotic Moon Studios", "It was created by Chaotic Moon Studios, a studio in Austin.", "reference"
    )
    added = _row(
        "added", "Chaotic Moon Studios", "created by Chaotic Moon Studios, a studio in Austin, Texas.", "compared"
    )
    [(_, merged)] = _reunite_moved([(10, missing), (12, added)])
    assert merged["status"] == "unchanged" and merged["severity"] == ""
    assert merged["compared_start"] == 10 and merged["reference_text"] == "Chaotic Moon Studios"


def test_a_dropped_sentence_stays_flagged_when_the_name_recurs_elsewhere() -> None:
    missing = _row("missing", "Microsoft", "Microsoft declined to comment on the deal.", "reference")
    added = _row("added", "Microsoft", "Shares of Microsoft rose two percent in New York trading.", "compared")
    statuses = sorted(row["status"] for _, row in _reunite_moved([(10, missing), (12, added)]))
    assert statuses == ["added", "missing"]
