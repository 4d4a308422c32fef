"""`make update-outputs`: run every snippet on the CPU (a cuda-only one on the GPU, where there is one) and
rewrite its .out and its figures from that run, and the CPU entry of the verification record for the pinned
PyTorch; the Makefile then runs harness/site/generate.py for the pages derived from them. Outputs come from the
pinned PyTorch only: with another installed, it refuses (`make test-version` compares another release instead).

Review the resulting diff like code: it is exactly what readers will see change on the pages.
"""

from __future__ import annotations

import sys
from pathlib import Path

from harness.verify import record
from harness.verify.outputs import committed_figures, figure_difference, figure_path, out_path, output_diff
from harness.verify.pages import ROOT
from harness.verify.sandbox import available_devices, expectation, run_snippet, skip_reason


def device_for(snippet: str, root: Path = ROOT) -> str | None:
    """The CPU, or for a cuda-only snippet the GPU; None when this machine has no device that may run it."""
    expect = expectation((root / "snippets" / snippet).read_text("utf-8"))
    return next((d for d in available_devices() if not skip_reason(expect, d)), None)


def update(snippet: str, device: str = "cpu", root: Path = ROOT) -> tuple[str, list[str]]:
    """Run one snippet and write what it produced; returns (error or "", the files it changed)."""
    run = run_snippet(root / "snippets" / snippet, device=device)
    if run.error:
        return run.error, []
    changed = []
    out = out_path(snippet, root)
    numbers_vary = bool(expectation((root / "snippets" / snippet).read_text("utf-8")).numbers_vary)
    if run.output:
        # a timing's numbers change on every run: rewrite its .out only when something else changed
        same = out.exists() and (
            out.read_text("utf-8") == run.output
            or numbers_vary
            and not output_diff(out.read_text("utf-8"), run.output, "", True)
        )
        if not same:
            out.write_text(run.output, "utf-8")
            changed.append(out)
    elif out.exists():
        out.unlink()
        changed.append(out)
    committed = committed_figures(snippet, root)
    for name, data in run.figures.items():
        target = figure_path(snippet, name, root)
        if name not in committed or figure_difference(committed[name].read_bytes(), data):
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
            changed.append(target)
    for name, stale in committed.items():
        if name not in run.figures:
            stale.unlink()
            changed.append(stale)
    return "", changed


def main(argv: list[str]) -> int:
    """Update every snippet, or only those named on the command line (paths relative to snippets/)."""
    pinned, here = record.pins()["torch"], record.versions()["torch"]
    if pinned != here:
        print(f"update-outputs: torch {here} is installed, but pages show what the pinned {pinned} prints")
        return 2
    everything = sorted(p.relative_to(ROOT / "snippets").as_posix() for p in (ROOT / "snippets").rglob("*.py"))
    snippets = argv or everything
    failed, results, written_on = [], {}, {}
    for snippet in snippets:
        device = device_for(snippet)
        if device is None:
            why = skip_reason(expectation((ROOT / "snippets" / snippet).read_text("utf-8")), "cpu")
            results[snippet] = {"result": "skipped", "why": why}
            print(f"skipped {snippet}: cuda-only, and this machine has no GPU; its output is left as it is")
            continue
        error, changed = update(snippet, device)
        if error:
            failed.append(snippet)
            print(f"FAILED  {snippet}\n{error}")
            continue
        if device == "cpu":
            results[snippet] = {"result": "matched"}
        else:  # a cuda-only snippet: the CPU entry skips it; the record notes which GPU printed its output
            why = skip_reason(expectation((ROOT / "snippets" / snippet).read_text("utf-8")), "cpu")
            results[snippet] = {"result": "skipped", "why": why}
            written_on[snippet] = device
        print(
            f"{'updated' if changed else 'same   '} {snippet}"
            + "".join(f"\n        -> {p.relative_to(ROOT)}" for p in changed)
        )
    derived = []
    if write_record(results, written_on):
        derived.append(ROOT / record.RECORD)
    for path in derived:
        print(f"updated {path.relative_to(ROOT)}")
    skipped = sum(r["result"] == "skipped" for r in results.values())
    print(f"{len(results) - skipped} snippets run, {skipped} skipped, {len(failed)} failed")
    return 1 if failed else 0


def write_record(results: dict[str, dict], written_on: dict[str, str], root: Path = ROOT) -> bool:
    """Replace the pinned CPU entry (for the snippets that ran; the others keep theirs), and note the GPU that printed
    the cuda-only outputs written here."""
    old = record.pinned_cpu_run(record.load(root), root) or {"snippets": {}, "cuda_only": []}
    cuda_only = set(old["cuda_only"]) | {s for s, r in results.items() if r.get("why", "").startswith("cuda-only")}
    run = record.make_run("cpu", results, sorted(cuda_only), root)
    kept = {s: e for s, e in old["snippets"].items() if s not in results and (root / "snippets" / s).exists()}
    run["snippets"] = dict(sorted({**kept, **run["snippets"]}.items()))
    run["blocks"] = record.count_blocks(run["snippets"])
    run["cuda_only"] = [s for s in run["cuda_only"] if (root / "snippets" / s).exists()]
    merged = record.merge(record.load(root), run, root)
    for snippet, device in written_on.items():
        merged["outputs"][snippet] = {
            "device": device,
            "device_name": record.device_name(device),
            "torch": run["torch"],
            "date": run["date"],
        }
    return record.save(merged, root)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
