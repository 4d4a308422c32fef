"""The synthetic tree for `make bench SCALE=1.5` (harness/tools/synthetic.py): one and a half times the pages, as
new chapters, each copied page with its own snippets, outputs, figures and record entries."""

import json

import yaml

from harness import ROOT
from harness.tools import synthetic
from harness.verify.pages import read_pages


def test_the_synthetic_tree_is_one_and_a_half_times_the_book(tmp_path):
    tree = synthetic.make(tmp_path, 1.5)
    assert synthetic.recipe_pages(tree) >= 1.5 * synthetic.recipe_pages(ROOT) - 2  # whole chapters are copied

    config = yaml.load((tree / "mkdocs.yml").read_text("utf-8"), Loader=yaml.BaseLoader)
    new_chapters = [title for item in config["nav"] for title in item if title.endswith("（续）")]
    english = next(p["i18n"] for p in config["plugins"] if isinstance(p, dict) and "i18n" in p)
    translations = english["languages"][1]["nav_translations"]
    assert new_chapters and all(translations[t].endswith(" (continued)") for t in new_chapters)

    copies = [p for p in read_pages(tree) if synthetic.SUFFIX + "/" in p.name]
    assert copies and all(p.includes for p in copies if p.blocks)
    for page in copies:
        for include in page.includes:  # its own copies, not the originals
            assert include.split("/")[0].endswith(synthetic.SUFFIX) and (tree / "snippets" / include).exists()
    record = json.loads((tree / "docs" / "assets" / "verified.json").read_text("utf-8"))
    pinned = record["runs"][0]["snippets"]
    assert all(b.snippet in pinned for p in copies for b in p.blocks)
