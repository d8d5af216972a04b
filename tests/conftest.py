"""Shared fixtures: the seed pair run once through the whole pipeline, and the CLI in-process."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest

from pipeline.cli import main
from pipeline.options import RunOptions
from pipeline.run import RunResult, run_extract

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
REFERENCE_DOC = "putin-myanmar/000_c49ac1a8b086b6ac"
COMPARED_DOC = "putin-myanmar/002_eb46de863a2a7b74"
SEED_CHANGES = [  # what the spinner broke in the seed pair: each must be flagged
    ("Min Aung Hlaing", "Minutes Aung Hlaing"),
    ("International Criminal Court", "International Wrongdoer Court"),
    ("9 May", "9 Might"),
    ("last year", "in 2015"),
    ("National Unity Government", "National Unity Federal government"),
    ("thousands", "countless"),
]


@pytest.fixture(scope="session")
def seed_run(tmp_path_factory: pytest.TempPathFactory) -> RunResult:
    out = tmp_path_factory.mktemp("seed-out")
    return run_extract(RunOptions(DATA, out, quiet=True))


@pytest.fixture(scope="session")
def seed_out(seed_run: RunResult) -> Path:
    return seed_run.written[0].parent


def read_csv(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, encoding="utf-8-sig", keep_default_na=False, dtype=str)


@dataclass
class Invocation:
    code: int
    stdout: str
    stderr: str


@pytest.fixture
def factdiff(capsys: pytest.CaptureFixture[str]) -> Callable[..., Invocation]:
    """Run the `factdiff` console-script entry in this process: exit code, stdout and stderr."""

    def invoke(*args: str) -> Invocation:
        capsys.readouterr()
        try:
            main(list(args))
            code = 0
        except SystemExit as exit_:
            code = exit_.code if isinstance(exit_.code, int) else 1
        captured = capsys.readouterr()
        return Invocation(code, captured.out, captured.err)

    return invoke
