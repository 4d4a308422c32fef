"""Small throwaway projects for the planted-fault tests: one page per language including one snippet and its
output, in a temporary root laid out like the real one."""

import textwrap
from pathlib import Path

from harness.verify.outputs import check
from harness.verify.pages import catalog

PAGE = """\
---
topics: [T01]
---
# A recipe {{ #recipe }}

```python
--8<-- "{snippet}"
```
<!--pytest-codeblocks:expected-output-->
```text
--8<-- "{output}"
```
"""


def make_project(root: Path, code: str, output: str = "", languages=("zh", "en"), page=PAGE) -> Path:
    """docs/<lang>/ch/page.md including snippets/ch/page/demo.py, whose .out holds `output`."""
    (root / "snippets" / "ch" / "page").mkdir(parents=True)
    (root / "snippets" / "ch" / "page" / "demo.py").write_text(textwrap.dedent(code))
    (root / "snippets" / "ch" / "page" / "demo.out").write_text(output)
    for lang in languages:
        (root / "docs" / lang / "ch").mkdir(parents=True)
        (root / "docs" / lang / "ch" / "page.md").write_text(
            page.format(snippet="ch/page/demo.py", output="ch/page/demo.out")
        )
    return root


def problems_of(root: Path) -> str:
    cat = catalog(root)
    assert not cat.problems, cat.problems
    return "\n".join(check("ch/page/demo.py", cat.uses["ch/page/demo.py"], "cpu", root))
