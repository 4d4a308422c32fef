"""Shared by the test modules: matplotlib without a screen, the built site, the browser, and the per-device count
of code blocks run."""

import os
import subprocess
import sys
from collections import Counter

import pytest

os.environ.setdefault("MPLBACKEND", "Agg")
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    """The site as `mkdocs build --strict` builds it, once per test session."""
    from harness.verify.pages import ROOT

    out = tmp_path_factory.mktemp("site")
    run = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    if run.returncode != 0:
        pytest.fail("mkdocs build --strict failed:\n" + run.stdout + run.stderr, pytrace=False)
    return out


@pytest.fixture(scope="session")
def base_url(site):
    """The built site served on localhost as a static host serves it (gzip), for the browser tests."""
    from harness.tools.browser import serve

    with serve(site) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright, shared by the browser tests."""
    pytest.importorskip("playwright.sync_api")
    from harness.tools.browser import chromium

    with chromium() as browser:
        yield browser


_blocks_run: Counter = Counter()


def pytest_runtest_logreport(report):
    props = dict(report.user_properties)
    device = props.get("device")
    if device and (report.when == "call" or report.outcome == "skipped"):
        _blocks_run[(device, report.outcome)] += 1


def pytest_terminal_summary(terminalreporter):
    from harness.verify.sandbox import available_devices

    if not _blocks_run:
        return
    lines = []
    for device in ("cpu", "cuda"):
        counts = {outcome: n for (d, outcome), n in _blocks_run.items() if d == device}
        if counts:
            lines.append(f"{device}: " + ", ".join(f"{n} {outcome}" for outcome, n in sorted(counts.items())))
        elif device not in available_devices():
            lines.append(f"{device}: not run (no {device.upper()} device on this machine)")
    terminalreporter.write_sep("-", "code blocks run per device")
    for line in lines:
        terminalreporter.write_line(line)
