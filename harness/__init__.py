"""The cookbook's own code: verification of the snippets, the site build's hooks, and tools (see README)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # the project root
