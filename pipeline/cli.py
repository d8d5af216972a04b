"""The `factdiff` command: parses options, calls `pipeline.run`, prints through `pipeline.terminal`.

    factdiff extract DATA_DIR --out OUT_DIR [--reference-date YYYY-MM-DD] [--workers N] [--phrases PATH]

Exit status: 0 when every document was processed, 1 when some failed (listed in
documents.csv with status `error`), 2 for a usage error, with a one-line message.
The run and spaCy are imported only when a command runs: `--help` and `--version` stay fast.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

# typer vendors its own copy of click: these are the exceptions it raises.
from typer import Abort
from typer._click.exceptions import ClickException
from typer._click.exceptions import UsageError as CliUsageError

from pipeline import __version__
from pipeline.options import DEFAULT_MAX_CHARS, DEFAULT_MODEL, RunOptions, UsageError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="factdiff: which facts differ between versions of the same news article.",
)


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"factdiff {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool, typer.Option("--version", help="Print the version and exit.", is_eager=True, callback=_print_version)
    ] = False,
) -> None:
    """factdiff: which facts differ between versions of the same news article."""


def _parse_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


@app.command()
def extract(
    data_dir: Annotated[
        Path, typer.Argument(help="Folder of articles: manifest.csv, story sub-folders or loose .txt/.md files.")
    ],
    out: Annotated[
        Path, typer.Option("--out", help="Folder the CSV files are written to (created if missing).")
    ] = Path("outputs"),
    reference_date: Annotated[
        str | None,
        typer.Option(
            "--reference-date",
            metavar="YYYY-MM-DD",
            help="Date that anchors relative dates ('last year') in documents with no published date.",
        ),
    ] = None,
    workers: Annotated[
        int,
        typer.Option(
            "--workers",
            min=1,
            help="Worker processes taking whole stories (NER, normalisation, comparison) and extracting web "
            "pages; each loads the model once. Corpora under 65 documents run in one process.",
        ),
    ] = 1,
    model: Annotated[str, typer.Option("--model", help="Installed spaCy pipeline to use for NER.")] = DEFAULT_MODEL,
    max_chars: Annotated[
        int,
        typer.Option(
            "--max-chars", min=1, help="Longest document accepted, in characters; longer ones are reported as errors."
        ),
    ] = DEFAULT_MAX_CHARS,
    cache_dir: Annotated[
        Path | None,
        typer.Option("--cache-dir", help="Folder of cached NER results (default: OUT_DIR/.cache)."),
    ] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Neither read nor write cached NER results.")] = False,
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            metavar="ADDRESS",
            help="Run the stories on an existing Dask cluster (e.g. tcp://10.0.0.5:8786); --workers is then unused.",
        ),
    ] = None,
    phrases: Annotated[
        list[Path] | None,
        typer.Option(
            "--phrases",
            metavar="PATH",
            help="Tortured phrases to screen every document for: a JSON or CSV file of the Problematic Paper "
            "Screener's list, or a folder of them (repeatable).",
        ),
    ] = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bars and no summary; errors are still printed.")
    ] = False,
) -> None:
    """Extract the facts of every document and flag those that differ from the reference."""
    options = RunOptions(
        data_dir=data_dir,
        out_dir=out,
        reference_date=_parse_date(reference_date),
        workers=workers,
        model=model,
        max_chars=max_chars,
        quiet=quiet,
        use_cache=not no_cache,
        cache_dir=cache_dir,
        scheduler=scheduler,
        phrases=tuple(phrases or ()),
    )
    from pipeline import terminal
    from pipeline.run import run_extract

    started = time.perf_counter()
    console = Console(quiet=quiet, highlight=False)
    try:
        with terminal.progress_bars(quiet) as progress:
            result = run_extract(options, progress, terminal.ErrorLines())
    except UsageError as exc:
        raise CliUsageError(str(exc)) from None
    terminal.print_summary(result, console)
    console.print(f"done in {time.perf_counter() - started:.1f} s")
    raise typer.Exit(1 if result.failed else 0)


def main(argv: list[str] | None = None) -> None:
    """Console-script entry: one-line messages for usage errors, exit status 2."""
    try:
        code = app(args=argv, prog_name="factdiff", standalone_mode=False)
    except CliUsageError as exc:
        print(f"factdiff: error: {exc.format_message()}", file=sys.stderr)
        sys.exit(2)
    except ClickException as exc:
        print(f"factdiff: error: {exc.format_message()}", file=sys.stderr)
        sys.exit(exc.exit_code)
    except Abort:
        print("factdiff: interrupted", file=sys.stderr)
        sys.exit(130)
    except OSError as exc:
        print(f"factdiff: error: {exc}", file=sys.stderr)
        sys.exit(1)
    sys.exit(code if isinstance(code, int) else 0)
