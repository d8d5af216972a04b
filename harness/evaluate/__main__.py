"""`make eval`: score factdiff on the real data in ../shared, print a table, write eval.json.

Development sets (tune on these): MEANTIME corpus_airbus + corpus_apple, the spun pairs of
eval-dev, CoNLL-2003, IteraTeR, copietje. Test sets (report only, never tune): MEANTIME
corpus_gm + corpus_stock and TempEval-3 platinum.

    python -m harness.evaluate [--data ../shared] [--out outputs/eval.json] [--skip-conll]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from harness.evaluate import conll, pairs, selfspun, suspicions, values, web
from harness.evaluate.corpora import DEV_CORPORA, TEST_CORPORA, DataRoot, meantime_documents, tempeval_documents
from pipeline.export import atomic_write
from pipeline.ner import DEFAULT_MODEL, load_model

TARGETS = {
    "dates": "exact >= 0.90 (test)",
    "amounts": "well-formed >= 0.90 (test)",
    "spun": "recall >= 0.90, precision >= 0.90, benign <= 0.05",
    "iterater": "untouched <= 0.05",
    "copietje": "<= 0.5 flags per format-only pair",
    "web_pages": "with kept >= 0.95, without dropped >= 0.90, dated right >= 0.93",
    "suspicions": "name_part+month covered >= 0.6, on a gold change >= 0.7, <= 0.2 per unspun article",
}


def evaluate(data: DataRoot, skip_conll: bool = False) -> dict[str, object]:
    nlp = load_model(DEFAULT_MODEL)
    results: dict[str, object] = {"model": DEFAULT_MODEL}
    timed: dict[str, float] = {}

    def measure(name: str, job: object) -> None:
        started = time.perf_counter()
        results[name] = job()  # type: ignore[operator]
        timed[name] = round(time.perf_counter() - started, 1)

    dev, test = meantime_documents(data.meantime, DEV_CORPORA), meantime_documents(data.meantime, TEST_CORPORA)
    tempeval = tempeval_documents(data.tempeval)
    if not skip_conll:
        measure("conll2003", lambda: conll.score(DEFAULT_MODEL, data.conll_test))
    measure("dates_dev_meantime", lambda: values.score_dates(nlp, dev).as_dict())
    measure("dates_test_meantime", lambda: values.score_dates(nlp, test).as_dict(examples=False))
    measure("dates_test_tempeval3", lambda: values.score_dates(nlp, tempeval).as_dict(examples=False))
    measure("amounts_dev_meantime", lambda: values.score_amounts(nlp, dev).as_dict())
    measure("amounts_test_meantime", lambda: values.score_amounts(nlp, test).as_dict(examples=False))
    measure("spun_dev", lambda: pairs.score_spun(data.spun_dev))
    measure("iterater_news", lambda: pairs.score_iterater(data.iterater))
    measure("copietje", lambda: pairs.score_copietje(data.copietje))
    measure("self_spun", lambda: selfspun.score_self_spun(selfspun.iterater_texts(data.iterater), nlp))
    measure("web_pages", lambda: web.score_web_pages(data.web_pages))
    measure("suspicions_spun_dev", lambda: suspicions.score_spun_alone(data.spun_dev, data.tortured_phrases))
    measure(
        "suspicions_real_texts",
        lambda: suspicions.score_real_texts(data.iterater, data.copietje, data.tortured_phrases),
    )
    measure(
        "suspicions_test_meantime",
        lambda: suspicions.score_articles([(d.text, d.creation_date) for d in test], data.tortured_phrases),
    )
    results["seconds"] = timed
    return results


def print_table(results: dict[str, object], console: Console) -> None:
    table = Table(title="factdiff evaluation", title_justify="left")
    for column in ("set", "split", "measure", "value"):
        table.add_column(column)
    if "conll2003" in results:
        c = results["conll2003"]
        table.add_row(
            "CoNLL-2003 test", "dev", "NER F1 / P / R", f"{c['f1']:.3f} / {c['precision']:.3f} / {c['recall']:.3f}"
        )
    value_rows = (
        ("dates_dev_meantime", "MEANTIME airbus+apple", "dev", "DATE values exact (of found)"),
        ("dates_test_meantime", "MEANTIME gm+stock", "test", "DATE values exact (of found)"),
        ("dates_test_tempeval3", "TempEval-3 platinum", "test", "DATE values exact (of found)"),
        ("amounts_dev_meantime", "MEANTIME airbus+apple", "dev", "VALUE well-formed (of found)"),
        ("amounts_test_meantime", "MEANTIME gm+stock", "test", "VALUE well-formed (of found)"),
    )
    for key, name, split, measure in value_rows:
        r = results[key]
        found = f"{r['exact']}/{r['found']} = {r['exact_of_found']:.3f}  (found {r['found']}/{r['gold']})"
        table.add_row(name, split, measure, found)
    s = results["spun_dev"]
    table.add_row(
        "spun pairs",
        "dev",
        "recall / precision / benign flagged",
        f"{s['recall']:.3f} / {s['precision']:.3f} / {s['benign_flagged']:.3f}",
    )
    table.add_row("", "", "recall per category", ", ".join(f"{k} {v:.2f}" for k, v in s["recall_per_category"].items()))
    per_class = s.get("benign_flagged_per_class", {})
    table.add_row("", "", "benign flagged per class", ", ".join(f"{k} {v:.2f}" for k, v in per_class.items()))
    i = results["iterater_news"]
    table.add_row(
        "IteraTeR Wikinews",
        "dev",
        "flags/doc, share on untouched text",
        f"{i['flags_per_document']:.2f}, {i['share_on_untouched_text']:.3f}",
    )
    table.add_row(
        "",
        "",
        "meaning-changed fact edits found",
        f"{i['meaning_changed_fact_edits_found']:.3f} of {i['meaning_changed_fact_edits']}",
    )
    table.add_row(
        "",
        "",
        "  of them bringing or dropping a fact word",
        f"{i['fact_bringing_edits_found']:.3f} of {i['fact_bringing_edits']}",
    )
    c = results["copietje"]
    table.add_row(
        "copietje",
        "dev",
        "flags per pair (format-only / all)",
        f"{c['flags_per_format_only_pair']:.2f} / {c['flags_per_pair']:.2f}",
    )
    o = results["self_spun"]
    table.add_row(
        f"IteraTeR spun here ({o['pairs']})",
        "dev",
        "benign / format-only flags per pair; recall / precision of changes",
        f"{o['benign_flags_per_pair']:.3f} / {o['format_only_flags_per_pair']:.3f}; "
        f"{o['recall']:.3f} / {o['precision']:.3f} of {o['changes']}",
    )
    w = results["web_pages"]
    table.add_row(
        "web pages (166)",
        "dev",
        "with kept / without dropped / dated right",
        f"{w['with_kept']:.3f} / {w['without_dropped']:.3f} / {w['dated_right']:.3f} ({w['pages_per_second']} pages/s)",
    )
    s = results["suspicions_spun_dev"]
    table.add_row(
        "suspicions, spun copies alone",
        "dev",
        "name_part+month covered / on a gold change",
        f"{s['covered']:.3f} ({', '.join(f'{k} {v}' for k, v in s['covered_per_category'].items())}) / "
        f"{s['on_gold_change']:.3f} of {s['suspicions']}",
    )
    table.add_row("", "", "per detector (on a gold change / found)", _kinds(s["per_detector"]))
    table.add_row("suspicions, originals alone", "dev", "per article", f"{s['per_original']:.3f}")
    r = results["suspicions_real_texts"]
    table.add_row(
        "suspicions, IteraTeR / copietje",
        "dev",
        "per article",
        f"{r['iterater_per_article']:.3f} ({_kinds(r['iterater_per_detector'])}) / {r['copietje_per_article']:.3f}",
    )
    m = results["suspicions_test_meantime"]
    table.add_row("suspicions, MEANTIME gm+stock", "test", "per article (report only)", f"{m['per_article']:.3f}")
    console.print(table)


def _kinds(counts: dict[str, object]) -> str:
    return ", ".join(f"{kind} {count}" for kind, count in counts.items()) or "none"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DataRoot().root, help="the shared data folder")
    parser.add_argument("--out", type=Path, default=Path("outputs/eval.json"))
    parser.add_argument("--skip-conll", action="store_true", help="leave out the CoNLL-2003 NER run")
    args = parser.parse_args()
    console = Console()
    data = DataRoot(args.data)
    if not data.available():
        console.print(f"eval skipped: {data.root} (eval-data, eval-dev) is not there")
        return
    results = evaluate(data, args.skip_conll)
    atomic_write(args.out, lambda stream: json.dump(results, stream, indent=1))
    print_table(results, console)
    console.print(f"wrote {args.out}")


if __name__ == "__main__":
    sys.exit(main())
