"""The built site in a real browser: headless Chromium (Debian's package) driven by Playwright, against the site
served on localhost, in both languages. `make test` installs Chromium and axe-core where it can; where no browser
can be had, these tests are skipped with a message saying so.
"""

from urllib.parse import urlparse

import pytest

from harness.tools.browser import CHROMIUM, LOAD_IMAGES, RENDER_ALL, page_weight, search
from harness.verify.pages import LANGUAGES, ROOT, read_pages
from harness.verify.sandbox import visible_code

AXE = ROOT / ".venv" / "npm" / "node_modules" / "axe-core" / "axe.min.js"
DESKTOP = {"width": 1366, "height": 768}  # a laptop screen; code must fit its content column
PHONE = {"width": 390, "height": 844}
MAX_PAGE_BYTES = 500_000  # a recipe page, compressed, with everything it loads
RECIPE = "hooks/forward-hooks.md"  # has code, output, math, a figure and a pitfall box

pytestmark = [
    pytest.mark.skipif(
        not CHROMIUM,
        reason="no Chromium here: `make test` installs Debian's chromium package where apt works; these browser tests "
        "need it",
    ),
]


@pytest.fixture(scope="module")
def visits(browser, base_url):
    """Every page of both languages, and a notebook view of each chapter, opened once on a laptop screen and then
    narrowed to a phone's: console errors, requests to other hosts, broken images, code wider than the page,
    outputs that scroll, the sidebar's height, and what a reader should never see."""
    context = browser.new_context(viewport=DESKTOP)
    tabs = [context.new_page() for _ in range(3)]  # three pages load at once; a new tab per page costs more
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
            tab.evaluate(LOAD_IMAGES)
            now[tab].update(tab.evaluate(PAGE_CHECKS))
            tab.set_viewport_size(PHONE)
            now[tab]["phone"] = tab.evaluate(PHONE_CHECKS)
            tab.set_viewport_size(DESKTOP)
    context.close()
    return seen


PAGE_CHECKS = """() => ({
    broken: [...document.images].filter(i => i.getClientRects().length)
        .filter(i => !(i.complete && i.naturalWidth > 0)).map(i => i.src),
    images: document.querySelectorAll("article img").length,
    // python blocks that scroll sideways, each by its longest line
    wide_code: [...document.querySelectorAll("article .language-python pre > code")]
        .filter(c => c.scrollWidth > c.clientWidth)
        .map(c => c.textContent.split("\\n").reduce((a, b) => (b.length > a.length ? b : a))),
    ...OUTPUT_CHECKS(),
    outputs: document.querySelectorAll("article .output").length,
    unlabelled: [...document.querySelectorAll("article .output")]
        .filter(o => !o.previousElementSibling?.classList.contains("output-label")).length,
    copy_on_output: [...document.querySelectorAll("article .output")].filter(o => !o.closest(".no-copy")).length,
    python_without_copy: [...document.querySelectorAll("article .language-python")]
        .filter(c => c.closest(".no-copy")).length,
    directives: [...document.querySelectorAll("article pre > code")].map(c => c.textContent)
        .filter(t => /^#\\s*(legacy|cpu-only|cuda-only|numbers-vary|script):/m.test(t)).map(t => t.split("\\n")[0]),
    maintainer_notes: (document.querySelector("article")?.textContent.match(MAINTAINER_WORDS) || []),
    sidebar: document.querySelector(".md-sidebar--primary .md-nav--primary")?.scrollHeight,
    sidebar_links: [...document.querySelectorAll(".md-sidebar--primary :is(a, label).md-nav__link")]
        .filter(a => a.checkVisibility({ visibilityProperty: true }) && a.getBoundingClientRect().height > 0)
        .filter(a => a.textContent.trim()).length,
})"""
MAINTAINER_WORDS = r"/make update-outputs|请勿手动修改|edit it by hand|harness\//g"
# output blocks wider than their box (they wrap instead), each by its longest line
OUTPUT_CHECKS = """() => ({
    wide_outputs: [...document.querySelectorAll("article .output pre > code")]
        .filter(c => c.scrollWidth > c.clientWidth + 1)
        .map(c => c.textContent.split("\\n").reduce((a, b) => (b.length > a.length ? b : a))),
})"""
PAGE_CHECKS = PAGE_CHECKS.replace("OUTPUT_CHECKS", "(" + OUTPUT_CHECKS + ")").replace(
    "MAINTAINER_WORDS", MAINTAINER_WORDS
)
# after a dot, slash, space, comma, equals sign or underscore, before a parenthesis, or beside a Chinese character
SENSIBLE_BREAK = (
    r"""((before, after) => /[.\/\s,=_]/.test(before) || after === "(" || /\p{Script=Han}/u.test(before + after))"""
)
# At a phone's width: outputs, the page itself not wider than the screen, and where inline code breaks across
# lines: only after a dot, a slash, a space or a comma, or before a parenthesis
PHONE_CHECKS = """() => ({
    ...(OUTPUT_CHECKS)(),
    page_wider: document.documentElement.scrollWidth > window.innerWidth,
    bad_breaks: [...document.querySelectorAll("article :not(pre) > code")]
        .filter(code => code.getClientRects().length > 1)
        .filter(code => {
            const text = code.textContent, range = document.createRange(), walker = document.createTreeWalker(code, 4);
            let top = null, before = "";
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                for (let i = 0; i < node.length; i++) {
                    range.setStart(node, i); range.setEnd(node, i + 1);
                    const rect = range.getClientRects()[0], ch = node.data[i];
                    if (!rect) { before = ch; continue; }  // a space at the end of a line has no box
                    if (top !== null && rect.top > top + 2 && !sensible(before, ch)) {
                        code.dataset.badBreak = before + "|" + ch;
                        return true;
                    }
                    top = rect.top; before = ch;
                }
            }
            return false;
        }).map(code => `${code.textContent} (${code.dataset.badBreak})`),
})""".replace("OUTPUT_CHECKS", OUTPUT_CHECKS).replace("sensible", SENSIBLE_BREAK)


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


def test_code_fits_the_content_column_on_a_laptop(visits):
    bad = {page: v["wide_code"] for page, v in visits.items() if v["wide_code"]}
    assert not bad, f"python blocks that scroll sideways at 1366 px (longest line shown): {bad}"


def test_outputs_are_labelled_and_have_no_copy_button(visits):
    recipes = {p.path.as_posix(): sum(1 for b in p.blocks if b.output) for p in read_pages()}
    assert sum(recipes.values()) > 300
    missing = {page: (visits[page]["outputs"], n) for page, n in recipes.items() if visits[page]["outputs"] < n}
    assert not missing, f"pages with fewer output blocks than outputs (shown, expected): {missing}"
    for key in ("unlabelled", "copy_on_output", "python_without_copy"):
        bad = {page: v[key] for page, v in visits.items() if v.get(key)}
        assert not bad, f"{key.replace('_', ' ')}: {bad}"


@pytest.mark.parametrize("width", ["laptop", "phone"])
def test_no_output_scrolls_sideways(visits, width):
    bad = {page: (v if width == "laptop" else v["phone"])["wide_outputs"] for page, v in visits.items()}
    bad = {page: lines for page, lines in bad.items() if lines}
    assert not bad, f"output blocks that scroll sideways on a {width} (longest line shown): {bad}"
    wide = [page for page, v in visits.items() if v["phone"]["page_wider"]]
    assert not wide, f"pages wider than a 390 px phone: {wide}"


def test_inline_code_breaks_only_between_the_parts_of_a_name(visits):
    bad = {page: v["phone"]["bad_breaks"] for page, v in visits.items() if v["phone"]["bad_breaks"]}
    assert not bad, f"inline code broken inside a word on a 390 px phone: {bad}"


def test_no_harness_directive_or_maintainer_note_reaches_the_reader(visits):
    directives = {page: v["directives"] for page, v in visits.items() if v["directives"]}
    assert not directives, f"harness directives in code blocks: {directives}"
    notes = {p: v["maintainer_notes"] for p, v in visits.items() if v["maintainer_notes"] and "verification" not in p}
    assert not notes, f"maintainer notes on reader pages: {notes}"


def nav_shape() -> tuple[int, int]:
    """(top-level entries, pages in the largest chapter) of `nav` in mkdocs.yml."""
    import yaml

    nav = yaml.load((ROOT / "mkdocs.yml").read_text("utf-8"), Loader=yaml.BaseLoader)["nav"]
    sections = [next(iter(item.values())) for item in nav]
    return len(nav), max(len(s) for s in sections if isinstance(s, list))


def test_sidebar_fits_on_a_laptop_screen_and_grows_with_chapters(visits):
    limit = 1.5 * DESKTOP["height"]
    tall = {page: v["sidebar"] for page, v in visits.items() if "(notebook)" not in page and v["sidebar"] > limit}
    assert not tall, f"sidebars taller than 1.5 screens ({limit:.0f} px) at 1366 x 768: {tall}"
    top_level, largest = nav_shape()
    many = {p: v["sidebar_links"] for p, v in visits.items() if v["sidebar_links"] > top_level + largest}
    assert not many, f"sidebars showing more than the chapters and one chapter's pages ({top_level + largest}): {many}"


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
    if view == "recipe":  # the reader's place is kept: the twin has the same heading ids
        assert urlparse(page.url).fragment == "capture-activations"
        assert page.evaluate("document.getElementById('capture-activations').getBoundingClientRect().top") < 200


@pytest.mark.parametrize("lang", LANGUAGES)
def test_home_page_starts_the_reader_in_the_first_phone_screen(browser, base_url, lang):
    """On a 390 x 844 phone, without scrolling: what the book is, a search entry, a path for beginners, and every
    chapter; the search entry opens the search box."""
    context = browser.new_context(viewport=PHONE)
    tab = context.new_page()
    tab.goto(base_url + _twin_url(lang, "index.md"))
    first_screen = """(selector) => [...document.querySelectorAll(selector)]
        .map(e => e.getBoundingClientRect()).filter(r => r.height > 0 && r.bottom <= window.innerHeight).length"""
    chapters = len(nav_shape_chapters())
    assert tab.evaluate(first_screen, "article .home-lead") == 1
    assert tab.evaluate(first_screen, "article label.home-search") == 1
    assert tab.evaluate(first_screen, "article .home-path a") >= 5
    assert tab.evaluate(first_screen, "article .home-chapters a") == chapters
    tab.click("article label.home-search")
    tab.wait_for_function("document.getElementById('__search').checked")  # Material's search is open
    context.close()


def nav_shape_chapters() -> list[str]:
    """The chapters of `nav` (top-level entries with pages of their own) and the single-page migration guide."""
    import yaml

    nav = yaml.load((ROOT / "mkdocs.yml").read_text("utf-8"), Loader=yaml.BaseLoader)["nav"]
    return [title for item in nav for title, target in item.items() if isinstance(target, list)] + ["migration"]


@pytest.mark.parametrize("missing", ["/no/such/page/", "/en/no/such/page/"])
def test_the_404_page_works_in_both_languages(browser, base_url, missing):
    context = browser.new_context(viewport=DESKTOP)
    tab = context.new_page()
    errors = []
    tab.on(
        "console",
        lambda msg: (
            msg.type == "error"
            and not msg.text.startswith("Failed to load resource: the server responded with a status of 404")
            and errors.append(msg.text)
        ),
    )
    response = tab.goto(base_url + missing)
    assert response.status == 404
    assert "页面不存在" in tab.inner_text("article") and "Page not found" in tab.inner_text("article")
    assert tab.evaluate("getComputedStyle(document.querySelector('.md-header')).position") == "sticky"  # styled
    switcher = tab.eval_on_selector_all("a.md-select__link", "links => links.map(a => new URL(a.href).pathname)")
    assert switcher == ["/", "/en/"]
    tab.click("article a[href$='/en/']")
    tab.wait_for_load_state()
    assert urlparse(tab.url).path == "/en/" and tab.evaluate("document.documentElement.lang") == "en"
    assert not errors
    context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_figures_follow_the_colour_scheme(browser, base_url, scheme):
    """Every matplotlib figure has a dark twin (harness/verify/dark_figures.py); the page shows the one that suits."""
    context = browser.new_context(viewport=DESKTOP, color_scheme=scheme)
    tab = context.new_page()
    tab.goto(base_url + _twin_url("en", "training/training-loop.md"))
    tab.evaluate(RENDER_ALL)
    tab.evaluate(LOAD_IMAGES)
    shown = tab.eval_on_selector_all(
        "article img[src*='/figures/']",
        "imgs => imgs.filter(i => i.getBoundingClientRect().height > 0).map(i => [i.src, i.naturalWidth > 0])",
    )
    context.close()
    assert shown and all(loaded for _, loaded in shown)
    assert all(src.split("#")[0].endswith(".dark.png") == (scheme == "dark") for src, _ in shown), shown


def test_downloads_work_without_a_site_url(browser, base_url, site):
    """The test site is built without SITE_URL: a recipe's download and notebook links still work, and the files
    do not name a made-up address."""
    context = browser.new_context(viewport=DESKTOP)
    tab = context.new_page()
    tab.goto(base_url + _twin_url("zh", RECIPE))
    links = tab.eval_on_selector_all(".download-links a", "links => links.map(a => a.href)")
    assert len(links) == 3
    for link in links:
        response = tab.request.get(link)
        assert response.status == 200, link
        assert "127.0.0.1:8000" not in response.text() and "localhost:8000" not in response.text()
    context.close()


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
    snippet = visible_code((ROOT / "snippets" / first).read_text("utf-8"))
    assert copied.rstrip("\n") == snippet.rstrip("\n")
    output = page.locator(".md-typeset .output").first
    output.scroll_into_view_if_needed()
    output.hover()
    page.wait_for_timeout(100)
    assert block.locator('button[data-md-type="copy"]').count() == 1
    assert output.locator("button").count() == 0  # outputs are read, not copied


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
