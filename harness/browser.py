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
    (Lighthouse times pages by the bytes on the wire), and no log lines."""

    def do_GET(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?")[0].endswith("/"):
            path = path / "index.html"
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
