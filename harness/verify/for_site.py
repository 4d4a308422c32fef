"""What the site build (harness.site) may use from verification: the only module of harness.verify it imports, and
harness.verify imports nothing from harness.site (tests/test_layout.py checks both).

The pages and their includes, what a snippet's directives promise, and what the record of runs says."""

from harness.verify.pages import INCLUDE_LINE, LANGUAGES, Page, read_pages, write_generated
from harness.verify.record import differences, page_runs, pins
from harness.verify.record import load as load_record
from harness.verify.sandbox import expectation, visible_code, visible_lines

__all__ = [
    "INCLUDE_LINE",
    "LANGUAGES",
    "Page",
    "differences",
    "expectation",
    "load_record",
    "page_runs",
    "pins",
    "read_pages",
    "visible_code",
    "visible_lines",
    "write_generated",
]
