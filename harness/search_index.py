"""The site's search index, one per language, with the error messages that pages print.

Material's search plugin writes one index for the whole build, both languages mixed. After the build this splits
it: the Chinese pages stay in search/search_index.json, where Material looks, and the English pages go to
en/search/search_index.json, which docs/assets/javascripts/search-on-demand.js fetches instead on English pages.
A reader searches the pages of the language they read.

Outputs stay out of the index (a reader who searches loads all of it), except for what readers paste: the first
line of every error or warning that an output block shows. Those lines are added to the entry of the recipe that
shows them, in a field of their own ("errors"), weighted above prose, so a pasted message finds the recipe that
prints it, even with other numbers and names (the search box drops numbers and shapes from what is typed).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from harness.pages import INCLUDE_LINE, LANGUAGES, ROOT

# an error's first line, and the indented lines that continue it (Missing key(s) in state_dict: ...); also an error
# that a snippet caught and printed after a label of its own (`mm, a 3-D tensor: RuntimeError: ...`)
ERROR_LINE = re.compile(r"(?:^[\w.]*|(?<=: )[A-Z][\w.]*)(?:Error|Warning|Exception): .+(?:\n[ \t]+\S.*)*", re.M)
HEADING = re.compile(r"^#{1,6} .*?\{[^}]*#([\w-]+)[^}]*\}\s*$")
ERRORS_FIELD = {"boost": 5.0}  # headings: 10, prose: 1 (mkdocs.yml)
# lunr's own language support, for both indexes (mkdocs-static-i18n sets the search plugin's to every site language).
# Chinese needs none: jieba splits it into words at build time and Material's worker splits a query against the
# index's words; lunr.zh and lunr.multi would only add a trimmer and three scripts to load before the first results.
LUNR_LANGUAGES = ["en"]

# Reference pages (the API index, the glossary, the errors index, the acknowledgements) name every topic once;
# recipes explain them, and rank above them for the same words.
REFERENCE_FRONT_MATTER = "---\nsearch:\n  boost: 0.2\n---\n\n"

# What only points elsewhere stays out of the index: a recipe's "See also" section and its inline "See also:" line
# name other recipes' headings, and the API index lists, beside each API name, the headings of the recipes that
# use it. Indexed, they let a page answer for its neighbours' topics; left out, the index is a fifth smaller and
# builds that much sooner after the reader starts typing. The API index keeps its API names.
SEE_ALSO_SECTION = "#see-also"
SEE_ALSO_LINE = re.compile(r"<p>(?:See also|参见)[:：].*?</p>", re.S)
API_NAME = re.compile(r"<code>.*?</code>")


def _reader_text(doc: dict) -> str:
    """A section's text as the search box needs it (see above)."""
    if re.search(r"(^|/)api/", doc["location"]):
        return " ".join(API_NAME.findall(doc["text"]))
    return SEE_ALSO_LINE.sub("", doc["text"])


_errors: dict[str, list[str]] = {}  # index location (en/errors/shapes/#mat1-mat2) -> the error lines it shows


def index_path(site_dir: Path, lang: str) -> Path:
    return site_dir / ("" if lang == LANGUAGES[0] else lang) / "search" / "search_index.json"


def error_lines(output: str) -> list[str]:
    return [" ".join(line.split()) for line in ERROR_LINE.findall(output)]


def collect(markdown: str, page_url: str, other_outputs=lambda snippet: [], root: Path = ROOT) -> None:
    """Remember the error lines that each section of a page shows in its output blocks, and those that
    `other_outputs(snippet)` gives for them (what other PyTorch releases print)."""
    location = page_url
    for line in markdown.splitlines():
        heading = HEADING.match(line)
        if heading:
            location = f"{page_url}#{heading.group(1)}"
        include = INCLUDE_LINE.match(line.strip())
        if include and include.group(1).endswith(".out"):
            out = root / "snippets" / include.group(1)
            outputs = [out.read_text("utf-8")] if out.exists() else []
            lines = [e for text in outputs + other_outputs(include.group(1)[:-4] + ".py") for e in error_lines(text)]
            if lines:
                found = _errors.setdefault(location, [])
                found += [e for e in lines if e not in found]


def split(site_dir: Path) -> None:
    """One index per language, each entry with the error lines its section shows."""
    combined = index_path(site_dir, LANGUAGES[0])
    index = json.loads(combined.read_text("utf-8"))
    if not any(doc["location"].startswith(f"{lang}/") for doc in index["docs"] for lang in LANGUAGES[1:]):
        return  # split already (mkdocs-static-i18n runs the post-build events once per language)
    by_lang: dict[str, list[dict]] = {lang: [] for lang in LANGUAGES}
    for doc in index["docs"]:
        if doc["location"].endswith(SEE_ALSO_SECTION):
            continue
        doc["text"] = _reader_text(doc)
        lang = next((lang for lang in LANGUAGES[1:] if doc["location"].startswith(f"{lang}/")), LANGUAGES[0])
        if doc["location"] in _errors:
            doc["errors"] = " ".join(_errors[doc["location"]])
        by_lang[lang].append(doc)
    for lang, docs in by_lang.items():
        config = {**index["config"], "lang": LUNR_LANGUAGES}
        config["fields"] = {**config["fields"], "errors": ERRORS_FIELD}
        path = index_path(site_dir, lang)
        path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps({**index, "config": config, "docs": docs}, ensure_ascii=False, separators=(",", ":"))
        path.write_text(text, "utf-8")
