"""The verification catches what it promises to catch: each test plants one fault in a small throwaway project
and checks that the verification fails with a message naming the cause, the page and the file."""

import sys

import pytest

from harness.verify.ahead import RunsAhead
from harness.verify.outputs import figure_difference, normalise
from harness.verify.pages import catalog
from harness.verify.parity import parity_problems
from harness.verify.sandbox import run_snippet
from tests.projects import PAGE, make_project, problems_of


def test_a_passing_project_has_no_problems(tmp_path):
    root = make_project(tmp_path, "print(6 * 7)\n", "42\n")
    assert problems_of(root) == ""
    assert parity_problems(root) == []


def test_a_snippet_that_raises_names_page_file_and_line(tmp_path):
    root = make_project(tmp_path, "x = 1\ny = x / 0\n")
    message = problems_of(root)
    assert "ch/page/demo.py on cpu" in message
    assert "docs/zh/ch/page.md:6" in message and "docs/en/ch/page.md:6" in message
    assert 'demo.py", line 2' in message and "ZeroDivisionError: division by zero" in message


def test_drifted_output_shows_a_diff(tmp_path):
    root = make_project(tmp_path, "print('new')\n", "old\n")
    message = problems_of(root)
    assert "differs from the page" in message and "make update-outputs" in message
    assert "-old" in message and "+new" in message


def test_include_of_a_missing_file_is_reported(tmp_path):
    root = make_project(tmp_path, "print(1)\n", "1\n")
    (root / "snippets" / "ch" / "page" / "demo.out").unlink()
    problems = catalog(root).problems
    assert any("docs/zh/ch/page.md" in p and "ch/page/demo.out" in p for p in problems), problems


def test_missing_translation_is_reported(tmp_path):
    root = make_project(tmp_path, "print(1)\n", "1\n", languages=("zh",))
    assert parity_problems(root) == ["docs/en/ch/page.md is missing: docs/zh/ch/page.md has no translation"]


def test_twins_must_include_the_same_snippets(tmp_path):
    root = make_project(tmp_path, "print(1)\n", "1\n")
    (root / "snippets" / "ch" / "page" / "other.py").write_text("print(1)\n")
    en = root / "docs" / "en" / "ch" / "page.md"
    en.write_text(
        en.read_text().replace("ch/page/demo.py", "ch/page/other.py").replace("ch/page/demo.out", "ch/page/other.out")
    )
    assert any("includes differ" in p for p in parity_problems(root))


def test_a_deprecated_api_fails_the_snippet(tmp_path):
    root = make_project(
        tmp_path,
        "import torch\nprint(torch.meshgrid(torch.arange(2), torch.arange(2))[0].shape)\n",
        "torch.Size([2, 2])\n",
    )
    message = problems_of(root)
    assert "UserWarning" in message and "indexing" in message and "line 2" in message


def test_code_marked_to_warn_or_raise_must_really_do_it(tmp_path):
    warns = tmp_path / "warns.py"
    warns.write_text("# warns UserWarning\nimport torch\ntorch.set_default_tensor_type(torch.FloatTensor)\n")
    run = run_snippet(warns)
    assert run.error is None and run.output.startswith("UserWarning: torch.set_default_tensor_type() is deprecated")
    assert "Triggered internally" not in run.output  # the wheel's build path is not part of the message

    raises = tmp_path / "raises.py"
    raises.write_text("# raises AttributeError\nimport torch\ntorch.zeros(1).volatile_data\n")
    run = run_snippet(raises)
    assert run.error is None and run.output.startswith("AttributeError: ")

    broken_promise = tmp_path / "quiet.py"
    broken_promise.write_text("# raises RuntimeError\nprint('fine')\n")
    assert "ran without raising" in run_snippet(broken_promise).error


def test_a_script_runs_in_a_process_of_its_own_like_python_file_py(tmp_path):
    # mp.spawn pickles `work` by name and imports the file again in each process: that only works when the
    # snippet is the process's __main__; the processes' prints join the output, and their warnings are errors
    snippet = tmp_path / "spawned.py"
    snippet.write_text(
        "# script: mp.spawn imports this file again\n"
        "import warnings\nimport torch.multiprocessing as mp\n\n\n"
        "def work(rank):\n    if rank == 1:\n        warnings.warn('in a child', DeprecationWarning)\n"
        "    print('rank', rank)\n\n\n"
        "if __name__ == '__main__':\n    print('start')\n    mp.spawn(work, nprocs=1)\n    print('end')\n"
    )
    run = run_snippet(snippet)
    assert run.error is None and run.output == "start\nrank 0\nend\n"

    snippet.write_text(snippet.read_text().replace("nprocs=1", "nprocs=2"))
    assert "DeprecationWarning: in a child" in run_snippet(snippet).error


def test_snippets_cannot_reach_the_network(tmp_path):
    snippet = tmp_path / "net.py"
    snippet.write_text("import urllib.request\nurllib.request.urlopen('https://example.org/weights.pth', timeout=5)\n")
    assert "snippets may not use the network" in run_snippet(snippet).error


def test_a_hanging_snippet_is_stopped(tmp_path):
    snippet = tmp_path / "hang.py"
    snippet.write_text("while True:\n    pass\n")
    assert "stopped after 0.5 s" in run_snippet(snippet, timeout=0.5).error


def test_snippets_write_into_a_scratch_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    snippet = tmp_path / "writer.py"
    snippet.write_text(
        "import os\nwith open('left-behind.txt', 'w') as f:\n    f.write('x')\n"
        f"print(os.getcwd() != {str(tmp_path)!r})\n"
    )
    run = run_snippet(snippet)
    assert run.output == "True\n" and not (tmp_path / "left-behind.txt").exists()


def test_an_unseeded_random_number_is_caught(tmp_path):
    snippet = tmp_path / "unseeded.py"
    snippet.write_text("import torch\nprint(torch.rand(3).tolist())\n")
    assert run_snippet(snippet).output != run_snippet(snippet).output


def test_inline_code_on_a_page_is_refused(tmp_path):
    page = PAGE + "\n```python\nprint('typed by hand')\n```\n"
    root = make_project(tmp_path, "print(1)\n", "1\n", page=page)
    assert any("code lives in snippets/" in p and "page.md:14" in p for p in catalog(root).problems)


def test_unused_snippets_and_figures_are_reported(tmp_path):
    root = make_project(tmp_path, "print(1)\n", "1\n")
    (root / "snippets" / "ch" / "page" / "forgotten.py").write_text("print(2)\n")
    (root / "docs" / "assets" / "figures" / "ch" / "page").mkdir(parents=True)
    (root / "docs" / "assets" / "figures" / "ch" / "page" / "demo.png").write_bytes(b"")
    problems = parity_problems(root)
    assert "snippets/ch/page/forgotten.py is not included by any page" in problems
    assert "docs/assets/figures/ch/page/demo.png is not shown by any page" in problems


def test_a_stale_or_missing_figure_fails(tmp_path):
    draw = "import matplotlib.pyplot as plt\nplt.plot([0, 1], [0, {y}])\nplt.savefig('demo.png')\n"
    root = make_project(tmp_path, draw.format(y=1))
    assert "docs/assets/figures/ch/page/demo.png is missing" in problems_of(root)
    run = run_snippet(root / "snippets" / "ch" / "page" / "demo.py")
    assert sorted(run.figures) == ["demo.dark.png", "demo.png"]  # matplotlib's figures come with a dark twin
    (root / "docs" / "assets" / "figures" / "ch" / "page").mkdir(parents=True)
    (root / "docs" / "assets" / "figures" / "ch" / "page" / "demo.png").write_bytes(run.figures["demo.png"])
    assert "demo.dark.png is missing" in problems_of(root)
    (root / "docs" / "assets" / "figures" / "ch" / "page" / "demo.dark.png").write_bytes(run.figures["demo.dark.png"])
    assert problems_of(root) == ""
    (root / "snippets" / "ch" / "page" / "demo.py").write_text(draw.format(y=-1))
    assert "demo.png is stale" in problems_of(root)


def test_figure_comparison_ignores_identical_images_only():
    from io import BytesIO

    from PIL import Image

    def png(colour):
        buf = BytesIO()
        Image.new("RGB", (20, 20), colour).save(buf, format="PNG")
        return buf.getvalue()

    assert figure_difference(png("white"), png("white")) is None
    assert figure_difference(png("white"), png("black")) == "100.00% of its pixels changed"


def test_cuda_device_suffix_and_trailing_space_are_normalised():
    assert normalise("tensor([1., 2.], device='cuda:0')   \n\n") == "tensor([1., 2.])"


def test_numbers_that_vary_by_machine_are_not_compared_but_the_rest_is(tmp_path):
    timing = "# numbers-vary: a timing\nimport time\nprint(f'took {time.perf_counter() % 1:.4f} s')\n"
    root = make_project(tmp_path, timing, "took 0.1234 s\n")
    assert problems_of(root) == ""
    (root / "snippets" / "ch" / "page" / "demo.out").write_text("lasted 0.1234 s\n")
    assert "-lasted" in problems_of(root)


def test_a_page_includes_code_only_from_its_own_folder(tmp_path):
    root = make_project(tmp_path, "print(1)\n", "1\n")
    (root / "snippets" / "ch" / "stray.py").write_text("print(1)\n")
    zh = root / "docs" / "zh" / "ch" / "page.md"
    zh.write_text(zh.read_text().replace("ch/page/demo.py", "ch/stray.py").replace("ch/page/demo.out", "ch/stray.out"))
    assert any(
        "docs/zh/ch/page.md:6: includes ch/stray.py, but this page's code lives in snippets/ch/page/" in p
        for p in catalog(root).problems
    )


def test_device_only_snippets_are_skipped_on_the_other_device_with_their_reason():
    from harness.verify.sandbox import expectation, skip_reason

    cuda_only = expectation("# cuda-only: shows a CUDA error\nimport torch\n")
    cpu_only = expectation("# cpu-only: prints CPU random numbers\nimport torch\n")
    assert skip_reason(cuda_only, "cpu") == "cuda-only: shows a CUDA error" and not skip_reason(cuda_only, "cuda")
    assert skip_reason(cpu_only, "cuda") == "cpu-only: prints CPU random numbers" and not skip_reason(cpu_only, "cpu")


def test_harness_only_directives_stay_off_the_page_and_legacy_is_refused():
    from harness.verify.sandbox import expectation, visible_code

    code = "# raises RuntimeError\n# cpu-only: prints CPU random numbers\n\nimport torch\n"
    assert expectation(code).raises == "RuntimeError" and expectation(code).cpu_only
    assert visible_code(code) == "# raises RuntimeError\n\nimport torch\n"
    assert visible_code("# script: spawns workers\n\nimport torch\n") == "import torch\n"
    with pytest.raises(ValueError, match="write '# raises <Error>'"):
        expectation("# legacy: raises RuntimeError\n")


def test_what_a_snippet_leaves_in_reference_cycles_is_freed_when_it_ends(tmp_path):
    # a DDP model left in a cycle keeps its gloo group; freed later, in a forked DataLoader worker, the group's
    # destructor hangs the worker: the sandbox frees the snippet's cycles itself, before the next snippet forks
    snippet = tmp_path / "cycle.py"
    snippet.write_text(
        "import sys\nimport weakref\n\n\nclass Node:\n    pass\n\n\n"
        "node = Node()\nnode.me = node\nsys.cookbook_probe = weakref.ref(node)\n"
    )
    try:
        assert run_snippet(snippet).error is None
        assert sys.cookbook_probe() is None, "the snippet's cycle outlived its run"
    finally:
        vars(sys).pop("cookbook_probe", None)


def test_a_snippet_that_kills_or_hangs_the_worker_fails_alone(tmp_path):
    make_project(tmp_path, "print('ok')\n", "ok\n")
    folder = tmp_path / "snippets" / "ch" / "page"
    (folder / "killed.py").write_text("import os\nimport signal\n\nos.kill(os.getpid(), signal.SIGKILL)\n")
    # a hang the snippet's own timeout cannot stop: its alarm signal is blocked
    (folder / "hung.py").write_text(
        "import signal\nimport time\n\nsignal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})\ntime.sleep(600)\n"
    )
    names = ["ch/page/killed.py", "ch/page/demo.py", "ch/page/hung.py"]
    runs = RunsAhead([(name, "cpu") for name in names], root=tmp_path, patience=20)
    try:
        killed, after_kill, hung = (runs.run(name, "cpu") for name in names)
    finally:
        runs.close()
    assert "its process died without a report" in killed.error
    assert after_kill.error is None and after_kill.output == "ok\n"
    assert "its worker process hung" in hung.error
