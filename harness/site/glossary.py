"""The glossary: one Chinese and one English word per concept, each linked to the recipe that explains it,
read from harness/site/glossary.yml (the file says what a term holds).

`make update-outputs` writes docs/<lang>/glossary.md from it; tests/site/test_generated.py checks that they are current,
and tests/site/test_glossary.py that the Chinese pages use none of the variants it rejects and that every link lands on
an existing recipe.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml

from harness import ROOT
from harness.site.api_index import HEADING
from harness.site.search_index import generated_page_head
from harness.verify.for_site import LANGUAGES, read_pages, write_generated

SOURCE = "harness/site/glossary.py, from harness/site/glossary.yml"

DATA = Path("harness") / "site" / "glossary.yml"
PAGE = "glossary.md"
SKIPPED = {PAGE, "api.md"}  # the glossary names the rejected variants; the API index repeats the pages' headings

TEXT = {
    "zh": {
        "title": "术语表",
        "intro": "本手册每个概念只用一个中文词、一个英文词。下表列出这些词和讲解它们的菜谱，"
        "按章节分组、组内按英文排序；“不用的说法”是手册刻意不用的同义词，测试会检查中文页面里"
        "没有出现它们。",
        "columns": ("中文", "English", "不用的说法", "见"),
    },
    "en": {
        "title": "Glossary",
        "intro": "The cookbook uses one Chinese word and one English word for each concept. The table lists them with "
        "the recipe that explains each, grouped by chapter and sorted by the English word.",
        "columns": ("English", "中文", "See"),
    },
}


@dataclass(frozen=True)
class Term:
    zh: str
    en: str
    see: str  # <chapter>/<page>.md#<heading id>
    rejected: tuple[str, ...] = ()
    allowed: tuple[str, ...] = ()

    @property
    def page(self) -> str:
        return self.see.partition("#")[0]

    @property
    def anchor(self) -> str:
        return self.see.partition("#")[2]


def load(root: Path = ROOT) -> list[Term]:
    entries = yaml.safe_load((root / DATA).read_text("utf-8"))
    return [
        Term(
            zh=str(e["zh"]),
            en=str(e["en"]),
            see=e["see"],
            rejected=tuple(e.get("rejected", ())),
            allowed=tuple(e.get("allowed", ())),
        )
        for e in entries
    ]


def chapters(root: Path = ROOT) -> list[tuple[str, dict[str, str], set[str]]]:
    """(id, {lang: section title}, its pages) for each chapter of `nav` in mkdocs.yml, in order. The id is the
    chapter's folder, or the slug of its English title where two chapters share a folder."""
    config = yaml.load((root / "mkdocs.yml").read_text("utf-8"), Loader=yaml.BaseLoader)
    i18n = next(p["i18n"] for p in config["plugins"] if isinstance(p, dict) and "i18n" in p)
    translations = next(lang["nav_translations"] for lang in i18n["languages"] if lang["locale"] == "en")
    sections = []
    for item in config["nav"]:
        ((title, target),) = item.items()
        if isinstance(target, list):
            pages = {p if isinstance(p, str) else next(iter(p.values())) for p in target}
            sections.append((title, pages))
    folders = Counter(next(iter(pages)).split("/")[0] for _, pages in sections)
    found = []
    for title, pages in sections:
        en = translations.get(title, title)
        (folder,) = {page.split("/")[0] for page in pages}
        ident = folder if folders[folder] == 1 else re.sub(r"[^a-z0-9]+", "-", en.lower()).strip("-")
        found.append((ident, {"zh": title, "en": en}, pages))
    return found


def headings(page: str, lang: str, root: Path = ROOT) -> dict[str, str]:
    """Heading id -> heading text on docs/<lang>/<page>; empty when the page does not exist."""
    path = root / "docs" / lang / page
    if not path.exists():
        return {}
    return {m.group(3): m.group(2) for m in map(HEADING.match, path.read_text("utf-8").splitlines()) if m}


def render(lang: str, root: Path = ROOT) -> str:
    terms = load(root)
    text = TEXT[lang]
    out = generated_page_head(SOURCE, text["title"], text["intro"])
    for chapter, titles, pages in chapters(root):
        group = sorted((t for t in terms if t.page in pages), key=lambda t: t.en.casefold())
        if not group:
            continue
        columns = text["columns"]
        out += [f"## {titles[lang]} {{ #{chapter} }}", "", "| " + " | ".join(columns) + " |"]
        out.append("|" + " --- |" * len(columns))
        for term in group:
            title = headings(term.page, lang, root).get(term.anchor, term.see)
            link = f"[{title}]({term.see})"
            if lang == "zh":
                row = (term.zh, term.en, "、".join(term.rejected), link)
            else:
                row = (term.en, term.zh, link)
            out.append("| " + " | ".join(_cell(c) for c in row) + " |")
        out.append("")
    return "\n".join(out)


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def glossary_page_path(lang: str, root: Path = ROOT) -> Path:
    return root / "docs" / lang / PAGE


def write(root: Path = ROOT) -> list[Path]:
    return write_generated({glossary_page_path(lang, root): render(lang, root) for lang in LANGUAGES})


# What is not prose on a page: inline code, a link's target, math, HTML comments, and text quoted from the notes.
NOT_PROSE = re.compile(r"(`+).+?\1|\]\([^)]*\)|\$[^$]+\$|<!--.*?-->|“[^”]*”")
FENCE = re.compile(r"^\s*(```|~~~)")


def prose_lines(text: str):
    """(line number, the line's prose) for every line of a page outside code fences and display math."""
    in_fence = in_math = in_front_matter = False
    for number, line in enumerate(text.splitlines(), start=1):
        if number == 1 and line == "---":
            in_front_matter = True
            continue
        if in_front_matter:
            in_front_matter = line != "---"
            continue
        if FENCE.match(line):
            in_fence = not in_fence
            continue
        if line.strip() == "$$":
            in_math = not in_math
            continue
        if in_fence or in_math:
            continue
        yield number, NOT_PROSE.sub(" ", line)


def _variant_pattern(variant: str) -> re.Pattern:
    if variant.isascii():  # a Latin word: whole words only, any case (kernel, not kernel_size)
        return re.compile(rf"(?<![\w-]){re.escape(variant)}(?![\w-])", re.IGNORECASE)
    return re.compile(re.escape(variant))


def variant_uses(root: Path = ROOT, terms: list[Term] | None = None, lang: str = "zh") -> list[str]:
    """Every use of a rejected variant in the prose of the docs/<lang> pages: page, line, variant, preferred word."""
    terms = load(root) if terms is None else terms
    checks = [(term, v, _variant_pattern(v)) for term in terms for v in term.rejected]
    problems = []
    for path in sorted((root / "docs" / lang).rglob("*.md")):
        rel = path.relative_to(root)
        if rel.relative_to(Path("docs") / lang).as_posix() in SKIPPED:
            continue
        for number, prose in prose_lines(path.read_text("utf-8")):
            for term, variant, pattern in checks:
                line = prose
                for phrase in term.allowed:
                    line = line.replace(phrase, " ")
                if pattern.search(line):
                    problems.append(
                        f"{rel.as_posix()}:{number}: uses “{variant}”; the glossary's word for "
                        f"{term.en} is “{term.zh}” ({DATA.as_posix()})"
                    )
    return problems


def link_problems(root: Path = ROOT, terms: list[Term] | None = None) -> list[str]:
    """Glossary links that do not land on an existing page and heading id, in either language."""
    terms = load(root) if terms is None else terms
    ids = {(page.lang, page.name): set(page.heading_ids) for page in read_pages(root)}
    problems = []
    for term in terms:
        for lang in LANGUAGES:
            if (lang, term.page) not in ids:
                problems.append(f"{term.zh} / {term.en}: {term.see}: docs/{lang}/{term.page} does not exist")
            elif term.anchor not in ids[(lang, term.page)]:
                problems.append(
                    f"{term.zh} / {term.en}: {term.see}: docs/{lang}/{term.page} has no heading with that id"
                )
    return problems
