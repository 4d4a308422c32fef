"""Where the site build's time goes: `python -m harness.tools.build_profile` builds the site once, in this process,
and prints the seconds spent in each plugin's and hook's events, in rendering pages and notebook views, and in
the static templates.

The i18n plugin builds the second language inside its own post-build event, so that event's time includes a whole
second build; the rows for the other plugins count both languages."""

from __future__ import annotations

import functools
import sys
import tempfile
import time
from collections import defaultdict

from harness import ROOT

spent: dict[str, float] = defaultdict(float)


def timed(key: str, fn):
    @functools.wraps(fn)
    def run(*args, **kwargs):
        started = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[key] += time.perf_counter() - started

    return run


def owner(method) -> str:
    bound = getattr(method, "__self__", None)
    return type(bound).__name__ if bound is not None else "hooks"


def main() -> int:
    import os

    from mkdocs.commands import build
    from mkdocs.config import load_config
    from mkdocs.plugins import PluginCollection
    from mkdocs.structure.pages import Page

    os.chdir(ROOT)
    original = PluginCollection.run_event

    def run_event(self, name, item=None, **kwargs):
        # wrap each callback once, the first time its event runs
        for i, method in enumerate(self.events[name]):
            if not getattr(method, "_timed", False):
                wrapped = timed(f"{owner(method)}.on_{name}", method)
                wrapped._timed = True
                self.events[name][i] = wrapped
        return original(self, name, item, **kwargs)

    PluginCollection.run_event = run_event
    render = Page.render

    def render_timed(page, config, files):
        kind = "notebook views" if page.file.src_uri.endswith(".ipynb") else "Markdown pages"
        return timed(f"render: {kind}", render)(page, config, files)

    Page.render = render_timed
    build._build_template = timed("templates (_build_template)", build._build_template)
    with tempfile.TemporaryDirectory() as out:
        config = load_config(str(ROOT / "mkdocs.yml"), site_dir=out, strict=True)
        started = time.perf_counter()
        build.build(config)
        total = time.perf_counter() - started
    for key, seconds in sorted(spent.items(), key=lambda kv: -kv[1]):
        if seconds >= 0.05:
            print(f"{seconds:7.2f} s  {key}")
    print(f"{total:7.2f} s  the whole build")
    return 0


if __name__ == "__main__":
    sys.exit(main())
