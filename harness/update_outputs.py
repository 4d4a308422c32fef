"""`make update-outputs`: run every snippet on the CPU and rewrite its .out and its figures from that run;
then regenerate what is derived from the snippets: the API index pages and the verification record.

Review the resulting diff like code: it is exactly what readers will see change on the pages.
"""

from __future__ import annotations

import sys
from pathlib import Path

from harness import api_index, record
from harness.outputs import committed_figures, figure_difference, figure_path, out_path, output_diff
from harness.pages import ROOT
from harness.sandbox import expectation, run_snippet


def update(snippet: str, root: Path = ROOT) -> tuple[str, list[str]]:
    """Run one snippet and write what it produced; returns (error or "", the files it changed)."""
    run = run_snippet(root / "snippets" / snippet, device="cpu")
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
    snippets = argv or sorted(p.relative_to(ROOT / "snippets").as_posix() for p in (ROOT / "snippets").rglob("*.py"))
    failed = []
    for snippet in snippets:
        error, changed = update(snippet)
        if error:
            failed.append(snippet)
            print(f"FAILED  {snippet}\n{error}")
        else:
            print(
                f"{'updated' if changed else 'same   '} {snippet}"
                + "".join(f"\n        -> {p.relative_to(ROOT)}" for p in changed)
            )
    passed = {s: {"passed": ["cpu"]} for s in snippets if s not in failed}
    derived = api_index.write() + ([ROOT / record.RECORD] if record.update(passed) else [])
    for path in derived:
        print(f"updated {path.relative_to(ROOT)}")
    print(f"{len(snippets) - len(failed)} snippets run, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
