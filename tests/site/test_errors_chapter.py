"""The chapter of common errors: each heading that quotes an error message is still what PyTorch prints, the two
languages quote the same messages, and the chapter's index is current (harness/site/errors_chapter.py)."""

from pathlib import Path

import pytest

from harness.site import errors_chapter
from harness.verify.pages import LANGUAGES


def test_every_quoted_message_appears_in_its_recipes_output():
    problems, unchecked = errors_chapter.heading_problems()
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)
    if unchecked:
        print("not checked until a CUDA run records their output:\n" + "\n".join(unchecked))


def test_both_languages_quote_the_same_messages():
    quoted = {
        lang: {
            path.name: [(h.anchor, h.quoted) for h in errors_chapter.message_headings(path)]
            for path in errors_chapter.chapter_pages(lang)
        }
        for lang in LANGUAGES
    }
    assert quoted[LANGUAGES[0]] == quoted[LANGUAGES[1]]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_error_index_is_current(lang):
    if not errors_chapter.chapter_pages(lang):
        pytest.skip("no errors chapter yet")
    page = errors_chapter.index_path(lang)
    assert page.exists() and page.read_text("utf-8") == errors_chapter.render(lang), (
        f"{page} is out of date with the chapter's headings; run `make update-outputs`"
    )


def test_a_heading_may_name_the_operator_that_newer_releases_put_first():
    h = errors_chapter.MessageHeading(
        Path("docs/en/errors/shapes.md"), 1, "RuntimeError", "addmm: mat1 and mat2 shapes cannot be multiplied", "x", ()
    )
    assert h.shown_in("RuntimeError: addmm: mat1 and mat2 shapes cannot be multiplied (5x4096 and 1024x10)")
    assert h.shown_in("RuntimeError: mat1 and mat2 shapes cannot be multiplied (5x4096 and 1024x10)")
    assert not h.shown_in("RuntimeError: mm: mat1 and mat2 shapes cannot be multiplied (3x4 and 3x6)")
    assert h.sort_key.startswith("mat1")
