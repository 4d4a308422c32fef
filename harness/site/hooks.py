"""MkDocs hooks (see `hooks:` in mkdocs.yml).

* What the verification record (docs/assets/verified.json) says, shown where it applies
  (harness/site/verification_marks.py): the "verified" badge under each recipe page's title, the GPU that printed an
  output, what another PyTorch release prints instead, and the table of runs on the verification page.
* No `<link rel="alternate" hreflang>` in the page head. mkdocs-static-i18n points them at the twin page, while
  Material's script expects language roots and fetches `sitemap.xml` beside each one: a 404 in the console on
  every page. The language switcher in the header (which links to the twin) is not affected.
* An accessible name for Material's search dialog (axe-core: aria-dialog-name).
* Code and output blocks stay out of the search index: every reader who searches loads the index, and code was
  most of its weight. API names remain searchable through the API index page and the prose. So do the badge and
  the download links, which would otherwise open every result's preview. The error lines that outputs show are
  indexed all the same, one index per language (harness/site/search_index.py).
* Downloads: each recipe page's code as a .py and a .ipynb (harness/site/downloads.py), generated at build time.
* Notebook views: the same .ipynb shown as a page at <recipe>/notebook/, rendered by mkdocs-jupyter
  (harness/site/notebook_views.py).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # mkdocs loads this file by path

from mkdocs.plugins import CombinedEvent, event_priority  # noqa: E402
from mkdocs.structure.files import File  # noqa: E402

from harness import ROOT  # noqa: E402
from harness.site import downloads, notebook_views, output_blocks, search_index, verification_marks  # noqa: E402
from harness.verify.for_site import load_record, page_runs, read_pages, visible_lines  # noqa: E402

DOWNLOAD_LINE = {
    "zh": '<p class="download-links" markdown data-search-exclude>:material-download: '
    "下载本页代码：[{stem}.py]({stem}.py){{ download }} · [{stem}.ipynb]({stem}.ipynb){{ download }}"
    " · [在线查看 notebook]({stem}.notebook.ipynb)</p>",
    "en": '<p class="download-links" markdown data-search-exclude>:material-download: '
    "This page's code: [{stem}.py]({stem}.py){{ download }} · [{stem}.ipynb]({stem}.ipynb){{ download }}"
    " · [view the notebook]({stem}.notebook.ipynb)</p>",
}
INCLUDE = re.compile(r'^(\s*-{1,}8<-{1,}\s+)"([^"]+\.py)"\s*$', re.M)
# a code or output block (<div class="language-python highlight">): kept out of the search index, whose error
# lines harness/site/search_index.py adds on its own
CODE_BLOCK = re.compile(r'(<div class="(?:[\w-]+ )*highlight(?: [\w-]+)*")>')
HEAD_ALTERNATE = re.compile(r'\s*<link rel="alternate" href="[^"]*" hreflang="[^"]*">')
SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'
SEARCH_NAME = {"zh": "搜索", "en": "Search"}


_verified: dict = {}


def on_config(config):
    notebook_views.patch_mkdocs_jupyter()
    highlight_once()


def highlight_once() -> None:
    """The zh and en twins include the same snippets: each is highlighted once (Pygments was a fifth of the build),
    keyed by everything the highlighter is given."""
    from pymdownx.highlight import Highlight

    if hasattr(Highlight.highlight, "cache"):
        return
    highlight, cache = Highlight.highlight, {}

    def cached(self, src, language, *args, **kwargs):
        settings = tuple(sorted((k, v) for k, v in vars(self).items() if isinstance(v, str | int | bool | None)))
        key = (src, language, repr(args), repr(sorted(kwargs.items())), settings)
        if key not in cache:
            cache[key] = highlight(self, src, language, *args, **kwargs)
        return cache[key]

    cached.cache = cache
    Highlight.highlight = cached


def on_pre_build(config):
    _verified.clear()
    _verified.update(load_record())  # read once per build, not once per page


def page_language(page) -> str:
    return "en" if page.file.src_uri.startswith("en/") else "zh"


@event_priority(-150)  # after mkdocs-static-i18n (-100) has sorted the files of the language being built
def on_files(files, config):
    lang = config.theme["language"]
    for page in read_pages():
        if page.lang != lang or not page.blocks:
            continue
        name = page.name[: -len(".md")]
        url = config.site_url + page.url.lstrip("/") if config.site_url else None  # none without a site URL
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
    snippets = [m[2] for m in INCLUDE.finditer(markdown)]
    markdown = INCLUDE.sub(shown_lines, markdown)
    markdown = FIGURE.sub(with_dark_twin, markdown)
    if not snippets:
        return markdown
    runs = page_runs(verified, snippets)
    badge = verification_marks.badge(lang, runs, verification_marks.verification_link(page.file.src_uri))
    links = DOWNLOAD_LINE[lang].format(stem=Path(page.file.src_uri).stem)
    title = re.search(r"^# .*$", markdown, re.M)
    at = title.end() if title else 0
    return f"{markdown[:at]}\n\n{badge if runs else ''}\n\n{links}\n{markdown[at:]}"


def shown_lines(include: re.Match) -> str:
    """Include only the lines a reader sees: a snippet's harness-only directives (`# cpu-only: ...`) stay off the
    page, as a pymdownx.snippets line range (`"a/b.py:2:9"`)."""
    path = ROOT / "snippets" / include[2]
    if not path.exists():
        return include[0]  # pymdownx.snippets fails the build, naming the file
    lines = visible_lines(path.read_text("utf-8"))
    if lines == list(range(1, len(lines) + 1)):
        return include[0]
    ranges, start = [], lines[0]
    for before, after in zip(lines, [*lines[1:], None], strict=True):
        if after != before + 1:
            ranges.append(f"{start}:{before}")
            start = after
    return f'{include[1]}"{include[2]}:{",".join(ranges)}"'


def on_page_content(html: str, page, config, files):
    if isinstance(page.file, notebook_views.NotebookView):
        return notebook_views.finish(html, page)
    html = output_blocks.inline_code_breaks(output_blocks.label_outputs(html, page_language(page)))
    return CODE_BLOCK.sub(r"\1 data-search-exclude>", html)


# Code and output blocks, kept out of the search index (data-search-exclude), are most of a page's HTML: Material's
# search plugin would still parse them, which took a fifth of the build. It reads the page without them, and the
# page is rendered with them.
SEARCH_EXCLUDED_BLOCK = re.compile(r'<div class="[^"]*highlight[^"]*" data-search-exclude>.*?</code></pre></div>', re.S)
_full_content: dict[str, str] = {}


@event_priority(100)  # before Material's search plugin reads the page
def _without_code_for_search(context, page, config, nav):
    if page.content:
        _full_content[page.file.src_uri] = page.content
        page.content = SEARCH_EXCLUDED_BLOCK.sub("", page.content)
    return context


@event_priority(-100)  # after it
def _with_code_again(context, page, config, nav):
    if page.file.src_uri in _full_content:
        page.content = _full_content.pop(page.file.src_uri)
    if isinstance(page.file, notebook_views.NotebookView):
        notebook_views.point_language_switcher(config, page)
    return context


on_page_context = CombinedEvent(_without_code_for_search, _with_code_again)


@event_priority(-200)  # after Material's search plugin has written the index
def on_post_build(config):
    search_index.split(Path(config.site_dir))


FIGURE = re.compile(r"!\[(?P<alt>[^\]]*)\]\((?P<src>[^)\s]*assets/figures/(?P<path>[\w./-]+)\.png)\)")


def with_dark_twin(image: re.Match) -> str:
    """A figure with a dark twin (harness/verify/dark_figures.py) shows in the light scheme, its twin in the dark."""
    if not (ROOT / "docs" / "assets" / "figures" / f"{image['path']}.dark.png").exists():
        return image[0]
    dark = image["src"].removesuffix(".png") + ".dark.png"
    # lazy: the browser fetches only the one the scheme shows (the other is display: none)
    lazy = "{ loading=lazy }"
    return f"![{image['alt']}]({image['src']}#only-light){lazy}![{image['alt']}]({dark}#only-dark){lazy}"


SWITCHER_LINK = re.compile(r'href="[^"]*"(?= hreflang="(zh|en)")')
_not_found_page: dict[str, str] = {}


def on_post_template(output: str, template_name: str, config):
    """The 404 page is one page for both languages (a static host serves /404.html for any missing path): the
    Chinese build's, with the language switcher leading to each language's home page. The English build, which
    runs second and would overwrite it, writes the same."""
    if template_name != "404.html":
        return output
    if config.theme["language"] == "zh":
        base = urlsplit(config.site_url or "/").path
        _not_found_page["zh"] = SWITCHER_LINK.sub(lambda m: f'href="{base}{"en/" if m[1] == "en" else ""}"', output)
    return _not_found_page.get("zh", output)


def on_post_page(html: str, page, config):
    head, body = html.split("</head>", 1)
    body = body.replace(SEARCH_DIALOG, SEARCH_DIALOG[:-1] + f' aria-label="{SEARCH_NAME[page_language(page)]}">')
    return HEAD_ALTERNATE.sub("", head) + "</head>" + body
