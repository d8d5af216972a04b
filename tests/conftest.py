"""Shared fixtures: the seed pair run once through the whole pipeline."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from rich.console import Console

from pipeline.run import RunOptions, RunResult, run_extract

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
REFERENCE_DOC = "putin-myanmar/000_c49ac1a8b086b6ac"
COMPARED_DOC = "putin-myanmar/002_eb46de863a2a7b74"


@pytest.fixture(scope="session")
def seed_run(tmp_path_factory: pytest.TempPathFactory) -> RunResult:
    out = tmp_path_factory.mktemp("seed-out")
    quiet = Console(quiet=True)
    return run_extract(RunOptions(DATA, out, quiet=True), quiet, quiet)


@pytest.fixture(scope="session")
def seed_out(seed_run: RunResult) -> Path:
    return seed_run.written[0].parent


def read_csv(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, encoding="utf-8-sig", keep_default_na=False, dtype=str)


def run_cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """Run `python -m pipeline` as a user would, capturing its output."""
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *args], cwd=cwd, capture_output=True, text=True, timeout=300
    )
