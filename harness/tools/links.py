"""Links within the built site that name a fragment (`page/#anchor`) must land on an id of that page.

`mkdocs build --strict` checks that a linked page exists, not that its anchor does: a heading renamed on one page
silently breaks every `#anchor` that points at it from the others. This reads the built HTML instead, so links
written in Markdown, in generated pages and in the notebook views are checked alike.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

HREF = re.compile(r'<a\b[^>]*?\shref="([^"]*)"', re.I)
ID = re.compile(r'\s(?:id|name)="([^"]+)"')
SKIPPED_DIRS = ("assets/", "search/")


def pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if not p.relative_to(site).as_posix().startswith(SKIPPED_DIRS))


def url_of(site: Path, page: Path) -> str:
    rel = page.relative_to(site).as_posix()
    return "/" + (rel[: -len("index.html")] if rel.endswith("index.html") else rel)


def target_file(site: Path, path: str) -> Path:
    file = site / unquote(path).lstrip("/")
    return file / "index.html" if path.endswith("/") or file.is_dir() else file


def broken_fragments(site: Path) -> tuple[int, list[str]]:
    """(number of internal links with a fragment, one line per link whose page or id is missing)."""
    ids: dict[Path, set[str]] = {}
    checked, broken = 0, []
    for page in pages(site):
        url = url_of(site, page)
        for href in HREF.findall(page.read_text("utf-8")):
            href = html.unescape(href)
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or not parts.fragment:
                continue
            checked += 1
            target = target_file(site, urlsplit(urljoin(url, href)).path)
            where = f"{page.relative_to(site)}: link {href!r}"
            if not target.exists():
                broken.append(f"{where}: no page {target.relative_to(site)}")
                continue
            if target not in ids:
                ids[target] = set(ID.findall(target.read_text("utf-8")))
            if unquote(parts.fragment) not in ids[target]:
                broken.append(f"{where}: {target.relative_to(site)} has no id {unquote(parts.fragment)!r}")
    return checked, broken
