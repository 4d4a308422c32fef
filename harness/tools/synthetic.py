"""A synthetic cookbook one and a half times the size of the real one, to measure the budgets before the content
grows (`make bench SCALE=1.5`): a copy of the project in which whole chapters are duplicated under new names
(`tensors-b/`, with their snippets, outputs, figures and verification record entries) until there are SCALE times
as many recipe pages. The copies are new chapters in `nav`, so the sidebar grows as a real book's would.

    python -m harness.tools.synthetic OUT [SCALE]    writes OUT/cookbook (and OUT/shared, a link to ../shared)
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from harness import ROOT
from harness.verify.record import count_blocks

SUFFIX = "-b"
CONTINUED = {"zh": "（续）", "en": " (continued)"}


def project_files(root: Path = ROOT) -> list[str]:
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"], cwd=root, capture_output=True, text=True
    )
    return [f for f in listed.stdout.splitlines() if (root / f).is_file()]


def chapters_to_copy(nav: list, scale: float) -> list[tuple[str, str, list[str]]]:
    """(title, folder, pages) of the first chapters in `nav` whose pages, copied, make SCALE times the recipes."""
    sections = [(t, pages) for item in nav for t, pages in item.items() if isinstance(pages, list)]
    recipes = sum(len(pages) for _, pages in sections)
    chosen, added = [], 0
    for title, pages in sections:
        paths = [p if isinstance(p, str) else next(iter(p.values())) for p in pages]
        folders = {p.split("/")[0] for p in paths}
        if added >= (scale - 1) * recipes or len(folders) != 1 or any(p.endswith("index.md") for p in paths):
            continue
        chosen.append((title, folders.pop(), pages))
        added += len(pages)
    return chosen


def copy_chapter(tree: Path, folder: str, pages: list) -> list:
    """Copy a chapter's pages (both languages), snippets and figures to <folder>-b; returns its nav entries."""
    new = folder + SUFFIX
    entries = []
    for page in pages:
        title, path = next(iter(page.items())) if isinstance(page, dict) else (None, page)
        name = Path(path).stem
        for lang in ("zh", "en"):
            text = (tree / "docs" / lang / path).read_text("utf-8")
            text = text.replace(f'"{folder}/{name}/', f'"{new}/{name}/').replace(
                f"assets/figures/{folder}/{name}/", f"assets/figures/{new}/{name}/"
            )
            target = tree / "docs" / lang / new / f"{name}.md"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, "utf-8")
        for kind in ("snippets", "docs/assets/figures"):
            source = tree / kind / folder / name
            if source.is_dir():
                shutil.copytree(source, tree / kind / new / name)
        entries.append({title: f"{new}/{name}.md"} if title else f"{new}/{name}.md")
    return entries


def copy_record(tree: Path, copied: list[str]) -> None:
    """The copied snippets were verified as their originals were: the record says so under their new names."""
    path = tree / "docs" / "assets" / "verified.json"
    record = json.loads(path.read_text("utf-8"))

    def renamed(snippet: str) -> str | None:
        folder, rest = snippet.split("/", 1)
        return f"{folder}{SUFFIX}/{rest}" if folder in copied else None

    for run in record["runs"]:
        run["snippets"].update({new: e for s, e in list(run["snippets"].items()) if (new := renamed(s))})
        run["cuda_only"] += [new for s in run["cuda_only"] if (new := renamed(s))]
        run["blocks"] = count_blocks(run["snippets"])
    record["outputs"].update({new: o for s, o in list(record["outputs"].items()) if (new := renamed(s))})
    path.write_text(json.dumps(record, indent=1, ensure_ascii=False) + "\n", "utf-8")


def make(out: Path, scale: float = 1.5, root: Path = ROOT) -> Path:
    tree = out / "cookbook"
    for f in project_files(root):
        (tree / f).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(root / f, tree / f)
    if (root / ".venv").exists():
        os.symlink(root / ".venv", tree / ".venv")
    if (root.parent / "shared").exists():
        os.symlink(root.parent / "shared", out / "shared")
    config_text = (tree / "mkdocs.yml").read_text("utf-8")
    nav = yaml.load(config_text, Loader=yaml.BaseLoader)["nav"]
    added_nav, translations, copied = [], {}, []
    english = yaml.load(config_text, Loader=yaml.BaseLoader)["plugins"]
    english = next(p["i18n"] for p in english if isinstance(p, dict) and "i18n" in p)["languages"][1][
        "nav_translations"
    ]
    for title, folder, pages in chapters_to_copy(nav, scale):
        added_nav.append({title + CONTINUED["zh"]: copy_chapter(tree, folder, pages)})
        translations[title + CONTINUED["zh"]] = english.get(title, title) + CONTINUED["en"]
        copied.append(folder)
    copy_record(tree, copied)
    nav_yaml = yaml.safe_dump(added_nav, allow_unicode=True, sort_keys=False)
    nav_yaml = "".join(f"  {line}\n" for line in nav_yaml.splitlines())
    config_text = re.sub(r"(?m)^(  - 旧代码迁移:)", lambda m: nav_yaml + m[1], config_text, count=1)
    config_text = config_text.replace(
        "          nav_translations:\n",
        "          nav_translations:\n"
        + "".join(f"            {k}: {json.dumps(v)}\n" for k, v in translations.items()),
    )
    (tree / "mkdocs.yml").write_text(config_text, "utf-8")
    subprocess.run([sys.executable, "-m", "harness.site.generate"], cwd=tree, check=True, capture_output=True)
    return tree


def recipe_pages(tree: Path) -> int:
    return sum(1 for p in (tree / "docs" / "zh").rglob("*.md") if "/" in p.relative_to(tree / "docs" / "zh").as_posix())


if __name__ == "__main__":
    out = Path(sys.argv[1])
    tree = make(out, float(sys.argv[2]) if len(sys.argv) > 2 else 1.5)
    print(f"{tree}: {recipe_pages(tree)} pages in chapters (the real book: {recipe_pages(ROOT)})")
