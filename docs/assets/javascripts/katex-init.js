// Render the math that pymdownx.arithmatex (generic mode) leaves in a page, with the site's own copy of KaTeX
// (assets/katex). KaTeX is loaded only on pages that have math, to keep the others light.
const katexBase = new URL("../katex/", document.currentScript.src);
let katexReady = null;

function loadScript(name) {
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = new URL(name, katexBase).href;
    script.onload = resolve;
    script.onerror = reject;
    document.head.appendChild(script);
  });
}

document$.subscribe(({ body }) => {
  if (!body.querySelector(".arithmatex")) return;
  katexReady = katexReady || loadScript("katex.min.js").then(() => loadScript("auto-render.min.js"));
  katexReady.then(() =>
    renderMathInElement(body, {
      delimiters: [
        { left: "$$", right: "$$", display: true },
        { left: "$", right: "$", display: false },
        { left: "\\(", right: "\\)", display: false },
        { left: "\\[", right: "\\]", display: true },
      ],
    }),
  );
});
