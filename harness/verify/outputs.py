"""What a snippet is expected to show: its printed output (snippets/<chapter>/<page>/<name>.out) and its figures
(docs/assets/figures/<chapter>/<page>/<name>[-<name>].png), and how a fresh run is compared with them."""

from __future__ import annotations

import difflib
import io
import re
from pathlib import Path

from harness import ROOT

FIGURES = Path("docs/assets/figures")  # relative to the project root; both languages link here
CUDA_SUFFIX = re.compile(r",\s*device='cuda:\d+'")
NUMBER = re.compile(r"\d+(\.\d+)?(e[-+]?\d+)?")
# Figures are compared pixel by pixel: a GPU run may move a few pixels by a shade, a stale figure moves many.
PIXEL_TOLERANCE = 8  # levels out of 255
CHANGED_PIXELS_ALLOWED = 0.001  # fraction of the image


def normalise(text: str, numbers_vary: bool = False) -> str:
    """Ignore trailing whitespace and the `device='cuda:0'` that CUDA tensors add to their repr
    (and every number, for a snippet whose numbers vary from machine to machine)."""
    lines = [CUDA_SUFFIX.sub("", line).rstrip() for line in text.splitlines()]
    if numbers_vary:
        lines = [NUMBER.sub("#", line) for line in lines]
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines)


def output_diff(expected: str, actual: str, label: str, numbers_vary: bool = False) -> str | None:
    """A unified diff from the page's output to what the snippet printed, or None when they agree."""
    expected, actual = normalise(expected, numbers_vary), normalise(actual, numbers_vary)
    if expected == actual:
        return None
    diff = difflib.unified_diff(
        expected.splitlines(), actual.splitlines(), f"{label} (on the page)", f"{label} (printed now)", lineterm=""
    )
    return "\n".join(diff)


def out_path(snippet: str, root: Path = ROOT) -> Path:
    return root / "snippets" / (snippet[: -len(".py")] + ".out")


def figure_path(snippet: str, name: str, root: Path = ROOT) -> Path:
    return root / FIGURES / Path(snippet).parent / name


def committed_figures(snippet: str, root: Path = ROOT) -> dict[str, Path]:
    """The figures on disk that belong to this snippet: <stem>.png and <stem>-*.png beside each other, each with
    its dark twin (harness/verify/dark_figures.py) where matplotlib drew it."""
    folder = root / FIGURES / Path(snippet).parent
    stem = Path(snippet).stem
    if not folder.is_dir():
        return {}
    return {p.name: p for p in folder.glob("*.png") if re.fullmatch(rf"{re.escape(stem)}(-[\w-]+)?(\.dark)?", p.stem)}


def figure_difference(expected: bytes, actual: bytes) -> str | None:
    """Why two PNG images differ visibly, or None when they look the same."""
    import numpy as np
    from PIL import Image

    if expected == actual:
        return None
    a = np.asarray(Image.open(io.BytesIO(expected)).convert("RGBA"), dtype=np.int16)
    b = np.asarray(Image.open(io.BytesIO(actual)).convert("RGBA"), dtype=np.int16)
    if a.shape != b.shape:
        return f"size changed from {a.shape[1]}x{a.shape[0]} to {b.shape[1]}x{b.shape[0]} pixels"
    changed = float((np.abs(a - b).max(axis=-1) > PIXEL_TOLERANCE).mean())
    if changed > CHANGED_PIXELS_ALLOWED:
        return f"{changed:.2%} of its pixels changed"
    return None


def check(snippet: str, blocks, device: str, root: Path = ROOT, run=None) -> list[str]:
    """Run the snippet on `device` (or take its `run`, harness.verify.sandbox.Run, made ahead); list every way the
    run disagrees with the pages that include it."""
    from harness.verify.pages import expand
    from harness.verify.sandbox import run_snippet

    head = f"{snippet} on {device} (included at {', '.join(b.where for b in blocks)})"
    run = run or run_snippet(root / "snippets" / snippet, device=device)
    shown = expand(blocks[0].output, root) if blocks[0].output else ""
    return [f"{head}{problem}" for problem in differences_from_page(snippet, run, shown, root)]


def page_output(snippet: str, root: Path = ROOT) -> str:
    """What the page shows under the snippet: its .out file (tests/verify/test_parity.py checks pages include it)."""
    out = out_path(snippet, root)
    return out.read_text("utf-8") if out.exists() else ""


UPDATE_ADVICE = " If the change is intended, run `make update-outputs` and review the diff."


def differences_from_page(snippet: str, run, shown: str, root: Path = ROOT, advice: str = UPDATE_ADVICE) -> list[str]:
    """Every way a run (harness.verify.sandbox.Run) disagrees with the output `shown` and the committed figures; each
    problem starts with ":" or " failed", to follow the name of what ran."""
    from harness.verify.sandbox import expectation

    if run.error:
        return [f" failed:\n{run.error}"]
    problems = []
    numbers_vary = bool(expectation((root / "snippets" / snippet).read_text("utf-8")).numbers_vary)
    diff = output_diff(shown, run.output, f"snippets/{snippet[:-3]}.out", numbers_vary)
    if diff:
        problems.append(f": what it prints differs from the page.{advice}\n{diff}")
    committed = committed_figures(snippet, root)
    for name in sorted(set(committed) | set(run.figures)):
        where = (FIGURES / Path(snippet).parent / name).as_posix()
        if name not in run.figures:
            problems.append(f": {where} is committed, but the snippet no longer writes it")
        elif name not in committed:
            problems.append(f": writes {name}, but {where} is missing; run `make update-outputs`")
        elif why := figure_difference(committed[name].read_bytes(), run.figures[name]):
            problems.append(f": {where} is stale ({why}); run `make update-outputs`")
    return problems


def run_difference(snippet: str, a, b, root: Path = ROOT) -> str | None:
    """How two runs of the same snippet (on two devices) disagree, output and figures, or None."""
    from harness.verify.sandbox import expectation

    if bool(a.error) != bool(b.error):
        return f"one run failed and the other did not:\n{a.error or b.error}"
    numbers_vary = bool(expectation((root / "snippets" / snippet).read_text("utf-8")).numbers_vary)
    diff = output_diff(a.output, b.output, f"snippets/{snippet[:-3]}", numbers_vary)
    if diff:
        return diff
    for name in sorted(set(a.figures) | set(b.figures)):
        if name not in a.figures or name not in b.figures:
            return f"only one run drew {name}"
        if why := figure_difference(a.figures[name], b.figures[name]):
            return f"{name}: {why}"
    return None
