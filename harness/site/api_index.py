"""The API index: every torch / torchvision API the snippets call, found by parsing their code, each with the
recipes that use it and a link to its official documentation.

`make update-outputs` writes docs/<lang>/api.md from it; tests/site/test_generated.py checks that they are current.

Where a name links to: PyTorch generates a page of its own for most documented names (generated/<name>.html), but
not for all. The rule, checked against the PyTorch and torchvision documentation sources:

* names documented as a section of a shared page link to that section: torch.dtype / device / layout /
  memory_format (Tensor Attributes), torch.Tensor, whole modules documented on one page (torch.utils.data,
  torch.distributed, torch.nn.init, torch.serialization, torch.utils.tensorboard) and the few in ELSEWHERE;
* the legacy tensor types (torch.FloatTensor, torch.cuda.LongTensor, ...) have no page: they link to the dtype
  section, whose note says they remain only for backward compatibility;
* a torchvision weights enum (VGG16_Weights) is documented on its model builder's page (vgg16);
* names PyTorch does not document at all (UNDOCUMENTED) are listed without a link;
* everything else links to its generated page.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import re
from collections import defaultdict
from pathlib import Path

from harness import ROOT
from harness.site.search_index import generated_page_head
from harness.verify.for_site import LANGUAGES, Page, read_pages, write_generated

SOURCE = "harness/site/api_index.py, from the code in snippets/"

ROOTS = ("torch", "torchvision")
DOCS = "https://docs.pytorch.org/docs/stable"
VISION = "https://docs.pytorch.org/vision/stable"

TENSOR_ATTRIBUTES = ("torch.dtype", "torch.device", "torch.layout", "torch.memory_format")
LEGACY_TENSOR_TYPE = re.compile(r"torch\.(cuda\.)?(Float|Double|Half|BFloat16|Byte|Char|Short|Int|Long|Bool)Tensor")
# modules documented on one page, every name an anchor there (the anchor is where the object is defined)
ONE_PAGE = {
    "torch.utils.data": "data.html",
    "torch.distributed": "distributed.html",
    "torch.nn.init": "nn.init.html",
    "torch.serialization": "notes/serialization.html",
    "torch.utils.tensorboard": "tensorboard.html",
}
# documented, but not under their own name
ELSEWHERE = {
    "torch.Tensor": "tensors.html#torch.Tensor",
    "torch.autograd.Function": "autograd.html#torch.autograd.Function",
    "torch.autograd.Variable": "autograd.html#variable-deprecated",
    "torch.autograd.gradcheck": "generated/torch.autograd.gradcheck.gradcheck.html",
    "torch.distributed.destroy_process_group": "distributed.html#shutdown",
    "torch.inference_mode": "generated/torch.autograd.grad_mode.inference_mode.html",
    "torch.set_grad_enabled": "generated/torch.autograd.grad_mode.set_grad_enabled.html",
    "torch.nn.Parameter": "generated/torch.nn.parameter.Parameter.html",
}
# public, but in no page of the PyTorch documentation
UNDOCUMENTED = {"torch.relu", "torch.nn.modules.utils.consume_prefix_in_state_dict_if_present"}

HEADING = re.compile(r"^(#{2,6}) (.*?)\s*\{[^}]*#([\w-]+)[^}]*\}\s*$")

TEXT = {
    "zh": {
        "title": "API 索引",
        "intro": "手册代码里调用到的每个 `torch` / `torchvision` API，以及用到它的菜谱。"
        "API 名链接到 PyTorch 官方文档，官方文档里没有的不加链接。",
        "api": "API",
        "recipes": "菜谱",
    },
    "en": {
        "title": "API index",
        "intro": "Every `torch` / `torchvision` API that the cookbook's code calls, with the recipes that use it. "
        "Each API name links to its official PyTorch documentation; the few it does not document have no link.",
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
            found.add(_api_name([*names[node.id].split("."), *chain]))
    return {name for name in found if _is_api(name)}


def _api_name(parts: list[str]) -> str:
    """The dotted name, cut at the class when it goes on through an instance (VGG16_Weights.DEFAULT.transforms)."""
    try:
        obj = importlib.import_module(parts[0])
    except ImportError:
        return ".".join(parts)
    for i in range(1, len(parts)):
        try:
            child = _child(obj, parts[: i + 1])
        except (ImportError, AttributeError):
            break
        if inspect.isclass(obj) and not (inspect.isclass(child) or callable(child)):
            return ".".join(parts[:i])
        obj = child
    return ".".join(parts)


def _child(obj, parts: list[str]):
    """parts[-1] of obj: an attribute first (torch.autograd.gradcheck is the function), else a submodule."""
    try:
        return getattr(obj, parts[-1])
    except AttributeError:
        if not inspect.ismodule(obj):
            raise
        return importlib.import_module(".".join(parts))


def _resolve(name: str):
    parts = name.split(".")
    obj = importlib.import_module(parts[0])
    for i in range(1, len(parts)):
        obj = _child(obj, parts[: i + 1])
    return obj


def _is_api(name: str) -> bool:
    try:
        obj = _resolve(name)
    except (ImportError, AttributeError, ValueError):
        return False
    return callable(obj) and not inspect.ismodule(obj)


def docs_url(name: str) -> str | None:
    """The documentation page (and anchor) of a torch / torchvision name; None for a name PyTorch does not document."""
    if name in UNDOCUMENTED:
        return None
    if name in ELSEWHERE:
        return f"{DOCS}/{ELSEWHERE[name]}"
    if name in TENSOR_ATTRIBUTES:
        return f"{DOCS}/tensor_attributes.html#{name}"
    if LEGACY_TENSOR_TYPE.fullmatch(name):
        return f"{DOCS}/tensor_attributes.html#torch.dtype"
    for module, page in ONE_PAGE.items():
        if name.startswith(module + "."):
            return f"{DOCS}/{page}#{_defined_as(name) if module == 'torch.utils.tensorboard' else name}"
    weights = re.fullmatch(r"torchvision\.models\.(\w+)_Weights", name)
    if weights:
        return f"{VISION}/models/generated/torchvision.models.{weights.group(1).lower()}.html#{name}"
    if name.startswith("torchvision.models."):
        return f"{VISION}/models/generated/{name}.html"
    if name.startswith("torchvision."):
        return f"{VISION}/generated/{name}.html"
    return f"{DOCS}/generated/{name}.html"


def _defined_as(name: str) -> str:
    """module.qualname where the object is defined: torch.utils.tensorboard.writer.SummaryWriter."""
    try:
        obj = _resolve(name)
        return f"{obj.__module__}.{obj.__qualname__}"
    except (ImportError, AttributeError, ValueError):
        return name


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
    out = generated_page_head(SOURCE, text["title"], text["intro"])
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
            url = docs_url(api)
            out.append(f"| [`{api}`]({url}) | {links} |" if url else f"| `{api}` | {links} |")
        out.append("")
    return "\n".join(out)


def api_page_path(lang: str, root: Path = ROOT) -> Path:
    return root / "docs" / lang / "api.md"


def write(root: Path = ROOT) -> list[Path]:
    return write_generated({api_page_path(lang, root): render(lang, root) for lang in LANGUAGES})
