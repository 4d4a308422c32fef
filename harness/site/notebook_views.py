"""Each recipe's notebook shown as a page of the site at <recipe>/notebook/, rendered by mkdocs-jupyter.

The notebooks are the downloads (harness/site/downloads.py), written to a scratch folder because mkdocs-jupyter reads
them from disk, and added to the build as documentation pages (harness/site/hooks.py calls `add`).

mkdocs-jupyter, as it comes, took the build from 6 s to 28 s and put 575 KB of CSS in every page (now: 11 s), so:
* nbconvert's HTML exporter ends by parsing and re-serialising the page with BeautifulSoup, for two small
  changes: they are made with regular expressions instead (a notebook renders in a third of the time);
* one nbconvert exporter per template serves every notebook: mkdocs-jupyter made a new one each time, compiling
  nbconvert's Jinja templates again (0.3 s a notebook); exporters keep no state from one notebook to the next;
* the page links JupyterLab's stylesheet, copied into the site once, instead of inlining it;
* a notebook rendered by an earlier build, unchanged, is not rendered again: the result is kept in
  .cache/notebook-views/, keyed by the notebook's content, the options, this module and the converters' versions;
* the notebooks are rendered ahead, in worker processes, while mkdocs renders the other pages; mkdocs-jupyter
  then takes the result instead of converting the notebook again (if its options differ from those the
  workers were given, it converts the notebook itself, as usual);
* its MathJax and Mermaid loaders, which point at a CDN, are dropped: these notebooks have neither math nor
  diagrams;
* headings keep the recipe page's ids, in the page and in its table of contents: nbconvert derives ids from the
  heading's text, leaving none for a Chinese heading, and mkdocs-jupyter's table of contents derives others
  (`#_1`), so its links led nowhere;
* code cells take the site's code colours (Material's `highlight` class instead of `highlight-ipynb`, whose
  colours fail WCAG contrast) and can be scrolled from the keyboard (tabindex), as on the recipe pages.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import pickle
import re
import tempfile
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import replace
from pathlib import Path

from mkdocs.structure.files import File, InclusionLevel
from mkdocs.utils import get_relative_url

from harness import ROOT
from harness.verify.for_site import Page

CACHE = ROOT / ".cache" / "notebook-views"

HEADER = {
    "zh": '<p class="notebook-links"><a href="{recipe}">← 返回菜谱页面</a> · '
    '<a download href="{ipynb}">下载 {name}</a></p>',
    "en": '<p class="notebook-links"><a href="{recipe}">← Back to the recipe</a> · '
    '<a download href="{ipynb}">Download {name}</a></p>',
}
TITLE = {"zh": "{title}（notebook）", "en": "{title} (notebook)"}
STYLESHEETS = ("index.css", "theme-light.css")  # mkdocs-jupyter's own, copied to assets/notebook/
DARK = '[data-md-color-scheme="slate"] .jupyter-wrapper{'  # its dark theme, applied with Material's dark scheme
STYLESHEET_LINK = re.compile(r'href="notebook-css:(?:[\w-]+/)*([\w.-]+)"')
NB_HEADING = re.compile(r'(<h[1-6]) id="[^"]*">(.*?)<a class="anchor-link" href="#[^"]*">', re.S)
CODE_CELL = re.compile(r'<div class="highlight-ipynb ([^"]*)"><pre>')
LOADERS = re.compile(
    r"<!-- Load mathjax -->.*?<!-- End of mathjax configuration -->|<script type=\"module\">.*?</script>", re.S
)
IMG_WITHOUT_ALT = re.compile(r"<img(?![^>]*\balt=)")
FOCUSABLE_CELL = re.compile(
    r'(<div (?:id="[^"]*" )?class="[^"]*\b(?:jp-Cell-inputWrapper|jp-OutputArea-output)\b[^"]*")'
)
# the options mkdocs-jupyter passes from its configuration to nb2html (its plugin.py, on_pre_page)
NB2HTML_OPTIONS = (
    "execute",
    "kernel_name",
    "theme",
    "allow_errors",
    "show_input",
    "no_input",
    "no_prompt",
    "remove_tag_config",
    "highlight_extra_classes",
    "include_requirejs",
    "custom_mathjax_url",
)

_scratch = tempfile.TemporaryDirectory(prefix="cookbook-notebooks-")
_ahead: dict[str, tuple[dict, int, Future]] = {}  # path -> (nb2html options, toc depth, future (html, toc, title))
_unpatched: dict = {}  # mkdocs-jupyter's own nb2html and _get_nb_toc_tokens, which the workers call
_workers: ProcessPoolExecutor | None = None


class NotebookView(File):
    """A notebook as a documentation page. mkdocs-jupyter renders every page whose source is an .ipynb; it marks
    the notebooks it finds in its own on_files, which runs before these are added."""

    def is_documentation_page(self) -> bool:
        return True


def add(files, config, page: Page, notebook: str) -> None:
    """Add the page's notebook view to the files being built, and start rendering it."""
    name = page.name[: -len(".md")]
    source = Path(_scratch.name, page.lang, name + ".ipynb")
    source.parent.mkdir(parents=True, exist_ok=True)
    source.write_text(notebook, "utf-8")
    view = NotebookView.generated(
        config, f"{page.lang}/{name}.notebook.ipynb", abs_src_path=str(source), inclusion=InclusionLevel.NOT_IN_NAV
    )
    view.dest_uri = page.notebook_url.lstrip("/") + "index.html"
    view.recipe = page
    files.append(view)
    _render_ahead(str(source), config.plugins["mkdocs-jupyter"].config)


def add_stylesheets(files, config) -> None:
    from mkdocs_jupyter.config import settings

    assets = Path(settings.templates_dir, "mkdocs_html", "assets")
    for name in STYLESHEETS:
        files.append(File.generated(config, f"assets/notebook/{name}", abs_src_path=str(assets / name)))
    dark = (assets / "theme-dark.css").read_text("utf-8")
    assert dark.startswith(".jupyter-wrapper{"), "mkdocs-jupyter's theme-dark.css has changed: see DARK"
    files.append(
        File.generated(config, "assets/notebook/theme-dark.css", content=DARK + dark.removeprefix(".jupyter-wrapper{"))
    )


def finish(html: str, page) -> str:
    """The rendered notebook, with links to the recipe and the download, and to the shared stylesheets."""
    recipe: Page = page.file.recipe
    here = recipe.notebook_url.lstrip("/")
    ipynb = recipe.download_url(".ipynb").lstrip("/")
    page.title = TITLE[recipe.lang].format(title=page.title)
    header = HEADER[recipe.lang].format(
        recipe=get_relative_url(recipe.url.lstrip("/"), here),
        ipynb=get_relative_url(ipynb, here),
        name=ipynb.rsplit("/", 1)[-1],
    )
    html = STYLESHEET_LINK.sub(lambda m: f'href="{get_relative_url("assets/notebook/" + m[1], here)}"', html)
    dark = f'<link rel="stylesheet" href="{get_relative_url("assets/notebook/theme-dark.css", here)}">'
    html = CODE_CELL.sub(r'<div class="highlight \1"><pre tabindex="0">', LOADERS.sub("", html))
    return header + _recipe_heading_ids(html, page) + dark


def _recipe_heading_ids(html: str, page) -> str:
    """Each heading, in the HTML and in the table of contents, takes the id it has on the recipe page."""
    from harness.site.downloads import cells

    entries = list(_in_order(page.toc))
    headings = NB_HEADING.findall(html)
    recipe_ids = [extra for kind, _, extra in cells(page.file.recipe) if kind == "markdown"]
    if not len(entries) == len(headings) == len(recipe_ids):
        raise ValueError(
            f"{page.file.recipe.path}: its notebook view has {len(headings)} headings and {len(entries)} entries in"
            f" its table of contents, the page {len(recipe_ids)} headings"
        )
    for entry, recipe_id in zip(entries, recipe_ids, strict=True):
        entry.id = recipe_id or entry.id  # the title has no id of its own: the table of contents' stays
    ids = iter(entry.id for entry in entries)

    def with_id(m: re.Match) -> str:
        heading_id = next(ids)
        return f'{m[1]} id="{heading_id}">{m[2]}<a class="anchor-link" href="#{heading_id}">'

    return NB_HEADING.sub(with_id, html)


def _in_order(toc):
    for entry in toc:
        yield entry
        yield from _in_order(entry.children)


def point_language_switcher(config, page) -> None:
    """The language switcher links to this notebook's twin. (mkdocs-static-i18n sets the links for the pages it
    sorted into languages; on pages added after it, they would still point where the previous page's did.)"""
    for alternate in config.extra.alternate:  # what the theme reads (an attribute: mkdocs-static-i18n sets it so)
        alternate["link"] = replace(page.file.recipe, lang=alternate["lang"]).notebook_url.lstrip("/")


def patch_mkdocs_jupyter() -> None:
    """Reused exporters, linked stylesheets, and results rendered ahead (see the module's docstring)."""
    from markupsafe import Markup
    from mkdocs_jupyter import convert, nbconvert2, plugin

    if not isinstance(nbconvert2.HTMLExporter, type):
        return  # done already: mkdocs may load the hooks more than once

    class LinkedStylesheets(nbconvert2.HTMLExporter):
        def _init_resources(self, resources):
            resources = super()._init_resources(resources)
            resources["include_css"] = lambda name: Markup(f'<link rel="stylesheet" href="notebook-css:{name}">')
            return resources

        def from_notebook_node(self, nb, resources=None, **kw):
            """nbconvert's HTMLExporter.from_notebook_node, with its last step done by two regular expressions:
            it parsed and re-serialised the whole page with BeautifulSoup (70 % of the rendering time) only to
            give images a default alt text and make cells focusable."""
            from nbconvert.exporters.templateexporter import TemplateExporter
            from nbconvert.filters.highlight import Highlight2HTML
            from nbconvert.filters.widgetsdatatypefilter import WidgetsDataTypeFilter

            langinfo = nb.metadata.get("language_info", {})
            lexer = langinfo.get("pygments_lexer", langinfo.get("name", None))
            highlight = self.filters.get("highlight_code", Highlight2HTML(pygments_lexer=lexer, parent=self))
            resources = self._init_resources(resources)
            data_types = WidgetsDataTypeFilter(notebook_metadata=self._nb_metadata, parent=self, resources=resources)
            self.register_filter("highlight_code", highlight)
            self.register_filter("filter_data_type", data_types)
            html, resources = TemplateExporter.from_notebook_node(self, nb, resources, **kw)
            html = IMG_WITHOUT_ALT.sub(r'<img alt="No description has been provided for this image"', html)
            return FOCUSABLE_CELL.sub(r'\1 tabindex="0"', html), resources

    nbconvert2.HTMLExporter = _one_per_template(LinkedStylesheets)
    nbconvert2.MarkdownExporter = _one_per_template(nbconvert2.MarkdownExporter)

    _unpatched.update(nb2html=convert.nb2html, toc=plugin._get_nb_toc_tokens)

    def nb2html(path, **options):
        ahead = _ahead.get(str(path))
        return ahead[2].result()[0] if ahead and ahead[0] == options else _unpatched["nb2html"](path, **options)

    def toc(path, toc_depth):
        ahead = _ahead.get(str(path))
        return ahead[2].result()[1:] if ahead and ahead[1] == toc_depth else _unpatched["toc"](path, toc_depth)

    convert.nb2html, plugin._get_nb_toc_tokens = nb2html, toc


def _one_per_template(exporter_class):
    made = {}

    def exporter(**options):
        template = options["template_file"]
        if template not in made:
            made[template] = exporter_class(**options)
        return made[template]

    return exporter


def _render(path: str, options: dict, toc_depth: int) -> tuple:
    """In a worker: what mkdocs-jupyter would compute for the page, (html, toc tokens, title)."""
    return (_unpatched["nb2html"](path, **options), *_unpatched["toc"](path, toc_depth))


def _render_ahead(path: str, config) -> None:
    global _workers
    options = {key: config[key] for key in NB2HTML_OPTIONS}
    cached = CACHE / f"{_cache_key(path, options, config['toc_depth'])}.pickle"
    if cached.exists():  # the same notebook, rendered the same way by an earlier build
        done: Future = Future()
        done.set_result(pickle.loads(cached.read_bytes()))
        _ahead[path] = (options, config["toc_depth"], done)
        return
    if _workers is None:  # forked after the patches are in place: each worker compiles the templates once
        _workers = ProcessPoolExecutor(os.cpu_count(), mp_context=multiprocessing.get_context("fork"))
    rendering = _workers.submit(_render, path, options, config["toc_depth"])
    rendering.add_done_callback(lambda f: f.exception() or _keep(cached, pickle.dumps(f.result())))
    _ahead[path] = (options, config["toc_depth"], rendering)


def _cache_key(path: str, options: dict, toc_depth: int) -> str:
    """The notebook, the options, this module's code and the converters' versions: what the rendering depends on."""
    from importlib.metadata import version

    key = hashlib.sha256(Path(path).read_bytes())
    key.update(repr((options, toc_depth, version("mkdocs-jupyter"), version("nbconvert"))).encode())
    key.update(Path(__file__).read_bytes())
    return key.hexdigest()[:32]


def _keep(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(f".{os.getpid()}.partial")
    partial.write_bytes(data)
    partial.replace(path)  # another build reading the cache sees the whole file or none
