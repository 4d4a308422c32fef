"""The search box, used as readers use it: typed into on a page of the built site, in their language.

Two suites, both typed into the search box:
- the real questions of tests/verify/reader_questions.tsv, verbatim as their authors posted them (long questions,
  blog titles, pasted errors with their own numbers and names): at least nine in ten must find their recipe's page
  among the first three results, in each language;
- tests/site/search_queries.yml: short phrases, API names and pasted error messages, each of which must find its
  recipe among the first three.
And the results are clean (a dozen pages at most, no "Missing:" list, only the words that matter highlighted, on the
results and on the page a result opens), and the first results come quickly after the first keystroke."""

import re
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
import yaml

from harness.tools.browser import CHROMIUM, FIRST_KEYSTROKE, search, search_in_tabs, seconds_to_first_results
from harness.verify.pages import LANGUAGES, read_pages
from tests.verify.test_reader_questions import rows

SUITE = yaml.safe_load((Path(__file__).parent / "search_queries.yml").read_text("utf-8"))
QUESTIONS = [row for row in rows() if row["answer"]]
TOP = 3
REAL_QUESTIONS_FOUND = 0.9  # the share of real questions whose page must come in the first three, in each language
URLS = {(p.lang, p.name): p.url for p in read_pages()}
TABS = 3  # each tab has its own search worker: queries are answered side by side

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


CASES = list(cases())


@pytest.fixture(scope="module")
def answers(browser, base_url):
    """Every query of both suites typed into a search box, in its language: (lang, query) -> the results in the
    order shown."""
    context = browser.new_context()
    found = {}
    for lang in LANGUAGES:
        tabs = [context.new_page() for _ in range(TABS)]
        for tab in tabs:
            tab.goto(base_url + URLS[lang, "index.md"])
        typed = {case.values[1] for case in CASES if case.values[0] == lang}
        typed |= {row["question"] for row in QUESTIONS if row["lang"] == lang}
        queries = sorted(typed)
        for start in range(0, len(queries), len(tabs)):
            batch = list(zip(tabs, queries[start : start + len(tabs)], strict=False))  # the last may be short
            for (_, query), results in zip(batch, search_in_tabs(batch), strict=True):
                found[lang, query] = results
    context.close()
    return found


def _where(lang: str, finds: str) -> str:
    page, _, anchor = finds.partition("#")
    assert (lang, page) in URLS, f"{finds} names no page"
    return URLS[lang, page]


def _first_pages(results: list[list[str]]) -> list[str]:
    return [links[0].split("#")[0] for links in results[:TOP]]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_real_questions_find_their_recipe(answers, lang, record_property):
    asked = [row for row in QUESTIONS if row["lang"] == lang]
    empty = [row["question"] for row in asked if not answers[lang, row["question"]]]
    assert not empty, f"{lang}: no results at all for {empty}"
    missed = []
    for row in asked:
        wanted = _where(lang, row["answer"])
        got = _first_pages(answers[lang, row["question"]])
        if wanted not in got:
            missed.append(f"  {row['question'][:100]!r}\n    wants {wanted}, got {got}")
    found = 1 - len(missed) / len(asked)
    record_property("real_questions_found", found)
    print(f"{lang}: {len(asked) - len(missed)} of {len(asked)} real questions find their page in the first {TOP}")
    assert found >= REAL_QUESTIONS_FOUND, (
        f"{lang}: only {len(asked) - len(missed)} of {len(asked)} real questions ({found:.0%}) find their page in "
        f"the first {TOP}; misses:\n" + "\n".join(missed)
    )


def test_the_real_question_suite_is_large_and_in_both_languages():
    counts = {lang: sum(row["lang"] == lang for row in QUESTIONS) for lang in LANGUAGES}
    assert sum(counts.values()) >= 200, counts
    assert min(counts.values()) >= 0.45 * sum(counts.values()), f"about half in each language: {counts}"


@pytest.mark.parametrize(("lang", "query", "finds"), CASES)
def test_search_finds_the_recipe(answers, lang, query, finds):
    wanted = _where(lang, finds)
    first_pages = _first_pages(answers[lang, query])
    assert wanted in first_pages, f"{lang}: {query!r} should find {wanted} in the first {TOP}; got {first_pages}"


def test_suite_is_large_enough_and_in_both_languages():
    assert len(SUITE["zh"]) >= 40 and len(SUITE["en"]) >= 40, {lang: len(SUITE[lang]) for lang in LANGUAGES}


# Questions as readers ask them, full of words that say only that something is asked; what must not be highlighted
CLEAN = {
    "en": ("What's the difference between torch.stack() and torch.cat() functions?", {"stack", "cat"}),
    "zh": ("PyTorch 中 view 和 reshape 到底有什么区别？怎么选？", {"view", "reshape"}),
}
ASKING = {"what", "the", "difference", "between", "and", "torch", "pytorch", "中", "和", "有", "什么", "区别", "怎么"}
MOST_PAGES = 12

RESULTS_SHOWN = """() => ({
    count: document.querySelectorAll(".md-search-result__item").length,
    meta: document.querySelector(".md-search-result__meta").textContent,
    missing: [...document.querySelectorAll(".md-search-result__terms")].map((p) => p.textContent),
    marked: [...document.querySelectorAll(".md-search-result__list mark")].map((m) => m.textContent.toLowerCase()),
    first: document.querySelector(".md-search-result__item a").href,
})"""


@pytest.mark.parametrize("lang", LANGUAGES)
def test_results_are_few_and_marked_only_where_they_match(browser, base_url, lang):
    """A long question lists a dozen pages at most, says nothing of the words it left out ("Missing:" / "缺少:"),
    highlights the words that matched and none of those that only ask, and so does the page a result opens."""
    query, subject = CLEAN[lang]
    context = browser.new_context()
    tab = context.new_page()
    tab.goto(base_url + URLS[lang, "index.md"])
    assert search(tab, query), f"{query!r} found nothing"
    shown = tab.evaluate(RESULTS_SHOWN)
    pages = int(re.search(r"\d+", shown["meta"])[0])  # the list itself grows ten at a time as the reader scrolls
    assert 0 < pages <= MOST_PAGES and shown["count"] == min(pages, 10), shown["meta"]
    assert not shown["missing"], f"results list words they lack: {shown['missing'][:3]}"
    assert set(shown["marked"]) & subject, f"neither of {subject} is highlighted: {shown['marked'][:10]}"
    assert not set(shown["marked"]) & ASKING, f"asking words highlighted: {set(shown['marked']) & ASKING}"
    highlighted = set(parse_qs(urlparse(shown["first"]).query)["h"][0].split())
    assert highlighted and not highlighted & ASKING, highlighted
    tab.goto(shown["first"])
    marks = tab.locator("article mark[data-md-highlight]")
    marks.first.wait_for(timeout=10_000)
    on_page = {text.lower() for text in marks.evaluate_all("marks => marks.map((m) => m.textContent)")}
    assert on_page <= highlighted and not on_page & ASKING, f"the opened page marks {on_page}, searched {highlighted}"
    context.close()


# Seconds from the first keystroke to the first results, on a freshly opened page. The single index of both
# languages took about 1.1 s on the machine the suite was written on, and the target is half of that: these
# indexes take about 0.4 s there (`make bench` reports the median). The test allows for a busier machine, and
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
