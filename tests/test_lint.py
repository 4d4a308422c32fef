"""snippets/, harness/ and tests/ are formatted by ruff and pass its lint (rules in ruff.toml; the snippets,
shown on the pages, are held to 79 characters a line by snippets/ruff.toml)."""

import subprocess
import sys

import pytest

from harness.verify.pages import ROOT

RUFF = [sys.executable, "-m", "ruff"]


@pytest.mark.parametrize(
    "command, fix",
    [
        (["format", "--check", "--diff"], "ruff format"),
        (["check", "--output-format", "concise"], "ruff check --fix, or edit by hand"),
    ],
    ids=["format", "lint"],
)
def test_ruff(command, fix):
    run = subprocess.run(RUFF + command, cwd=ROOT, capture_output=True, text=True, timeout=120)
    if run.returncode != 0:
        pytest.fail(f"`ruff {' '.join(command)}` failed; fix with `{fix}`:\n{run.stdout}{run.stderr}", pytrace=False)
