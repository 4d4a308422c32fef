"""Pages speak to their reader. The cookbook grew from five learners' notes, which a reader arriving from a search
never saw: only the acknowledgements name them. A page that corrects a widespread claim states it as a common
belief ("You may have read that…" / "常见的说法是……") instead of pointing at "the note"."""

import re

import pytest

from harness.verify.pages import ROOT

CREDITS = "acknowledgements.md"
NOTE = {
    "en": re.compile(r"\b(?:the|a|this|that|these|those|five|learners['’]?|source|original)\s+notes?\b", re.I),
    "zh": re.compile(r"笔记(?!本电脑)"),
}
URL = re.compile(r"\]\([^)]*\)|https?://\S+")


def note_mentions(root=ROOT) -> list[str]:
    found = []
    for lang, pattern in NOTE.items():
        for page in sorted((root / "docs" / lang).rglob("*.md")):
            if page.name == CREDITS and page.parent.name == lang:
                continue
            for number, line in enumerate(page.read_text("utf-8").splitlines(), start=1):
                if m := pattern.search(URL.sub("", line)):
                    found.append(f"{page.relative_to(root)}:{number}: “{m[0]}”: {line.strip()[:120]}")
    return found


def test_no_page_but_the_acknowledgements_points_at_the_notes():
    found = note_mentions()
    if found:
        pytest.fail(
            "pages refer to notes their readers never saw; state the claim as a common belief instead:\n"
            + "\n".join(found),
            pytrace=False,
        )


def test_a_note_reference_is_caught(tmp_path):
    for lang, text in (("en", "As the note says, view copies.\n"), ("zh", "原笔记里说 view 会复制。\n")):
        page = tmp_path / "docs" / lang / "tensors" / "page.md"
        page.parent.mkdir(parents=True)
        page.write_text("# T\n\n" + text + "[notes](https://pytorch.org/docs/stable/notes/x.html) 笔记本电脑\n")
        (tmp_path / "docs" / lang / CREDITS).write_text("The five notes 笔记\n")
    assert [m.split(": ")[0] for m in note_mentions(tmp_path)] == [
        "docs/en/tensors/page.md:3",
        "docs/zh/tensors/page.md:3",
    ]
