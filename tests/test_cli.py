"""The command line as a user meets it: exit status, one-line errors, files written, what it prints."""

from __future__ import annotations

import subprocess
import sys
import warnings
from collections.abc import Callable
from pathlib import Path

import pytest
import spacy
from spacy.training import Example

from pipeline import __version__, local, ner
from pipeline.ner import DEFAULT_MODEL, load_model

from .conftest import DATA, Invocation, read_csv

Factdiff = Callable[..., Invocation]
OUTPUT_FILES = [
    "documents.csv",
    "fact_diffs.csv",
    "factdiff.xlsx",
    "facts.csv",
    "report.html",
    "summary.csv",
    "suspicions.csv",
]


def test_model_loads_without_warnings() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        nlp = load_model(DEFAULT_MODEL)
    assert nlp.pipe_names == ["paragraph_breaks", "senter", "ner", "doc_cleaner"]
    doc = nlp("Min Aung Hlaing met Vladimir Putin in Moscow on 9 May.")
    assert {(e.text, e.label_) for e in doc.ents} >= {("Vladimir Putin", "PERSON"), ("Moscow", "GPE")}


def test_a_shared_embedding_layer_is_kept_only_while_a_component_listens_to_it() -> None:
    """The small model's tok2vec feeds only the tagger and parser, which facts do not need; a
    pipeline whose components read a shared tok2vec keeps it."""
    nlp = spacy.blank("en")
    tok2vec = nlp.add_pipe("tok2vec")
    assert ner._nobody_listens(tok2vec)
    listener = {"@architectures": "spacy.Tok2VecListener.v1", "width": 96, "upstream": "*"}
    nlp.add_pipe("tagger", config={"model": {"@architectures": "spacy.Tagger.v2", "tok2vec": listener}})
    nlp.initialize(lambda: [Example.from_dict(nlp.make_doc("a b"), {"tags": ["X", "Y"]})])
    assert not ner._nobody_listens(tok2vec)
    assert not ner._nobody_listens(nlp.get_pipe("tagger"))


def test_console_script_on_sample_corpus(tmp_path: Path) -> None:
    """The one subprocess: the installed `factdiff` script, as a user runs it."""
    script = Path(sys.executable).parent / "factdiff"
    result = subprocess.run(
        [str(script), "extract", str(DATA), "--out", str(tmp_path), "--quiet"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""  # --quiet
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == OUTPUT_FILES
    assert all(p.stat().st_mode & 0o044 for p in tmp_path.iterdir() if p.is_file())  # readable as usual


def test_version_and_help_load_no_spacy() -> None:
    probe = (
        "import sys\nfrom pipeline.cli import main\n"
        "for argv in (['--version'], ['--help'], ['extract', '--help']):\n"
        "    try:\n        main(argv)\n    except SystemExit as e:\n        assert e.code == 0, (argv, e.code)\n"
        "print(sorted(m for m in ('spacy', 'pandas', 'thinc') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert f"factdiff {__version__}" in result.stdout
    assert result.stdout.strip().endswith("[]")  # nothing heavy was imported


def test_version(factdiff: Factdiff) -> None:
    result = factdiff("--version")
    assert (result.code, result.stdout.strip()) == (0, f"factdiff {__version__}")


def test_bad_documents_exit_1_and_the_rest_is_written(tmp_path: Path, factdiff: Factdiff) -> None:
    data = tmp_path / "data"
    (data / "story").mkdir(parents=True)
    (data / "story" / "original.txt").write_text("Angela Merkel visited Paris on 3 June 2015.", encoding="utf-8")
    (data / "story" / "copy.txt").write_text("Angela Merkel visited Paris on 4 June 2015.", encoding="utf-8")
    (data / "story" / "broken.txt").write_bytes(b"\x00\x01binary")
    (data / "story" / "latin.txt").write_bytes("Angela Merkel besuchte M\xfcnchen.".encode("latin-1"))
    out = tmp_path / "out"
    result = factdiff("extract", str(data), "--out", str(out), "--reference-date", "2015-06-10")
    assert result.code == 1
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


def test_second_run_overwrites_cleanly_and_says_it_is_up_to_date(tmp_path: Path, factdiff: Factdiff) -> None:
    assert factdiff("extract", str(DATA), "--out", str(tmp_path)).code == 0
    again = factdiff("extract", str(DATA), "--out", str(tmp_path))
    assert again.code == 0
    lines = [line for line in again.stdout.splitlines() if line.strip()]
    assert lines[0].startswith("up to date") and len(lines) == 2  # that line, and the time taken
    assert not [p for p in tmp_path.iterdir() if p.is_file() and p.name.startswith(".")]  # no temp files left


def test_the_terminal_shows_the_most_severe_flags_and_points_to_the_report(tmp_path: Path, factdiff: Factdiff) -> None:
    data = tmp_path / "data"
    for number in range(12):  # 12 stories, 2 changed facts each: 24 flags, more than a screen
        story = data / f"story{number:02d}"
        story.mkdir(parents=True)
        (story / "original.txt").write_text(f"Angela Merkel met 40 aides in Paris on {number + 1} June 2015.")
        (story / "copy.txt").write_text(f"Angela Merkel met 41 aides in Paris on {number + 2} June 2015.")
    result = factdiff("extract", str(data), "--out", str(tmp_path / "out"), "--no-cache")
    flag_lines = [line for line in result.stdout.splitlines() if line.startswith("  high")]
    assert len(flag_lines) == 20
    assert "4 more flagged differences in" in result.stdout and "report.html" in result.stdout


def test_missing_folder_is_exit_2_with_one_line(tmp_path: Path, factdiff: Factdiff) -> None:
    result = factdiff("extract", str(tmp_path / "nope"), "--out", str(tmp_path))
    assert result.code == 2
    assert result.stderr.strip().count("\n") == 0 and "data folder not found" in result.stderr


@pytest.mark.parametrize("args", [["--frobnicate"], ["--reference-date", "last Tuesday"], ["--workers", "0"]])
def test_unknown_option_and_bad_values_are_exit_2(tmp_path: Path, factdiff: Factdiff, args: list[str]) -> None:
    result = factdiff("extract", str(DATA), "--out", str(tmp_path), *args)
    assert result.code == 2, args
    assert result.stderr.strip().count("\n") == 0, result.stderr


def test_unknown_model_is_exit_2(tmp_path: Path, factdiff: Factdiff) -> None:
    result = factdiff("extract", str(DATA), "--out", str(tmp_path), "--model", "no_such_model")
    assert result.code == 2
    assert "no_such_model" in result.stderr and result.stderr.strip().count("\n") == 0


def test_readme_documents_every_column() -> None:
    from pipeline.schema import TABLES, markdown_table

    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    assert "make extract" in readme and "make test" in readme
    for table in TABLES.values():
        assert markdown_table(table) in readme  # regenerate with `python -m pipeline.schema`


def test_cache_options(tmp_path: Path, factdiff: Factdiff) -> None:
    cache = tmp_path / "ner-cache"
    assert factdiff("extract", str(DATA), "--out", str(tmp_path / "o1"), "-q", "--cache-dir", str(cache)).code == 0
    assert len(list(cache.rglob("*.json"))) == 2
    assert factdiff("extract", str(DATA), "--out", str(tmp_path / "o2"), "-q", "--no-cache").code == 0
    assert not (tmp_path / "o2" / ".cache").exists()


def test_two_workers_run_the_pool_and_give_the_same_outputs_as_one(
    tmp_path: Path, factdiff: Factdiff, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    for number in range(6):
        story = data / f"story{number:02d}"
        story.mkdir(parents=True)
        (story / "original.txt").write_text(
            f"Angela Merkel visited Paris on {number + 1} June 2015 with 40 aides. Steve Jobs came too."
        )
        (story / "copy.txt").write_text(
            f"Angela Merkel visited Paris on {number + 2} June 2015 with forty aides. She met the World Wealth "
            "Organization there; WHO staff agreed." + (" Steve Businesses came too." if number < 2 else "")
        )  # suspicions, screened in the pool
    pools: list[int] = []
    in_pool = local._in_pool

    def counted(*args: object, **kwargs: object) -> object:
        pools.append(1)
        return in_pool(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(local, "_in_pool", counted)
    monkeypatch.setattr(local, "POOL_MIN_DOCUMENTS", 4)  # 12 documents: the pool runs
    for workers in ("1", "2"):
        out = str(tmp_path / workers)
        result = factdiff("extract", str(data), "--out", out, "-q", "--no-cache", "--workers", workers)
        assert result.code == 0, result.stderr
    assert len(pools) == 1  # one process for --workers 1, the pool for --workers 2
    for name in ("facts.csv", "fact_diffs.csv", "summary.csv", "documents.csv", "suspicions.csv"):
        assert (tmp_path / "1" / name).read_bytes() == (tmp_path / "2" / name).read_bytes()
    # `Businesses` is known to be spun only from the names the run's other documents write
    assert list(read_csv(tmp_path / "2" / "suspicions.csv")["text"]) == ["Wealth", "Businesses"] * 2 + ["Wealth"] * 4
    diffs = read_csv(tmp_path / "2" / "fact_diffs.csv")
    assert (diffs["status"] == "changed").sum() == 8  # the day, in every story; the name, in two


def test_a_story_factdiff_fails_on_is_error_rows_and_the_others_are_written(
    tmp_path: Path, factdiff: Factdiff, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A fault of factdiff's in one story (here forced) costs only that story, and says so."""
    from pipeline import story as story_stage

    def compare_or_fail(ref: object, cmp: object, alignment: object = None) -> list[object]:
        if "Lyon" in ref.document.text:  # type: ignore[attr-defined]
            raise ValueError("day is out of range for month")
        return real_compare(ref, cmp, alignment)

    real_compare = story_stage.compare_pair
    monkeypatch.setattr(story_stage, "compare_pair", compare_or_fail)
    data = tmp_path / "data"
    for story, city in (("good", "Paris"), ("bad", "Lyon")):
        (data / story).mkdir(parents=True)
        (data / story / "original.txt").write_text(f"Angela Merkel visited {city} on 3 June 2015.", encoding="utf-8")
        (data / story / "copy.txt").write_text(f"Angela Merkel visited {city} on 4 June 2015.", encoding="utf-8")
    out = tmp_path / "out"
    result = factdiff("extract", str(data), "--out", str(out), "--reference-date", "2015-06-10", "--no-cache")
    assert result.code == 1
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(errors) == 2 and all("bad/" in line and "out of range" in line for line in errors)
    documents = read_csv(out / "documents.csv").set_index("path")
    assert list(documents.loc[["bad/original.txt", "bad/copy.txt"], "status"]) == ["error", "error"]
    assert "factdiff failed on this story" in documents.loc["bad/copy.txt", "error"]
    diffs = read_csv(out / "fact_diffs.csv")
    assert set(diffs["story"]) == {"good"} and "2015-06-03 -> 2015-06-04" in set(diffs["change"])


def test_the_terminal_never_passes_on_an_article_s_control_characters(tmp_path: Path, factdiff: Factdiff) -> None:
    """An escape sequence in an article (here one that would retitle the terminal) is shown as
    a space: the terminal must not act on the text it shows."""
    data = tmp_path / "data"
    (data / "story").mkdir(parents=True)
    (data / "story" / "original.txt").write_text(
        "Angela Merkel visited Paris\x1b]0;pwned\x07 on 3 June 2015.\n\nPolice said \x1b[31mtwo\x1b[0m men fled.",
        encoding="utf-8",
    )
    (data / "story" / "copy.txt").write_text("Angela Merkel visited Lyon on 3 June 2015.", encoding="utf-8")
    result = factdiff("extract", str(data), "--out", str(tmp_path / "out"), "--reference-date", "2015-06-10")
    assert "Lyon" in result.stdout and "two" in result.stdout  # the flags are shown
    assert not any(code in result.stdout for code in ("\x1b", "\x07"))
