"""The command line as a user meets it: exit status, one-line errors, files written."""

from __future__ import annotations

import warnings
from pathlib import Path

from pipeline.ner import DEFAULT_MODEL, load_model

from .conftest import DATA, read_csv, run_cli


def test_model_loads_without_warnings() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        nlp = load_model(DEFAULT_MODEL)
    assert nlp.pipe_names == ["paragraph_breaks", "tok2vec", "senter", "ner", "doc_cleaner"]
    doc = nlp("Min Aung Hlaing met Vladimir Putin in Moscow on 9 May.")
    assert {(e.text, e.label_) for e in doc.ents} >= {("Vladimir Putin", "PERSON"), ("Moscow", "GPE")}


def test_extract_on_sample_corpus(tmp_path: Path) -> None:
    result = run_cli("extract", str(DATA), "--out", str(tmp_path), "--quiet")
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""  # --quiet
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == [
        "documents.csv",
        "fact_diffs.csv",
        "factdiff.xlsx",
        "facts.csv",
        "report.html",
        "summary.csv",
    ]
    assert all(p.stat().st_mode & 0o044 for p in tmp_path.iterdir() if p.is_file())  # readable as usual


def test_bad_documents_exit_1_and_the_rest_is_written(tmp_path: Path) -> None:
    data = tmp_path / "data"
    (data / "story").mkdir(parents=True)
    (data / "story" / "original.txt").write_text("Angela Merkel visited Paris on 3 June 2015.", encoding="utf-8")
    (data / "story" / "copy.txt").write_text("Angela Merkel visited Paris on 4 June 2015.", encoding="utf-8")
    (data / "story" / "broken.txt").write_bytes(b"\x00\x01binary")
    (data / "story" / "latin.txt").write_bytes("Angela Merkel besuchte M\xfcnchen.".encode("latin-1"))
    out = tmp_path / "out"
    result = run_cli("extract", str(data), "--out", str(out), "--reference-date", "2015-06-10")
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(errors) == 2 and all("error" in line for line in errors)
    assert any("broken.txt" in line and "binary" in line for line in errors)
    documents = read_csv(out / "documents.csv").set_index("path")
    assert documents.loc["story/broken.txt", "status"] == "error"
    assert "not valid UTF-8" in documents.loc["story/latin.txt", "error"]
    assert documents.loc["story/copy.txt", "status"] == "ok"
    diffs = read_csv(out / "fact_diffs.csv")
    changed = diffs[diffs["status"] == "changed"]
    assert list(changed["change"]) == ["2015-06-03 -> 2015-06-04"]
    assert "2015-06-04" in result.stdout  # the terminal summary lists the flagged difference


def test_second_run_overwrites_cleanly(tmp_path: Path) -> None:
    for _ in range(2):
        assert run_cli("extract", str(DATA), "--out", str(tmp_path), "-q").returncode == 0
    assert not [p for p in tmp_path.iterdir() if p.is_file() and p.name.startswith(".")]  # no temp files left


def test_missing_folder_is_exit_2_with_one_line(tmp_path: Path) -> None:
    result = run_cli("extract", str(tmp_path / "nope"), "--out", str(tmp_path))
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "data folder not found" in result.stderr


def test_unknown_option_and_bad_date_are_exit_2(tmp_path: Path) -> None:
    for args in (["--frobnicate"], ["--reference-date", "last Tuesday"], ["--workers", "0"]):
        result = run_cli("extract", str(DATA), "--out", str(tmp_path), *args)
        assert result.returncode == 2, args
        assert result.stderr.strip().count("\n") == 0, result.stderr


def test_unknown_model_is_exit_2(tmp_path: Path) -> None:
    result = run_cli("extract", str(DATA), "--out", str(tmp_path), "--model", "no_such_model")
    assert result.returncode == 2
    assert "no_such_model" in result.stderr and result.stderr.strip().count("\n") == 0


def test_readme_documents_every_column() -> None:
    from pipeline.schema import TABLES, markdown_table

    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    assert "make extract" in readme and "make test" in readme
    for table in TABLES.values():
        assert markdown_table(table) in readme  # regenerate with `python -m pipeline.schema`


def test_cache_options(tmp_path: Path) -> None:
    cache = tmp_path / "ner-cache"
    assert run_cli("extract", str(DATA), "--out", str(tmp_path / "o1"), "-q", "--cache-dir", str(cache)).returncode == 0
    assert len(list(cache.rglob("*.json"))) == 2
    assert run_cli("extract", str(DATA), "--out", str(tmp_path / "o2"), "-q", "--no-cache").returncode == 0
    assert not (tmp_path / "o2" / ".cache").exists()


def test_two_workers_give_the_same_facts_as_one(tmp_path: Path) -> None:
    data = tmp_path / "data"
    for number in range(20):  # 40 documents: more than one batch, so the worker pool runs
        story = data / f"story{number:02d}"
        story.mkdir(parents=True)
        (story / "original.txt").write_text(f"Angela Merkel visited Paris on {number + 1} June 2015 with 40 aides.")
        (story / "copy.txt").write_text(f"Angela Merkel visited Paris on {number + 2} June 2015 with forty aides.")
    for workers in ("1", "2"):
        result = run_cli(
            "extract", str(data), "--out", str(tmp_path / workers), "-q", "--no-cache", "--workers", workers
        )
        assert result.returncode == 0, result.stderr
    assert (tmp_path / "1" / "facts.csv").read_bytes() == (tmp_path / "2" / "facts.csv").read_bytes()
    diffs = read_csv(tmp_path / "2" / "fact_diffs.csv")
    assert (diffs["status"] == "changed").sum() == 20  # the day, in every story
