"""Every python block of every page runs on every available device and prints what the page shows.

A snippet included by both twins (zh and en) is one test per device; a failure names the snippet,
the pages and lines that include it, and shows the traceback or the diff. The snippets run ahead of these tests,
in a worker process started when the suite has collected them (harness/verify/ahead.py, tests/conftest.py).
"""

import pytest

from harness.verify.outputs import check
from harness.verify.pages import ROOT, catalog
from harness.verify.sandbox import available_devices, expectation, skip_reason

CATALOG = catalog()


@pytest.mark.parametrize("device", available_devices())
@pytest.mark.parametrize("snippet", sorted(CATALOG.uses))
def test_code_block(snippet, device, record_property, runs_ahead):
    record_property("device", device)
    record_property("snippet", snippet)
    why = skip_reason(expectation((ROOT / "snippets" / snippet).read_text("utf-8")), device)
    if why:
        pytest.skip(f"{snippet} on {device} skipped, {why}")
    problems = check(snippet, CATALOG.uses[snippet], device, run=runs_ahead.run(snippet, device))
    if problems:
        pytest.fail("\n\n".join(problems), pytrace=False)
