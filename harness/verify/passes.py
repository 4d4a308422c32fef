"""The passes that verify the book beyond `make test`'s CPU run, each writing its own entry of the record:

    python -m harness.verify.passes gpu       `make test-gpu`: every snippet on CUDA, on a GPU machine
    python -m harness.verify.passes version   `make test-version`: every snippet on the CPU with another PyTorch release

The GPU pass compares each CUDA run with the page. When the machine's PyTorch is not the pinned one, it also runs
the snippets on that machine's CPU and compares CUDA with CPU there: a block whose CUDA and CPU runs agree but differ
from the page differs by PyTorch release, not by device, and is reported apart; CUDA disagreeing with CPU fails.
Blocks that only a GPU runs (cuda-only) take their output from this pass: a new or changed one is written to its
.out file, and the record says which GPU and PyTorch printed it.

The version pass runs every snippet on the CPU and reports each block whose output differs from the page; the
record keeps what that release printed, and the page shows it under the block.

Both need only torch, numpy, Pillow and matplotlib (no page parsing): a GPU machine without network gets what it
lacks from a wheelhouse (`make wheelhouse`). A snippet that imports a package the machine lacks is skipped, and the
reason counted.
"""

from __future__ import annotations

import ast
import importlib
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from harness import ROOT
from harness.verify import record
from harness.verify.outputs import differences_from_page, out_path, page_output, run_difference
from harness.verify.sandbox import Run, expectation, run_snippet, skip_reason


@dataclass
class Report:
    """A pass's outcome: per snippet its record entry, and the problems that fail the pass."""

    device: str
    entries: dict[str, dict] = field(default_factory=dict)  # snippet -> {"result": ..., "why" / "printed": ...}
    failures: list[str] = field(default_factory=list)  # device differences, crashes: the pass fails
    version_differences: list[str] = field(default_factory=list)  # reported, not failures
    written: list[str] = field(default_factory=list)  # cuda-only outputs written by this pass
    cuda_only: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def counts(self) -> Counter:
        return Counter(e["result"] for e in self.entries.values())

    def skip_reasons(self) -> Counter:
        return Counter(e["why"].split(":")[0] for e in self.entries.values() if e["result"] == "skipped")

    def summary(self) -> str:
        c = self.counts()
        reasons = ", ".join(f"{n} {why}" for why, n in sorted(self.skip_reasons().items()))
        return (
            f"{self.device}: {c['matched'] + c['differs']} blocks run, {c['matched']} matched, "
            f"{c['differs']} differ by release, {c['skipped']} skipped ({reasons or 'none'}), "
            f"{len(self.cuda_only)} cuda-only, {len(self.failures)} failed, {self.seconds:.0f} s"
        )


def all_snippets(root: Path = ROOT) -> list[str]:
    return sorted(p.relative_to(root / "snippets").as_posix() for p in (root / "snippets").rglob("*.py"))


_importable: dict[str, str | None] = {}


def missing_modules(code: str) -> list[str]:
    """Top-level modules the snippet imports that cannot be imported here, each with the reason."""
    names = set()
    for node in ast.walk(ast.parse(code)):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    missing = []
    for name in sorted(names - set(sys.stdlib_module_names)):
        if name not in _importable:
            try:
                importlib.import_module(name)
                _importable[name] = None
            except ImportError as exc:  # not installed, or built for another torch
                _importable[name] = str(exc).splitlines()[0]
        if _importable[name] is not None:
            missing.append(f"{name} ({_importable[name]})")
    return missing


def why_not(snippet: str, device: str, root: Path = ROOT) -> str | None:
    """Why the snippet does not run on `device` here: its own directive, or a package this machine lacks."""
    code = (root / "snippets" / snippet).read_text("utf-8")
    own = skip_reason(expectation(code), device)
    if own:
        return own
    missing = missing_modules(code)
    return f"missing package: needs {', '.join(missing)}" if missing else None


def run_all(snippets: list[str], device: str, root: Path = ROOT) -> tuple[dict[str, Run], dict[str, str]]:
    """Run each snippet that may run on `device` here: (runs, {skipped snippet: why})."""
    runs, skipped = {}, {}
    for i, snippet in enumerate(snippets, 1):
        why = why_not(snippet, device, root)
        if why:
            skipped[snippet] = why
            print(f"[{device} {i}/{len(snippets)}] skipped {snippet}: {why}", flush=True)
            continue
        runs[snippet] = run_snippet(root / "snippets" / snippet, device=device)
        print(f"[{device} {i}/{len(snippets)}] {snippet} {runs[snippet].seconds:.1f} s", flush=True)
    return runs, skipped


def is_cuda_only(snippet: str, root: Path = ROOT) -> bool:
    return bool(expectation((root / "snippets" / snippet).read_text("utf-8")).cuda_only)


def _compared(report: Report, snippets: list[str], runs: dict[str, Run], skipped: dict[str, str], root: Path):
    """(snippet, run, how it differs from the page) for each snippet that ran; skipped ones go into the report."""
    for snippet in snippets:
        if snippet in skipped:
            report.entries[snippet] = {"result": "skipped", "why": skipped[snippet]}
        else:
            run = runs[snippet]
            yield snippet, run, differences_from_page(snippet, run, page_output(snippet, root), root, advice="")


def gpu_pass(
    snippets: list[str], cuda: dict[str, Run], cpu: dict[str, Run] | None, skipped: dict[str, str], root: Path = ROOT
) -> Report:
    """Judge the CUDA runs against the pages and, when `cpu` holds this machine's CPU runs (its PyTorch is not the
    pin), against them. Writes the outputs of cuda-only blocks that changed."""
    report = Report("cuda", cuda_only=[s for s in snippets if is_cuda_only(s, root)])
    for snippet, run, page in _compared(report, snippets, cuda, skipped, root):
        if run.error:
            report.failures.append(f"{snippet} failed on CUDA:\n{run.error}")
        elif not page:
            report.entries[snippet] = {"result": "matched"}
        elif snippet in report.cuda_only:
            out_path(snippet, root).write_text(run.output, "utf-8")  # only a GPU can print it
            report.written.append(snippet)
            report.entries[snippet] = {"result": "matched"}
        elif cpu is None:
            report.failures.append(f"{snippet} on CUDA differs from the page, printed on the CPU" + "".join(page))
        elif snippet not in cpu:
            report.failures.append(f"{snippet} ran on CUDA but not on this machine's CPU; cannot tell why it differs")
        elif device := run_difference(snippet, cpu[snippet], run, root):
            report.failures.append(f"{snippet}: CUDA and CPU differ on this machine:\n{device}")
        else:
            report.entries[snippet] = {"result": "differs", "printed": run.output}
            report.version_differences.append(f"{snippet} (CUDA and CPU agree here)" + "".join(page))
    return report


def version_pass(snippets: list[str], cpu: dict[str, Run], skipped: dict[str, str], root: Path = ROOT) -> Report:
    """Judge CPU runs with another release against the pages: every difference is reported and kept."""
    report = Report("cpu", cuda_only=[s for s in snippets if is_cuda_only(s, root)])
    for snippet, run, page in _compared(report, snippets, cpu, skipped, root):
        if not page:
            report.entries[snippet] = {"result": "matched"}
            continue
        printed = run.output
        if run.error:  # what the reader sees: the output, then the error's last line
            printed += run.error.strip().splitlines()[-1] + "\n"
        report.entries[snippet] = {"result": "differs", "printed": printed}
        report.version_differences.append(snippet + "".join(page))
    return report


def write_record(report: Report, root: Path = ROOT, **machine) -> bool:
    """Put the pass's entry into the record, and note where the cuda-only outputs it wrote came from."""
    run = record.make_run(report.device, report.entries, report.cuda_only, root, **machine)
    merged = record.merge(record.load(root), run, root)
    for snippet in report.written:
        merged["outputs"][snippet] = {k: run[k] for k in ("device", "device_name", "torch", "date")}
    return record.save(merged, root)


def print_report(report: Report, title: str) -> None:
    sections = [
        ("Differences between devices, or failures (these fail the pass)", report.failures),
        (
            "Differences between PyTorch releases (reported; the record keeps them for the pages)",
            report.version_differences,
        ),
        ("cuda-only outputs written from this run (review the diff)", report.written),
    ]
    print(f"\n===== {title} =====")
    for heading, items in sections:
        if items:
            print(f"\n--- {heading}: {len(items)}")
            for item in items:
                print(f"\n{item}")
    skipped = [(s, e["why"]) for s, e in report.entries.items() if e["result"] == "skipped"]
    if skipped:
        print(f"\n--- Skipped: {len(skipped)}")
        for snippet, why in skipped:
            print(f"  {snippet}: {why}")
    print(f"\n{report.summary()}")


def main(argv: list[str]) -> int:
    try:
        import torch
    except ImportError:
        print(f"{sys.executable} has no PyTorch: run it with the Python that has (make test-gpu GPU_PYTHON=...)")
        return 2

    which = argv[0] if argv else ""
    snippets = argv[1:] or all_snippets()
    pinned = record.pins()["torch"]
    here = record.versions()["torch"]
    started = time.perf_counter()
    if which == "gpu":
        if not torch.cuda.is_available():
            print("make test-gpu: this machine has no CUDA device that PyTorch can use")
            return 2
        print(f"GPU pass: {torch.cuda.get_device_name()}, torch {here} (pinned: {pinned})")
        cuda, skipped = run_all(snippets, "cuda")
        cpu = None
        if here != pinned:
            print(f"torch {here} is not the pinned {pinned}: running on this machine's CPU too, to compare devices")
            cpu, _ = run_all([s for s in snippets if not is_cuda_only(s)], "cpu")
        report = gpu_pass(snippets, cuda, cpu, skipped)
    elif which == "version":
        if here == pinned:
            print(f"make test-version: this is the pinned torch {pinned}; run it with another release")
            return 2
        print(f"Version pass: torch {here} on the CPU (pinned: {pinned})")
        cpu, skipped = run_all(snippets, "cpu")
        report = version_pass(snippets, cpu, skipped)
    else:
        print(__doc__)
        return 2
    report.seconds = time.perf_counter() - started
    print_report(report, f"{which} pass, torch {here}")
    if report.failures:
        print("\nnot recorded: the pass failed")
        return 1
    if argv[1:]:
        print("\nnot recorded: only some snippets ran")
        return 0
    if write_record(report):
        print(f"\nupdated {record.RECORD}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
