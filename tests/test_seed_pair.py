"""End to end on the sample corpus: what a fact-checker must see flagged, and must not."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from pipeline.run import RunResult
from pipeline.schema import DOCUMENTS, FACT_DIFFS, FACTS, SUMMARY, columns

from .conftest import COMPARED_DOC, REFERENCE_DOC, SEED_CHANGES, read_csv

FLAGGED = {"changed", "missing", "added"}


@pytest.fixture(scope="module")
def diffs(seed_out: Path) -> pd.DataFrame:
    return read_csv(seed_out / "fact_diffs.csv")


@pytest.mark.parametrize(
    ("name", "table"),
    [("documents.csv", DOCUMENTS), ("facts.csv", FACTS), ("fact_diffs.csv", FACT_DIFFS), ("summary.csv", SUMMARY)],
)
def test_every_contract_column_is_written(seed_out: Path, name: str, table: dict[str, str]) -> None:
    assert (seed_out / name).read_bytes().startswith(b"\xef\xbb\xbf")
    assert list(read_csv(seed_out / name).columns) == columns(table)


def test_original_facts_include_the_key_entities(seed_out: Path) -> None:
    facts = read_csv(seed_out / "facts.csv")
    original = facts[facts["doc_id"] == REFERENCE_DOC]
    texts = set(original["text"])
    assert {"Min Aung Hlaing", "International Criminal Court", "9 May", "40 per cent"} <= texts
    value_of = dict(zip(original["text"], original["value"], strict=False))
    assert value_of["9 May"] == "2025-05-09"
    assert value_of["40 per cent"] == "40%"
    assert value_of["last year"] == "2024"
    hlaing = original[original["text"].isin(["Min Aung Hlaing", "General Hlaing"])]
    assert set(hlaing["entity"]) == {"person:min aung hlaing"}  # one key for every mention
    assert set(hlaing["value"]) == {"Min Aung Hlaing"}


def test_offsets_point_at_the_text(seed_out: Path) -> None:
    facts = read_csv(seed_out / "facts.csv")
    text = (Path(__file__).parent.parent / "data" / "000_c49ac1a8b086b6ac.txt").read_text(encoding="utf-8")
    for _, fact in facts[facts["doc_id"] == REFERENCE_DOC].iterrows():
        assert text[int(fact["start"]) : int(fact["end"])] == fact["text"]
        assert fact["text"] in fact["context"]


@pytest.mark.parametrize(("reference", "compared"), SEED_CHANGES)
def test_corruptions_are_flagged(diffs: pd.DataFrame, reference: str, compared: str) -> None:
    rows = diffs[(diffs["reference_text"] == reference) & (diffs["compared_text"].str.startswith(compared))]
    assert len(rows) >= 1, f"{reference} -> {compared} not aligned"
    assert set(rows["status"]) <= FLAGGED
    assert all(rows["change"] != "") and all(rows["severity"].isin(["high", "medium"]))


@pytest.mark.parametrize(
    ("reference", "compared", "at_least"),
    [
        ("six", "6", 3),
        ("two", "2", 5),
        ("fourth", "4th", 1),
        ("40 per cent", "40 percent", 1),
        ("World War Two", "World War 2", 1),
        ("first", "very first", 1),
        ("General Hlaing", "General Hlaing", 4),
    ],
)
def test_rewordings_are_not_flagged(diffs: pd.DataFrame, reference: str, compared: str, at_least: int) -> None:
    counterparts = {compared.lower(), compared.lower().split()[-1]}  # `first` may align with `first`
    rows = diffs[
        (diffs["reference_text"].str.lower() == reference.lower())
        & (diffs["compared_text"].str.lower().isin(counterparts))
    ]
    assert len(rows) >= at_least
    assert set(rows["status"]) <= {"unchanged", "reworded"}
    assert set(rows["severity"]) == {""}


def test_explanations_read_at_a_glance(diffs: pd.DataFrame) -> None:
    change_of = dict(zip(diffs["reference_text"], diffs["change"], strict=False))
    assert change_of["International Criminal Court"] == "Criminal -> Wrongdoer"
    assert change_of["last year"] == "2024 -> 2015"
    assert change_of["9 May"] == "9 May -> 9 Might: no longer a date"
    assert "sentence dropped" in set(diffs["change"])  # the image captions are gone


def test_summary_counts_match_the_rows(seed_run: RunResult, seed_out: Path, diffs: pd.DataFrame) -> None:
    [summary] = read_csv(seed_out / "summary.csv").to_dict("records")
    assert (summary["reference_doc"], summary["compared_doc"]) == (REFERENCE_DOC, COMPARED_DOC)
    counts = diffs["status"].value_counts()
    facts = read_csv(seed_out / "facts.csv")
    for status in ("unchanged", "reworded", "changed", "missing", "added"):
        assert int(summary[status]) == counts.get(status, 0) == seed_run.statuses[status]
    assert int(summary["reference_facts"]) == (facts["doc_id"] == REFERENCE_DOC).sum()
    assert seed_run.facts == len(facts) and seed_run.pairs == 1


def test_every_fact_of_either_version_has_a_row(seed_out: Path, diffs: pd.DataFrame) -> None:
    """Its own, or the row of the counterpart that covers it (`Aung Hlaing` inside `Minutes Aung Hlaing`)."""
    facts = read_csv(seed_out / "facts.csv")
    for doc, side in ((REFERENCE_DOC, "reference"), (COMPARED_DOC, "compared")):
        rows = diffs[diffs[f"{side}_start"] != ""]
        spans = [(int(s), int(e)) for s, e in zip(rows[f"{side}_start"], rows[f"{side}_end"], strict=True)]
        for start, end in zip(
            facts[facts["doc_id"] == doc]["start"], facts[facts["doc_id"] == doc]["end"], strict=True
        ):
            assert any(s < int(end) and int(start) < e for s, e in spans), (side, start, end)
