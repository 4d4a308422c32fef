"""The search box, used as readers use it: typed into on a page of the built site, in their language. Each query of
tests/site/search_queries.yml must find its recipe among the first three results; pasted error messages carry other
numbers, shapes and names than the pages show, and are searched from both languages. And the first results come
quickly after the first keystroke."""

from pathlib import Path

import pytest
import yaml

from harness.tools.browser import CHROMIUM, FIRST_KEYSTROKE, search_in_tabs, seconds_to_first_results
from harness.verify.pages import LANGUAGES, read_pages

SUITE = yaml.safe_load((Path(__file__).parent / "search_queries.yml").read_text("utf-8"))
TOP = 3
URLS = {(p.lang, p.name): p.url for p in read_pages()}

pytestmark = [
    pytest.mark.skipif(not CHROMIUM, reason="no Chromium here: `make test` installs Debian's chromium"),
]


def cases():
    for entry in SUITE["errors"]:
        for lang in LANGUAGES:
            yield pytest.param(lang, entry["query"], entry["finds"], id=f"{lang}-error-{entry['finds']}")
    for lang in LANGUAGES:
        for entry in SUITE[lang]:
            miss = [pytest.mark.xfail(strict=True, reason=entry["miss"])] if "miss" in entry else []
            yield pytest.param(lang, entry["query"], entry["finds"], id=f"{lang}-{entry['query']}", marks=miss)


@pytest.fixture(scope="module")
def answers(browser, base_url):
    """Every query of the suite typed into a search box, two tabs per language at a time (each tab has its own
    search worker): (lang, query) -> the results in the order shown."""
    context = browser.new_context()
    found = {}
    for lang in LANGUAGES:
        tabs = [context.new_page() for _ in range(2)]
        for tab in tabs:
            tab.goto(base_url + URLS[lang, "index.md"])
        queries = sorted({case.values[1] for case in CASES if case.values[0] == lang})
        for start in range(0, len(queries), len(tabs)):
            batch = list(zip(tabs, queries[start : start + len(tabs)], strict=False))  # the last may be short
            for (_, query), results in zip(batch, search_in_tabs(batch), strict=True):
                found[lang, query] = results
    context.close()
    return found


def _where(lang: str, finds: str) -> str:
    page, _, anchor = finds.partition("#")
    assert (lang, page) in URLS, f"search_queries.yml: {finds} names no page"
    return URLS[lang, page]


CASES = list(cases())


@pytest.mark.parametrize(("lang", "query", "finds"), CASES)
def test_search_finds_the_recipe(answers, lang, query, finds):
    wanted = _where(lang, finds)
    results = answers[lang, query]
    first_pages = [links[0].split("#")[0] for links in results[:TOP]]
    assert wanted in first_pages, f"{lang}: {query!r} should find {wanted} in the first {TOP}; got {first_pages}"


def test_suite_is_large_enough_and_in_both_languages():
    assert len(SUITE["zh"]) >= 40 and len(SUITE["en"]) >= 40, {lang: len(SUITE[lang]) for lang in LANGUAGES}


# Seconds from the first keystroke to the first results, on a freshly opened page. The single index of both
# languages took about 1.1 s on the machine the suite was written on, and the target is half of that: these
# indexes take about 0.5 s there (`make bench` reports the median). The test allows for a busier machine, and
# still fails well before the old figure.
FIRST_RESULTS_WITHIN = 0.75


@pytest.mark.parametrize("lang", LANGUAGES)
def test_first_results_come_quickly(browser, base_url, lang, record_property):
    url = base_url + URLS[lang, "tensors/reshaping.md"]
    runs = sorted(seconds_to_first_results(browser, url, FIRST_KEYSTROKE[lang]) for _ in range(3))
    seconds = runs[1]  # the median of three, as `make bench` reports it
    record_property("first_results_s", seconds)
    print(f"{lang}: first results {seconds:.2f} s after the first keystroke (runs: {runs})")
    assert seconds < FIRST_RESULTS_WITHIN, f"{lang}: first results took {seconds:.2f} s (median of {runs})"
