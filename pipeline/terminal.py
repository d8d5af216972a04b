"""What a person at the terminal sees: progress bars, one line per bad file, a closing summary
that fits a screen (the most severe flags, then a pointer to the report for the rest)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn
from rich.table import Table

from pipeline.kinds import SEVERITIES
from pipeline.schema import STATUSES

if TYPE_CHECKING:  # the command line imports this module before a run: keep it light
    from pipeline.run import RunResult
    from pipeline.sinks import Flag


class ProgressBars:
    """A `run_extract` progress callback drawing one rich bar per task, on stderr."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.tasks: dict[str, TaskID] = {}

    def __call__(self, task: str, completed: int, total: int | None) -> None:
        if task not in self.tasks:
            self.tasks[task] = self.progress.add_task(task, total=total)
        self.progress.update(self.tasks[task], completed=completed, total=total)


@contextmanager
def progress_bars(quiet: bool) -> Iterator[ProgressBars]:
    progress = Progress(
        TextColumn("{task.description:<10}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        disable=quiet,
        transient=True,
    )
    with progress:
        yield ProgressBars(progress)


class ErrorLines:
    """A `run_extract` error callback: one red line on stderr per file that could not be used."""

    def __init__(self) -> None:
        self.console = Console(stderr=True, highlight=False)

    def __call__(self, path: Path, reason: str) -> None:
        self.console.print(f"[red]error[/red]: {escape(visible(str(path)))}: {escape(visible(reason))}", soft_wrap=True)


def flag_line(flag: Flag) -> str:
    """One flag in words: `changed  PERSON  Min Aung Hlaing -> Minutes Aung Hlaing  [Min -> Minutes]`."""
    first = flag.diffs[0]
    if len(flag.diffs) > 1 or first.change == "sentence dropped":
        names = ", ".join(dict.fromkeys(diff.reference.text for diff in flag.diffs))
        line = f"missing  sentence dropped ({len(flag.diffs)} facts: {names}): {first.reference.sentence[:60]}..."
    else:
        before, after = first.reference.text or "-", first.compared.text or "-"
        line = f"{first.status:<8} {first.label:<9} {before} -> {after}  [{first.change}]"
    return visible(line)


def visible(text: str) -> str:
    return _INVISIBLE.sub(" ", text)


# Control characters of an article (an escape sequence, a bell, a line break) and the
# invisible ones: a terminal must not act on the text it shows, and a flag stays one line.
_INVISIBLE = re.compile("[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")


def print_summary(result: RunResult, console: Console) -> None:
    """A one-screen closing summary: counts, the most severe flags, the files written."""
    if result.up_to_date:
        where = result.written[0].parent if result.written else "the outputs"
        console.print(f"up to date: inputs and options unchanged, outputs in {where} untouched", soft_wrap=True)
        return
    table = Table(title="factdiff summary", title_justify="left", show_header=False)
    table.add_column("what")
    table.add_column("count", justify="right")
    rows = {
        "stories": result.stories,
        "documents": result.documents,
        "documents with errors": result.errors,
        "facts": result.facts,
        "pairs compared": result.pairs,
    }
    if result.workers:
        rows[f"Dask workers that took part ({', '.join(result.workers)})"] = len(result.workers)
    if result.skipped_records:
        rows["WARC records skipped (not HTML pages)"] = result.skipped_records
    rows |= {f"facts {status}": result.statuses.get(status, 0) for status in STATUSES}
    documents = f"{result.suspected_documents} document{'' if result.suspected_documents == 1 else 's'}"
    rows[f"suspicions (in {documents}: suspicions.csv)"] = result.suspicions
    for name, count in rows.items():
        table.add_row(name, str(count), style="red" if name == "documents with errors" and count else None)
    console.print(table)
    _print_flags(result, console)
    console.print()
    for path in result.written:
        console.print(f"wrote {path}", soft_wrap=True)


def _print_flags(result: RunResult, console: Console) -> None:
    by_pair: dict[str, list[Flag]] = {}
    for flag in result.most_severe:
        by_pair.setdefault(flag.pair, []).append(flag)
    for pair, flags in by_pair.items():
        console.print(f"\n[bold]flagged[/bold] {escape(pair)}")
        for flag in flags:
            style = SEVERITIES[flag.severity].terminal if flag.severity in SEVERITIES else ""
            label = f"[{style}]{flag.severity:<6}[/{style}]" if style else f"{flag.severity:<6}"
            console.print(f"  {label} {escape(flag_line(flag))}", soft_wrap=True, highlight=False)
    hidden = result.flags - len(result.most_severe)
    if hidden > 0:
        report = next((p for p in result.written if p.name == "report.html"), "report.html")
        console.print(f"\n{hidden} more flagged differences in {report} (and in fact_diffs.csv)")
