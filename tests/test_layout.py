"""The harness is three packages with one job each (harness/verify, harness/site, harness/tools), the tests mirror
them, and the site build uses verification only through its named interface, harness/verify/for_site.py."""

import ast
from pathlib import Path

from harness import ROOT

PACKAGES = ("verify", "site", "tools")
INTERFACE = "harness.verify.for_site"


def imported_modules(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found |= {node.module} | {f"{node.module}.{a.name}" for a in node.names}
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
    return found


def boundary_violations(root: Path = ROOT) -> list[str]:
    """harness.site imports from harness.verify only the interface; harness.verify imports neither site nor tools."""
    problems = []
    for path in sorted((root / "harness").rglob("*.py")):
        package = path.relative_to(root / "harness").parts[0]
        where = path.relative_to(root).as_posix()
        for module in sorted(imported_modules(path)):
            if package == "site" and module.startswith("harness.verify") and not module.startswith(INTERFACE):
                if module not in ("harness.verify", "harness.verify.for_site"):
                    problems.append(f"{where} imports {module}: the site uses verification only through {INTERFACE}")
            if package == "verify" and module.startswith(("harness.site", "harness.tools")):
                problems.append(f"{where} imports {module}: verification does not depend on the site or the tools")
    return problems


def test_the_harness_keeps_its_package_boundaries():
    assert boundary_violations() == []


def test_a_crossed_boundary_is_caught(tmp_path):
    for package in PACKAGES:
        (tmp_path / "harness" / package).mkdir(parents=True)
    (tmp_path / "harness" / "site" / "hooks.py").write_text("from harness.verify.sandbox import run_snippet\n")
    (tmp_path / "harness" / "verify" / "pages.py").write_text("from harness.site import glossary\n")
    (tmp_path / "harness" / "site" / "ok.py").write_text("from harness.verify.for_site import read_pages\n")
    assert boundary_violations(tmp_path) == [
        "harness/site/hooks.py imports harness.verify.sandbox: the site uses verification only through "
        "harness.verify.for_site",
        "harness/site/hooks.py imports harness.verify.sandbox.run_snippet: the site uses verification only through "
        "harness.verify.for_site",
        "harness/verify/pages.py imports harness.site: verification does not depend on the site or the tools",
        "harness/verify/pages.py imports harness.site.glossary: verification does not depend on the site or the tools",
    ]


def test_the_tests_mirror_the_harness():
    harness = sorted(p.name for p in (ROOT / "harness").iterdir() if (p / "__init__.py").exists())
    tests = sorted(p.name for p in (ROOT / "tests").iterdir() if p.is_dir() and p.name != "__pycache__")
    assert harness == sorted(PACKAGES) == tests
    flat = sorted(p.name for p in (ROOT / "harness").glob("*.py") if p.name != "__init__.py")
    assert flat == [], f"harness/ keeps its modules in its packages, not at the top: {flat}"
