"""The pages keep to the glossary (harness/site/glossary.yml): one Chinese word per concept, and every term linked to a
recipe that exists."""

import pytest

from harness.site import glossary
from harness.site.glossary import Term


def test_zh_pages_use_no_rejected_variant():
    problems = glossary.variant_uses()
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def test_every_glossary_link_lands_on_a_recipe():
    problems = glossary.link_problems()
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def test_one_word_per_concept():
    terms = glossary.load()
    for attr in ("zh", "en"):
        values = [getattr(t, attr) for t in terms]
        duplicates = sorted({v for v in values if values.count(v) > 1})
        assert not duplicates, f"glossary terms with the same {attr} word: {duplicates}"
    clashes = [(v, word.zh) for t in terms for v in t.rejected for word in terms if v in word.zh]
    assert not clashes, f"a rejected variant is part of a preferred word: {clashes}"


def test_variant_check_reads_only_prose(tmp_path):
    page = tmp_path / "docs" / "zh" / "tensors" / "page.md"
    page.parent.mkdir(parents=True)
    page.write_text(
        "---\ntopics: [T01]\n---\n\n"
        "# 标题\n\n"
        "第一处就地修改。\n"  # line 7: prose, reported
        "代码 `x.add_()  # 就地` 不算，链接目标 [原地](https://example.com/就地) 不算。\n"
        "原笔记说“就地修改”，引用不算。\n"
        "```python\n# 就地\n```\n"
        "Notebook 的内核不算，但 GPU 内核算。\n"  # line 13: only the second is reported
        "kernel_size 不算，一个 kernel 算。\n",  # line 14
        "utf-8",
    )
    (tmp_path / "docs" / "zh" / "glossary.md").write_text("就地 内核\n", "utf-8")
    terms = [
        Term("原地操作", "in-place operation", "tensors/memory.md#inplace", rejected=("就地",)),
        Term("核函数", "kernel", "autograd/x.md#y", rejected=("内核", "kernel"), allowed=("Notebook 的内核",)),
    ]
    problems = glossary.variant_uses(tmp_path, terms)
    assert [p.split(": uses")[0] for p in problems] == [
        "docs/zh/tensors/page.md:7",
        "docs/zh/tensors/page.md:13",
        "docs/zh/tensors/page.md:14",
    ], problems
    assert "“就地”" in problems[0] and "“原地操作”" in problems[0]
