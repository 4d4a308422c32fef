"""How code reads on the page.

Outputs read as outputs: each block that shows what a snippet printed (the `text` block after
`<!--pytest-codeblocks:expected-output-->`) gets a label above it ("输出" / "Output", or the error label when it
ends in an exception), no copy button (Material skips blocks inside `.no-copy`), and the `output` class, which
docs/assets/stylesheets/cookbook.css styles apart from code and wraps long lines instead of scrolling.

Inline code breaks only between the parts of a name."""

from __future__ import annotations

import html
import re

MARKER = "<!--pytest-codeblocks:expected-output-->"
OUTPUT_BLOCK = re.compile(
    re.escape(MARKER) + r'\s*<div class="language-text highlight"(?P<attrs>[^>]*)>(?P<body>.*?</code></pre></div>)',
    re.S,
)
TAG = re.compile(r"<[^>]+>")
# the last line of a traceback: `RuntimeError: ...`, `torch.OutOfMemoryError: ...`, `KeyboardInterrupt`
EXCEPTION_LINE = re.compile(r"^(?:[\w.]+\.)?\w*(?:Error|Exception|Interrupt)\b(?::|$)")
LABEL = {
    "zh": {"output": "输出", "error": "输出（报错）"},
    "en": {"output": "Output", "error": "Output (error)"},
}


def ends_in_exception(body_html: str) -> bool:
    lines = [line for line in html.unescape(TAG.sub("", body_html)).splitlines() if line.strip()]
    return bool(lines) and bool(EXCEPTION_LINE.match(lines[-1].strip()))


def label_outputs(page_html: str, lang: str) -> str:
    def label(m: re.Match) -> str:
        kind = "error" if ends_in_exception(m["body"]) else "output"
        return (
            f'<p class="output-label output-label--{kind}" data-search-exclude>{LABEL[lang][kind]}</p>\n'
            f'<div class="language-text highlight output output--{kind} no-copy"{m["attrs"]}>{m["body"]}'
        )

    return OUTPUT_BLOCK.sub(label, page_html)


# Inline code (not code blocks) breaks only between the parts of a name or an expression: after a dot, a slash, a
# space, a comma or an equals sign, and before a parenthesis (in a very long name, after an underscore too). Each
# part is a span that does not wrap (docs/assets/stylesheets/cookbook.css), so a browser does not break `--nnodes`
# after its hyphens or `1e-12` inside.
INLINE_CODE = re.compile(r"<code>([^<]+)</code>")
PART_END = re.compile(r"(?<=[./\s,=])(?=\S)|(?<=\w)(?=\()")
BREAKS_INSIDE = re.compile(r"[-\[\]:]|&[lg]t;")  # where a browser would otherwise break, or break a long name
LONG_PART = 30  # characters: a longer part (a kernel's name) may also break after an underscore
UNDERSCORE = re.compile(r"(?<=_)(?=\w)")


def inline_code_breaks(page_html: str) -> str:
    def split(m: re.Match) -> str:
        parts = [
            p for part in PART_END.split(m[1]) for p in (UNDERSCORE.split(part) if len(part) > LONG_PART else [part])
        ]
        if len(parts) == 1 and not BREAKS_INSIDE.search(m[1]):
            return m[0]
        # a space stays outside the spans: Chromium breaks at a space only where white-space lets it
        spans = (f'<span class="code-part">{part.rstrip()}</span>{part[len(part.rstrip()) :]}' for part in parts)
        return "<code>" + "".join(spans) + "</code>"

    return INLINE_CODE.sub(split, page_html)
