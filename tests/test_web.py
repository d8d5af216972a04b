"""Saved web pages and WARC crawls: the seed pair as two pages of different sites, bad web input."""

from __future__ import annotations

import gzip
from pathlib import Path

import pandas as pd
import pytest

from pipeline.options import RunOptions
from pipeline.run import RunResult, run_extract
from pipeline.web import decode_html, page_date, version_from_url

from .conftest import SEED_CHANGES, read_csv
from .pages import UNRELATED, article_page, seed_pages, write_warc

BENIGN = [("six", "6"), ("40 per cent", "40 percent"), ("World War Two", "World War 2"), ("fourth", "4th")]
BOILERPLATE = ["Merkel", "Macron", "Berlin", "Jane Smith", "Fleet Street", "1901", "Kardashian", "Dubai", "Manila"]
FLAGGED = {"changed", "missing", "added"}


def run(data: Path, out: Path, **options: object) -> tuple[RunResult, dict[str, pd.DataFrame]]:
    result = run_extract(RunOptions(data, out, quiet=True, use_cache=False, **options))  # type: ignore[arg-type]
    tables = {name: read_csv(out / f"{name}.csv") for name in ("documents", "facts", "fact_diffs", "summary")}
    return result, tables


def assert_seed_story(tables: dict[str, pd.DataFrame], out: Path) -> None:
    documents, diffs = tables["documents"], tables["fact_diffs"]
    story = documents[documents["title"].str.startswith("Putin")]
    assert story["story"].nunique() == 1 and len(story) == 2  # the two seed pages are one story
    reference = story[story["role"] == "reference"].iloc[0]
    assert reference["published"] == "2025-03-04" and reference["published_source"] == "page"
    assert "earliest published" in reference["note"]
    assert len(documents[documents["story"] != story["story"].iloc[0]]) == 1  # the unrelated page alone
    for before, after in SEED_CHANGES:
        rows = diffs[(diffs["reference_text"] == before) & diffs["compared_text"].str.startswith(after)]
        assert len(rows) >= 1 and set(rows["status"]) <= FLAGGED, (before, after)
    for before, after in BENIGN:
        rows = diffs[
            (diffs["reference_text"].str.lower() == before.lower())
            & (diffs["compared_text"].str.lower() == after.lower())
        ]
        assert len(rows) >= 1 and set(rows["status"]) <= {"unchanged", "reworded"}, (before, after)
    flagged = diffs[diffs["status"].isin(FLAGGED)]
    flagged_text = " ".join(flagged["reference_text"]) + " " + " ".join(flagged["compared_text"])
    assert not [word for word in BOILERPLATE if word in flagged_text]  # nothing from the page templates
    for _, document in documents.iterrows():  # every offset indexes the text written beside the outputs
        text = (out / document["text_path"]).read_text(encoding="utf-8")
        assert len(text) == int(document["chars"])
        facts = tables["facts"][tables["facts"]["doc_id"] == document["doc_id"]]
        assert all(text[int(f["start"]) : int(f["end"])] == f["text"] for _, f in facts.iterrows())


def test_seed_pair_as_two_saved_pages(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    for name, page in seed_pages().items():
        (data / name).write_text(page, encoding="utf-8")
    _, tables = run(data, tmp_path / "out")
    assert_seed_story(tables, tmp_path / "out")
    assert set(tables["documents"]["title"]) >= {"Putin welcomes Myanmar junta leader"}


def test_seed_pair_inside_one_warc_file(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    write_warc(data / "crawl.warc.gz", seed_pages())
    result, tables = run(data, tmp_path / "out")
    assert_seed_story(tables, tmp_path / "out")
    documents = tables["documents"]
    assert set(documents["path"]) == {"crawl.warc.gz"}
    assert all(documents["url"].str.startswith("https://site")) and all(documents["captured"] != "")
    assert result.skipped_records == 4  # three requests and an image


def test_a_damaged_warc_keeps_the_pages_before_the_damage(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    whole = tmp_path / "whole.warc.gz"
    write_warc(whole, seed_pages(), extra_records=False)
    raw = whole.read_bytes()
    (data / "cut.warc.gz").write_bytes(raw[: int(len(raw) * 0.8)])  # the last record is cut short
    (data / "noise.warc.gz").write_bytes(raw[:200] + b"\x00garbage" * 50)
    _, tables = run(data, tmp_path / "out")
    kept = tables["documents"][(tables["documents"]["path"] == "cut.warc.gz") & (tables["documents"]["status"] == "ok")]
    assert len(kept) == 1  # the first page; the second is cut short and not half-read
    errors = tables["documents"][tables["documents"]["status"] == "error"]
    assert len(errors) == 2
    assert all("truncated or corrupt WARC near byte" in error for error in errors["error"])
    damaged = errors.set_index("path").loc["cut.warc.gz", "error"]
    assert "the HTML record before it kept" in damaged and "starting at byte 2,9" in damaged


def test_a_warc_without_html_pages_is_one_error_row(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    write_warc(data / "images.warc.gz", {}, extra_records=True)
    (data / "page.html").write_text(seed_pages()["council.html"], encoding="utf-8")
    result, tables = run(data, tmp_path / "out")
    row = tables["documents"].set_index("path").loc["images.warc.gz"]
    assert row["status"] == "error" and "no HTML response records" in row["error"]
    assert result.failed and tables["documents"].set_index("path").loc["page.html", "status"] == "ok"


def test_bad_pages_are_error_rows_in_words(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "empty-article.html").write_text(
        "<html><head><title>Gallery</title></head><body><nav><a href='/'>Home</a></nav>"
        "<p>Photo: Reuters</p></body></html>",
        encoding="utf-8",
    )
    (data / "long.html").write_text(article_page(UNRELATED * 5, "daily", "Long", "2025-01-01", "https://x.example/l"))
    (data / "fine.html").write_text(seed_pages()["council.html"], encoding="utf-8")
    _, tables = run(data, tmp_path / "out", max_chars=1500)
    documents = tables["documents"].set_index("path")
    assert "no article text found" in documents.loc["empty-article.html", "error"]
    assert "over --max-chars 1,500" in documents.loc["long.html", "error"]
    assert documents.loc["fine.html", "status"] == "ok"


@pytest.mark.parametrize("declared", [True, False])
def test_a_legacy_encoded_page_reads_right(tmp_path: Path, declared: bool) -> None:
    body = UNRELATED.replace("Mayor Linda Carter", "Mayor Zoë Müller-Brontë")
    page = article_page(body, "farm", "Café budget", "2025-02-11", "https://x.example/b")
    if not declared:
        page = page.replace('<meta charset="utf-8">', "")
    data = tmp_path / "data"
    data.mkdir()
    (data / "latin.html").write_bytes(page.replace("utf-8", "windows-1252").encode("cp1252"))
    _, tables = run(data, tmp_path / "out")
    assert tables["documents"]["status"].tolist() == ["ok"]
    assert "Zoë Müller-Brontë" in set(tables["facts"]["text"]) | set(" ".join(tables["facts"]["context"]).split(", "))
    assert decode_html("Zoë".encode("cp1252") + b" <p>x</p>" * 40).startswith("Zoë")


def test_page_dates_from_article_metadata() -> None:
    jsonld = '<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", "datePublished": "2021-05-02"}]}'
    assert str(page_date(jsonld + "</script><p>Updated 2023-01-01</p>")) == "2021-05-02"
    meta = '<meta property="article:published_time" content="2019-11-30T10:00:00Z">'
    assert str(page_date(f"<html><head>{meta}</head><body>x</body></html>")) == "2019-11-30"
    assert (
        version_from_url("https://www.example.com/news/2025/03/a b?.html", "x")
        == "www.example.com-news-2025-03-a-b-.html"
    )


def test_the_data_folder_is_a_boundary(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("Top secret: Ursula Grimsby met Bartholomew Quince in Reykjavik on 1 April.", encoding="utf-8")
    data = tmp_path / "data"
    (data / "story").mkdir(parents=True)
    (data / "story" / "original.txt").write_text("Angela Merkel visited Paris on 3 June 2015.", encoding="utf-8")
    (data / "story" / "linked.txt").symlink_to(secret)
    (data / "loose-link.txt").symlink_to(secret)
    _, tables = run(data, tmp_path / "out")
    errors = tables["documents"][tables["documents"]["status"] == "error"]
    assert len(errors) == 2 and all("outside the data folder" in error for error in errors["error"])
    manifest_data = tmp_path / "manifested"
    manifest_data.mkdir()
    (manifest_data / "a.txt").write_text("Angela Merkel visited Paris on 3 June 2015.", encoding="utf-8")
    (manifest_data / "manifest.csv").write_text(
        "path,story,version,role,published\na.txt,s,a,reference,\n../secret.txt,s,b,compared,\n"
        f"{secret},s,c,compared,\n",
        encoding="utf-8",
    )
    _, manifested = run(manifest_data, tmp_path / "out2")
    errors = manifested["documents"][manifested["documents"]["status"] == "error"]
    assert len(errors) == 2 and all("outside the data folder" in error for error in errors["error"])
    for out in (tmp_path / "out", tmp_path / "out2"):
        for path in out.rglob("*"):
            if path.is_file() and path.suffix in (".csv", ".html", ".txt"):
                assert "Grimsby" not in path.read_text(encoding="utf-8-sig"), path


def test_a_manifest_may_name_pages_and_its_date_wins(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    for name, page in seed_pages().items():
        (data / name).write_text(page, encoding="utf-8")
    (data / "manifest.csv").write_text(
        "path,story,version,role,published\ndaily-example.html,seed,original,reference,2025-03-01\n"
        "newsfarm.html,seed,spun,compared,\n",
        encoding="utf-8",
    )
    _, tables = run(data, tmp_path / "out")
    documents = tables["documents"].set_index("version")
    assert documents.loc["original", ["published", "published_source"]].tolist() == ["2025-03-01", "manifest"]
    assert documents.loc["spun", ["published", "published_source"]].tolist() == ["2025-03-06", "page"]
    assert (tables["fact_diffs"]["status"] == "changed").sum() >= 6


def test_gzip_is_not_mistaken_for_a_page(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "zipped.html").write_bytes(gzip.compress(b"<html>" + b"x" * 500))
    _, tables = run(data, tmp_path / "out")
    assert tables["documents"]["status"].tolist() == ["error"]


def test_pages_extracted_in_two_processes_give_the_same_outputs(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    write_warc(data / "crawl.warc.gz", seed_pages())
    for name, page in seed_pages().items():
        (data / name).write_text(page, encoding="utf-8")
    for workers in (1, 2):
        run(data, tmp_path / str(workers), workers=workers)
    for name in ("documents.csv", "facts.csv", "fact_diffs.csv"):
        assert (tmp_path / "1" / name).read_bytes() == (tmp_path / "2" / name).read_bytes()
