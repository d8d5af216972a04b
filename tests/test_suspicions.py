"""Suspicions through a whole run: a spun copy alone, confirmation against a reference, the
reference proposed for loose files, `--phrases`, and every place a user reads them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from openpyxl import load_workbook

from pipeline.options import RunOptions
from pipeline.run import RunResult, run_extract
from pipeline.schema import SUSPICIONS, columns

from .conftest import COMPARED_DOC, DATA, Invocation, read_csv

SPUN_FILE = DATA / "002_eb46de863a2a7b74.txt"
ORIGINAL_FILE = DATA / "000_c49ac1a8b086b6ac.txt"


def test_the_seed_spun_copy_alone_betrays_itself(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(SPUN_FILE, data / "spun.txt")
    result = run_extract(RunOptions(data, tmp_path / "out", quiet=True, use_cache=False))
    suspicions = read_csv(tmp_path / "out" / "suspicions.csv")
    assert list(suspicions.columns) == columns(SUSPICIONS)
    assert dict(zip(suspicions["text"], suspicions["kind"], strict=True)) == {
        "Minutes": "name_word",
        "Might": "corrupted_date",
        "Wrongdoer": "acronym_mismatch",
    }
    assert set(suspicions["confirmed"]) == {""}  # nothing to confirm without a reference
    assert "ICC" in suspicions.loc[suspicions["text"] == "Wrongdoer", "reason"].item()
    assert (result.suspicions, result.suspected_documents, result.pairs) == (3, 1, 0)
    text = SPUN_FILE.read_text(encoding="utf-8")
    for row in suspicions.itertuples():
        assert text[int(row.start) : int(row.end)] == row.text  # offsets index the document


def test_a_flagged_difference_confirms_the_suspicion_it_sits_on(seed_run: RunResult) -> None:
    out = seed_run.written[0].parent
    suspicions = read_csv(out / "suspicions.csv")
    assert set(suspicions["doc_id"]) == {COMPARED_DOC}  # the original raises none
    assert set(suspicions["confirmed"]) == {"yes"}
    diffs = read_csv(out / "fact_diffs.csv")
    suspected = diffs[diffs["suspicion"] != ""]
    assert dict(zip(suspected["reference_text"], suspected["suspicion"], strict=True)) == {
        "Min Aung Hlaing": "name_word",
        "9 May": "corrupted_date",
        "International Criminal Court": "acronym_mismatch",
    }
    documents = read_csv(out / "documents.csv").set_index("doc_id")
    assert documents.loc[COMPARED_DOC, "suspicions"] == "3"
    summary = read_csv(out / "summary.csv").iloc[0]
    assert (summary["reference_suspicions"], summary["compared_suspicions"]) == ("0", "3")
    assert float(documents.loc[COMPARED_DOC, "suspicions_per_1000_words"]) > 3


def test_loose_files_propose_the_least_suspect_version_as_reference(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(SPUN_FILE, data / "a-copy.txt")  # first by name: the reference were it not for the screen
    shutil.copy(ORIGINAL_FILE, data / "b-copy.txt")
    run_extract(RunOptions(data, tmp_path / "out", quiet=True, use_cache=False))
    documents = read_csv(tmp_path / "out" / "documents.csv").set_index("version")
    assert documents.loc["b-copy", "role"] == "reference"
    assert "fewest suspicions of spin" in documents.loc["b-copy", "note"]
    assert documents.loc["a-copy", "role"] == "compared"


def test_a_manifest_reference_is_never_overruled(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    manifest = (data / "manifest.csv").read_text(encoding="utf-8")
    (data / "manifest.csv").write_text(
        manifest.replace("reference", "X").replace("compared", "reference").replace("X", "compared"), encoding="utf-8"
    )
    run_extract(RunOptions(data, tmp_path / "out", quiet=True, use_cache=False))
    documents = read_csv(tmp_path / "out" / "documents.csv").set_index("doc_id")
    assert documents.loc[COMPARED_DOC, "role"] == "reference"
    assert "suspicions" not in documents.loc[COMPARED_DOC, "note"]


def _phrases(folder: Path) -> Path:
    folder.mkdir()
    entries = {"phrases": [{"tortured": "counterfeit consciousness", "correct": "artificial intelligence"}]}
    (folder / "phrases.json").write_text(json.dumps(entries), encoding="utf-8")
    return folder


def test_phrases_option_screens_for_tortured_phrases(tmp_path: Path, factdiff) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    data.mkdir()
    (data / "story.txt").write_text("Google said counterfeit consciousness will change search.", encoding="utf-8")
    run: Invocation = factdiff(
        "extract", str(data), "--out", str(tmp_path / "out"), "--phrases", str(_phrases(tmp_path / "pps"))
    )
    assert run.code == 0, run.stderr
    assert "suspicions (in 1 document" in run.stdout
    rows = read_csv(tmp_path / "out" / "suspicions.csv")
    assert list(zip(rows["text"], rows["kind"], strict=True)) == [("counterfeit consciousness", "tortured_phrase")]


def test_a_missing_or_unreadable_phrase_list_is_exit_2(tmp_path: Path, factdiff) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    for phrases in (tmp_path / "missing.json", bad):
        run = factdiff("extract", str(DATA), "--out", str(tmp_path / "out"), "--phrases", str(phrases))
        assert run.code == 2 and len(run.stderr.strip().splitlines()) == 1
        assert "--phrases" in run.stderr
    assert not (tmp_path / "out" / "suspicions.csv").exists()


def test_the_report_and_workbook_show_suspicions(seed_run: RunResult) -> None:
    out = seed_run.written[0].parent
    page = (out / "report.html").read_text(encoding="utf-8")
    assert f"Suspicions in {COMPARED_DOC} (3)" in page
    assert '<span class="suspect">Wrongdoer</span>' in page  # marked in its sentence
    assert "suspected: acronym_mismatch" in page  # beside the flagged difference
    sheet = load_workbook(out / "factdiff.xlsx")["Suspicions"]
    assert [c.value for c in sheet[1]] == columns(SUSPICIONS)
    assert sorted(row[6] for row in sheet.iter_rows(min_row=2, values_only=True)) == ["Might", "Minutes", "Wrongdoer"]


def test_an_edited_phrase_list_makes_the_outputs_stale(tmp_path: Path) -> None:
    folder = _phrases(tmp_path / "pps")
    options = RunOptions(DATA, tmp_path / "out", quiet=True, phrases=(folder,))
    assert not run_extract(options).up_to_date
    assert run_extract(options).up_to_date
    (folder / "phrases.json").write_text('{"phrases": []}', encoding="utf-8")
    assert not run_extract(options).up_to_date
