"""Web pages (../shared/eval-data/web-pages): how much of the article factdiff keeps, how
much boilerplate it drops, and how often it dates the page right.

`with` snippets must be in the extracted text, `without` snippets must not; `published`
(114 pages) must equal the date factdiff gives the page. The text scored is the text
factdiff compares, so a page refused for too little text keeps none of its snippets.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from pipeline.web import extract_page


def _normal(text: str) -> str:
    return " ".join(text.split())


def score_web_pages(folder: Path) -> dict[str, object]:
    pages = json.loads((folder / "pages.json").read_text(encoding="utf-8"))
    kept = kept_total = dropped = dropped_total = dated = dated_total = refused = 0
    wrong_dates: list[str] = []
    started = time.perf_counter()
    for gold in pages.values():
        raw = (folder / gold["file"]).read_bytes()
        page = extract_page(raw, gold.get("url") or "")
        refused += bool(page.error)
        text = _normal(page.text)
        for snippet in gold.get("with") or []:
            kept_total += 1
            kept += _normal(snippet) in text
        for snippet in gold.get("without") or []:
            dropped_total += 1
            dropped += _normal(snippet) not in text
        if gold.get("published"):
            dated_total += 1
            right = page.published is not None and page.published.isoformat() == gold["published"][:10]
            dated += right
            if not right:
                wrong_dates.append(f"{gold['file']}: {page.published} (gold {gold['published']})")
    seconds = time.perf_counter() - started
    return {
        "pages": len(pages),
        "with_kept": round(kept / max(1, kept_total), 4),
        "without_dropped": round(dropped / max(1, dropped_total), 4),
        "dated_right": round(dated / max(1, dated_total), 4),
        "dated_pages": dated_total,
        "refused_pages": refused,
        "pages_per_second": round(len(pages) / seconds, 1),
        "wrong_dates": wrong_dates,
    }
