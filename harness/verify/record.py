"""The verification record (docs/assets/verified.json): the runs that verified the snippets, one entry per device and
PyTorch version, and where each output shown on a page came from when it was not the pinned CPU run.

    {"runs": [{"device": "cpu", "device_name": "...", "torch": "2.15.0", "torchvision": "0.29.2", "python": "3.11.7",
               "date": "2026-12-03", "blocks": {"run": 406, "matched": 406, "differ": 0, "skipped": 12},
               "cuda_only": [...],
               "snippets": {"tensors/creation/zeros.py": {"sha": "...", "result": "matched"}, ...}}, ...],
     "outputs": {"errors/devices-and-memory/cuda_oom.py": {"device": "cuda", "device_name": "NVIDIA H200",
                                                         "torch": "2.11.0", "date": "2026-11-29"}}}

A snippet's result in a run is "matched" (it printed what the page shows), "differs" (a release other than the pin
printed something else, kept in "printed" for the page to show) or "skipped" (with "why"). A run that failed is not
recorded. Writers: `make update-outputs` (the CPU entry of the pinned PyTorch), `make test-gpu` (the CUDA entry of
that machine's PyTorch) and `make test-version` (the CPU entry of another release); each replaces only its own
entry. "sha" is the snippet's code when it ran: a run counts for a snippet only while its code is unchanged.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import platform
import re
from pathlib import Path

from harness import ROOT

RECORD = Path("docs/assets/verified.json")
RESULTS = ("matched", "differs", "skipped")
RUN_KEYS = ("device", "device_name", "torch", "torchvision", "python", "date", "blocks", "cuda_only", "snippets")
PIN = re.compile(r"^(torch|torchvision)==([\w.+]+)", re.M)


def pins(root: Path = ROOT) -> dict[str, str]:
    """The torch and torchvision versions requirements.txt pins."""
    return dict(PIN.findall((root / "requirements.txt").read_text("utf-8")))


def versions() -> dict[str, str]:
    """torch, torchvision (or "not installed") and Python, as installed here."""
    import torch

    try:
        import torchvision

        vision = torchvision.__version__.split("+")[0]
    except ImportError:
        vision = "not installed"
    return {"torch": torch.__version__.split("+")[0], "torchvision": vision, "python": platform.python_version()}


def device_name(device: str) -> str:
    """The GPU's model, or the CPU's as /proc/cpuinfo names it."""
    if device == "cuda":
        import torch

        return torch.cuda.get_device_name()
    try:
        cpuinfo = Path("/proc/cpuinfo").read_text()
        return re.search(r"^model name\s*:\s*(.+)$", cpuinfo, re.M).group(1).strip()
    except (OSError, AttributeError):
        return platform.processor() or platform.machine()


def code_hash(snippet: str, root: Path = ROOT) -> str:
    return hashlib.sha256((root / "snippets" / snippet).read_bytes()).hexdigest()[:16]


def load(root: Path = ROOT) -> dict:
    path = root / RECORD
    record = json.loads(path.read_text("utf-8")) if path.exists() else {}
    return {"runs": record.get("runs", []), "outputs": record.get("outputs", {})}


def save(record: dict, root: Path = ROOT) -> bool:
    """Write the record; True when it changed."""
    path = root / RECORD
    text = json.dumps(record, indent=1, ensure_ascii=False, sort_keys=False) + "\n"
    if path.exists() and path.read_text("utf-8") == text:
        return False
    path.write_text(text, "utf-8")
    return True


def make_run(device: str, results: dict[str, dict], cuda_only: list[str], root: Path = ROOT, **machine) -> dict:
    """A run's entry from {snippet: {"result": ..., "why"/"printed": ...}}; `machine` overrides what is read here
    (a test builds a "cuda" run on the CPU)."""
    snippets = {s: {"sha": code_hash(s, root), **results[s]} for s in sorted(results)}
    return {
        "device": device,
        "device_name": machine.get("device_name") or device_name(device),
        **{k: machine.get(k) or v for k, v in versions().items()},
        "date": machine.get("date") or datetime.date.today().isoformat(),
        "blocks": count_blocks(snippets),
        "cuda_only": sorted(cuda_only),
        "snippets": snippets,
    }


def count_blocks(snippets: dict[str, dict]) -> dict[str, int]:
    counts = {r: sum(e.get("result") == r for e in snippets.values()) for r in RESULTS}
    return {
        "run": counts["matched"] + counts["differs"],
        "matched": counts["matched"],
        "differ": counts["differs"],
        "skipped": counts["skipped"],
    }


def merge(record: dict, run: dict, root: Path = ROOT) -> dict:
    """The record with `run` in place of the entry of the same device and torch; runs in the order the badge
    names them (the pinned CPU run, GPU runs, then other releases, newest first)."""
    same = [r for r in record["runs"] if (r["device"], r["torch"]) == (run["device"], run["torch"])]
    if same and {**same[0], "date": run["date"]} == run:
        run = same[0]  # nothing changed but the day: keep the date it was last verified differently
    runs = [r for r in record["runs"] if r not in same] + [run]
    pinned = pins(root)["torch"]

    def order(r):
        return (r["torch"] != pinned or r["device"] != "cpu", r["device"] != "cuda", _version_key(r["torch"]))

    return {**record, "runs": sorted(runs, key=order)}


def _version_key(version: str) -> tuple:
    return tuple(-int(n) for n in re.findall(r"\d+", version))


def pinned_cpu_run(record: dict, root: Path = ROOT) -> dict | None:
    torch = pins(root)["torch"]
    return next((r for r in record["runs"] if r["device"] == "cpu" and r["torch"] == torch), None)


def format_problems(record: dict) -> list[str]:
    """What makes the record unreadable to the site and the tests."""
    problems = []
    seen = set()
    for i, run in enumerate(record["runs"]):
        where = f"runs[{i}] ({run.get('device')}, torch {run.get('torch')})"
        missing = [k for k in RUN_KEYS if k not in run]
        if missing:
            problems.append(f"{where}: lacks {missing}")
            continue
        if (run["device"], run["torch"]) in seen:
            problems.append(f"{where}: a second entry for the same device and torch")
        seen.add((run["device"], run["torch"]))
        if not re.fullmatch(r"\d{4}-\d\d-\d\d", run["date"]):
            problems.append(f"{where}: date {run['date']!r} is not YYYY-MM-DD")
        for snippet, entry in run["snippets"].items():
            if entry.get("result") not in RESULTS or not entry.get("sha"):
                problems.append(f"{where}: {snippet} has no sha or an unknown result {entry.get('result')!r}")
            elif entry["result"] == "differs" and "printed" not in entry:
                problems.append(f"{where}: {snippet} differs but does not keep what it printed")
            elif entry["result"] == "skipped" and not entry.get("why"):
                problems.append(f"{where}: {snippet} is skipped without a reason")
        expected = count_blocks(run["snippets"])
        if run["blocks"] != expected:
            problems.append(f"{where}: blocks {run['blocks']} do not add up to its snippets' results {expected}")
    return problems


OWN_SKIPS = ("cpu-only", "cuda-only")  # a snippet's own reason not to run on a device (harness/verify/sandbox.py)


def page_runs(record: dict, snippets: list[str], root: Path = ROOT) -> list[dict]:
    """The runs that verified every snippet of a page in its current code: each ran it, or skipped it for a reason of
    the snippet's own (cpu-only, cuda-only), and at least one ran."""
    current = {s: code_hash(s, root) for s in snippets if (root / "snippets" / s).exists()}

    def counts(entry: dict | None, sha: str) -> bool:
        if not entry or entry["sha"] != sha:
            return False
        return entry["result"] != "skipped" or entry.get("why", "").startswith(OWN_SKIPS)

    return [
        run
        for run in record["runs"]
        if all(counts(run["snippets"].get(s), sha) for s, sha in current.items())
        and any(run["snippets"][s]["result"] != "skipped" for s in current)
    ]


def differences(record: dict, snippet: str, root: Path = ROOT) -> list[tuple[dict, str]]:
    """(run, what it printed) for every run of another release whose output of this snippet, as it is now,
    differs from the page's."""
    sha = code_hash(snippet, root)
    found = []
    for run in record["runs"]:
        entry = run["snippets"].get(snippet)
        if entry and entry["sha"] == sha and entry["result"] == "differs":
            found.append((run, entry["printed"]))
    return found
