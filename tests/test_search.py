"""The search box, used as readers use it: typed into on a page of the built site, in their language. Each query of
tests/search_queries.yml must find its recipe among the first three results; pasted error messages carry other
numbers, shapes and names than the pages show, and are searched from both languages. And the first results come
quickly after the first keystroke."""

from pathlib import Path

import pytest
import yaml

from harness.browser import CHROMIUM, FIRST_KEYSTROKE, search, seconds_to_first_results
from harness.pages import LANGUAGES, read_pages

SUITE = yaml.safe_load((Path(__file__).parent / "search_queries.yml").read_text("utf-8"))
TOP = 3
URLS = {(p.lang, p.name): p.url for p in read_pages()}

pytestmark = pytest.mark.skipif(not CHROMIUM, reason="no Chromium here: `make test` installs Debian's chromium")


def cases():
    for entry in SUITE["errors"]:
        for lang in LANGUAGES:
            yield pytest.param(lang, entry["query"], entry["finds"], id=f"{lang}-error-{entry['finds']}")
    for lang in LANGUAGES:
        for entry in SUITE[lang]:
            miss = [pytest.mark.xfail(strict=True, reason=entry["miss"])] if "miss" in entry else []
            yield pytest.param(lang, entry["query"], entry["finds"], id=f"{lang}-{entry['query']}", marks=miss)


@pytest.fixture(scope="module")
def tabs(browser, base_url):
    """One tab per language, on its home page, reused for every query (the index loads once per language)."""
    context = browser.new_context()
    opened = {}
    for lang in LANGUAGES:
        opened[lang] = context.new_page()
        opened[lang].goto(base_url + URLS[lang, "index.md"])
    yield opened
    context.close()


def _where(lang: str, finds: str) -> str:
    page, _, anchor = finds.partition("#")
    assert (lang, page) in URLS, f"search_queries.yml: {finds} names no page"
    return URLS[lang, page]


@pytest.mark.parametrize(("lang", "query", "finds"), list(cases()))
def test_search_finds_the_recipe(tabs, lang, query, finds):
    wanted = _where(lang, finds)
    results = search(tabs[lang], query)
    first_pages = [links[0].split("#")[0] for links in results[:TOP]]
    assert wanted in first_pages, f"{lang}: {query!r} should find {wanted} in the first {TOP}; got {first_pages}"


def test_suite_is_large_enough_and_in_both_languages():
    assert len(SUITE["zh"]) >= 40 and len(SUITE["en"]) >= 40, {lang: len(SUITE[lang]) for lang in LANGUAGES}


FIRST_RESULTS_WITHIN = 1.2  # seconds: what it took with one index for both languages (on a freshly opened page)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_first_results_come_quickly(browser, base_url, lang, record_property):
    url = base_url + URLS[lang, "tensors/reshaping.md"]
    seconds = sorted(seconds_to_first_results(browser, url, FIRST_KEYSTROKE[lang]) for _ in range(3))[1]
    record_property("first_results_s", seconds)
    print(f"{lang}: first results {seconds:.2f} s after the first keystroke (median of 3)")
    assert seconds < FIRST_RESULTS_WITHIN, f"{lang}: first results took {seconds:.2f} s"
