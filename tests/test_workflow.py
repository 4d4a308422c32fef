"""The publishing workflow is a valid GitHub Actions file and does what README says."""

import subprocess
import sys
from pathlib import Path

import yaml

from harness.verify.pages import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "site.yml"


def test_workflow_matches_the_github_actions_schema():
    checker = Path(sys.executable).parent / "check-jsonschema"
    run = subprocess.run(
        [str(checker), "--builtin-schema", "vendor.github-workflows", str(WORKFLOW)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stdout + run.stderr


def test_workflow_tests_every_push_and_deploys_main_after_the_tests():
    flow = yaml.load(WORKFLOW.read_text("utf-8"), Loader=yaml.BaseLoader)  # BaseLoader keeps `on` a string
    assert {"push", "pull_request"} <= set(flow["on"])
    jobs = flow["jobs"]
    assert any(step.get("run", "").startswith("make test") for step in jobs["test"]["steps"])
    assert "vars.GPU_RUNNER_LABEL" in jobs["gpu"]["runs-on"] and "make test-gpu" in str(jobs["gpu"]["steps"])
    deploy = jobs["deploy"]
    assert "test" in deploy["needs"] and "refs/heads/main" in deploy["if"]
    assert [s["uses"].split("@")[0] for s in deploy["steps"] if "uses" in s][-2:] == [
        "actions/upload-pages-artifact",
        "actions/deploy-pages",
    ]
    assert "GPU_RUNNER_LABEL" in (ROOT / "README.md").read_text("utf-8"), (
        "README must say how to configure the GPU runner"
    )
