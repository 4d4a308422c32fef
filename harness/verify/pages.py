"""The pages, and the snippets their code blocks include, read the way the tests and the update command need them.

A page is docs/<lang>/<chapter>/<page>.md, and its code lives in its own folder, snippets/<chapter>/<page>/.
Each fenced block on it holds exactly one include line, `--8<-- "<chapter>/<page>/<name>.py"`; a python block
may be followed by its output block, `<!--pytest-codeblocks:expected-output-->` and a fence including
`<chapter>/<page>/<name>.out`.
Fences are found with pytest-codeblocks' parser and includes are expanded with pymdownx.snippets'
own preprocessor, so the tests read exactly what `mkdocs build` renders.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from pathlib import Path

import markdown
import yaml
from pytest_codeblocks import extract_from_buffer

from harness import ROOT

LANGUAGES = ("zh", "en")  # the first is the default language, served at /
INCLUDE_LINE = re.compile(r'^-{1,}8<-{1,}\s+"([^"]+)"\s*$')
HEADING_ID = re.compile(r"^#{1,6} .*\{[^}]*#([\w-]+)[^}]*\}\s*$", re.M)
PYTHON_SYNTAXES = {"python", "py"}


class PageError(Exception):
    """A page that breaks the rules above; the message names the page and the file."""


@dataclass(frozen=True)
class Block:
    """One python fence on one page: the snippet it includes and the output file shown under it."""

    page: Path  # relative to the project root, e.g. docs/zh/tensors/reductions.md
    line: int
    snippet: str  # relative to snippets/, e.g. tensors/reductions/keepdim.py
    output: str | None  # tensors/reductions/keepdim.out, or None when the page shows no output

    @property
    def where(self) -> str:
        return f"{self.page.as_posix()}:{self.line}"


@dataclass
class Page:
    path: Path  # relative to the project root
    lang: str
    name: str  # the same for both twins: tensors/reductions.md
    topics: list[str]
    includes: list[str]  # every include of every fence, in order
    blocks: list[Block]
    heading_ids: list[str]
    figures: list[str]  # images referenced from docs/assets/figures, relative to it
    problems: list[str] = field(default_factory=list)

    @property
    def folder(self) -> str:
        """Its folder under snippets/ and docs/assets/figures/: tensors/reductions."""
        return self.name[: -len(".md")]

    @property
    def url(self) -> str:
        """Where the built site serves it: /tensors/reductions/ for zh, /en/tensors/reductions/ for en."""
        stem = self.name[: -len(".md")]
        return self.root_url + ("" if stem == "index" else stem.removesuffix("/index") + "/")

    @property
    def root_url(self) -> str:
        """Where the page's language is served: / for the default, /en/ for English."""
        return "/" if self.lang == LANGUAGES[0] else f"/{self.lang}/"

    def download_url(self, ext: str) -> str:
        """The page's code as a download (harness/site/downloads.py): /tensors/joining.py, /en/migration/index.ipynb."""
        return self.root_url + self.name[: -len(".md")] + ext

    @property
    def notebook_url(self) -> str:
        """Where the site shows the page's code as a notebook, rendered by mkdocs-jupyter: <url>notebook/."""
        return self.url + "notebook/"


def snippet_expander(root: Path = ROOT):
    """pymdownx.snippets' preprocessor configured as in mkdocs.yml: base_path snippets/, check_paths on."""
    md = markdown.Markdown(
        extensions=["pymdownx.snippets"],
        extension_configs={"pymdownx.snippets": {"base_path": [str(root / "snippets")], "check_paths": True}},
    )
    return md.preprocessors["snippet"]


def expand(include: str, root: Path = ROOT, expander=None) -> str:
    """The text that `--8<-- "include"` becomes on the rendered page."""
    expander = expander or snippet_expander(root)
    try:
        lines = expander.run([f'--8<-- "{include}"'])
    except Exception as exc:  # pymdownx raises SnippetMissingError (an IOError) for a missing file
        raise PageError(f"cannot include {include!r}: {exc}") from None
    return "\n".join(lines) + "\n"


def front_matter(text: str) -> dict:
    if not text.startswith("---\n"):
        return {}
    end = text.find("\n---", 4)
    if end < 0:
        return {}
    return yaml.safe_load(text[4:end]) or {}


def read_page(path: Path, root: Path = ROOT) -> Page:
    rel = path.relative_to(root)
    lang = rel.parts[1]
    text = path.read_text("utf-8")
    page = Page(
        path=rel,
        lang=lang,
        name=Path(*rel.parts[2:]).as_posix(),
        topics=list(front_matter(text).get("topics") or []),
        includes=[],
        blocks=[],
        heading_ids=HEADING_ID.findall(text),
        figures=re.findall(r"assets/figures/([\w./-]+\.png)", text),
    )
    for figure in page.figures:
        if not figure.startswith(page.folder + "/"):
            page.problems.append(
                f"{rel}: shows {figure}, but this page's figures live in docs/assets/figures/{page.folder}/"
            )
    try:
        fences = extract_from_buffer(io.StringIO(text))
    except RuntimeError as exc:
        page.problems.append(f"{rel}: cannot parse code fences: {exc}")
        return page
    for fence in fences:
        syntax = (fence.syntax or "").split(" ")[0].strip()
        code = _single_include(fence.code)
        if code is None:
            page.problems.append(
                f"{rel}:{fence.lineno}: a ```{syntax} block must hold exactly one line "
                f'`--8<-- "<chapter>/<file>"`; code lives in snippets/, not on the page'
            )
            continue
        if not code.startswith(page.folder + "/"):
            page.problems.append(
                f"{rel}:{fence.lineno}: includes {code}, but this page's code lives in snippets/{page.folder}/"
            )
            continue
        page.includes.append(code)
        output = None
        if fence.expected_output is not None:
            output = _single_include(fence.expected_output)
            if output is None:
                page.problems.append(f"{rel}:{fence.lineno}: the output block under {code} must include its .out file")
                continue
            page.includes.append(output)
        if syntax not in PYTHON_SYNTAXES:
            continue
        if not code.endswith(".py"):
            page.problems.append(f"{rel}:{fence.lineno}: a python block must include a .py file, not {code}")
            continue
        if output is not None and output != code[:-3] + ".out":
            page.problems.append(f"{rel}:{fence.lineno}: the output of {code} must be {code[:-3]}.out, not {output}")
            continue
        page.blocks.append(Block(rel, fence.lineno, code, output))
    return page


def _single_include(code: str) -> str | None:
    lines = [line for line in code.splitlines() if line.strip()]
    if len(lines) != 1:
        return None
    m = INCLUDE_LINE.match(lines[0].strip())
    return m.group(1) if m else None


def read_pages(root: Path = ROOT) -> list[Page]:
    pages = []
    for lang in LANGUAGES:
        pages += [read_page(p, root) for p in sorted((root / "docs" / lang).rglob("*.md"))]
    return pages


@dataclass
class Catalog:
    """Every snippet a page runs, with the blocks that include it, and what is wrong with the pages."""

    pages: list[Page]
    uses: dict[str, list[Block]]  # snippet -> the blocks (zh and en) that include it
    problems: list[str]


def catalog(root: Path = ROOT) -> Catalog:
    pages = read_pages(root)
    uses: dict[str, list[Block]] = {}
    problems = [p for page in pages for p in page.problems]
    expander = snippet_expander(root)
    for page in pages:
        for include in page.includes:
            try:
                expand(include, root, expander)
            except PageError as exc:
                problems.append(f"{page.path}: {exc}")
        for block in page.blocks:
            uses.setdefault(block.snippet, []).append(block)
    for snippet, blocks in uses.items():
        shown = {b.output for b in blocks}
        if len(shown) > 1:
            problems.append(f"{snippet}: some pages show its output and some do not: {[b.where for b in blocks]}")
    return Catalog(pages, uses, problems)


def write_generated(pages: dict[Path, str]) -> list[Path]:
    """Write each generated page whose text changed (the API index, the glossary, the errors index); the paths
    written, for `make update-outputs` to report."""
    changed = []
    for path, text in pages.items():
        if not path.exists() or path.read_text("utf-8") != text:
            path.write_text(text, "utf-8")
            changed.append(path)
    return changed
