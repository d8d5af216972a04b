"""`make bench`, the grouping part: loose files grouped into stories at scale."""

from __future__ import annotations

import random
import shutil
import time
from pathlib import Path


def bench_grouping(work: Path, spun: Path, files: int = 10_000) -> dict[str, object]:
    """Loose files grouped into stories: `files / 2` distinct stories (each a random draw of
    real sentences, 15 % of its words swapped so that stories do not share whole sentences)
    and a copy of each with 30 % of its words swapped. Times ingest.load."""
    from pipeline import ingest

    sentences = [
        s
        for p in sorted(spun.glob("*/reference.txt"))
        for s in p.read_text(encoding="utf-8").replace("\n", " ").split(". ")
        if len(s.split()) > 6
    ]
    vocabulary = sorted({w for s in sentences for w in s.split()})
    rng = random.Random(1)
    folder = work / "loose"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    for story in range(files // 2):
        drawn = (". ".join(rng.sample(sentences, 12)) + ".").split()
        text = " ".join(w if rng.random() > 0.15 else rng.choice(vocabulary) for w in drawn)  # not a pure collage
        copy = " ".join(w if rng.random() > 0.3 else rng.choice(vocabulary) for w in text.split())
        (folder / f"{story:05d}a.txt").write_text(text, encoding="utf-8")
        (folder / f"{story:05d}b.txt").write_text(copy, encoding="utf-8")
    started = time.perf_counter()
    documents = ingest.load(folder)
    seconds = time.perf_counter() - started
    story_of = {Path(d.path).stem: d.story for d in documents}
    sizes: dict[str, int] = {}
    for story in story_of.values():
        sizes[story] = sizes.get(story, 0) + 1
    right = sum(
        1
        for n in range(files // 2)
        if story_of[f"{n:05d}a"] == story_of[f"{n:05d}b"] and sizes[story_of[f"{n:05d}a"]] == 2
    )
    shutil.rmtree(folder)
    return {
        "files": files,
        "seconds": round(seconds, 1),
        "stories": len(sizes),
        "pairs_grouped_exactly": round(right / (files // 2), 4),
    }
