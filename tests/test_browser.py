"""The built site in a real browser: headless Chromium (Debian's package) driven by Playwright, against the site
served on localhost, in both languages. `make test` installs Chromium and axe-core where it can; where no browser
can be had, these tests are skipped with a message saying so.
"""

from urllib.parse import urlparse

import pytest

from harness.browser import CHROMIUM, RENDER_ALL, page_weight, search
from harness.pages import LANGUAGES, ROOT, read_pages

AXE = ROOT / ".venv" / "npm" / "node_modules" / "axe-core" / "axe.min.js"
DESKTOP = {"width": 1280, "height": 900}  # a desktop browser window; code must fit its content column
MAX_PAGE_BYTES = 500_000  # a recipe page, compressed, with everything it loads
RECIPE = "hooks/forward-hooks.md"  # has code, output, math, a figure and a pitfall box

pytestmark = pytest.mark.skipif(
    not CHROMIUM,
    reason="no Chromium here: `make test` installs Debian's chromium "
    "package where apt works; these browser tests need it",
)


@pytest.fixture(scope="module")
def visits(browser, base_url):
    """Every page of both languages, and a notebook view of each chapter, opened once: console errors, requests to
    other hosts, broken images, code wider than the page."""
    context = browser.new_context(viewport=DESKTOP)
    tabs = [context.new_page() for _ in range(2)]  # two pages load at once; a new tab per page costs more
    seen, now = {}, {}
    for tab in tabs:
        tab.on("console", lambda msg, tab=tab: msg.type == "error" and now[tab]["errors"].append(msg.text))
        tab.on("pageerror", lambda exc, tab=tab: now[tab]["errors"].append(str(exc)))
        tab.on("request", lambda req, tab=tab: _is_foreign(req.url) and now[tab]["foreign"].append(req.url))
    pages = read_pages()
    # home pages: also wait for what loads after the page (the search worker)
    visits = [(doc.path.as_posix(), doc.url, "networkidle" if doc.name == "index.md" else "load") for doc in pages]
    # notebook views share one template: one per chapter and language (test_build checks every view's files)
    sampled = {(doc.lang, doc.name.split("/")[0]): doc for doc in reversed(pages) if doc.blocks}
    visits += [(f"{doc.path.as_posix()} (notebook)", doc.notebook_url, "load") for doc in sampled.values()]
    for start in range(0, len(visits), len(tabs)):
        batch = list(zip(tabs, visits[start : start + len(tabs)], strict=False))  # the last may be short
        for tab, (key, url, _) in batch:
            now[tab] = seen[key] = {"errors": [], "foreign": []}
            tab.goto(base_url + url, wait_until="commit")
        for tab, (_, _, wait) in batch:
            tab.wait_for_load_state(wait)
            tab.evaluate(RENDER_ALL)
            now[tab].update(tab.evaluate(PAGE_CHECKS))
    context.close()
    return seen


PAGE_CHECKS = """() => ({
    broken: [...document.images].filter(i => !(i.complete && i.naturalWidth > 0)).map(i => i.src),
    images: document.querySelectorAll("article img").length,
    // python blocks that scroll sideways, each by its longest line
    wide_code: [...document.querySelectorAll("article .language-python pre > code")]
        .filter(c => c.scrollWidth > c.clientWidth)
        .map(c => c.textContent.split("\\n").reduce((a, b) => (b.length > a.length ? b : a))),
})"""


def _is_foreign(url: str) -> bool:
    parsed = urlparse(url)
    return parsed.scheme in ("http", "https", "ws", "wss") and parsed.hostname not in ("127.0.0.1", "localhost")


def test_no_console_errors(visits):
    bad = {page: v["errors"] for page, v in visits.items() if v["errors"]}
    assert not bad, f"console errors: {bad}"


def test_no_request_leaves_localhost(visits):
    bad = {page: v["foreign"] for page, v in visits.items() if v["foreign"]}
    assert not bad, f"requests to other hosts: {bad}"


def test_every_figure_loads(visits):
    bad = {page: v["broken"] for page, v in visits.items() if v["broken"]}
    assert not bad, f"images that did not load: {bad}"
    figures = {p.path.as_posix(): len(p.figures) for p in read_pages() if p.figures}
    assert figures and all(visits[page]["images"] >= n for page, n in figures.items())


def test_code_fits_the_content_column_at_1280_px(visits):
    bad = {page: v["wide_code"] for page, v in visits.items() if v["wide_code"]}
    assert not bad, f"python blocks that scroll sideways in a 1280 px window (longest line shown): {bad}"


@pytest.fixture()
def page(browser):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"], viewport=DESKTOP)
    tab = context.new_page()
    yield tab
    context.close()


def _twin_url(lang: str, name: str) -> str:
    return next(p.url for p in read_pages() if p.lang == lang and p.name == name)


@pytest.mark.parametrize("view", ["recipe", "notebook"])
@pytest.mark.parametrize(("start", "target"), [(LANGUAGES[0], LANGUAGES[1]), (LANGUAGES[1], LANGUAGES[0])])
def test_language_switcher_lands_on_the_twin(page, base_url, start, target, view):
    url = {"recipe": lambda p: p.url + "#capture-activations", "notebook": lambda p: p.notebook_url}[view]
    twins = {p.lang: p for p in read_pages() if p.name == RECIPE}
    page.goto(base_url + url(twins[start]))
    page.hover(".md-header__option .md-select")
    page.click(f'a.md-select__link[hreflang="{target}"]')
    page.wait_for_load_state()
    assert urlparse(page.url).path == urlparse(url(twins[target])).path


@pytest.mark.parametrize(("lang", "query"), [("zh", "激活"), ("en", "activations")])
def test_search_box_finds_the_recipe(page, base_url, lang, query):
    page.goto(base_url + _twin_url(lang, "index.md"))
    hits = [links[0] for links in search(page, query)]
    assert _twin_url(lang, RECIPE) in hits, f"searching {query!r} found {hits}"


def test_search_index_loads_when_the_reader_goes_to_search(page, base_url):
    wanted = []
    page.on("request", lambda request: request.url.endswith("/search/search_index.json") and wanted.append(request))
    page.goto(base_url + _twin_url("en", RECIPE), wait_until="networkidle")
    assert not wanted, "the search index loaded with the page"
    with page.expect_response(lambda response: response.url.endswith("/search/search_index.json")) as index:
        page.hover(".md-search")
    assert index.value.ok and index.value.json()["docs"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_math_is_typeset(page, base_url, lang):
    page.goto(base_url + _twin_url(lang, RECIPE))
    math = page.locator(".arithmatex")
    assert math.count() >= 2
    for n in range(math.count()):  # KaTeX renders each formula as it comes near the viewport
        math.nth(n).scroll_into_view_if_needed()
        math.nth(n).locator(".katex").wait_for(timeout=10000)
    assert page.locator(".arithmatex .katex-display").count() >= 1
    assert "$$" not in page.inner_text("article") and "\\(" not in page.inner_text("article")


def test_copy_button_copies_exactly_the_snippet(page, base_url):
    page.goto(base_url + _twin_url("en", RECIPE))
    block = page.locator(".md-typeset pre").first
    block.hover()
    block.locator('button[data-md-type="copy"]').click()
    copied = page.evaluate("navigator.clipboard.readText()")
    first = next(p for p in read_pages() if p.lang == "en" and p.name == RECIPE).blocks[0].snippet
    snippet = (ROOT / "snippets" / first).read_text("utf-8")
    assert copied.rstrip("\n") == snippet.rstrip("\n")


A11Y_VIEWS = [
    (lang, view, scheme)
    for lang in LANGUAGES
    for view in ("home", "recipe", "notebook")
    for scheme in ("light", "dark")
]


@pytest.fixture(scope="module")
def axe_findings(browser, base_url):
    """axe-core's serious and critical findings on each (lang, view, scheme), two pages checked at a time."""
    context = browser.new_context(viewport=DESKTOP)
    tabs = [context.new_page() for _ in range(2)]
    found = {}
    for start in range(0, len(A11Y_VIEWS), len(tabs)):
        batch = list(zip(tabs, A11Y_VIEWS[start : start + len(tabs)], strict=False))  # the last may be short
        for tab, (lang, view, scheme) in batch:
            doc = next(
                p for p in read_pages() if p.lang == lang and p.name == ("index.md" if view == "home" else RECIPE)
            )
            tab.emulate_media(color_scheme=scheme)  # Material follows the reader's system preference on a first visit
            tab.goto(base_url + (doc.notebook_url if view == "notebook" else doc.url))
            tab.evaluate(RENDER_ALL)
            tab.add_script_tag(path=str(AXE))
            tab.evaluate("() => { window.axeRun = axe.run(document); }")  # both tabs check at once
        for tab, key in batch:
            result = tab.evaluate("async () => await window.axeRun")
            found[key] = [
                f"{v['id']} ({v['impact']}): {v['help']} - {len(v['nodes'])} nodes, e.g. {v['nodes'][0]['target']}"
                for v in result["violations"]
                if v["impact"] in ("serious", "critical")
            ]
    context.close()
    return found


@pytest.mark.skipif(not AXE.exists(), reason=f"axe-core is not installed at {AXE} (`make test` installs it with npm)")
@pytest.mark.parametrize(("lang", "view", "scheme"), A11Y_VIEWS)
def test_no_serious_accessibility_violations(axe_findings, lang, view, scheme):
    serious = axe_findings[lang, view, scheme]
    assert not serious, "\n".join(serious)


@pytest.mark.parametrize("name", [RECIPE, "hooks/backward-hooks.md"])  # the heaviest pages: math and photos
@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_recipe_page_transfers_under_500_kb(browser, base_url, lang, name):
    weight = page_weight(browser, base_url + _twin_url(lang, name))
    assert weight < MAX_PAGE_BYTES, f"{lang} {name} transfers {weight / 1000:.0f} KB compressed"
