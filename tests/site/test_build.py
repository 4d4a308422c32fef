"""The site builds with `mkdocs build --strict`, and the built pages do what readers rely on."""

import functools
import json
import re
from pathlib import Path
from urllib.parse import urljoin

import pytest
import yaml

from harness.site import search_index
from harness.tools import links
from harness.verify.pages import LANGUAGES, ROOT, read_pages

# What a browser fetches by itself: src of scripts, images, frames, media; href of <link> except
# rel="canonical" / rel="alternate", which only name pages.
RESOURCE = re.compile(
    r'<(?:script|img|iframe|source|audio|video|embed)\b[^>]*?\ssrc="([^"]+)"'
    r'|<link\b(?![^>]*\brel="(?:canonical|alternate)")[^>]*?\shref="([^"]+)"',
    re.I,
)
CSS_URL = re.compile(r"""url\(\s*['"]?([^'")]+)""")


def html_of(site: Path, url: str) -> str:
    return (site / url.lstrip("/") / "index.html").read_text("utf-8")


def test_build_is_strict_and_complete(site):
    for page in read_pages():
        assert (site / page.url.lstrip("/") / "index.html").exists(), f"{page.path} was not built"


def test_every_link_to_an_anchor_lands_on_it(site):
    # mkdocs build --strict checks that a linked page exists, not that the #anchor is on it
    checked, broken = links.broken_fragments(site)
    assert checked > 1000, f"only {checked} links with an anchor found: is the site built?"
    assert not broken, f"{len(broken)} of {checked} links with an anchor lead nowhere:\n" + "\n".join(broken)


def test_languages_and_their_roots(site):
    assert '<html lang="zh"' in html_of(site, "/")
    assert '<html lang="en"' in html_of(site, "/en/")


def test_nothing_is_fetched_from_another_host(site):
    offenders = []
    for path in sorted(site.rglob("*")):
        if path.suffix == ".html":
            urls = [a or b for a, b in RESOURCE.findall(path.read_text("utf-8"))]
        elif path.suffix == ".css":
            urls = CSS_URL.findall(path.read_text("utf-8"))
        else:
            continue
        offenders += [f"{path.relative_to(site)}: {u}" for u in urls if re.match(r"^(https?:)?//", u.strip())]
    assert not offenders, "resources from other hosts:\n" + "\n".join(offenders)


def test_every_image_and_script_on_a_page_exists(site):
    missing = []
    for page in read_pages():
        url = page.url
        for a, b in RESOURCE.findall(html_of(site, url)):
            target = urljoin(url, (a or b).split("#")[0].split("?")[0])
            if target.endswith("/"):
                continue
            if not (site / target.lstrip("/")).exists():
                missing.append(f"{page.path}: {a or b}")
    assert not missing, "broken resources:\n" + "\n".join(missing)


def test_language_switcher_leads_to_the_twin(site):
    for page in read_pages():
        if page.lang != LANGUAGES[0]:
            continue
        url = page.url
        html = html_of(site, url)
        for other in LANGUAGES[1:]:
            m = re.search(rf'<a href="([^"]+)" hreflang="{other}" class="md-select__link"', html)
            assert m, f"{page.path}: no language switcher link to {other}"
            twin = urljoin(url, m.group(1))
            assert twin == f"/{other}{url}", f"{page.path}: the {other} switcher leads to {twin}, not /{other}{url}"


def test_math_is_rendered_by_the_sites_own_katex(site):
    pages_with_math = [p for p in read_pages() if "$$" in (ROOT / p.path).read_text("utf-8")]
    for page in pages_with_math:
        html = html_of(site, page.url)
        assert 'class="arithmatex"' in html, f"{page.path}: math not marked for rendering"
        assert "assets/javascripts/katex-init.js" in html
    for asset in ("katex.min.js", "katex.min.css", "fonts/KaTeX_Main-Regular.woff2"):
        assert (site / "assets/katex" / asset).exists(), asset


@functools.cache
def search_separator() -> re.Pattern:
    config = yaml.load((ROOT / "mkdocs.yml").read_text("utf-8"), Loader=yaml.BaseLoader)
    return re.compile(config["plugins"][0]["search"]["separator"])


def search_tokens(text: str) -> list[str]:
    return [t.lower() for t in search_separator().split(text) if t]


@pytest.mark.parametrize(
    ("lang", "query", "location"),
    [("zh", "激活", "hooks/forward-hooks/"), ("en", "activations", "en/hooks/forward-hooks/")],
)
def test_search_finds_a_recipe_by_a_word(site, lang, query, location):
    docs = search_docs(site, lang)
    hits = {d["location"].split("#")[0] for d in docs if query in search_tokens(d["title"] + " " + d["text"])}
    assert location in hits, f"searching {query!r} in the {lang} index finds only {sorted(hits)}"


def search_docs(site: Path, lang: str) -> list[dict]:
    return json.loads(search_index.index_path(site, lang).read_text("utf-8"))["docs"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_has_its_own_search_index(site, lang):
    prefix = "" if lang == LANGUAGES[0] else f"{lang}/"
    locations = [d["location"] for d in search_docs(site, lang)]
    strays = [
        loc
        for loc in locations
        if not loc.startswith(prefix) or any(loc.startswith(f"{other}/") for other in LANGUAGES[1:] if other != lang)
    ]
    assert locations and not strays, f"the {lang} index holds other languages' pages: {strays[:5]}"


def test_search_keeps_pytorch_terms_whole(site):
    terms = (ROOT / "harness" / "site" / "search_terms.zh.txt").read_text("utf-8").split()
    tokens, text = set(), ""
    for doc in search_docs(site, "zh"):
        tokens.update(search_tokens(doc["title"] + " " + doc["text"]))
        text += doc["title"] + doc["text"]
    split = [term for term in terms if term in text.replace("\u200b", "") and term not in tokens]
    assert not split, f"jieba splits these terms in the zh index: {split}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_search_indexes_error_lines_and_not_page_chrome(site, lang):
    docs = {d["location"]: d for d in search_docs(site, lang)}
    prefix = "" if lang == LANGUAGES[0] else f"{lang}/"
    entry = docs[f"{prefix}errors/shapes/#mat1-mat2"]
    assert "mat1 and mat2 shapes cannot be multiplied" in entry["errors"]
    chrome = ("本页代码已验证", "下载本页代码", "Code on this page verified", "This page's code:")
    shown = [loc for loc, d in docs.items() if any(c in d["text"] for c in chrome)]
    assert not shown, f"the badge or the download line is in the index: {shown[:5]}"
    assert docs[f"{prefix}acknowledgements/"]["boost"] < 1 and docs[f"{prefix}api/"]["boost"] < 1


@pytest.mark.parametrize("lang", LANGUAGES)
def test_search_index_leaves_out_code_and_pointers(site, lang):
    """Code and outputs are not indexed (their error lines are, above); nor what only points to other recipes."""
    docs = search_docs(site, lang)
    with_code = [d["location"] for d in docs if "<pre" in d["text"]]
    assert not with_code, f"code blocks are in the {lang} index: {with_code[:5]}"
    see_also = [d["location"] for d in docs if d["location"].endswith("#see-also") or "See also:" in d["text"]]
    see_also += [d["location"] for d in docs if "参见：" in d["text"]]
    assert not see_also, f"'See also' lines are in the {lang} index: {see_also[:5]}"
    api = [d for d in docs if "api/#" in d["location"]]
    assert api and all(re.fullmatch(r"(<code>[^<]+</code> ?)*", d["text"]) for d in api), (
        "the API index keeps names only"
    )


def test_recipe_pages_show_their_verified_badge(site):
    from harness.verify.record import pins

    for page in read_pages():
        html = html_of(site, page.url)
        pinned = ("CPU, PyTorch {}" if page.lang == "en" else "CPU，PyTorch {}").format(pins()["torch"])
        if page.blocks:
            badge = re.search(r'<p class="verified-badge".*?</p>', html, re.S)
            assert badge and pinned in badge[0], f"{page.path}: no badge naming the pinned CPU run"
            assert 'verification/"' in badge[0], f"{page.path}: the badge does not link to the verification page"
        else:
            assert 'class="verified-badge"' not in html, f"{page.path} has no code but shows a badge"


def test_the_verification_page_lists_the_runs_on_record(site):
    from harness.verify.record import load

    for lang in LANGUAGES:
        html = html_of(site, ("/" if lang == LANGUAGES[0] else f"/{lang}/") + "verification/")
        assert "verification-runs" not in html, "the placeholder was not replaced"
        for run in load()["runs"]:
            assert f"<td>{run['date']}</td>" in html and run["torch"] in html, f"{lang}: {run['device']} run missing"


def test_gpu_outputs_and_other_releases_are_marked_where_they_show(site):
    from harness.verify.record import differences, load

    verified = load()
    for page in read_pages():
        html = html_of(site, page.url)
        for block in page.blocks:
            origin = verified["outputs"].get(block.snippet)
            if origin and block.output:
                assert f"{origin['device_name']}" in html and 'class="output-origin"' in html, (
                    f"{page.path}: {block.snippet}'s output comes from a GPU run, and the page does not say so"
                )
            for run, _ in differences(verified, block.snippet):
                assert f"PyTorch {run['torch']}" in html, f"{page.path}: {block.snippet} differs on {run['torch']}"


def test_404_page_speaks_both_languages_and_leads_home(site):
    html = (site / "404.html").read_text("utf-8")
    assert "页面不存在" in html and "Page not found" in html
    assert 'href="/">首页' in html and 'href="/en/">English home page' in html


def test_home_pages_show_every_chapter_as_a_card(site):
    chapters = {p.name.split("/")[0] for p in read_pages() if "/" in p.name}
    for lang in LANGUAGES:
        html = html_of(site, "/" if lang == LANGUAGES[0] else f"/{lang}/")
        cards = re.search(r'<div class="grid cards">(.*?)</div>', html, re.S)
        assert cards, f"{lang} home page has no cards"
        linked = set(re.findall(r'href="([\w-]+)/', cards.group(1)))
        assert chapters <= linked, f"{lang} home page lacks cards for {sorted(chapters - linked)}"
