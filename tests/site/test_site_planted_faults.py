"""The site build catches what it promises to catch: an error heading its output no longer shows, a download whose
output is missing."""

from pathlib import Path

import pytest

from tests.projects import make_project

ERROR_PAGE = """\
# Errors

## RuntimeError: {quoted} {{ #demo-error }}

```python
--8<-- "errors/page/demo.py"
```
<!--pytest-codeblocks:expected-output-->
```text
--8<-- "errors/page/demo.out"
```
"""


def test_an_error_heading_must_quote_what_its_output_shows(tmp_path):
    from harness.site.errors_chapter import heading_problems

    (tmp_path / "snippets" / "errors" / "page").mkdir(parents=True)
    (tmp_path / "snippets" / "errors" / "page" / "demo.out").write_text("RuntimeError: shapes cannot be multiplied\n")
    for lang in ("zh", "en"):
        (tmp_path / "docs" / lang / "errors").mkdir(parents=True)
        page = tmp_path / "docs" / lang / "errors" / "page.md"
        page.write_text(ERROR_PAGE.format(quoted="shapes cannot be multiplied"))
    assert heading_problems(tmp_path) == ([], [])
    page.write_text(ERROR_PAGE.format(quoted="shapes do not match"))
    problems, _ = heading_problems(tmp_path)
    assert problems == [
        "docs/en/errors/page.md:3: the heading quotes 'RuntimeError: shapes do not match', which no output in its "
        "section shows (errors/page/demo.out): did PyTorch reword it?"
    ]


def test_an_ellipsis_in_an_error_heading_stands_for_the_part_that_varies():
    from harness.site.errors_chapter import MessageHeading

    heading = MessageHeading(Path("p.md"), 1, "IndexError", "Target … is out of bounds", "target", ())
    assert heading.shown_in("IndexError: Target 5 is out of bounds.\n")
    assert not heading.shown_in("IndexError: Target 5 is fine.\n")


def test_a_download_names_the_page_that_includes_a_missing_output(tmp_path):
    from harness.site import downloads
    from harness.verify.pages import read_page

    root = make_project(tmp_path, "print(1)\n", "1\n")
    (root / "snippets" / "ch" / "page" / "demo.out").unlink()
    page = read_page(root / "docs" / "zh" / "ch" / "page.md", root)
    with pytest.raises(FileNotFoundError, match=r"docs/zh/ch/page.md:6 includes snippets/ch/page/demo.out"):
        downloads.cells(page, root)
