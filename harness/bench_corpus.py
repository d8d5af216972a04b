"""The bench's spun-pair corpus: the eval-dev pairs replicated to any size, each replica
made distinct so that no paragraph repeats an earlier one's."""

from __future__ import annotations

import csv
import re
import shutil
from pathlib import Path

_FIRST_GAP = re.compile(r"(?m)^([^\n]*?[,.;:]) (?=\S)|^(\S+) (?=\S)")


def distinct(text: str, replica: int) -> str:
    """The text with `replica` more spaces in each line, after its first punctuation mark
    (outside names) or else its first word: the words and facts stay, but no paragraph
    repeats an earlier replica's, so factdiff, which parses a paragraph met before only
    once, is measured on text it has not seen."""
    if not replica:
        return text
    return _FIRST_GAP.sub(lambda m: (m.group(1) or m.group(2)) + " " * (1 + replica), text)


def build_corpus(pairs: int, folder: Path, spun: Path) -> int:
    """A manifest corpus of `pairs` story pairs, cycling through the eval-dev pairs (each
    cycle made distinct); its word count."""
    with (spun / "manifest.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    stories = sorted({row["story"] for row in rows})
    by_story = {story: [row for row in rows if row["story"] == story] for story in stories}
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    manifest, words = [], 0
    for number in range(pairs):
        story = stories[number % len(stories)]
        copy = f"{story}-{number:05d}"
        (folder / copy).mkdir()
        for row in by_story[story]:
            text = distinct((spun / row["path"]).read_text(encoding="utf-8"), number // len(stories))
            words += len(text.split())
            target = f"{copy}/{Path(row['path']).name}"
            (folder / target).write_text(text, encoding="utf-8")
            manifest.append({**row, "path": target, "story": copy})
    with (folder / "manifest.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(manifest[0]))
        writer.writeheader()
        writer.writerows(manifest)
    return words
