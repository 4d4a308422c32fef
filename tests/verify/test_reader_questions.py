"""Real questions readers asked (tests/verify/reader_questions.tsv), each with the recipe that answers it.

One row per question: its language, the question in its author's words, where it was asked, and the page and anchor
that answers it (`chapter/page.md#anchor`, empty where no recipe does). The search suite grows from this table; here
it keeps its shape, and every answer must still lead to a recipe of that language."""

import csv
import re
from pathlib import Path

import pytest

from harness.verify.pages import ROOT

TABLE = Path(__file__).with_name("reader_questions.tsv")
COLUMNS = ["lang", "question", "url", "answer"]
HEADING_ID = re.compile(r"^#{1,6} .*\{[^}]*#([\w-]+)[^}]*\}\s*$", re.M)


def rows(path: Path = TABLE) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        assert reader.fieldnames == COLUMNS, f"{path.name}: the header must be {' / '.join(COLUMNS)}"
        return list(reader)


def answer_problems(table: list[dict], root: Path = ROOT) -> list[str]:
    problems, ids = [], {}
    for number, row in enumerate(table, start=2):
        if not row["answer"]:
            continue
        page, _, anchor = row["answer"].partition("#")
        path = root / "docs" / row["lang"] / page
        if not path.exists():
            problems.append(f"line {number}: {row['answer']}: no page docs/{row['lang']}/{page}")
            continue
        if path not in ids:
            ids[path] = set(HEADING_ID.findall(path.read_text("utf-8")))
        if anchor not in ids[path]:
            problems.append(f"line {number}: {row['answer']}: docs/{row['lang']}/{page} has no heading {{ #{anchor} }}")
    return problems


def test_the_table_holds_real_questions_in_both_languages():
    table = rows()
    counts = {lang: sum(r["lang"] == lang for r in table) for lang in ("zh", "en")}
    assert len(table) == sum(counts.values()), "lang is zh or en"
    assert min(counts.values()) >= 50, f"at least 50 questions in each language: {counts}"
    assert all(r["question"].strip() and re.match(r"https?://\S+$", r["url"]) for r in table), "a question and a URL"
    urls = [r["url"] for r in table]
    assert len(set(urls)) == len(urls), "one row per source"


def test_every_answer_is_a_recipe_of_the_questions_language():
    problems = answer_problems(rows())
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def test_at_least_95_in_100_questions_are_answered():
    table = rows()
    unanswered = [r["question"] for r in table if not r["answer"]]
    assert len(unanswered) <= 0.05 * len(table), f"{len(unanswered)} of {len(table)} unanswered:\n" + "\n".join(
        unanswered
    )


def test_an_answer_that_leads_nowhere_is_caught(tmp_path):
    page = tmp_path / "docs" / "en" / "tensors" / "page.md"
    page.parent.mkdir(parents=True)
    page.write_text("# Title\n\n## Is it here? { #here }\n")
    table = [
        {"lang": "en", "answer": "tensors/page.md#here"},
        {"lang": "en", "answer": "tensors/page.md#gone"},
        {"lang": "zh", "answer": "tensors/page.md#here"},
        {"lang": "en", "answer": ""},
    ]
    assert answer_problems(table, tmp_path) == [
        "line 3: tensors/page.md#gone: docs/en/tensors/page.md has no heading { #gone }",
        "line 4: tensors/page.md#here: no page docs/zh/tensors/page.md",
    ]
