"""A real browser on the built site, shared by tests/site/test_browser.py and `make bench`: the site served on
localhost, Debian's Chromium driven by Playwright (no browser download), and what a page costs to load."""

from __future__ import annotations

import contextlib
import functools
import gzip
import http.server
import shutil
import threading
from pathlib import Path

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
# A closed network (no Google services, no component updates) and root in a container.
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


COMPRESSED_TYPES = ("text/", "application/javascript", "application/json", "image/svg+xml", "application/xml")


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files as a static host such as GitHub Pages does: text gzip-compressed for browsers that accept it
    (Lighthouse times pages by the bytes on the wire), the site's 404.html for a missing path, and no log lines."""

    def do_GET(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?")[0].endswith("/"):
            path = path / "index.html"
        if not path.exists() and (Path(self.directory) / "404.html").is_file():
            body = (Path(self.directory) / "404.html").read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        kind = self.guess_type(str(path))
        if (
            "gzip" not in self.headers.get("Accept-Encoding", "")
            or not path.is_file()
            or not kind.startswith(COMPRESSED_TYPES)
        ):
            return super().do_GET()
        body = _gzipped(path, path.stat().st_mtime_ns)
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@functools.cache
def _gzipped(path: Path, mtime_ns: int) -> bytes:
    return gzip.compress(path.read_bytes(), 6, mtime=0)


@contextlib.contextmanager
def serve(site: Path):
    """Serve the built site on 127.0.0.1 (a free port); yields its base URL."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(SiteHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()


@contextlib.contextmanager
def chromium():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            yield browser
        finally:
            browser.close()


def page_weight(browser, url: str) -> int:
    """Bytes a first visit transfers, every response gzip-compressed as a web server would (images and fonts,
    already compressed, count as they are)."""
    requests = []
    context = browser.new_context()
    tab = context.new_page()
    tab.on("requestfinished", lambda request: requests.append(request))
    tab.goto(url, wait_until="networkidle")
    total = sum(_compressed(request) for request in requests)
    context.close()
    return total


def _compressed(request) -> int:
    response = request.response()
    try:
        body = response.body() if response else b""
    except Exception:  # noqa: BLE001 - a body the browser no longer holds (redirects) counts as nothing
        return 0
    return min(len(body), len(gzip.compress(body, 6)))


# cookbook.css lets the browser skip rendering what is off-screen (content-visibility: auto); a check that measures
# or inspects the whole page first has everything rendered
RENDER_ALL = """() => {
    const style = document.createElement("style");
    style.textContent = "* { content-visibility: visible !important; }";
    document.head.append(style);
}"""

# Figures load lazily (only the one the colour scheme shows is fetched, and only near the viewport): a check of
# every figure on the page first loads those the reader can see, wherever they are on the page
LOAD_IMAGES = """async () => {
    const shown = [...document.images].filter(i => i.getClientRects().length);
    shown.forEach(i => { i.loading = "eager"; });
    await Promise.all(shown.map(i => i.decode().catch(() => {})));
}"""

SEARCH_BOX = "input.md-search__input"
RESULT_ITEMS = ".md-search-result__item"


def search(tab, query: str, timeout_s: float = 10.0) -> list[list[str]]:
    """Type `query` into the search box of the page open in `tab`, as a reader does, and return the results in
    the order shown: for each result (a page), the paths of its links, the page's first, then its sections'
    (/errors/shapes/#mat1-mat2)."""
    return search_in_tabs([(tab, query)], timeout_s)[0]


# In the page, as a reader types: the box takes the text and Material reads it on the key event. Each query first
# clears the box and waits for the list to empty, so the answer read next is this query's.
TYPE = f"""async (query) => {{
    const box = document.querySelector({SEARCH_BOX!r});
    const type = (text) => {{
        box.value = text;
        box.dispatchEvent(new Event("input", {{ bubbles: true }}));
        box.dispatchEvent(new KeyboardEvent("keyup", {{ key: "End", bubbles: true }}));
    }};
    box.focus();  // the index loads when the reader goes to the box
    type("");
    while (document.querySelector({RESULT_ITEMS!r})) await new Promise((done) => setTimeout(done, 10));
    type(query);
}}"""

# The results in the order shown, once the same list has been read twice in a row (the worker has replied); while
# there are none, the key event is sent again (the index may still be loading).
ANSWER = f"""async (timeoutMs) => {{
    const box = document.querySelector({SEARCH_BOX!r});
    const read = () => [...document.querySelectorAll({RESULT_ITEMS!r})].map((item) =>
        [...item.querySelectorAll(":scope > a")].map((a) => new URL(a.href)).map((u) => u.pathname + u.hash));
    const deadline = performance.now() + timeoutMs;
    let seen = "";
    while (performance.now() < deadline) {{
        const hits = read();
        if (hits.length && JSON.stringify(hits) === seen) return hits;
        if (!hits.length) box.dispatchEvent(new KeyboardEvent("keyup", {{ key: "End", bubbles: true }}));
        seen = JSON.stringify(hits);
        await new Promise((done) => setTimeout(done, 10));
    }}
    return read();
}}"""


def search_in_tabs(typed: list[tuple], timeout_s: float = 10.0) -> list[list[list[str]]]:
    """`search` for several (tab, query) pairs at once: each tab has its own search worker, so the queries are
    answered side by side."""
    for tab, query in typed:
        tab.evaluate(TYPE, query)
    return [tab.evaluate(ANSWER, timeout_s * 1000) for tab, _ in typed]


FIRST_RESULTS = """() => {
    const box = document.querySelector("input.md-search__input");
    const list = document.querySelector(".md-search-result__list");
    window.firstResults = null;
    box.addEventListener("input", () => {  // typed, or a word committed by a Chinese input method
        const start = performance.now();
        new MutationObserver((_, observer) => {
            if (!list.querySelector(".md-search-result__item")) return;
            window.firstResults = (performance.now() - start) / 1000;
            observer.disconnect();
        }).observe(list, { childList: true, subtree: true });
    }, { once: true });
}"""


FIRST_KEYSTROKE = {"zh": "张量", "en": "t"}  # a Chinese input method commits a word at once


def seconds_to_first_results(browser, url: str, keystroke: str) -> float:
    """On a freshly opened page (a new browser context: nothing cached), the reader clicks into the search box and
    types: the seconds from the first keystroke (the first change to the box) to the first results shown."""
    context = browser.new_context()
    try:
        tab = context.new_page()
        tab.goto(url, wait_until="networkidle")
        tab.evaluate(FIRST_RESULTS)
        tab.click(SEARCH_BOX)
        tab.keyboard.type(keystroke)
        tab.wait_for_function("window.firstResults !== null", timeout=30_000)
        return tab.evaluate("window.firstResults")
    finally:
        context.close()
