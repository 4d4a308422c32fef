"""The chapter of common errors (docs/<lang>/errors/): its headings quote error messages as readers paste them.

A heading such as `## RuntimeError: mat1 and mat2 shapes cannot be multiplied { #mat1-mat2 }` is a *message
heading*: the message as readers paste it, cut before the first number or name that varies, or with "…" standing for
such a part where the cut would leave too little (`## IndexError: Target … is out of bounds { #target }`). Its
section (up to the next heading of the same or a higher level) includes the snippet that raises the error, and the
quoted text must appear in that snippet's generated output (tests/site/test_errors_chapter.py), so a PyTorch upgrade
that rewords a message fails the tests. The chapter's index page, a table of every message and its recipe sorted by the
message's first words, is generated from the same headings by `make update-outputs`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from harness import ROOT
from harness.site.search_index import generated_page_head
from harness.verify.for_site import INCLUDE_LINE, LANGUAGES, differences, expectation, load_record, write_generated

SOURCE = "harness/site/errors_chapter.py, from the headings of the chapter's pages"

CHAPTER = "errors"
MESSAGE_HEADING = re.compile(
    r"^(?P<hashes>#{2,3}) (?P<kind>[\w.]*(?:Error|Warning|Exception)): (?P<message>.+?)"
    r"\s*\{[^}]*#(?P<id>[\w-]+)[^}]*\}\s*$"
)
ANY_HEADING = re.compile(r"^(#{1,6}) ")
OPERATOR_PREFIX = re.compile(r"^[a-z_][a-z0-9_]*: ")  # addmm: mat1 and mat2 shapes cannot be multiplied

TEXT = {
    "zh": {
        "title": "常见报错",
        "intro": (
            "把终端里的报错信息粘贴到搜索框，或者在下表里按报错的开头几个词找到它。每条报错都有一段能复现它的"
            "最小代码、它的真实输出、一两句解释和改好的代码。"
        ),
        "columns": "| 报错信息 | 异常类型 | 见 |",
    },
    "en": {
        "title": "Common errors",
        "intro": (
            "Paste the message from your terminal into the search box, or find it in the table below by its first "
            "words. Each error comes with the smallest code that raises it, its real output, a sentence or two on "
            "what it means, and the fix."
        ),
        "columns": "| Message | Exception | See |",
    },
}


@dataclass(frozen=True)
class MessageHeading:
    page: Path  # relative to the project root
    line: int
    kind: str  # RuntimeError
    message: str  # mat1 and mat2 shapes cannot be multiplied
    anchor: str
    includes: tuple[str, ...]  # the files included in its section (snippets and outputs), relative to snippets/

    @property
    def quoted(self) -> str:
        return f"{self.kind}: {self.message}"

    @property
    def sort_key(self) -> str:
        """Where the index lists it: by the words after an operator's name (`addmm: mat1 and mat2 …` under m)."""
        return OPERATOR_PREFIX.sub("", self.message).lower()

    def shown_in(self, output: str) -> bool:
        """Whether the output prints this message; "…" in a heading stands for a part that varies (a number, a
        name), as in `IndexError: Target … is out of bounds`. An operator's name that starts the message
        (`addmm: `, which PyTorch 2.15 added) may be missing: earlier releases print the message without it."""
        message = OPERATOR_PREFIX.sub("", self.message)
        prefix = self.message[: len(self.message) - len(message)]
        parts = [re.escape(part.strip()) for part in message.split("…")]
        pattern = re.escape(f"{self.kind}: ") + (f"(?:{re.escape(prefix)})?" if prefix else "") + r".+?".join(parts)
        return re.search(pattern, " ".join(output.split())) is not None


def chapter_pages(lang: str, root: Path = ROOT) -> list[Path]:
    folder = root / "docs" / lang / CHAPTER
    return sorted(p for p in folder.glob("*.md") if p.name != "index.md") if folder.is_dir() else []


def message_headings(path: Path, root: Path = ROOT) -> list[MessageHeading]:
    """The message headings of one page, each with the outputs shown in its section."""
    lines = path.read_text("utf-8").splitlines()
    found = []
    for number, line in enumerate(lines, start=1):
        m = MESSAGE_HEADING.match(line)
        if not m:
            continue
        level, includes = len(m["hashes"]), []
        for later in lines[number:]:
            heading = ANY_HEADING.match(later)
            if heading and len(heading.group(1)) <= level:
                break
            include = INCLUDE_LINE.match(later.strip())
            if include:
                includes.append(include.group(1))
        rel = path.relative_to(root)
        found.append(MessageHeading(rel, number, m["kind"], m["message"], m["id"], tuple(includes)))
    return found


def heading_problems(root: Path = ROOT) -> tuple[list[str], list[str]]:
    """(problems, unchecked): a message heading whose text no output in its section shows is a problem, unless
    its section's code is cuda-only and no CUDA run has produced an output yet (then it is listed as unchecked)."""
    verified = load_record(root)
    problems, unchecked = [], []
    for lang in LANGUAGES:
        for path in chapter_pages(lang, root):
            for h in message_headings(path, root):
                where = f"{h.page.as_posix()}:{h.line}"
                outputs = [root / "snippets" / inc for inc in h.includes if inc.endswith(".out")]
                shown = [p.read_text("utf-8") for p in outputs if p.exists()]
                if any(h.shown_in(text) for text in shown):
                    releases = other_releases(h, verified, root)
                    problems += [
                        f"{where}: the heading quotes {h.quoted!r}, but PyTorch {torch} prints {printed!r} instead"
                        for torch, printed in releases
                        if not h.shown_in(printed)
                    ]
                    continue
                code = [root / "snippets" / inc for inc in h.includes if inc.endswith(".py")]
                if not shown and any(p.exists() and expectation(p.read_text("utf-8")).cuda_only for p in code):
                    unchecked.append(f"{where}: {h.quoted} (cuda-only, no CUDA output yet)")
                elif not shown:
                    problems.append(f"{where}: the heading quotes {h.quoted!r}, but its section shows no output")
                else:
                    problems.append(
                        f"{where}: the heading quotes {h.quoted!r}, which no output in its section shows "
                        f"({', '.join(inc for inc in h.includes if inc.endswith('.out'))}): did PyTorch reword it?"
                    )
    return problems, unchecked


def other_releases(h: MessageHeading, verified: dict, root: Path = ROOT) -> list[tuple[str, str]]:
    """(torch, its error line) for each other release whose output of the heading's first snippet differs from the
    page and still raises the heading's kind of error: the heading must match those words too."""

    found = []
    for inc in h.includes:
        if inc.endswith(".py") and (root / "snippets" / inc).exists():
            for run, printed in differences(verified, inc, root):
                lines = [line for line in printed.splitlines() if line.startswith(f"{h.kind}: ")]
                found += [(run["torch"], line) for line in lines[:1]]
    return found


def page_title(path: Path) -> str:
    return next(line[2:].strip() for line in path.read_text("utf-8").splitlines() if line.startswith("# "))


def render(lang: str, root: Path = ROOT) -> str:
    text = TEXT[lang]
    rows = []
    for path in chapter_pages(lang, root):
        title = page_title(path)
        for h in message_headings(path, root):
            rows.append((h.sort_key, f"| [{h.message}]({path.name}#{h.anchor}) | `{h.kind}` | {title} |"))
    table = [text["columns"], "| --- | --- | --- |"] + [row for _, row in sorted(rows)]
    return "\n".join(generated_page_head(SOURCE, text["title"], text["intro"]) + table) + "\n"


def index_path(lang: str, root: Path = ROOT) -> Path:
    return root / "docs" / lang / CHAPTER / "index.md"


def write(root: Path = ROOT) -> list[Path]:
    return write_generated(
        {index_path(lang, root): render(lang, root) for lang in LANGUAGES if chapter_pages(lang, root)}
    )
