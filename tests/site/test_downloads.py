"""Each recipe page's code as a .py script and a Jupyter notebook, built from its snippets (harness/site/downloads.py),
and the notebook shown on the site, rendered by mkdocs-jupyter (harness/site/notebook_views.py)."""

import ast
import html
import json
import re
from urllib.parse import urljoin

import pytest

from harness.site import downloads
from harness.verify.outputs import normalise
from harness.verify.pages import ROOT, read_pages
from harness.verify.sandbox import visible_code

RECIPES = [p for p in read_pages() if p.blocks]


@pytest.mark.parametrize("page", RECIPES, ids=lambda p: p.path.as_posix())
def test_script_and_notebook_hold_the_page_in_order(page):
    script = downloads.script(page, "https://example.org" + page.url)
    ast.parse(script)  # a valid Python file, code that raises commented out
    nb = json.loads(downloads.notebook(page, "https://example.org" + page.url))
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert ["".join(c["source"]) for c in code] == [  # as the page shows it: no harness-only directive
        visible_code((ROOT / "snippets" / b.snippet).read_text("utf-8")) for b in page.blocks
    ]
    headings = ["".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown"][1:]
    assert headings[0].startswith("# ") and all(h.startswith("#") for h in headings)


def test_site_offers_the_downloads(site):
    for page in RECIPES:
        stem = page.name[: -len(".md")]
        base = site / ("" if page.lang == "zh" else page.lang)
        for ext in (".py", ".ipynb"):
            assert (base / (stem + ext)).exists(), f"{page.path}: no {stem + ext} in the site"
        html = (site / page.url.lstrip("/") / "index.html").read_text("utf-8")
        name = stem.split("/")[-1]
        assert re.search(rf'<a download href="(\.\./)?{name}\.ipynb">', html), f"{page.path}: no download link"


def test_site_shows_each_notebook_rendered_by_mkdocs_jupyter(site):
    for page in RECIPES:
        view = site / page.notebook_url.lstrip("/") / "index.html"
        assert view.exists(), f"{page.path}: no notebook view at {page.notebook_url}"
        text = view.read_text("utf-8")
        assert 'class="jp-Notebook"' in text, f"{view}: not rendered by mkdocs-jupyter"
        # mkdocs-jupyter keeps each code cell's source beside it, for its copy button
        cells = [
            html.unescape(c) for c in re.findall(r'<div [^>]*class="clipboard-copy-txt"[^>]*>(.*?)</div>', text, re.S)
        ]
        snippets = [visible_code((ROOT / "snippets" / b.snippet).read_text("utf-8")) for b in page.blocks]
        assert [c.rstrip() for c in cells] == [s.rstrip() for s in snippets], (
            f"{view}: cells differ from the page's code"
        )
        shown = html.unescape(text)
        for output in {b.output for b in page.blocks if b.output}:
            assert (ROOT / "snippets" / output).read_text("utf-8").strip() in shown, f"{view}: no {output}"
        loaded = re.findall(r'<script[^>]* src="([^"]*)"|<link[^>]* href="([^"]*)"[^>]* rel="stylesheet"', text)
        for src in filter(None, (a or b for a, b in loaded)):
            assert (site / urljoin(page.notebook_url, src).lstrip("/")).is_file(), f"{view}: {src} is not in the site"
        recipe = (site / page.url.lstrip("/") / "index.html").read_text("utf-8")
        assert 'href="notebook/"' in recipe, f"{page.path}: no link to its notebook view"
        twin = next(p for p in RECIPES if p.name == page.name and p.lang != page.lang)
        switch = re.search(rf'<a href="([^"]*)" hreflang="{twin.lang}"', text)[1]
        assert urljoin(page.notebook_url, switch) == twin.notebook_url, f"{view}: the language switcher misses the twin"


def test_a_notebook_runs_end_to_end_and_prints_what_the_page_shows(tmp_path):
    nbclient = pytest.importorskip("nbclient")
    import nbformat

    page = next(p for p in RECIPES if p.lang == "en" and p.name == "tensors/joining.md")
    nb = nbformat.reads(downloads.notebook(page, page.url), as_version=4)
    expected = [c.outputs for c in nb.cells if c.cell_type == "code"]
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = []
    nbclient.NotebookClient(
        nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}
    ).execute()
    ran = [c.outputs for c in nb.cells if c.cell_type == "code"]
    printed = ["".join(o.get("text", "") for o in outs) for outs in ran]
    shown = ["".join(o["text"] for o in outs) for outs in expected]
    assert [normalise(p) for p in printed] == [normalise(s) for s in shown]
