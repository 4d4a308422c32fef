"""What the site shows of the verification record (harness/verify/record.py), in the reader's language:

* the badge under a recipe's title: the runs that verified every block of the page, linking to the page that
  explains how the book is verified;
* above an output printed on a GPU (a cuda-only block), which GPU and PyTorch printed it;
* under an output that another PyTorch release prints differently, a folded note with what that release prints;
* on the page that explains verification, the table of runs on record.
"""

from __future__ import annotations

import re
from pathlib import Path

from harness import ROOT
from harness.verify.for_site import differences, pins

VERIFICATION_PAGE = "verification.md"  # docs/<lang>/verification.md
RUNS_PLACEHOLDER = "<!-- verification-runs -->"
# an output block as pages write it (harness/verify/pages.py), possibly indented inside an admonition
OUTPUT_BLOCK = re.compile(
    r"^(?P<indent>[ \t]*)<!--pytest-codeblocks:expected-output-->\n(?P=indent)```text\n"
    r'(?P=indent)-{1,}8<-{1,}\s+"(?P<out>[^"]+)\.out"\s*\n(?P=indent)```[ \t]*$',
    re.M,
)

TEXT = {
    "zh": {
        "badge": "本页代码已验证：",
        "run": "{device}，PyTorch {torch}，{date}",
        "between": "；",
        "how": "本手册如何验证",
        "origin": "下面的输出来自 {device_name} 上的 CUDA 运行（PyTorch {torch}，{date}）",
        "other_release": "用 PyTorch {torch} 运行，这段代码的输出是：",
        "columns": "| 设备 | PyTorch | torchvision | Python | 日期 | 运行 | 与页面一致 | 随版本不同 | 跳过 |",
        "cpu": "CPU",
        "pinned": "（本手册固定的版本）",
        "no_gpu": "还没有 GPU 运行的记录。",
        "skips": "跳过的原因：",
        "cuda_only": "只能在 GPU 上运行的代码块：{n} 个。",
    },
    "en": {
        "badge": "Verified: ",
        "run": "{device}, PyTorch {torch}, {date}",
        "between": " · ",
        "how": "How this book is verified",
        "origin": "The output below comes from a CUDA run on {device_name} (PyTorch {torch}, {date})",
        "other_release": "With PyTorch {torch}, this code prints:",
        "columns": "| Device | PyTorch | torchvision | Python | Date | Run | Matched | Differ by release | Skipped |",
        "cpu": "CPU",
        "pinned": " (the book's pinned version)",
        "no_gpu": "No GPU run is on record yet.",
        "skips": "Reasons for skipping: ",
        "cuda_only": "Blocks that only run on a GPU: {n}.",
    },
}


def device_label(run: dict, lang: str) -> str:
    return TEXT[lang]["cpu"] if run["device"] == "cpu" else run["device_name"]


def badge(lang: str, runs: list[dict], link: str) -> str:
    """The line under a recipe's title: each verifying run as device · PyTorch · date."""
    t = TEXT[lang]
    items = t["between"].join(
        '<span class="verified-run">'
        + t["run"].format(device=device_label(r, lang), torch=r["torch"], date=r["date"])
        + "</span>"
        for r in runs
    )
    return (
        f'<p class="verified-badge" markdown data-search-exclude>:material-check-decagram: {t["badge"]}{items}'
        f" · [{t['how']}]({link})</p>"
    )


def verification_link(src_uri: str) -> str:
    """The relative link from a page (zh/tensors/creation.md) to its language's verification page."""
    return "../" * (len(src_uri.split("/")) - 2) + VERIFICATION_PAGE


# what another release prints is an output too: labelled and wrapped (harness/site/output_blocks.py)
MARKER = "<!--pytest-codeblocks:expected-output-->"


def mark_outputs(markdown: str, lang: str, verified: dict, root: Path = ROOT) -> str:
    """Label the outputs that a GPU printed, and add under each output what other releases print instead."""

    def mark(match: re.Match) -> str:
        indent, snippet = match["indent"], match["out"] + ".py"
        before, after = "", ""
        origin = verified["outputs"].get(snippet)
        if origin:
            label = TEXT[lang]["origin"].format(**origin)
            before = f'{indent}<p class="output-origin" markdown data-search-exclude>{label}</p>\n\n'
        for run, printed in differences(verified, snippet, root):
            title = TEXT[lang]["other_release"].format(torch=run["torch"])
            lines = [MARKER, "````text", *printed.splitlines(), "````"]
            body = "\n".join(f"{indent}    {line}".rstrip() for line in lines)
            after += f'\n\n{indent}??? info "{title}"\n\n{body}'
        return before + match[0] + after

    return OUTPUT_BLOCK.sub(mark, markdown)


def other_outputs(verified: dict, snippet: str) -> list[str]:
    """What other releases print for this snippet, for the search index's error lines."""
    return [printed for _, printed in differences(verified, snippet)]


def runs_table(lang: str, verified: dict) -> str:
    """The table of runs on record, for the verification page."""
    t = TEXT[lang]
    pinned = pins()["torch"]
    rows = [t["columns"], "|" + " --- |" * 9]
    for run in verified["runs"]:
        name = device_label(run, lang) + (f" ({run['device_name']})" if run["device"] == "cpu" else "")
        torch = run["torch"] + (t["pinned"] if run["torch"] == pinned and run["device"] == "cpu" else "")
        b = run["blocks"]
        rows.append(
            f"| {name} | {torch} | {run['torchvision']} | {run['python']} | {run['date']} "
            f"| {b['run']} | {b['matched']} | {b['differ']} | {b['skipped']} |"
        )
    lines = ["\n".join(rows)]
    if not any(r["device"] == "cuda" for r in verified["runs"]):
        lines.append(t["no_gpu"])
    for run in verified["runs"]:
        reasons: dict[str, int] = {}
        for entry in run["snippets"].values():
            if entry["result"] == "skipped":
                why = entry["why"].split(":")[0]
                reasons[why] = reasons.get(why, 0) + 1
        if reasons:
            listed = ", ".join(f"{why} × {n}" for why, n in sorted(reasons.items()))
            lines.append(f"- {device_label(run, lang)}, PyTorch {run['torch']}: {t['skips']}{listed}")
    cuda_only = max((len(r["cuda_only"]) for r in verified["runs"]), default=0)
    lines.append(t["cuda_only"].format(n=cuda_only))
    return "\n\n".join(lines)
