"""Flagged differences scored on article pairs: spun pairs with gold changes, real revisions.

Spun pairs (../shared/eval-dev, format in its README): a gold change is recalled when a
flagged row (changed, missing, added) overlaps it on either side; a flagged row is right
when it overlaps some gold change; the benign false-alarm rate is the share of
fact-bearing benign rewrites overlapped by a flagged row that overlaps no change.

Wikinews revisions (IteraTeR, domain news): flags per document, and the share of flags on
text that no edit touched (certain false alarms). Copietje pairs: format-only copies of
one article, where every flag is a false alarm.
"""

from __future__ import annotations

import difflib
import json
import re
import tempfile
from collections import Counter
from pathlib import Path

import pandas as pd

from pipeline.options import RunOptions
from pipeline.run import run_extract
from pipeline.schema import FLAGGED_STATUSES

# copietje copies whose content differs from the reference (an excerpt; the article inside
# other texts): their missing and added facts are real, so they are reported apart.
CONTENT_CHANGING = ("partialtext", "within_other_texts")
Span = tuple[int, int]


def _overlaps(a: Span | None, b: Span | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def _span(row: pd.Series, side: str) -> Span | None:
    start, end = row[f"{side}_start"], row[f"{side}_end"]
    return None if pd.isna(start) or start == "" else (int(start), int(end))


def _record_span(record: dict, side: str) -> Span | None:
    start = record.get(f"{side}_start")
    return None if start is None else (int(start), int(record[f"{side}_end"]))


def _hits(row: pd.Series, record: dict) -> bool:
    return _overlaps(_span(row, "reference"), _record_span(record, "reference")) or _overlaps(
        _span(row, "compared"), _record_span(record, "compared")
    )


def run_quietly(data_dir: Path, out_dir: Path, workers: int = 1) -> pd.DataFrame:
    """Run factdiff over a data folder; return its fact_diffs table."""
    run_extract(RunOptions(data_dir, out_dir, workers=workers, quiet=True, use_cache=False))
    return pd.read_csv(out_dir / "fact_diffs.csv", encoding="utf-8-sig", keep_default_na=False, dtype=str)


def score_spun(root: Path, out_dir: Path | None = None) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as temp:
        diffs = run_quietly(root / "data", out_dir or Path(temp))
    flagged = diffs[diffs["status"].isin(FLAGGED_STATUSES)]
    recalled: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    right = benign_hit = benign_total = 0
    benign_classes: Counter[str] = Counter()
    benign_hits: Counter[str] = Counter()
    for gold_path in sorted((root / "gold").glob("*.json")):
        if gold_path.name.startswith("_"):
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        rows = flagged[flagged["story"] == gold["pair"]]
        changes = gold["changes"]
        for change in changes:
            totals[change["category"]] += 1
            recalled[change["category"]] += any(_hits(row, change) for _, row in rows.iterrows())
        wrong_rows = []
        for _, row in rows.iterrows():
            if any(_hits(row, change) for change in changes):
                right += 1
            else:
                wrong_rows.append(row)
        for record in gold["benign"]:
            if record.get("fact_bearing"):
                hit = any(_hits(row, record) for row in wrong_rows)
                benign_total += 1
                benign_hit += hit
                benign_classes[record["category"]] += 1
                benign_hits[record["category"]] += hit
    return {
        "pairs": int(diffs["story"].nunique()),
        "flagged": len(flagged),
        "recall": round(sum(recalled.values()) / max(1, sum(totals.values())), 4),
        "precision": round(right / max(1, len(flagged)), 4),
        "benign_flagged": round(benign_hit / max(1, benign_total), 4),
        "recall_per_category": {k: round(recalled[k] / totals[k], 4) for k in sorted(totals)},
        "benign_flagged_per_class": {k: round(benign_hits[k] / n, 4) for k, n in sorted(benign_classes.items())},
        "changes": sum(totals.values()),
        "benign_fact_bearing": benign_total,
    }


def _write_pair(data: Path, story: str, before: str, after: str) -> None:
    (data / story).mkdir(parents=True, exist_ok=True)
    (data / story / "reference.txt").write_text(before, encoding="utf-8")
    (data / story / "compared.txt").write_text(after, encoding="utf-8")


def _edited_spans(before: str, after: str) -> tuple[list[Span], list[Span]]:
    """Character spans that some edit touched (difflib on characters), in the text before and
    in the text after, each widened by one character so that an insertion has a width."""
    opcodes = difflib.SequenceMatcher(None, before, after, autojunk=False).get_opcodes()
    edits = [(i1, i2, j1, j2) for tag, i1, i2, j1, j2 in opcodes if tag != "equal"]
    return [(i1 - 1, i2 + 1) for i1, i2, _, _ in edits], [(j1 - 1, j2 + 1) for _, _, j1, j2 in edits]


_NUMBER_WORDS = r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion)\b"
_FACT_WORD = re.compile(rf"\d|{_NUMBER_WORDS}")
_NAME_WORD = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+")


def _bears_a_fact(text: str | None) -> bool:
    """An edit's words hold a number or a capitalised word not at a sentence start."""
    return bool(text) and bool(_FACT_WORD.search(text) or _NAME_WORD.search(text.strip()))  # type: ignore[arg-type]


_NUMBER_WORD = re.compile(rf"\d[\d,.]*\d|\d|{_NUMBER_WORDS}")  # a number whole, where _FACT_WORD finds a digit


def _fact_words(text: str) -> set[str]:
    """Numbers, number words and capitalised words not starting a sentence, whole."""
    return set(_NUMBER_WORD.findall(text)) | set(_NAME_WORD.findall(text.strip()))


def _brings_or_drops_a_fact(edit_before: str, edit_after: str, before: str, after: str) -> bool:
    """Some fact word of the edit is not in the other version at all: the edit brings a fact the
    text before lacked, or drops one the text after lacks. Else it moves facts, or rewrites the
    words around them."""

    def absent(word: str, text: str) -> bool:
        return re.search(rf"(?<![\w.,]){re.escape(word)}(?![\w]|[.,]\d)", text) is None

    return any(absent(w, after) for w in _fact_words(edit_before)) or any(
        absent(w, before) for w in _fact_words(edit_after)
    )


def _fact_edits(record: dict) -> list[tuple[Span, Span]]:
    """The meaning-changed edits that touch a fact: (span in the text before, span after),
    each widened by one character so that an insertion has a width."""
    edits, shift = [], 0
    for action in sorted(record["edit_actions"], key=lambda a: a["start_char_pos"]):
        start, end = action["start_char_pos"], action["end_char_pos"]
        after = action.get("after") or ""
        if action["major_intent"] == "meaning-changed" and (
            _bears_a_fact(action.get("before")) or _bears_a_fact(after)
        ):
            edits.append(((start - 1, end + 1), (start + shift - 1, start + shift + len(after) + 1)))
        shift += len(after) - (end - start)
    return edits


def iterater_news(split_dir: Path) -> list[dict]:
    """IteraTeR's Wikinews documents (domain news) of every split, in file order."""
    documents = []
    for split in ("train", "dev", "test"):
        path = split_dir / f"{split}.json"
        if path.is_file():
            for line in path.read_text(encoding="utf-8").splitlines():
                record = json.loads(line) if line.strip() else None
                if record and record.get("domain") == "news":
                    documents.append(record)
    return documents


def score_iterater(split_dir: Path) -> dict[str, object]:
    """Wikinews revisions: flags per document; share of compared-side flags on untouched text
    (neither their words nor their reference's counterpart words edited);
    meaning-changed edits that touch a fact and are overlapped by a flag (found)."""
    documents = iterater_news(split_dir)
    with tempfile.TemporaryDirectory() as temp:
        data = Path(temp) / "data"
        pairs, fact_edits, bringing = {}, {}, {}
        for number, record in enumerate(documents):
            before, after = record["before_revision"], record["after_revision"]
            _write_pair(data, f"doc{number:04d}", before, after)
            pairs[f"doc{number:04d}"] = _edited_spans(before, after)
            fact_edits[f"doc{number:04d}"] = _fact_edits(record)
            bringing[f"doc{number:04d}"] = [
                _brings_or_drops_a_fact(
                    before[max(0, r[0] + 1) : r[1] - 1], after[max(0, c[0] + 1) : c[1] - 1], before, after
                )
                for r, c in fact_edits[f"doc{number:04d}"]
            ]
        diffs = run_quietly(data, Path(temp) / "out")
    flagged = diffs[diffs["status"].isin(FLAGGED_STATUSES)]
    untouched = 0
    for _, row in flagged.iterrows():
        span, before = _span(row, "compared"), _span(row, "reference")
        edits_before, edits_after = pairs[row["story"]]
        if span is None or any(_overlaps(span, edit) for edit in edits_after):
            continue
        if not any(_overlaps(before, edit) for edit in edits_before):  # a fact cut short is touched
            untouched += 1
    found = found_bringing = 0
    for story, edits in fact_edits.items():
        rows = flagged[flagged["story"] == story]
        spans = [(_span(row, "reference"), _span(row, "compared")) for _, row in rows.iterrows()]
        hits = [any(_overlaps(r, ref) or _overlaps(c, cmp) for r, c in spans) for ref, cmp in edits]
        found += sum(hits)
        found_bringing += sum(hit for hit, brings in zip(hits, bringing[story], strict=True) if brings)
    edits_total = sum(len(edits) for edits in fact_edits.values())
    bringing_total = sum(sum(flags) for flags in bringing.values())
    return {
        "documents": len(documents),
        "meaning_changed_fact_edits": edits_total,
        "meaning_changed_fact_edits_found": round(found / max(1, edits_total), 4),
        # of those, the edits that bring or drop a fact word (the others move facts or reword around them)
        "fact_bringing_edits": bringing_total,
        "fact_bringing_edits_found": round(found_bringing / max(1, bringing_total), 4),
        "flags": len(flagged),
        "flags_per_document": round(len(flagged) / max(1, len(documents)), 3),
        "share_on_untouched_text": round(untouched / max(1, len(flagged)), 4),
    }


def score_copietje(folder: Path) -> dict[str, object]:
    """Format-only copies of CNN/DailyMail articles, grouped by their number (the reference is
    the plain or full-text copy): every flag is a false alarm, OCR errors aside."""
    files = sorted(folder.glob("*.txt"))
    rows = []
    for path in files:
        story = path.stem.split("_")[0]
        role = "reference" if path.stem in (f"{story}_txt", f"{story}_fulltext_odt") else "compared"
        rows.append(
            {"path": path.name, "story": f"article{story}", "version": path.stem, "role": role, "published": ""}
        )
    with tempfile.TemporaryDirectory() as temp:
        data = Path(temp) / "data"
        data.mkdir()
        for path in files:
            (data / path.name).write_bytes(path.read_bytes())
        pd.DataFrame(rows).to_csv(data / "manifest.csv", index=False)
        diffs = run_quietly(data, Path(temp) / "out")
    flagged = diffs[diffs["status"].isin(FLAGGED_STATUSES)]
    compared = [row["version"] for row in rows if row["role"] == "compared"]
    per_copy = dict.fromkeys(compared, 0)
    for doc_id, count in flagged.groupby("compared_doc").size().items():
        per_copy[str(doc_id).split("/")[-1]] = int(count)
    format_only = [v for v in compared if not any(word in v for word in CONTENT_CHANGING)]
    return {
        "files": len(files),
        "pairs": len(compared),
        "flags": len(flagged),
        "flags_per_pair": round(len(flagged) / max(1, len(compared)), 3),
        "format_only_pairs": len(format_only),
        "flags_per_format_only_pair": round(sum(per_copy[v] for v in format_only) / max(1, len(format_only)), 3),
        "flags_per_copy": dict(sorted(per_copy.items())),
    }
