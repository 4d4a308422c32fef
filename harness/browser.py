"""A real browser on the built site, shared by tests/test_browser.py and `make bench`: the site served on
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
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run", "--disable-quic"]


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@contextlib.contextmanager
def serve(site: Path):
    """Serve the built site on 127.0.0.1 (a free port); yields its base URL."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(site)))
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
