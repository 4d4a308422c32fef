"""`make update-outputs`, its second step: regenerate the pages derived from the snippets and their outputs: the
API index (harness/site/api_index.py), the errors chapter's index (harness/site/errors_chapter.py) and the glossary
(harness/site/glossary.py, from harness/site/glossary.yml)."""

from __future__ import annotations

import sys

from harness import ROOT
from harness.site import api_index, errors_chapter, glossary


def main() -> int:
    for path in api_index.write() + errors_chapter.write() + glossary.write():
        print(f"updated {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
