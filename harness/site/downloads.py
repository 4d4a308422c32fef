"""A page's code as downloads: a .py script and a Jupyter notebook, both built from the page's snippets in
order, with its headings as comments / Markdown cells and each snippet's printed output (its .out) as the
cell's output. Built when the site is built (harness/site/hooks.py), never kept by hand.

The .py is in Jupytext's "percent" format: a plain script that editors and Jupytext also open as a notebook.
Code that raises on purpose (`# raises ...`) is kept in the notebook, tagged `raises-exception` so that running
all cells goes on past it, and commented out in the script. Like the pages, the downloads leave out the directives
that are for the harness only (`# cpu-only: ...`).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from harness import ROOT
from harness.verify.for_site import Page, expectation, visible_code

HEADING = re.compile(r"^(#{1,3}) (.*?)(?:\s*\{[^}]*?(?:#([\w-]+))?[^}]*\})?\s*$")
SOURCE = {
    "zh": "来自《PyTorch 实用手册》的“{title}”{url}。每个单元格是页面上的一段代码，各自可以独立运行。",
    "en": "From the PyTorch Cookbook, “{title}”{url}. Each cell is one block of code from the page, and runs on "
    "its own.",
}
COMMENTED = {
    "zh": "这段代码会抛出 {error}：为了让脚本继续运行，这里注释掉了",
    "en": "this code raises {error}: commented out so that the script runs on",
}


def cells(page: Page, root: Path = ROOT) -> list[tuple[str, str, str]]:
    """(kind, text, extra) in page order: ("markdown", "## heading", its id or "") or ("code", code, printed output)."""
    by_line = {b.line: b for b in page.blocks}
    found = []
    in_fence = False
    for number, line in enumerate((root / page.path).read_text("utf-8").splitlines(), start=1):
        if number in by_line:
            block = by_line[number]
            code, out = (
                visible_code(_included(block.snippet, block, root)),
                _included(block.output, block, root) if block.output else "",
            )
            found.append(("code", code, out))
        if line.lstrip().startswith("```"):
            in_fence = not in_fence
            continue
        m = HEADING.match(line)
        if m and not in_fence:
            found.append(("markdown", f"{m.group(1)} {m.group(2)}", m.group(3) or ""))
    return found


def _included(name: str, block, root: Path) -> str:
    path = root / "snippets" / name
    if not path.exists():
        hint = " (run `make update-outputs`)" if name.endswith(".out") else ""
        raise FileNotFoundError(f"{block.where} includes snippets/{name}, which does not exist{hint}")
    return path.read_text("utf-8")


def source_line(page: Page, url: str | None, root: Path = ROOT) -> str:
    """Where the code comes from: the page's title, and its address when the site is built with a site URL."""
    lines = (root / page.path).read_text("utf-8").splitlines()
    title = HEADING.match(next(line for line in lines if line.startswith("# ")))
    return SOURCE[page.lang].format(title=title.group(2), url=f" <{url}>" if url else "")


def notebook(page: Page, url: str | None, root: Path = ROOT) -> str:
    nb_cells = [_markdown(source_line(page, url, root))]
    for kind, text, out in cells(page, root):
        if kind == "markdown":  # (out is the heading's id)
            nb_cells.append(_markdown(text))
            continue
        cell = {"cell_type": "code", "execution_count": None, "metadata": {}, "source": _lines(text), "outputs": []}
        if expectation(text).raises:
            cell["metadata"]["tags"] = ["raises-exception"]
        if out:
            cell["outputs"] = [{"output_type": "stream", "name": "stdout", "text": _lines(out)}]
        nb_cells.append(cell)
    nb = {
        "cells": nb_cells,
        "metadata": {
            "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
            "language_info": {"name": "python"},
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    for number, cell in enumerate(nb_cells):
        cell["id"] = f"cell-{number}"
    return json.dumps(nb, ensure_ascii=False, indent=1) + "\n"


def script(page: Page, url: str | None, root: Path = ROOT) -> str:
    parts = [f"# %% [markdown]\n# {source_line(page, url, root)}\n"]
    for kind, text, _ in cells(page, root):
        if kind == "markdown":
            parts.append(f"# %% [markdown]\n# {text}\n")
        elif error := expectation(text).raises:
            body = "".join(f"# {line}\n" if line else "#\n" for line in text.splitlines())
            parts.append(f"# %%\n# {COMMENTED[page.lang].format(error=error)}\n{body}")
        else:
            parts.append(f"# %%\n{text}")
    return "\n".join(parts)


def _markdown(text: str) -> dict:
    return {"cell_type": "markdown", "metadata": {}, "source": _lines(text)}


def _lines(text: str) -> list[str]:
    return text.splitlines(keepends=True)
