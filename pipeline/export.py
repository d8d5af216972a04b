"""Stage 6, export: write the output tables as spreadsheet-safe CSV, atomically.

Every file is UTF-8 with a BOM (Excel then reads non-ASCII text right), has exactly the
schema's columns in the schema's order, and is written to a temporary file in the same
folder and renamed over the target, so a crash never leaves a half-written CSV behind.
"""

from __future__ import annotations

import csv
import math
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: object) -> object:
    """Make a text cell that a spreadsheet would run as a formula show as text."""
    if isinstance(cell, str) and cell.startswith(FORMULA_PREFIXES):
        return "'" + cell
    if isinstance(cell, float) and cell.is_integer():
        return int(cell)  # an offset or count made float by an empty cell elsewhere
    return cell


def _file_mode() -> int:
    """The mode a plain open() would give a new file: mkstemp's 0600 is too strict for outputs."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def atomic_write(path: Path, write: Callable[[IO[str]], None], encoding: str = "utf-8") -> None:
    """Call `write` on a temporary file beside `path`, then rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding=encoding, newline="") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp_name, _file_mode())
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def temporary_beside(path: Path) -> Path:
    """An empty temporary file in the folder of `path`, for a library that writes files itself."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(handle)
    return Path(temp_name)


def commit(temporary: Path, path: Path) -> None:
    """Give a finished temporary file the usual mode and rename it over `path`."""
    os.chmod(temporary, _file_mode())
    os.replace(temporary, path)


class CsvStream:
    """One output CSV written row by row into a temporary file beside its target (so memory
    stays flat however many rows), renamed into place by `commit`, removed by `abort`.
    Formula-like cells are neutralised; empty cells (None, NaN) are written empty."""

    def __init__(self, path: Path, columns: list[str]) -> None:
        self.path, self.columns = path, columns
        self.temporary = temporary_beside(path)
        self.stream = self.temporary.open("w", encoding="utf-8-sig", newline="")
        self.writer = csv.writer(self.stream, lineterminator="\n")
        self.writer.writerow(columns)

    def write(self, rows: Iterable[dict[str, object]]) -> None:
        self.writer.writerows([_cell(row.get(name)) for name in self.columns] for row in rows)

    def commit(self) -> Path:
        self.stream.flush()
        os.fsync(self.stream.fileno())
        self.stream.close()
        commit(self.temporary, self.path)
        return self.path

    def abort(self) -> None:
        self.stream.close()
        self.temporary.unlink(missing_ok=True)


def _cell(value: object) -> object:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return neutralise(value)
