"""Shared by the test modules: matplotlib without a screen, and the per-device count of code blocks run."""
import os
from collections import Counter

os.environ.setdefault("MPLBACKEND", "Agg")
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")

_blocks_run: Counter = Counter()


def pytest_runtest_logreport(report):
    device = dict(report.user_properties).get("device")
    if device and (report.when == "call" or report.outcome == "skipped"):
        _blocks_run[(device, report.outcome)] += 1


def pytest_terminal_summary(terminalreporter):
    from harness.sandbox import available_devices

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
