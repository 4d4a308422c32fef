"""The contract between the two languages, and between pages and snippets/:

* every page in docs/zh has its twin in docs/en (same path) and the other way round;
* twins include the same files in the same order, declare the same `topics:`, use the same heading ids
  and show the same figures;
* a page with code declares the topics it covers, with ids from TOPICS.md;
* every file in snippets/ is included by some page, and every figure is shown by some page and stays small.
"""

from __future__ import annotations

import re
from pathlib import Path

from harness.verify.outputs import FIGURES
from harness.verify.pages import LANGUAGES, ROOT, Page, read_pages

TOPICS_FILE = ROOT.parent / "shared" / "TOPICS.md"
MAX_FIGURE_BYTES = 150_000
TOPIC_LINE = re.compile(r"^- ([A-Z]\d\d) ", re.M)


def known_topics(path: Path = TOPICS_FILE) -> set[str] | None:
    return set(TOPIC_LINE.findall(path.read_text("utf-8"))) if path.exists() else None


def parity_problems(root: Path = ROOT, topics: set[str] | None = None) -> list[str]:
    pages = read_pages(root)
    by_lang: dict[str, dict[str, Page]] = {lang: {} for lang in LANGUAGES}
    for page in pages:
        by_lang[page.lang][page.name] = page
    problems = []
    default, *others = LANGUAGES
    for lang in others:
        for name in sorted(set(by_lang[default]) ^ set(by_lang[lang])):
            have, lack = (default, lang) if name in by_lang[default] else (lang, default)
            problems.append(f"docs/{lack}/{name} is missing: docs/{have}/{name} has no translation")
        for name in sorted(set(by_lang[default]) & set(by_lang[lang])):
            problems += _twin_problems(by_lang[default][name], by_lang[lang][name])
    for page in pages:
        if page.blocks and not page.topics:
            problems.append(f"{page.path}: has code but no `topics:` in its front matter")
        unknown = sorted(set(page.topics) - topics) if topics is not None else []
        if unknown:
            problems.append(f"{page.path}: unknown topic ids {unknown} (see TOPICS.md)")
    problems += _orphans(root, pages)
    return problems


def _twin_problems(a: Page, b: Page) -> list[str]:
    problems = []
    for what in ("includes", "topics", "heading_ids", "figures"):
        left, right = getattr(a, what), getattr(b, what)
        if left != right:
            problems.append(
                f"{a.path} and {b.path}: {what.replace('_', ' ')} differ:\n  {a.lang}: {left}\n  {b.lang}: {right}"
            )
    return problems


def _orphans(root: Path, pages: list[Page]) -> list[str]:
    included = {inc for page in pages for inc in page.includes}
    problems = []
    for path in sorted((root / "snippets").rglob("*")):
        rel = path.relative_to(root / "snippets").as_posix()
        tooling = rel == "ruff.toml" or any(part.startswith(".") or part == "__pycache__" for part in Path(rel).parts)
        if path.is_file() and not tooling and rel not in included:
            problems.append(f"snippets/{rel} is not included by any page")
    shown = {fig for page in pages for fig in page.figures}
    for path in sorted((root / FIGURES).rglob("*.png")):
        rel = path.relative_to(root / FIGURES).as_posix()
        if rel.removesuffix(".png").removesuffix(".dark") + ".png" not in shown:  # a dark twin goes with its figure
            problems.append(f"{FIGURES.as_posix()}/{rel} is not shown by any page")
    for path in sorted((root / FIGURES).rglob("*.png")):
        if path.stat().st_size > MAX_FIGURE_BYTES:
            problems.append(
                f"{path.relative_to(root)} is {path.stat().st_size // 1000} KB; keep figures under "
                f"{MAX_FIGURE_BYTES // 1000} KB (smaller figsize or dpi) so pages stay light"
            )
    for fig in sorted(shown):
        if not (root / FIGURES / fig).exists():
            problems.append(
                f"{FIGURES.as_posix()}/{fig} is shown by a page but does not exist; run `make update-outputs`"
            )
    return problems
