"""Shared by the test modules: matplotlib without a screen, the snippet runs started ahead, the built site, the
browser, and the per-device count of code blocks run."""

import os
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

import pytest

os.environ.setdefault("MPLBACKEND", "Agg")
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


@pytest.fixture(scope="session")
def site(pytestconfig):
    """The site as `mkdocs build --strict` builds it, once per test session (started when the tests were collected)."""
    return pytestconfig.stash[SITE_BUILD].finished()


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


RUNS_AHEAD = pytest.StashKey()
SITE_BUILD = pytest.StashKey()


class SiteBuild:
    def __init__(self):
        from harness.verify.pages import ROOT

        self.out = Path(tempfile.mkdtemp(prefix="cookbook-site-"))
        self.log = tempfile.TemporaryFile("w+", encoding="utf-8")  # a pipe nobody reads yet could fill and block it
        self.process = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(self.out)],
            cwd=ROOT,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )

    def finished(self) -> Path:
        try:
            self.process.wait(timeout=300)
        except subprocess.TimeoutExpired:
            self.process.kill()
            pytest.fail("mkdocs build --strict took over 5 minutes", pytrace=False)
        if self.process.returncode != 0:
            self.log.seek(0)
            pytest.fail("mkdocs build --strict failed:\n" + self.log.read(), pytrace=False)
        return self.out

    def close(self):
        self.process.kill()
        self.process.wait()
        self.log.close()
        shutil.rmtree(self.out, ignore_errors=True)


def pytest_collection_modifyitems(items):
    """Tests that need neither the site nor a snippet run come first, while both are under way in other processes;
    then the site's; the code-block tests last, by when their snippets have run."""

    def stage(item):
        return 2 if "runs_ahead" in item.fixturenames else 1 if "site" in item.fixturenames else 0

    items.sort(key=stage)  # a stable sort: each stage keeps the order pytest collected


def pytest_collection_finish(session):
    """Start what the slow tests wait for, in processes of their own: the site build, and the snippets of the
    collected code-block tests, run one after another in a worker (harness/verify/ahead.py)."""
    from harness.verify.ahead import RunsAhead
    from harness.verify.pages import ROOT
    from harness.verify.sandbox import expectation, skip_reason

    if session.config.option.collectonly:
        return
    if any("site" in item.fixturenames for item in session.items):
        session.config.stash[SITE_BUILD] = SiteBuild()
    jobs = []
    for item in session.items:
        if item.originalname == "test_code_block":
            snippet, device = item.callspec.params["snippet"], item.callspec.params["device"]
            path = ROOT / "snippets" / snippet
            if path.exists() and not skip_reason(expectation(path.read_text("utf-8")), device):
                jobs.append((snippet, device))
    if jobs:
        session.config.stash[RUNS_AHEAD] = RunsAhead(jobs)


def pytest_sessionfinish(session):
    for key in (RUNS_AHEAD, SITE_BUILD):
        if key in session.config.stash:
            session.config.stash[key].close()


@pytest.fixture(scope="session")
def runs_ahead(pytestconfig):
    return pytestconfig.stash[RUNS_AHEAD]


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
