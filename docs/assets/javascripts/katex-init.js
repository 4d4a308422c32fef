// Render the math that pymdownx.arithmatex (generic mode) leaves in a page, \(...\) in a span and \[...\] in a
// div, with the site's own copy of KaTeX (assets/katex). KaTeX and its stylesheet load only when some math comes
// within a screen or so of the viewport: pages without math, and readers who never scroll to it, don't pay for it.
const katexBase = new URL("../katex/", document.currentScript.src);
let katexReady = null;

function loadKatex() {
  katexReady ??= new Promise((resolve, reject) => {
    const style = document.createElement("link");
    style.rel = "stylesheet";
    style.href = new URL("katex.min.css", katexBase).href;
    const script = document.createElement("script");
    script.src = new URL("katex.min.js", katexBase).href;
    script.onload = resolve;
    script.onerror = reject;
    document.head.append(style, script);
  });
  return katexReady;
}

function typeset(element) {
  const tex = element.textContent.trim();  // "\(...\)" or "\[...\]"
  katex.render(tex.slice(2, -2), element, { displayMode: tex.startsWith("\\[") });
}

document$.subscribe(({ body }) => {
  const near = new IntersectionObserver((entries) => {
    for (const entry of entries.filter((e) => e.isIntersecting)) {
      near.unobserve(entry.target);
      loadKatex().then(() => typeset(entry.target));
    }
  }, { rootMargin: "100% 0px" });
  body.querySelectorAll(".arithmatex").forEach((element) => near.observe(element));
});
