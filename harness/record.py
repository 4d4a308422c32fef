"""The verification record: which PyTorch each snippet was last run with, and on which devices it passed.

`make update-outputs` writes it after its CPU run; a test run writes it too when COOKBOOK_RECORD=1 (the GPU job
of the publishing workflow does this). Devices are remembered per version of a snippet's code: once the code
changes, only the devices it has passed on since count. The site's "verified" badge is read from this file.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import platform
from pathlib import Path

from harness.pages import ROOT

RECORD = Path("docs/assets/verified.json")


def versions() -> dict[str, str]:
    import torch
    import torchvision

    return {
        "torch": torch.__version__.split("+")[0],
        "torchvision": torchvision.__version__.split("+")[0],
        "python": platform.python_version(),
    }


def code_hash(snippet: str, root: Path = ROOT) -> str:
    return hashlib.sha256((root / "snippets" / snippet).read_bytes()).hexdigest()[:16]


def load(root: Path = ROOT) -> dict:
    path = root / RECORD
    return json.loads(path.read_text("utf-8")) if path.exists() else {"snippets": {}}


def update(results: dict[str, dict[str, list[str]]], root: Path = ROOT) -> bool:
    """Merge {snippet: {"passed": [devices], "skipped": [devices]}} into the record; True when it changed."""
    old = load(root)
    current = versions()
    same_versions = all(old.get(k) == v for k, v in current.items())
    snippets = {}
    for snippet in sorted(set(old["snippets"]) | set(results)):
        if not (root / "snippets" / snippet).exists():
            continue  # the snippet is gone
        digest = code_hash(snippet, root)
        before = old["snippets"].get(snippet, {})
        keep = before if same_versions and before.get("sha") == digest else {}
        new = results.get(snippet, {})
        snippets[snippet] = {
            "sha": digest,
            "passed": sorted(set(keep.get("passed", [])) | set(new.get("passed", []))),
            "skipped": sorted(
                (set(keep.get("skipped", [])) | set(new.get("skipped", []))) - set(new.get("passed", []))
            ),
        }
    record = {**current, "date": old.get("date", ""), "snippets": snippets}
    if record == old:
        return False
    record["date"] = datetime.date.today().isoformat()
    (root / RECORD).write_text(json.dumps(record, indent=1, ensure_ascii=False) + "\n", "utf-8")
    return True


def page_devices(record: dict, snippets: list[str]) -> list[str]:
    """Devices on which every snippet of a page passed, or was skipped as cpu-only while the others passed."""
    entries = [record["snippets"].get(s, {}) for s in snippets]
    candidates = {d for e in entries for d in e.get("passed", [])}
    return sorted(
        (d for d in candidates if all(d in e.get("passed", []) or d in e.get("skipped", []) for e in entries)),
        key=["cpu", "cuda"].index,
    )
