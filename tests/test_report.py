"""The views people open: the workbook read back, the HTML page escaped and rendered in Chromium."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from pipeline.options import RunOptions
from pipeline.run import run_extract
from pipeline.schema import DOCUMENTS, FACT_DIFFS, FACTS, SUMMARY, SUSPICIONS, columns

from .conftest import read_csv

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def test_workbook_sheets_headers_and_cells(seed_out: Path) -> None:
    workbook = load_workbook(seed_out / "factdiff.xlsx", rich_text=True)
    assert workbook.sheetnames == ["Summary", "Differences", "All facts", "Suspicions", "Documents"]
    for title, table in (
        ("Summary", SUMMARY),
        ("Differences", FACT_DIFFS),
        ("All facts", FACTS),
        ("Suspicions", SUSPICIONS),
        ("Documents", DOCUMENTS),
    ):
        sheet = workbook[title]
        assert [cell.value for cell in sheet[1]] == columns(table)
        assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref.startswith("A1:")
    differences = workbook["Differences"]
    rows = list(differences.iter_rows(min_row=2, values_only=True))
    header = columns(FACT_DIFFS)
    statuses = {row[header.index("status")] for row in rows}
    assert statuses <= {"changed", "missing", "added"}  # flagged rows only
    severities = [row[header.index("severity")] for row in rows]
    assert severities == sorted(severities, key=["high", "medium", "low"].index)  # most severe first
    court = next(row for row in rows if row[header.index("reference_text")] == "International Criminal Court")
    bold = [part.text for part in court[header.index("compared_text")] if hasattr(part, "font") and part.font.b]
    assert bold == ["Wrongdoer"]  # the changed word stands out
    documents = list(workbook["Documents"].iter_rows(min_row=2, values_only=True))
    assert len(documents) == len(read_csv(seed_out / "documents.csv")) == 2  # every document, in both


def _injection_corpus(tmp_path: Path) -> Path:
    data = tmp_path / "data" / "story"
    data.mkdir(parents=True)
    (data / "original.txt").write_text(
        "Angela Merkel met <script>alert('x')</script> Emmanuel Macron in Paris on 3 June 2015.\n\n"
        '=HYPERLINK("http://evil") Berlin said.',
        encoding="utf-8",
    )
    (data / "copy.txt").write_text(
        "Angela Merkel met <script>alert('x')</script> Emmanuel Macron in Lyon on 3 June 2015.\n\n"
        '=HYPERLINK("http://evil") Berlin said.',
        encoding="utf-8",
    )
    return tmp_path / "data"


def test_article_text_is_escaped_and_formulas_neutralised(tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_extract(RunOptions(_injection_corpus(tmp_path), out, quiet=True))
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "<script>" not in page and "&lt;script&gt;alert" in page
    assert "http" not in page.split("<body>")[0]  # no CDN, nothing fetched
    workbook = load_workbook(out / "factdiff.xlsx")
    contexts = [row[-1] for row in workbook["All facts"].iter_rows(min_row=2, values_only=True)]
    assert all(not str(c).startswith("=") for c in contexts)


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def _render(browser: str, page: Path, tmp_path: Path, *extra: str) -> str:
    done = subprocess.run(
        [browser, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}", *extra, page.resolve().as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
    )
    return done.stdout


@pytest.mark.skipif(_chromium() is None, reason="Chromium is not installed (.ci/run installs Debian's chromium)")
def test_flagged_facts_are_visible_in_the_rendered_page(seed_out: Path, tmp_path: Path) -> None:
    browser = _chromium()
    assert browser is not None
    dom = _render(browser, seed_out / "report.html", tmp_path, "--dump-dom")
    for text in ("Minutes Aung Hlaing", "International Wrongdoer Court", "9 Might", "in 2015", "countless"):
        assert '<mark class="changed"' in dom and text in dom, text
    assert 'class="changed" title="changed DATE | value: 2015 | change: 2024 -&gt; 2015"' in dom
    assert '<a href="#p0-f' in dom  # the list of differences links into the text
    screenshot = os.environ.get("FACTDIFF_SCREENSHOT")
    if screenshot:
        _render(
            browser,
            seed_out / "report.html",
            tmp_path,
            f"--screenshot={Path(screenshot).resolve()}",
            "--window-size=1366,900",
            "--hide-scrollbars",
        )
        assert Path(screenshot).stat().st_size > 10_000


@pytest.mark.skipif(_chromium() is None, reason="Chromium is not installed (.ci/run installs Debian's chromium)")
def test_script_in_an_article_renders_as_text(tmp_path: Path) -> None:
    browser = _chromium()
    assert browser is not None
    out = tmp_path / "out"
    run_extract(RunOptions(_injection_corpus(tmp_path), out, quiet=True))
    dom = _render(browser, out / "report.html", tmp_path, "--dump-dom")
    assert "<script>" not in dom and "&lt;script&gt;alert('x')&lt;/script&gt;" in dom


def test_the_report_keeps_only_what_its_page_shows(tmp_path: Path) -> None:
    """Memory flat in corpus size: a kept pair holds its texts, sentences, suspicions and
    differences until the page is written, never its facts and table rows."""
    from pipeline.batches import Batch, process_batch
    from pipeline.options import DEFAULT_MAX_CHARS, DEFAULT_MODEL
    from pipeline.records import Document
    from pipeline.report import ReportSink, build_report
    from pipeline.screen import Screening

    texts = (
        "Angela Merkel met Boris Johnson in Paris on 9 May.",
        "Angela Merkel met Boris Johnson in Rome on 9 Might.",
    )
    story = [
        Document("s", version, role, f"s/{version}.txt", text=text)
        for version, role, text in zip(("a", "b"), ("reference", "compared"), texts, strict=True)
    ]
    [result] = process_batch(Batch([story], {}), DEFAULT_MODEL, DEFAULT_MAX_CHARS, Screening())
    sink = ReportSink(tmp_path / "report.html")
    sink.add_story(result)
    [(_, _, row, kept)] = sink.kept
    assert kept.reference.facts == [] and kept.compared.facts == [] and kept.reference.parsed.mentions == []
    assert "rows" not in vars(kept.reference)  # no table rows cached on it
    sink.finish([])
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert page == build_report([(row, result.pairs[0])], 1, [result.documents[1]], 1)  # as from the whole pair
    assert "Rome" in page and "9 Might" in page
