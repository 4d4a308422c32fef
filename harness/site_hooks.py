"""MkDocs hooks (see `hooks:` in mkdocs.yml).

* What the verification record (docs/assets/verified.json) says, shown where it applies
  (harness/verification_marks.py): the "verified" badge under each recipe page's title, the GPU that printed an
  output, what another PyTorch release prints instead, and the table of runs on the verification page.
* No `<link rel="alternate" hreflang>` in the page head. mkdocs-static-i18n points them at the twin page, while
  Material's script expects language roots and fetches `sitemap.xml` beside each one: a 404 in the console on
  every page. The language switcher in the header (which links to the twin) is not affected.
* An accessible name for Material's search dialog (axe-core: aria-dialog-name).
* Code and output blocks stay out of the search index: every reader who searches loads the index, and code was
  most of its weight. API names remain searchable through the API index page and the prose. So do the badge and
  the download links, which would otherwise open every result's preview. The error lines that outputs show are
  indexed all the same, one index per language (harness/search_index.py).
* Downloads: each recipe page's code as a .py and a .ipynb (harness/downloads.py), generated at build time.
* Notebook views: the same .ipynb shown as a page at <recipe>/notebook/, rendered by mkdocs-jupyter
  (harness/notebook_views.py).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # mkdocs loads this file by path

from mkdocs.plugins import event_priority  # noqa: E402
from mkdocs.structure.files import File  # noqa: E402

from harness import downloads, notebook_views, record, search_index, verification_marks  # noqa: E402
from harness.pages import read_pages  # noqa: E402

DOWNLOAD_LINE = {
    "zh": '<p class="download-links" markdown data-search-exclude>:material-download: '
    "下载本页代码：[{stem}.py]({stem}.py){{ download }} · [{stem}.ipynb]({stem}.ipynb){{ download }}"
    " · [在线查看 notebook]({stem}.notebook.ipynb)</p>",
    "en": '<p class="download-links" markdown data-search-exclude>:material-download: '
    "This page's code: [{stem}.py]({stem}.py){{ download }} · [{stem}.ipynb]({stem}.ipynb){{ download }}"
    " · [view the notebook]({stem}.notebook.ipynb)</p>",
}
INCLUDE = re.compile(r'^\s*-{1,}8<-{1,}\s+"([^"]+\.py)"\s*$', re.M)
# a code or output block (<div class="language-python highlight">): kept out of the search index, whose error
# lines harness/search_index.py adds on its own
CODE_BLOCK = re.compile(r'(<div class="(?:[\w-]+ )*highlight(?: [\w-]+)*")>')
HEAD_ALTERNATE = re.compile(r'\s*<link rel="alternate" href="[^"]*" hreflang="[^"]*">')
SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'
SEARCH_NAME = {"zh": "搜索", "en": "Search"}


_verified: dict = {}


def on_config(config):
    notebook_views.patch_mkdocs_jupyter()


def on_pre_build(config):
    _verified.clear()
    _verified.update(record.load())  # read once per build, not once per page


def page_language(page) -> str:
    return "en" if page.file.src_uri.startswith("en/") else "zh"


@event_priority(-150)  # after mkdocs-static-i18n (-100) has sorted the files of the language being built
def on_files(files, config):
    lang = config.theme["language"]
    for page in read_pages():
        if page.lang != lang or not page.blocks:
            continue
        name = page.name[: -len(".md")]
        url = (config.site_url or "/") + page.url.lstrip("/")
        notebook = downloads.notebook(page, url)
        for ext, text in ((".py", downloads.script(page, url)), (".ipynb", notebook)):
            file = File.generated(config, f"{lang}/{name}{ext}", content=text)
            file.dest_uri = page.download_url(ext).lstrip("/")
            files.append(file)
        notebook_views.add(files, config, page, notebook)
    notebook_views.add_stylesheets(files, config)
    return files


def on_page_markdown(markdown: str, page, config, files):
    if isinstance(page.file, notebook_views.NotebookView):
        page.meta["search"] = {"exclude": True}  # the recipe page is the one to find
        return markdown
    lang = page_language(page)
    verified = _verified
    markdown = markdown.replace(verification_marks.RUNS_PLACEHOLDER, verification_marks.runs_table(lang, verified))
    markdown = verification_marks.mark_outputs(markdown, lang, verified)
    search_index.collect(markdown, page.url, lambda snippet: verification_marks.other_outputs(verified, snippet))
    snippets = INCLUDE.findall(markdown)
    if not snippets:
        return markdown
    runs = record.page_runs(verified, snippets)
    badge = verification_marks.badge(lang, runs, verification_marks.verification_link(page.file.src_uri))
    links = DOWNLOAD_LINE[lang].format(stem=Path(page.file.src_uri).stem)
    title = re.search(r"^# .*$", markdown, re.M)
    at = title.end() if title else 0
    return f"{markdown[:at]}\n\n{badge if runs else ''}\n\n{links}\n{markdown[at:]}"


def on_page_content(html: str, page, config, files):
    if isinstance(page.file, notebook_views.NotebookView):
        return notebook_views.finish(html, page)
    return CODE_BLOCK.sub(r"\1 data-search-exclude>", html)


def on_page_context(context, page, config, nav):
    if isinstance(page.file, notebook_views.NotebookView):
        notebook_views.point_language_switcher(config, page)
    return context


@event_priority(-200)  # after Material's search plugin has written the index
def on_post_build(config):
    search_index.split(Path(config.site_dir))


def on_post_page(html: str, page, config):
    head, body = html.split("</head>", 1)
    body = body.replace(SEARCH_DIALOG, SEARCH_DIALOG[:-1] + f' aria-label="{SEARCH_NAME[page_language(page)]}">')
    return HEAD_ALTERNATE.sub("", head) + "</head>" + body
