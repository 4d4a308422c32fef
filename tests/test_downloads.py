"""Each recipe page's code as a .py script and a Jupyter notebook, built from its snippets (harness/downloads.py)."""
import ast
import json
import re

import pytest

from harness import downloads
from harness.outputs import normalise
from harness.pages import ROOT, read_pages

RECIPES = [p for p in read_pages() if p.blocks]


@pytest.mark.parametrize("page", RECIPES, ids=lambda p: p.path.as_posix())
def test_script_and_notebook_hold_the_page_in_order(page):
    script = downloads.script(page, "https://example.org" + page.url)
    ast.parse(script)  # a valid Python file, legacy code that raises commented out
    nb = json.loads(downloads.notebook(page, "https://example.org" + page.url))
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert ["".join(c["source"]) for c in code] == [(ROOT / "snippets" / b.snippet).read_text("utf-8") for b in page.blocks]
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


def test_a_notebook_runs_end_to_end_and_prints_what_the_page_shows(tmp_path):
    nbclient = pytest.importorskip("nbclient")
    import nbformat

    page = next(p for p in RECIPES if p.lang == "en" and p.name == "tensors/joining.md")
    nb = nbformat.reads(downloads.notebook(page, page.url), as_version=4)
    expected = [c.outputs for c in nb.cells if c.cell_type == "code"]
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = []
    nbclient.NotebookClient(nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}).execute()
    ran = [c.outputs for c in nb.cells if c.cell_type == "code"]
    printed = ["".join(o.get("text", "") for o in outs) for outs in ran]
    shown = ["".join(o["text"] for o in outs) for outs in expected]
    assert [normalise(p) for p in printed] == [normalise(s) for s in shown]
