"""The GPU and version passes (harness/verify/passes.py), tested on the CPU: a "cuda" run made from CPU runs matches the
pages; a planted difference is told apart as a device difference (fails) or a release difference (reported and
kept); a snippet that needs a package this machine lacks is skipped and counted; cuda-only outputs are written with
the GPU that printed them."""

import dataclasses

import pytest

from harness.verify import passes, record
from harness.verify.sandbox import Run, run_snippet

# small real snippets, one with a figure
REAL = ["tensors/creation/dtype.py", "tensors/creation/empty.py", "visualisation/plotting-tensors/plot_tensor.py"]


@pytest.fixture(scope="module")
def cpu_runs():
    from harness import ROOT

    return {s: run_snippet(ROOT / "snippets" / s, device="cpu") for s in REAL}


def changed(run: Run, extra: str) -> Run:
    return dataclasses.replace(run, output=run.output + extra)


def test_a_cuda_run_that_prints_what_the_pages_show_matches(cpu_runs):
    report = passes.gpu_pass(REAL, dict(cpu_runs), None, {})
    assert report.failures == [] and report.version_differences == []
    assert report.counts() == {"matched": 3}


def test_with_the_pinned_torch_a_cuda_difference_fails(cpu_runs):
    cuda = {**cpu_runs, REAL[0]: changed(cpu_runs[REAL[0]], "planted\n")}
    report = passes.gpu_pass(REAL, cuda, None, {})
    assert len(report.failures) == 1 and REAL[0] in report.failures[0] and "+planted" in report.failures[0]


def test_with_another_torch_cuda_against_cpu_tells_devices_from_releases(cpu_runs):
    # the same difference on both devices: a release difference, reported and kept for the page
    both = {**cpu_runs, REAL[0]: changed(cpu_runs[REAL[0]], "new wording\n")}
    report = passes.gpu_pass(REAL, both, both, {})
    assert report.failures == []
    assert report.entries[REAL[0]] == {"result": "differs", "printed": both[REAL[0]].output}
    assert len(report.version_differences) == 1 and "+new wording" in report.version_differences[0]
    # CUDA alone differs: a device difference, which fails
    cuda_only_change = {**cpu_runs, REAL[1]: changed(cpu_runs[REAL[1]], "device\n")}
    report = passes.gpu_pass(REAL, cuda_only_change, dict(cpu_runs), {})
    assert len(report.failures) == 1 and "CUDA and CPU differ on this machine" in report.failures[0]
    # a figure that differs between devices fails too
    inverted = {name: inverted_png(data) for name, data in cpu_runs[REAL[2]].figures.items()}
    cuda = {**cpu_runs, REAL[2]: dataclasses.replace(cpu_runs[REAL[2]], figures=inverted)}
    report = passes.gpu_pass(REAL, cuda, dict(cpu_runs), {})
    assert len(report.failures) == 1 and "of its pixels changed" in report.failures[0]


def inverted_png(data: bytes) -> bytes:
    import io

    from PIL import Image, ImageOps

    out = io.BytesIO()
    ImageOps.invert(Image.open(io.BytesIO(data)).convert("RGB")).save(out, "PNG")
    return out.getvalue()


def test_a_snippet_that_needs_a_missing_package_is_skipped_and_counted(tmp_path):
    folder = tmp_path / "snippets" / "ch" / "page"
    folder.mkdir(parents=True)
    (folder / "needs.py").write_text("import os\nimport cookbook_no_such_package.sub\n\nprint(os.sep)\n")
    (folder / "plain.py").write_text("import os\n\nprint(os.sep)\n")
    (folder / "plain.out").write_text("/\n")
    snippets = ["ch/page/needs.py", "ch/page/plain.py"]
    runs, skipped = passes.run_all(snippets, "cpu", tmp_path)
    assert set(runs) == {"ch/page/plain.py"}
    assert skipped["ch/page/needs.py"].startswith("missing package: needs cookbook_no_such_package")
    report = passes.version_pass(snippets, runs, skipped, tmp_path)
    assert report.counts() == {"matched": 1, "skipped": 1}
    assert report.skip_reasons() == {"missing package": 1}
    assert "1 skipped (1 missing package)" in report.summary()


def test_the_version_pass_reports_and_keeps_each_difference(cpu_runs):
    failing = dataclasses.replace(cpu_runs[REAL[1]], error="Traceback ...\nAttributeError: no such function\n")
    runs = {**cpu_runs, REAL[0]: changed(cpu_runs[REAL[0]], "reworded\n"), REAL[1]: failing}
    report = passes.version_pass(REAL, runs, {})
    assert report.failures == []
    assert report.entries[REAL[2]] == {"result": "matched"}
    assert report.entries[REAL[0]]["printed"].endswith("reworded\n")
    assert report.entries[REAL[1]]["printed"].endswith("AttributeError: no such function\n")
    assert len(report.version_differences) == 2


def test_a_cuda_only_output_comes_from_the_gpu_run_and_says_so(tmp_path):
    folder = tmp_path / "snippets" / "ch" / "page"
    folder.mkdir(parents=True)
    (folder / "gpu.py").write_text("# cuda-only: shows GPU memory\nprint('gpu')\n")
    (tmp_path / "requirements.txt").write_text("torch==2.15.0\ntorchvision==0.29.2\n")
    (tmp_path / "docs" / "assets").mkdir(parents=True)
    cuda = {"ch/page/gpu.py": Run("on the gpu\n")}
    report = passes.gpu_pass(["ch/page/gpu.py"], cuda, None, {}, tmp_path)
    assert report.written == ["ch/page/gpu.py"] and report.cuda_only == ["ch/page/gpu.py"]
    assert (folder / "gpu.out").read_text() == "on the gpu\n"
    assert passes.write_record(report, tmp_path, device_name="NVIDIA H200", torch="2.11.0", date="2026-12-24")
    written = record.load(tmp_path)
    assert record.format_problems(written) == []
    (run,) = written["runs"]
    assert (run["device"], run["device_name"], run["cuda_only"]) == ("cuda", "NVIDIA H200", ["ch/page/gpu.py"])
    assert written["outputs"]["ch/page/gpu.py"] == {
        "device": "cuda",
        "device_name": "NVIDIA H200",
        "torch": "2.11.0",
        "date": "2026-12-24",
    }


def test_the_gpu_pass_refuses_a_machine_without_cuda(capsys):
    import torch

    if torch.cuda.is_available():
        pytest.skip("this machine has a GPU")
    assert passes.main(["gpu"]) == 2
    assert "no CUDA device" in capsys.readouterr().out
