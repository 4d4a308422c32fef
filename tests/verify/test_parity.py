"""The pages follow the rules: code only from snippets/, twins that match, nothing left unused."""

import subprocess
import sys

import pytest

from harness.verify.pages import ROOT, catalog
from harness.verify.parity import TOPICS_FILE, known_topics, parity_problems


def test_every_code_block_includes_a_snippet():
    problems = catalog().problems
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def test_zh_and_en_pages_are_twins():
    problems = parity_problems(topics=known_topics())
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def test_shared_coverage_tool_reads_the_pages():
    tool = TOPICS_FILE.parent / "tools" / "coverage.py"
    if not tool.exists():
        pytest.skip(f"{tool} is not here (it lives in the shared folder beside the project)")
    run = subprocess.run([sys.executable, str(tool)], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stdout + run.stderr
    assert ", 0 parity problems" in run.stdout, run.stdout
