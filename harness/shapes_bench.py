"""`make bench`, corpora of other shapes, from ../shared/eval-dev:

- a long pair: the references joined into one article of 450,000 characters (repeating them
  as needed), against their spun copies joined the same way;
- revision histories: each reference and four successive revisions, each dropping a
  paragraph of the previous one and changing one number in it (seeded), with the changes
  kept so that the flags can be scored: changed numbers flagged, flags on untouched paragraphs.
"""

from __future__ import annotations

import json
import random
import re
import shutil
from pathlib import Path

_NUMBER = re.compile(r"(?<![\w.,])\d{1,4}(?![\w.,]\d)")
REVISIONS = 4


def build_long_pair(spun: Path, folder: Path, chars: int = 450_000) -> int:
    """The long pair as one story folder, each side `chars` long or more; returns its words."""
    if folder.exists():
        shutil.rmtree(folder)
    (folder / "long").mkdir(parents=True)
    stories = sorted(p for p in spun.iterdir() if p.is_dir())
    sides: dict[str, list[str]] = {"reference": [], "compared": []}
    while sum(len(t) for t in sides["reference"]) < chars:
        story = stories[len(sides["reference"]) % len(stories)]
        for role, texts in sides.items():
            texts.append((story / f"{role}.txt").read_text(encoding="utf-8").strip())
    for role, texts in sides.items():
        name = "original.txt" if role == "reference" else "copy.txt"
        (folder / "long" / name).write_text("\n\n".join(texts), encoding="utf-8")
    return sum(len(p.read_text(encoding="utf-8").split()) for p in (folder / "long").iterdir())


def build_revisions(spun: Path, folder: Path, seed: int = 12) -> int:
    """Revision histories as story folders (v0 is the reference) and `gold.json`; returns words."""
    if folder.exists():
        shutil.rmtree(folder)
    rng = random.Random(seed)
    gold = {}
    words = 0
    for story in sorted(p for p in spun.iterdir() if p.is_dir()):
        paragraphs = [p.strip() for p in (story / "reference.txt").read_text(encoding="utf-8").split("\n\n")]
        versions = [[(number, text, False) for number, text in enumerate(paragraphs) if text]]
        changes = []
        for step in range(1, REVISIONS + 1):
            current = list(versions[-1])
            if len(current) > 3:
                del current[rng.randrange(1, len(current))]
            candidates = [k for k, (_, text, changed) in enumerate(current) if not changed and _NUMBER.search(text)]
            if candidates:
                k = rng.choice(candidates)
                number, text, _ = current[k]
                match = rng.choice(list(_NUMBER.finditer(text)))
                new = str(int(match.group()) + rng.randint(1, 9))
                current[k] = (number, text[: match.start()] + new + text[match.end() :], True)
                changes.append({"step": step, "paragraph": number, "before": match.group(), "after": new})
            versions.append(current)
        folder_out = folder / story.name
        folder_out.mkdir(parents=True)
        for step, version in enumerate(versions):
            text = "\n\n".join(text for _, text, _ in version)
            (folder_out / f"v{step}.txt").write_text(text, encoding="utf-8")
            words += len(text.split())
        gold[story.name] = {
            "changes": changes,
            "paragraphs": {
                f"v{step}": [[number, changed] for number, _, changed in v] for step, v in enumerate(versions)
            },
        }
    (folder.parent / f"{folder.name}-gold.json").write_text(json.dumps(gold), encoding="utf-8")
    return words


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for paragraph in text.split("\n\n"):
        spans.append((start, start + len(paragraph)))
        start += len(paragraph) + 2
    return spans


def score_revisions(folder: Path, out: Path) -> dict[str, object]:
    """Changed numbers flagged (a flagged row whose compared span covers the new number), and
    flags that fall on paragraphs no revision touched."""
    import pandas as pd

    gold = json.loads((folder.parent / f"{folder.name}-gold.json").read_text(encoding="utf-8"))
    diffs = pd.read_csv(out / "fact_diffs.csv", encoding="utf-8-sig", keep_default_na=False, dtype=str)
    flagged = diffs[diffs["status"].isin(["changed", "missing", "added"])]
    found = total = on_untouched = 0
    for story, record in gold.items():
        for step in range(1, REVISIONS + 1):
            version = f"v{step}"
            text = (folder / story / f"{version}.txt").read_text(encoding="utf-8")
            layout = record["paragraphs"][version]
            spans = _paragraph_spans(text)
            rows = flagged[flagged["compared_doc"] == f"{story}/{version}"]
            ends = zip(rows["compared_start"], rows["compared_end"], strict=True)
            spans_flagged = [(int(s), int(e)) for s, e in ends if s]
            starts = [s for s, _ in spans_flagged]
            for change in (c for c in record["changes"] if c["step"] <= step):
                where = [k for k, (number, _) in enumerate(layout) if number == change["paragraph"]]
                if not where:
                    continue  # the paragraph was dropped later
                total += 1
                start, end = spans[where[0]]
                position = text.find(change["after"], start, end)
                stop = position + len(change["after"])
                found += position >= 0 and any(s < stop and position < e for s, e in spans_flagged)
            touched = {k for k, (_, changed) in enumerate(layout) if changed}
            for s in starts:
                k = next((k for k, (a, b) in enumerate(spans) if a <= s < b), None)
                on_untouched += k is not None and k not in touched
    return {"changed_numbers": total, "flagged": round(found / max(1, total), 4), "flags_on_untouched": on_untouched}
