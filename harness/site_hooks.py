"""MkDocs hooks (see `hooks:` in mkdocs.yml).

* The "verified" badge under each recipe page's title: PyTorch version, devices and date, read from the
  verification record (docs/assets/verified.json) that `make update-outputs` and recorded test runs write.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # mkdocs loads this file by path

from harness import record  # noqa: E402

INCLUDE = re.compile(r'^\s*-{1,}8<-{1,}\s+"([^"]+\.py)"\s*$', re.M)
DEVICE_NAMES = {"cpu": "CPU", "cuda": "CUDA GPU"}
BADGE = {
    "zh": '<p class="verified-badge" markdown>:material-check-decagram: 本页代码已验证：PyTorch {torch} · torchvision {torchvision} · {devices} · {date}</p>',
    "en": '<p class="verified-badge" markdown>:material-check-decagram: Code on this page verified with PyTorch {torch} · torchvision {torchvision} · {devices} · {date}</p>',
}


def on_page_markdown(markdown: str, page, config, files):
    snippets = INCLUDE.findall(markdown)
    if not snippets:
        return markdown
    verified = record.load()
    devices = record.page_devices(verified, snippets)
    if not devices:
        return markdown
    lang = "en" if page.file.src_uri.startswith("en/") else "zh"
    badge = BADGE[lang].format(
        torch=verified["torch"], torchvision=verified["torchvision"], date=verified["date"],
        devices=" + ".join(DEVICE_NAMES[d] for d in devices),
    )
    title = re.search(r"^# .*$", markdown, re.M)
    at = title.end() if title else 0
    return f"{markdown[:at]}\n\n{badge}\n{markdown[at:]}"
