"""`make bench`: how long the verification takes compared with the least it could take, and the site build.

    verify  wall time of the code-block tests on the CPU (pytest tests/verify/test_codeblocks.py, COOKBOOK_DEVICES=cpu)
    floor   wall time of one process that imports torch and runs every snippet once, back to back
    ratio   verify / floor: the harness's own cost (targets: ratio <= 1.5, build <= 15 s)
    build   wall time of `mkdocs build --strict`, warm: the second build, whose notebook views come from
            .cache/notebook-views (cold: the first, from a clean checkout)
    test    wall time of `make test`'s pytest run (the whole verification, browser tests included)

The last line printed is `verify <s>s floor <s>s ratio <r> build <s>s cold <s>s test <s>s`.
`python -m harness.tools.bench --scale 1.5` (`make bench SCALE=1.5`) measures the same in a synthetic copy of the
project with one and a half times the pages (harness/tools/synthetic.py). Before it, what a reader feels, on the
built site served on localhost: each page's compressed transfer (target < 500 KB) and Lighthouse's performance
and accessibility scores (targets >= 95), desktop and mobile presets, for the home page and one recipe page.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import runpy
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from harness.verify.pages import LANGUAGES, ROOT, read_pages

LIGHTHOUSE = ROOT / ".venv" / "npm" / "node_modules" / "lighthouse" / "cli" / "index.js"
MEASURED = ["index.md", "hooks/forward-hooks.md"]  # the home page and one recipe page (math, code, a figure)


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

    from harness.verify.sandbox import freeing_cycles  # as the sandbox does, or a forked DataLoader worker can hang

    def too_long(signum, frame):
        raise TimeoutError

    # should a snippet hang all the same, it gets a minute, and it is named (the floor is then not the least it
    # could take)
    signal.signal(signal.SIGALRM, too_long)
    for path in sorted((ROOT / "snippets").rglob("*.py")):
        with freeing_cycles(), tempfile.TemporaryDirectory() as scratch, contextlib.chdir(scratch):
            with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
                signal.alarm(60)
                try:
                    runpy.run_path(str(path), run_name="__main__")
                except TimeoutError:
                    print(f"floor: {path.relative_to(ROOT)} hung for a minute", file=sys.__stderr__)
                except Exception:  # snippets marked "# raises" raise on purpose
                    pass
                finally:
                    signal.alarm(0)
        plt.close("all")


def lighthouse(url: str, preset: str) -> str:
    from harness.tools.browser import CHROMIUM, FLAGS

    with tempfile.TemporaryDirectory() as profile, tempfile.NamedTemporaryFile(suffix=".json") as report:
        flags = " ".join(["--headless=new", f"--user-data-dir={profile}", *FLAGS])
        cmd = [
            "node",
            str(LIGHTHOUSE),
            url,
            "--only-categories=performance,accessibility",
            "--output=json",
            f"--output-path={report.name}",
            "--quiet",
            f"--chrome-flags={flags}",
        ]
        cmd += ["--preset=desktop"] if preset == "desktop" else []
        run = subprocess.run(cmd, env={**os.environ, "CHROME_PATH": CHROMIUM or ""}, capture_output=True, text=True)
        if run.returncode != 0:
            return f"failed ({run.stderr.strip().splitlines()[-1:]})"
        scores = json.loads(Path(report.name).read_text())["categories"]
    return f"perf {round(scores['performance']['score'] * 100)} a11y {round(scores['accessibility']['score'] * 100)}"


def reader_lines(site: Path) -> list[str]:
    from harness.tools.browser import CHROMIUM, chromium, page_weight, serve

    if not CHROMIUM:
        return ["weight, lighthouse: skipped (no Chromium; `make test` installs it)"]
    urls = {
        (lang, name): p.url
        for p in read_pages()
        for lang in LANGUAGES
        for name in MEASURED
        if p.lang == lang and p.name == name
    }
    lines = []
    with serve(site) as base, chromium() as browser:
        weights = {key: page_weight(browser, base + url) for key, url in urls.items()}
        lines.append(
            "weight (compressed, target < 500 KB): "
            + ", ".join(
                f"{name.removesuffix('.md')} {lang} {weights[lang, name] / 1000:.0f} KB" for (lang, name) in urls
            )
        )
        lines.append(search_line(browser, base, site, {lang: urls[lang, MEASURED[1]] for lang in LANGUAGES}))
        if not LIGHTHOUSE.exists():
            return lines + ["lighthouse: skipped (npm install --prefix .venv/npm lighthouse, or `make bench`)"]
        for preset in ("desktop", "mobile"):
            lines.append(
                f"lighthouse {preset} (target >= 95): "
                + ", ".join(
                    f"{name.removesuffix('.md')} {lighthouse(base + urls[LANGUAGES[0], name], preset)}"
                    for name in MEASURED
                )
            )
    return lines


def search_line(browser, base: str, site: Path, recipe_urls: dict[str, str]) -> str:
    """Per language: the seconds from the first keystroke to the first results on a freshly opened recipe page
    (median of 3), and the size of the search index it loads, compressed as served."""
    import gzip

    from harness.site.search_index import index_path
    from harness.tools.browser import FIRST_KEYSTROKE, seconds_to_first_results

    parts = []
    for lang, url in recipe_urls.items():
        runs = sorted(seconds_to_first_results(browser, base + url, FIRST_KEYSTROKE[lang]) for _ in range(3))
        index = index_path(site, lang).read_bytes()
        parts.append(f"{lang} {runs[1]:.2f} s, index {len(gzip.compress(index)) / 1000:.0f} KB")
    return "search (first results after the first keystroke; index compressed): " + ", ".join(parts)


def main() -> int:
    python = sys.executable
    if len(sys.argv) == 3 and sys.argv[1] == "--scale" and float(sys.argv[2]) != 1:
        return scaled(float(sys.argv[2]))
    verify = timed(
        [python, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/verify/test_codeblocks.py"],
        COOKBOOK_DEVICES="cpu",
    )
    least = timed([python, "-m", "harness.tools.bench", "--floor"])
    with tempfile.TemporaryDirectory() as out:
        shutil.rmtree(ROOT / ".cache" / "notebook-views", ignore_errors=True)
        mkdocs = [python, "-m", "mkdocs", "build", "--strict", "--site-dir", out]
        cold = timed(mkdocs, NO_MKDOCS_2_WARNING="1")
        build = timed(mkdocs, NO_MKDOCS_2_WARNING="1")
        for line in reader_lines(Path(out)):
            print(line)
    started = time.perf_counter()
    tests = subprocess.run(
        [python, "-m", "pytest", "-q", "-p", "no:cacheprovider"], cwd=ROOT, capture_output=True, text=True
    )
    test = time.perf_counter() - started
    lines = tests.stdout.strip().splitlines() or ["(no output)"]
    print("make test: " + lines[-1] + "".join(f"\n  {line}" for line in lines if line.startswith("FAILED ")))
    pages = sum(1 for p in read_pages() if p.lang == LANGUAGES[0])
    snippets = len(list((ROOT / "snippets").rglob("*.py")))
    print(f"targets: ratio <= 1.5, build <= 15 s, test <= 300 s; pages per language: {pages}; snippets: {snippets}")
    times = f"verify {verify:.1f}s floor {least:.1f}s ratio {verify / least:.2f} build {build:.1f}s cold {cold:.1f}s"
    print(f"{times} test {test:.0f}s")
    return 0


def scaled(scale: float) -> int:
    """The same measurements in a synthetic copy of the project with `scale` times the pages."""
    from harness.tools import synthetic

    with tempfile.TemporaryDirectory() as out:
        tree = synthetic.make(Path(out), scale)
        pages, real = synthetic.recipe_pages(tree), synthetic.recipe_pages(ROOT)
        print(f"synthetic tree ({scale}x): {pages} pages in chapters, the book {real}", flush=True)
        return subprocess.run([sys.executable, "-m", "harness.tools.bench"], cwd=tree).returncode


if __name__ == "__main__":
    if sys.argv[1:] == ["--floor"]:
        floor()
        sys.exit(0)
    sys.exit(main())
