"""The built site in a real browser: headless Chromium (Debian's package) driven by Playwright, against the site
served on localhost, in both languages. `make test` installs Chromium and axe-core where it can; where no browser
can be had, these tests are skipped with a message saying so.
"""
import functools
import http.server
import shutil
import threading
from urllib.parse import urlparse

import pytest

from harness.pages import LANGUAGES, ROOT, read_pages

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
AXE = ROOT / ".venv" / "npm" / "node_modules" / "axe-core" / "axe.min.js"
# Flags for a closed network (no Google services, no component updates) and running as root in a container.
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run", "--disable-quic"]
RECIPE = "hooks/forward-hooks.md"  # has code, output, math, a figure and a pitfall box

pytestmark = pytest.mark.skipif(not CHROMIUM, reason="no Chromium here: `make test` installs Debian's chromium "
                                                     "package where apt works; these browser tests need it")


@pytest.fixture(scope="module")
def base_url(site):
    handler = functools.partial(QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def browser():
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def visits(browser, base_url):
    """Every page of both languages, opened once: console errors, requests to other hosts, broken images."""
    context = browser.new_context()
    seen = {}
    for doc in read_pages():
        errors, foreign = [], []
        tab = context.new_page()
        tab.on("console", lambda msg: msg.type == "error" and errors.append(msg.text))
        tab.on("pageerror", lambda exc: errors.append(str(exc)))
        tab.on("request", lambda req: _is_foreign(req.url) and foreign.append(req.url))
        # home pages: also wait for what loads after the page (the search index)
        tab.goto(base_url + doc.url, wait_until="networkidle" if doc.name == "index.md" else "load")
        broken = tab.eval_on_selector_all("img", "imgs => imgs.filter(i => !(i.complete && i.naturalWidth > 0)).map(i => i.src)")
        images = tab.eval_on_selector_all("article img", "imgs => imgs.length")
        seen[doc.path.as_posix()] = {"errors": errors, "foreign": foreign, "broken": broken, "images": images}
        tab.close()
    context.close()
    return seen


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


@pytest.fixture()
def page(browser):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"], viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    yield tab
    context.close()


def _twin_url(lang: str, name: str) -> str:
    return next(p.url for p in read_pages() if p.lang == lang and p.name == name)


@pytest.mark.parametrize(("start", "target"), [(LANGUAGES[0], LANGUAGES[1]), (LANGUAGES[1], LANGUAGES[0])])
def test_language_switcher_lands_on_the_twin(page, base_url, start, target):
    page.goto(base_url + _twin_url(start, RECIPE) + "#capture-activations")
    page.hover(".md-header__option .md-select")
    page.click(f'a.md-select__link[hreflang="{target}"]')
    page.wait_for_load_state()
    assert urlparse(page.url).path == _twin_url(target, RECIPE)


@pytest.mark.parametrize(("lang", "query"), [("zh", "激活"), ("en", "activations")])
def test_search_box_finds_the_recipe(page, base_url, lang, query):
    page.goto(base_url + _twin_url(lang, "index.md"))
    hits = []
    for _ in range(30):  # the search index loads in a web worker after the page: type again until it answers
        page.fill("input.md-search__input", query)
        page.press("input.md-search__input", "End")  # Material reads the box on key events
        page.wait_for_timeout(500)
        hits = page.eval_on_selector_all(".md-search-result__item > a", "links => links.map(a => new URL(a.href).pathname)")
        if hits:
            break
    assert _twin_url(lang, RECIPE) in hits, f"searching {query!r} found {hits}"


def test_copy_button_copies_exactly_the_snippet(page, base_url):
    page.goto(base_url + _twin_url("en", RECIPE))
    block = page.locator(".md-typeset pre").first
    block.hover()
    block.locator('button[data-md-type="copy"]').click()
    copied = page.evaluate("navigator.clipboard.readText()")
    snippet = (ROOT / "snippets" / read_pages_block(RECIPE)).read_text("utf-8")
    assert copied.rstrip("\n") == snippet.rstrip("\n")


def read_pages_block(name: str) -> str:
    return next(p for p in read_pages() if p.lang == "en" and p.name == name).blocks[0].snippet


@pytest.mark.skipif(not AXE.exists(), reason=f"axe-core is not installed at {AXE} (`make test` installs it with npm)")
@pytest.mark.parametrize("name", ["index.md", RECIPE])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_serious_accessibility_violations(page, base_url, lang, name):
    page.goto(base_url + _twin_url(lang, name))
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document)")
    serious = [f"{v['id']} ({v['impact']}): {v['help']} - {len(v['nodes'])} nodes"
               for v in result["violations"] if v["impact"] in ("serious", "critical")]
    assert not serious, "\n".join(serious)
