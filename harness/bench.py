"""`make bench`: how long the verification takes compared with the least it could take, and the site build.

    verify  wall time of the code-block tests on the CPU (pytest tests/test_codeblocks.py, COOKBOOK_DEVICES=cpu)
    floor   wall time of one process that imports torch and runs every snippet once, back to back
    ratio   verify / floor: the harness's own cost (targets: ratio <= 1.5, build <= 15 s)
    build   wall time of `mkdocs build --strict`

The last line printed is `verify <s>s floor <s>s ratio <r> build <s>s`.
"""
from __future__ import annotations

import contextlib
import io
import os
import runpy
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from harness.pages import ROOT


def timed(cmd: list[str], **env: str) -> float:
    started = time.perf_counter()
    run = subprocess.run(cmd, cwd=ROOT, env={**os.environ, **env}, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if run.returncode != 0:
        sys.exit(f"bench: {' '.join(cmd)} failed:\n{run.stdout[-3000:]}{run.stderr[-3000:]}")
    return seconds


def floor() -> None:
    """Import torch and run every snippet once in this process, each in a scratch directory; print nothing."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import torch  # noqa: F401 - importing it is part of the floor

    for path in sorted((ROOT / "snippets").rglob("*.py")):
        with tempfile.TemporaryDirectory() as scratch, contextlib.chdir(scratch):
            with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
                try:
                    runpy.run_path(str(path), run_name="__main__")
                except Exception:  # legacy snippets raise on purpose
                    pass
        plt.close("all")


def main() -> int:
    python = sys.executable
    verify = timed([python, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_codeblocks.py"], COOKBOOK_DEVICES="cpu")
    least = timed([python, "-m", "harness.bench", "--floor"])
    with tempfile.TemporaryDirectory() as out:
        build = timed([python, "-m", "mkdocs", "build", "--strict", "--site-dir", out], NO_MKDOCS_2_WARNING="1")
    print(f"targets: ratio <= 1.5, build <= 15 s; snippets: {len(list((ROOT / 'snippets').rglob('*.py')))}")
    print(f"verify {verify:.1f}s floor {least:.1f}s ratio {verify / least:.2f} build {build:.1f}s")
    return 0


if __name__ == "__main__":
    if sys.argv[1:] == ["--floor"]:
        floor()
        sys.exit(0)
    sys.exit(main())
