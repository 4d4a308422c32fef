"""The verification record (harness/verify/record.py) and what the site shows of it
(harness/site/verification_marks.py): the committed record is well formed and its pinned CPU entry covers every
block on the site in its current form; each writer replaces only its own entry; a page's badge names only the runs
that verified all of it."""

import json

import pytest

from harness.site import verification_marks
from harness.verify import record, update_outputs
from harness.verify.pages import catalog

PIN = "torch==2.15.0\ntorchvision==0.29.2\n"


def test_the_committed_record_is_well_formed():
    assert record.format_problems(record.load()) == []


def test_the_pinned_cpu_entry_covers_every_block_on_the_site_in_its_current_form():
    assert record.versions()["torch"] == record.pins()["torch"], "the tests must run with the pinned torch"
    run = record.pinned_cpu_run(record.load())
    assert run, f"no CPU entry for the pinned torch {record.pins()['torch']}; run `make update-outputs`"
    stale = []
    for snippet in catalog().uses:
        entry = run["snippets"].get(snippet)
        if not entry or entry["sha"] != record.code_hash(snippet):
            stale.append(snippet)
        elif entry["result"] != "matched" and not entry.get("why", "").startswith("cuda-only"):
            stale.append(f"{snippet} ({entry['result']})")
    assert not stale, f"not verified in their current form (run `make update-outputs`): {stale}"
    assert set(run["snippets"]) <= set(catalog().uses), "the entry names snippets that are gone"


@pytest.fixture
def project(tmp_path):
    """A tiny project: two snippets, the pin, and a record with a GPU run and a previous release's run."""
    (tmp_path / "snippets" / "ch" / "page").mkdir(parents=True)
    for name in ("a", "b"):
        (tmp_path / "snippets" / "ch" / "page" / f"{name}.py").write_text(f"print('{name}')\n")
    (tmp_path / "requirements.txt").write_text(PIN)
    (tmp_path / "docs" / "assets").mkdir(parents=True)
    a, b = "ch/page/a.py", "ch/page/b.py"
    results = {a: {"result": "matched"}, b: {"result": "matched"}}
    cuda = record.make_run("cuda", results, [], tmp_path, device_name="NVIDIA H200", torch="2.11.0", date="2026-11-29")
    previous = record.make_run(
        "cpu",
        {a: {"result": "matched"}, b: {"result": "differs", "printed": "B\n"}},
        [],
        tmp_path,
        device_name="AMD EPYC",
        torch="2.14.1",
        date="2026-12-01",
    )
    record.save({"runs": [cuda, previous], "outputs": {}}, tmp_path)
    return tmp_path


def test_update_outputs_replaces_only_the_pinned_cpu_entry(project):
    before = record.load(project)
    update_outputs.write_record({"ch/page/a.py": {"result": "matched"}}, {}, project)
    update_outputs.write_record({"ch/page/b.py": {"result": "matched"}}, {}, project)
    after = record.load(project)
    assert record.format_problems(after) == []
    assert [(r["device"], r["torch"]) for r in after["runs"]] == [
        ("cpu", "2.15.0"),  # the pinned CPU run first, then GPU runs, then other releases
        ("cuda", "2.11.0"),
        ("cpu", "2.14.1"),
    ]
    assert after["runs"][1:] == before["runs"]
    pinned = record.pinned_cpu_run(after, project)
    assert set(pinned["snippets"]) == {"ch/page/a.py", "ch/page/b.py"}, "a partial update keeps the other snippets"
    assert pinned["blocks"] == {"run": 2, "matched": 2, "differ": 0, "skipped": 0}


def test_a_run_counts_for_a_page_only_while_its_code_is_unchanged(project):
    verified = record.load(project)
    update_outputs.write_record({s: {"result": "matched"} for s in ("ch/page/a.py", "ch/page/b.py")}, {}, project)
    verified = record.load(project)
    runs = record.page_runs(verified, ["ch/page/a.py", "ch/page/b.py"], project)
    assert [(r["device"], r["torch"]) for r in runs] == [("cpu", "2.15.0"), ("cuda", "2.11.0"), ("cpu", "2.14.1")]
    (project / "snippets" / "ch" / "page" / "b.py").write_text("print('changed')\n")
    runs = record.page_runs(verified, ["ch/page/a.py", "ch/page/b.py"], project)
    assert runs == [], "no run has verified the changed code"
    assert [r["device"] for r in record.page_runs(verified, ["ch/page/a.py"], project)] == ["cpu", "cuda", "cpu"]


def test_a_skip_counts_only_for_the_snippets_own_reasons(project):
    a, b = "ch/page/a.py", "ch/page/b.py"
    own = {a: {"result": "matched"}, b: {"result": "skipped", "why": "cpu-only: CPU random numbers"}}
    lacking = {a: {"result": "matched"}, b: {"result": "skipped", "why": "missing package: needs pandas"}}
    for results, counted in ((own, True), (lacking, False)):
        run = record.make_run("cuda", results, [], project, device_name="GPU", torch="2.15.0")
        assert bool(record.page_runs({"runs": [run], "outputs": {}}, [a, b], project)) is counted


def test_the_format_check_catches_what_the_site_could_not_read(project):
    verified = record.load(project)
    bad = json.loads(json.dumps(verified))
    bad["runs"][0]["blocks"]["matched"] = 99
    bad["runs"][1]["snippets"]["ch/page/b.py"].pop("printed")
    bad["runs"].append(dict(bad["runs"][0]))
    problems = "\n".join(record.format_problems(bad))
    assert "do not add up" in problems
    assert "does not keep what it printed" in problems
    assert "a second entry for the same device and torch" in problems


def test_the_badge_names_each_verifying_run_and_links_to_the_explanation(project):
    runs = record.load(project)["runs"]
    zh = verification_marks.badge("zh", runs, "../verification.md")
    en = verification_marks.badge("en", runs, "../verification.md")
    assert "NVIDIA H200, PyTorch 2.11.0, 2026-11-29" in en and "CPU, PyTorch 2.14.1, 2026-12-01" in en
    assert "[How this book is verified](../verification.md)" in en
    assert "本页代码已验证" in zh and "NVIDIA H200，PyTorch 2.11.0，2026-11-29" in zh
    assert "[本手册如何验证](../verification.md)" in zh
    assert verification_marks.verification_link("zh/tensors/creation.md") == "../verification.md"
    assert verification_marks.verification_link("en/index.md") == "verification.md"


def test_outputs_show_where_a_gpu_printed_them_and_what_other_releases_print(project):
    verified = record.load(project)
    verified["outputs"]["ch/page/a.py"] = {
        "device": "cuda",
        "device_name": "NVIDIA H200",
        "torch": "2.11.0",
        "date": "2026-11-29",
    }
    page = (
        'Text.\n\n<!--pytest-codeblocks:expected-output-->\n```text\n--8<-- "ch/page/a.out"\n```\n\n'
        '!!! note\n\n    <!--pytest-codeblocks:expected-output-->\n    ```text\n    --8<-- "ch/page/b.out"\n    ```\n'
    )
    marked = verification_marks.mark_outputs(page, "en", verified, project)
    assert "The output below comes from a CUDA run on NVIDIA H200 (PyTorch 2.11.0, 2026-11-29)" in marked
    assert (
        '    ??? info "With PyTorch 2.14.1, this code prints:"\n\n'
        "        <!--pytest-codeblocks:expected-output-->\n        ````text\n        B\n        ````" in marked
    )
    assert marked.count("output-origin") == 1
