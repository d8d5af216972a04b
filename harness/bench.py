"""`make bench`: factdiff's throughput against bare spaCy `nlp.pipe`, measured in one run.

For each corpus size N (story pairs built from ../shared/eval-dev, replicated with distinct
ids), each measurement runs in a fresh subprocess so that its peak RSS is its own:
- bare: importing spaCy, loading the model and `nlp.pipe` over the same texts, same model,
  same components, same batch size (the texts read beforehand);
- factdiff: `run_extract` end to end (no cache, spaCy imported inside it), with the time of
  every stage;
both with --workers 1 and 2, each with its wall time and its CPU time (children's included:
with one worker, factdiff's NER runs in a helper process beside the one that compares).
Then the incremental case: a cold run with a cache, a re-run
on the unchanged corpus, and a re-run after editing one file. Writes outputs/bench.json.

    python -m harness.bench [--sizes 50 500 5000] [--workers 1 2] [--out outputs/bench.json]
"""

from __future__ import annotations

import argparse
import json
import math
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from harness.bench_corpus import build_corpus
from harness.evaluate.corpora import DataRoot
from pipeline.export import atomic_write


def _peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return round(max(own, children) / 1024, 1)  # Linux reports kilobytes


def _cpu_seconds() -> float:
    """CPU time of this process and of the children it has waited for (a pool's, a helper's,
    spaCy's own `n_process`): what a run costs in cores, beside its wall time."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def measure_bare(corpus: Path, workers: int) -> dict[str, object]:
    from pipeline import ingest

    documents = [d for d in ingest.load(corpus) if d.ok]
    started, cpu = time.perf_counter(), _cpu_seconds()
    from pipeline import ner  # importing spaCy is part of bare spaCy's cost, as it is of factdiff's

    nlp = ner.load_model()
    entities = sum(
        len(doc.ents) for doc in nlp.pipe((d.text for d in documents), batch_size=ner.BATCH_SIZE, n_process=workers)
    )
    seconds, cpu = time.perf_counter() - started, _cpu_seconds() - cpu
    peak = _peak_rss_mb()
    return {"seconds": round(seconds, 2), "cpu_seconds": round(cpu, 2), "entities": entities, "peak_rss_mb": peak}


def measure_factdiff(corpus: Path, out: Path, workers: int, use_cache: bool) -> dict[str, object]:
    from pipeline.options import RunOptions
    from pipeline.run import run_extract

    started, cpu = time.perf_counter(), _cpu_seconds()
    result = run_extract(RunOptions(corpus, out, workers=workers, quiet=True, use_cache=use_cache))
    seconds, cpu = time.perf_counter() - started, _cpu_seconds() - cpu
    return {
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu, 2),
        "facts": result.facts,
        "peak_rss_mb": _peak_rss_mb(),
        "stages": {k: round(v, 2) for k, v in result.times.items()},
    }


def _subprocess(*args: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-m", "harness.bench", "--measure", *args], capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def bench_size(pairs: int, workers: list[int], work: Path, spun: Path, cluster_workers: list[int]) -> dict[str, object]:
    corpus = work / f"corpus-{pairs}"
    words = build_corpus(pairs, corpus, spun)
    result: dict[str, object] = {"pairs": pairs, "documents": 2 * pairs, "words": words}
    for count in workers:
        bare = _subprocess("bare", str(corpus), str(count))
        full = _subprocess("factdiff", str(corpus), str(work / "out"), str(count), "no-cache")
        result[f"workers_{count}"] = {
            "bare": bare,
            "factdiff": full,
            "bare_words_per_s": round(words / bare["seconds"]),  # type: ignore[operator]
            "factdiff_words_per_s": round(words / full["seconds"]),  # type: ignore[operator]
            "ratio": round(bare["seconds"] / full["seconds"], 3),  # type: ignore[operator]
            "cpu_ratio": round(bare["cpu_seconds"] / full["cpu_seconds"], 3),  # type: ignore[operator]
        }
    for count in cluster_workers:
        cluster = _subprocess("cluster", str(corpus), str(work / "out-cluster"), str(count))
        result[f"cluster_{count}"] = {
            "factdiff": cluster,
            "factdiff_words_per_s": round(words / cluster["seconds"]),  # type: ignore[operator]
        }
    result["incremental"] = bench_incremental(corpus, work / "out-cached")
    return result


def bench_incremental(corpus: Path, out: Path) -> dict[str, object]:
    if out.exists():
        shutil.rmtree(out)
    cold = _subprocess("factdiff", str(corpus), str(out), "1", "cache")
    warm = _subprocess("factdiff", str(corpus), str(out), "1", "cache")
    edited = next(corpus.glob("*/compared.txt"))
    edited.write_text(edited.read_text(encoding="utf-8").replace(" the ", " a ", 1), encoding="utf-8")
    one_edit = _subprocess("factdiff", str(corpus), str(out), "1", "cache")
    return {
        "cold_s": cold["seconds"],
        "rerun_s": warm["seconds"],
        "after_one_edit_s": one_edit["seconds"],
        "speedup": round(cold["seconds"] / warm["seconds"], 1),
    }  # type: ignore[operator]


def bench_shapes(work: Path, spun: Path) -> dict[str, object]:
    """The long pair and the revision histories, bare spaCy and factdiff side by side."""
    from harness.shapes_bench import build_long_pair, build_revisions, score_revisions

    result: dict[str, object] = {}
    for name, build in (("long_pair", build_long_pair), ("revisions", build_revisions)):
        corpus = work / name
        words = build(spun, corpus)
        bare = _subprocess("bare", str(corpus), "1")
        full = _subprocess("factdiff", str(corpus), str(work / f"out-{name}"), "1", "no-cache")
        result[name] = {
            "words": words,
            "bare": bare,
            "factdiff": full,
            "wall_ratio": round(full["seconds"] / bare["seconds"], 3),  # type: ignore[operator]
            "words_per_s_ratio": round(bare["seconds"] / full["seconds"], 3),  # type: ignore[operator]
            "peak_rss_ratio": round(full["peak_rss_mb"] / bare["peak_rss_mb"], 3),  # type: ignore[operator]
            "cpu_ratio": round(bare["cpu_seconds"] / full["cpu_seconds"], 3),  # type: ignore[operator]
        }
    result["revisions"]["accuracy"] = score_revisions(work / "revisions", work / "out-revisions")  # type: ignore[index]
    return result


def bench_extraction(pages_folder: Path, workers: list[int]) -> dict[str, object]:
    """Web pages extracted per second (trafilatura, htmldate and decoding), the real pages of
    the eval set read from disk, in 1 and 2 processes."""
    from pipeline.reading import PageExtractor
    from pipeline.records import Document
    from pipeline.web import WarcPage

    pages = [p.read_bytes() for p in sorted(pages_folder.glob("*.html"))]
    result: dict[str, object] = {"pages": len(pages)}
    for count in workers:
        jobs = ((Document("s", f"v{i}", "reference", ""), WarcPage("", "", raw, "", 0)) for i, raw in enumerate(pages))
        started = time.perf_counter()
        done = sum(1 for _ in PageExtractor(2_000_000, count).run(jobs))
        result[f"pages_per_s_workers_{count}"] = round(done / (time.perf_counter() - started), 1)
    return result


def scaling_exponent(sizes: list[int], seconds: list[float]) -> float | None:
    """Least-squares slope of log(time) on log(N): 1.0 is linear."""
    if len(sizes) < 2:
        return None
    xs, ys = [math.log(n) for n in sizes], [math.log(s) for s in seconds]
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    slope = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True))
    return round(slope / sum((x - mean_x) ** 2 for x in xs), 3)


def print_table(results: list[dict[str, object]], console: Console) -> None:
    table = Table(title="factdiff vs bare spaCy nlp.pipe (same model, components, batch size)", title_justify="left")
    for column in (
        "pairs",
        "words",
        "workers",
        "bare words/s",
        "factdiff words/s",
        "ratio",
        "CPU s (bare / factdiff)",
        "peak RSS MB",
        "stages (s)",
    ):
        table.add_column(column)
    for result in results:
        for key in (k for k in result if str(k).startswith("workers_")):
            run = result[key]
            stages = ", ".join(f"{k} {v}" for k, v in run["factdiff"]["stages"].items())  # type: ignore[index]
            table.add_row(
                str(result["pairs"]),
                str(result["words"]),
                key.split("_")[1],
                str(run["bare_words_per_s"]),
                str(run["factdiff_words_per_s"]),
                str(run["ratio"]),  # type: ignore[index]
                f"{run['bare']['cpu_seconds']} / {run['factdiff']['cpu_seconds']}",
                f"{run['bare']['peak_rss_mb']} / {run['factdiff']['peak_rss_mb']}",
                stages,
            )  # type: ignore[index]
    console.print(table)
    for result in results:
        for key in (k for k in result if str(k).startswith("cluster_")):
            run = result[key]["factdiff"]  # type: ignore[index]
            console.print(
                f"N={result['pairs']} LocalCluster {key.split('_')[1]} workers: "
                f"{result[key]['factdiff_words_per_s']} words/s, client peak RSS {run['peak_rss_mb']} MB, "  # type: ignore[index]
                f"worker peak RSS {run['worker_peak_rss_mb']} MB"
            )
    for result in results:
        inc = result["incremental"]
        console.print(
            f"N={result['pairs']}: cold {inc['cold_s']} s, re-run {inc['rerun_s']} s "  # type: ignore[index]
            f"(x{inc['speedup']}), after one edit {inc['after_one_edit_s']} s"
        )  # type: ignore[index]


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--measure":
        kind, corpus, *rest = sys.argv[2:]
        if kind == "bare":
            print(json.dumps(measure_bare(Path(corpus), int(rest[0]))))
        elif kind == "cluster":
            from harness.cluster_bench import measure_cluster

            print(json.dumps(measure_cluster(Path(corpus), Path(rest[0]), int(rest[1]))))
        else:
            print(json.dumps(measure_factdiff(Path(corpus), Path(rest[0]), int(rest[1]), rest[2] == "cache")))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DataRoot().root, help="the shared data folder")
    parser.add_argument("--sizes", type=int, nargs="+", default=[50, 500, 5000])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--cluster-workers", type=int, nargs="*", default=[1, 2], help="LocalCluster sizes to run")
    parser.add_argument("--out", type=Path, default=Path("outputs/bench.json"))
    parser.add_argument("--work", type=Path, default=Path("outputs/bench"))
    parser.add_argument("--skip-grouping", action="store_true", help="leave out the 10,000-file grouping run")
    parser.add_argument("--skip-shapes", action="store_true", help="leave out the long pair and revision histories")
    args = parser.parse_args()
    console = Console()
    spun = DataRoot(args.data).spun_dev / "data"
    if not spun.is_dir():
        console.print(f"bench skipped: {spun} is not there")
        return
    results = []
    for size in args.sizes:
        console.print(f"N = {size} pairs ...")
        results.append(bench_size(size, args.workers, args.work, spun, args.cluster_workers))
    summary: dict[str, object] = {"sizes": results}
    if not args.skip_shapes:
        console.print("a long pair and revision histories ...")
        summary["shapes"] = bench_shapes(args.work, spun)
    web_pages = DataRoot(args.data).web_pages / "pages"
    if web_pages.is_dir():
        console.print("extracting web pages ...")
        summary["web_extraction"] = bench_extraction(web_pages, args.workers)
    if not args.skip_grouping:
        console.print("grouping 10,000 loose files ...")
        from harness.grouping_bench import bench_grouping

        summary["grouping"] = bench_grouping(args.work, spun)
    for count in args.workers:
        seconds = [r[f"workers_{count}"]["factdiff"]["seconds"] for r in results]  # type: ignore[index]
        summary[f"scaling_exponent_workers_{count}"] = scaling_exponent(args.sizes, seconds)
    if 1 in args.cluster_workers and 2 in args.cluster_workers:
        summary["speedup_cluster_2"] = [
            round(r["cluster_1"]["factdiff"]["seconds"] / r["cluster_2"]["factdiff"]["seconds"], 2)  # type: ignore[index]
            for r in results
        ]
    if 1 in args.workers and 2 in args.workers:
        summary["speedup_workers_2"] = [
            round(r["workers_1"]["factdiff"]["seconds"] / r["workers_2"]["factdiff"]["seconds"], 2)  # type: ignore[index]
            for r in results
        ]
    atomic_write(args.out, lambda stream: json.dump(summary, stream, indent=1))
    print_table(results, console)
    console.print({k: v for k, v in summary.items() if k != "sizes"})
    console.print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
