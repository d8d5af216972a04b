"""Suspicions scored on single documents: spun copies alone, their originals alone, real texts.

Spun copies (eval-dev `compared.txt`, each its own one-version story, all in one run): a
gold change of category `name_part` or `month` is covered when a suspicion overlaps its
compared span; a suspicion is right when it overlaps any gold change. The originals
(`reference.txt`, alone, in one run), IteraTeR's Wikinews texts (before revision) and
copietje's plain copies are real, unspun text: every suspicion there is a false alarm.
"""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from collections import Counter
from pathlib import Path

import pandas as pd

from pipeline.options import RunOptions
from pipeline.run import run_extract

COVERED_CATEGORIES = ("name_part", "month")


def _screen(texts: dict[str, tuple[str, str]], phrases: Path | None) -> pd.DataFrame:
    """Run factdiff over texts (name -> (text, published)), each its own story; its suspicions."""
    with tempfile.TemporaryDirectory() as temp:
        data, out = Path(temp) / "data", Path(temp) / "out"
        data.mkdir()
        rows = []
        for name, (text, published) in texts.items():
            (data / f"{name}.txt").write_text(text, encoding="utf-8")
            rows.append({"path": f"{name}.txt", "story": name, "version": "v", "role": "reference"})
            rows[-1]["published"] = published
        pd.DataFrame(rows).to_csv(data / "manifest.csv", index=False)
        found = (phrases,) if phrases and phrases.exists() else ()
        run_extract(RunOptions(data, out, quiet=True, use_cache=False, phrases=found))
        return pd.read_csv(out / "suspicions.csv", encoding="utf-8-sig", keep_default_na=False, dtype=str)


def _per_kind(table: pd.DataFrame) -> dict[str, int]:
    return {str(k): int(v) for k, v in table.groupby("kind").size().items()} if len(table) else {}


def score_spun_alone(root: Path, phrases: Path | None) -> dict[str, object]:
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((root / "gold").glob("*.json"))]
    golds = [g for g in golds if not g.get("set")]

    def texts(name: str) -> dict[str, tuple[str, str]]:
        folder = root / "data"
        return {g["pair"]: ((folder / g["pair"] / name).read_text(encoding="utf-8"), g["published"]) for g in golds}

    spun, originals = texts("compared.txt"), texts("reference.txt")
    found, false_alarms = _screen(spun, phrases), _screen(originals, phrases)
    covered: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for gold in golds:
        mine = found[found["story"] == gold["pair"]]
        spans = [(int(r.start), int(r.end), r.kind) for r in mine.itertuples()]
        changes = [(c["compared_start"], c["compared_end"], c["category"]) for c in gold["changes"]]
        changes = [change for change in changes if change[0] is not None]
        for start, end, category in changes:
            if category in COVERED_CATEGORIES:
                totals[category] += 1
                covered[category] += any(s < end and start < e for s, e, _ in spans)
        for s, e, kind in spans:
            right[kind] += any(s < end and start < e for start, end, _ in changes)
    kinds = _per_kind(found)
    return {
        "spun_documents": len(spun),
        "covered": round(sum(covered.values()) / max(1, sum(totals.values())), 4),
        "covered_per_category": {k: f"{covered[k]}/{totals[k]}" for k in COVERED_CATEGORIES},
        "on_gold_change": round(sum(right.values()) / max(1, len(found)), 4),
        "suspicions": len(found),
        "per_detector": {k: f"{right[k]}/{n}" for k, n in kinds.items()},  # on a gold change / found
        "per_original": round(len(false_alarms) / max(1, len(originals)), 3),
        "original_per_detector": _per_kind(false_alarms),
        "original_examples": [f"{r.text}: {r.reason}" for r in false_alarms.head(12).itertuples()],
    }


def score_articles(texts: list[tuple[str, dt.date | None]], phrases: Path | None) -> dict[str, object]:
    """Suspicions per article over unspun (text, published) articles run together: every one
    is a false alarm."""
    named = {f"article{n:04d}": (text, day.isoformat() if day else "") for n, (text, day) in enumerate(texts)}
    found = _screen(named, phrases)
    return {"articles": len(texts), "per_article": round(len(found) / max(1, len(texts)), 3), **_per_kind(found)}


def score_real_texts(iterater: Path, copietje: Path, phrases: Path | None) -> dict[str, object]:
    """Suspicions per article on unspun text: IteraTeR Wikinews (before revision), copietje plain copies."""
    texts: dict[str, tuple[str, str]] = {}
    for split in ("train", "dev", "test"):
        path = iterater / f"{split}.json"
        for line in path.read_text(encoding="utf-8").splitlines() if path.is_file() else []:
            record = json.loads(line) if line.strip() else None
            if record and record.get("domain") == "news":
                texts[f"iterater{len(texts):04d}"] = (record["before_revision"], "")
    wikinews = _screen(texts, phrases)
    plain = {
        p.stem: (p.read_text(encoding="utf-8", errors="replace"), "")
        for p in sorted(copietje.glob("*.txt"))
        if p.stem.split("_", 1)[-1] in ("txt", "fulltext_odt")  # each article's plain copy, once
    }
    cnn = _screen(plain, phrases)
    return {
        "iterater_articles": len(texts),
        "iterater_per_article": round(len(wikinews) / max(1, len(texts)), 3),
        "iterater_per_detector": _per_kind(wikinews),
        "copietje_articles": len(plain),
        "copietje_per_article": round(len(cnn) / max(1, len(plain)), 3),
        "copietje_per_detector": _per_kind(cnn),
        "examples": [f"{r.text}: {r.reason}" for r in pd.concat([wikinews, cnn]).head(12).itertuples()],
    }
