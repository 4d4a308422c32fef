"""The API index: every torch / torchvision API the snippets call, found by parsing their code, each with the
recipes that use it and a link to its official documentation.

`make update-outputs` writes docs/<lang>/api.md from it; tests/test_generated.py checks that they are current.
"""

from __future__ import annotations

import ast
import inspect
import pkgutil
import re
from collections import defaultdict
from pathlib import Path

from harness.pages import LANGUAGES, ROOT, Page, read_pages

ROOTS = ("torch", "torchvision")
HEADING = re.compile(r"^(#{2,6}) (.*?)\s*\{[^}]*#([\w-]+)[^}]*\}\s*$")

TEXT = {
    "zh": {
        "title": "API 索引",
        "intro": "手册代码里调用到的每个 `torch` / `torchvision` API，以及用到它的菜谱。本页由 `make update-outputs` "
        "解析 `snippets/` 中的代码自动生成，请勿手改；API 名链接到 PyTorch 官方文档。",
        "api": "API",
        "recipes": "菜谱",
    },
    "en": {
        "title": "API index",
        "intro": "Every `torch` / `torchvision` API that the cookbook's code calls, with the recipes that use it. "
        "`make update-outputs` generates this page by parsing the code in `snippets/`: do not edit it by hand. "
        "Each API name links to its official PyTorch documentation.",
        "api": "API",
        "recipes": "Recipes",
    },
}


def imported_names(tree: ast.AST) -> dict[str, str]:
    """Local name -> the dotted torch/torchvision path it stands for."""
    names = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] in ROOTS:
                    local = alias.asname or alias.name.split(".")[0]
                    names[local] = alias.name if alias.asname else local
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] in ROOTS:
            for alias in node.names:
                names[alias.asname or alias.name] = f"{node.module}.{alias.name}"
    return names


def apis_called(code: str) -> set[str]:
    """Dotted names of the torch/torchvision functions and classes the code refers to."""
    tree = ast.parse(code)
    names = imported_names(tree)
    found = set()
    for node in ast.walk(tree):
        chain = []
        while isinstance(node, ast.Attribute):
            chain.insert(0, node.attr)
            node = node.value
        if isinstance(node, ast.Name) and node.id in names:
            found.add(".".join([names[node.id], *chain]))
    return {name for name in found if _is_api(name)}


def _is_api(name: str) -> bool:
    try:
        obj = pkgutil.resolve_name(name)
    except (ImportError, AttributeError, ValueError):
        return False
    return callable(obj) and not inspect.ismodule(obj)


def docs_url(name: str) -> str:
    if name.startswith("torch.utils.data."):
        return f"https://pytorch.org/docs/stable/data.html#{name}"
    if name.startswith("torch.utils.tensorboard."):
        return f"https://pytorch.org/docs/stable/tensorboard.html#{name}"
    if name.startswith("torchvision.models."):
        return f"https://pytorch.org/vision/stable/models/generated/{name}.html"
    if name.startswith("torchvision."):
        return f"https://pytorch.org/vision/stable/generated/{name}.html"
    return f"https://pytorch.org/docs/stable/generated/{name}.html"


def recipes_of(page: Page, root: Path = ROOT) -> dict[str, tuple[str, str]]:
    """snippet -> (heading id, heading text) of the recipe whose section includes it."""
    current = ("", "")
    recipe = {}
    lines = (root / page.path).read_text("utf-8").splitlines()
    by_line = {b.line: b.snippet for b in page.blocks}
    for number, line in enumerate(lines, start=1):
        m = HEADING.match(line)
        if m:
            current = (m.group(3), m.group(2))
        if number in by_line:
            recipe[by_line[number]] = current
    return recipe


def render(lang: str, root: Path = ROOT) -> str:
    uses: dict[str, dict[str, str]] = defaultdict(dict)  # api -> {link: title}
    pages = [p for p in read_pages(root) if p.lang == lang and p.blocks]
    for page in pages:
        for snippet, (anchor, title) in recipes_of(page, root).items():
            code = (root / "snippets" / snippet).read_text("utf-8")
            for api in apis_called(code):
                uses[api][f"{page.name}#{anchor}"] = title
    text = TEXT[lang]
    out = [f"# {text['title']}", "", text["intro"], ""]
    by_module = defaultdict(list)
    for api in sorted(uses):
        by_module[api.rsplit(".", 1)[0]].append(api)
    for module in sorted(by_module):
        out += [
            f"## {module} {{ #{module.replace('.', '-')} }}",
            "",
            f"| {text['api']} | {text['recipes']} |",
            "| --- | --- |",
        ]
        for api in by_module[module]:
            links = " · ".join(f"[{title}]({link})" for link, title in sorted(uses[api].items()))
            out.append(f"| [`{api}`]({docs_url(api)}) | {links} |")
        out.append("")
    return "\n".join(out)


def api_page_path(lang: str, root: Path = ROOT) -> Path:
    return root / "docs" / lang / "api.md"


def write(root: Path = ROOT) -> list[Path]:
    changed = []
    for lang in LANGUAGES:
        path, text = api_page_path(lang, root), render(lang, root)
        if not path.exists() or path.read_text("utf-8") != text:
            path.write_text(text, "utf-8")
            changed.append(path)
    return changed
