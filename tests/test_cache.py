"""The NER cache: re-runs reuse results, edits re-parse only what changed, bad entries are redone."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from pytest import MonkeyPatch

from pipeline import cache
from pipeline.cache import NerCache
from pipeline.options import RunOptions
from pipeline.records import Mention, ParsedDocument
from pipeline.run import run_extract

from .conftest import DATA, read_csv

TEXT = "Angela Merkel met Emmanuel Macron in Paris on 3 June 2015."


def parsed_example() -> ParsedDocument:
    return ParsedDocument("s/v", [(0, len(TEXT))], [Mention("s/v", 0, 0, 13, "PERSON", "Angela Merkel")])


def test_round_trip_and_key_depends_on_model_and_text(tmp_path: Path) -> None:
    cache = NerCache(tmp_path, "model-a")
    cache.put(parsed_example(), TEXT)
    again = cache.get("other/doc", TEXT)
    assert again is not None and again.mentions[0].text == "Angela Merkel" and again.doc_id == "other/doc"
    assert NerCache(tmp_path, "model-b").get("s/v", TEXT) is None  # another model: not reused
    assert cache.get("s/v", TEXT + " More.") is None  # another text: not reused


def test_corrupt_or_forged_entries_are_not_trusted(tmp_path: Path) -> None:
    cache = NerCache(tmp_path, "model-a")
    cache.put(parsed_example(), TEXT)
    entry_path = next(tmp_path.rglob("*.json"))
    entry_path.write_text(entry_path.read_text()[:40])  # truncated
    assert cache.get("s/v", TEXT) is None and cache.rejected == 1
    cache.put(parsed_example(), TEXT)
    entry = json.loads(entry_path.read_text())
    entry["mentions"][0][4] = "Angela Merkelx"  # payload changed, checksum not
    entry_path.write_text(json.dumps(entry))
    assert cache.get("s/v", TEXT) is None and cache.rejected == 2


def test_rerun_uses_the_cache_and_an_edit_reparses_one_document(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    out = tmp_path / "out"
    first = run_extract(RunOptions(data, out, quiet=True))
    assert (first.ner.parsed, first.ner.cached) == (2, 0)
    written = {path.name: path.read_bytes() for path in first.written}
    second = run_extract(RunOptions(data, out, quiet=True))
    assert second.up_to_date and (second.ner.parsed, second.ner.cached) == (0, 0)  # nothing parsed or rewritten
    assert {path.name: path.read_bytes() for path in second.written} == written
    (out / "facts.csv").write_text("tampered", encoding="utf-8")
    repaired = run_extract(RunOptions(data, out, quiet=True))
    assert not repaired.up_to_date and (repaired.ner.parsed, repaired.ner.cached) == (0, 2)  # NER from the cache
    assert (out / "facts.csv").read_bytes() == written["facts.csv"]
    compared = data / "002_eb46de863a2a7b74.txt"
    compared.write_text(compared.read_text(encoding="utf-8").replace("9 Might", "10 May"), encoding="utf-8")
    assert len(list((out / ".cache").glob("*/*.json"))) == 2
    third = run_extract(RunOptions(data, out, quiet=True))
    assert (third.ner.parsed, third.ner.cached) == (1, 1)  # only the edited text was parsed again
    assert len(list((out / ".cache").glob("*/*.json"))) == 3
    diffs = read_csv(out / "fact_diffs.csv")
    assert "2025-05-09 -> 2025-05-10" in set(diffs["change"])


def test_no_cache_writes_nothing(tmp_path: Path) -> None:
    run_extract(RunOptions(DATA, tmp_path, quiet=True, use_cache=False))
    assert not (tmp_path / ".cache").exists()


def test_an_upgraded_factdiff_never_takes_old_outputs_for_its_own(tmp_path: Path, monkeypatch: MonkeyPatch) -> None:
    package = tmp_path / "package"
    shutil.copytree(Path(cache.__file__).parent, package, ignore=shutil.ignore_patterns("__pycache__"))
    before = cache.digest_of_source(package)
    rules = package / "normalize" / "date_rules.py"
    rules.write_text(rules.read_text(encoding="utf-8") + "\n# a rule changed\n", encoding="utf-8")
    assert cache.digest_of_source(package) != before
    out = tmp_path / "out"
    run_extract(RunOptions(DATA, out, quiet=True))
    assert run_extract(RunOptions(DATA, out, quiet=True)).up_to_date
    monkeypatch.setattr(cache, "source_digest", lambda: "the source after an upgrade")
    assert not run_extract(RunOptions(DATA, out, quiet=True)).up_to_date
