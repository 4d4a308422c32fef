// The search box, as readers use it. Loaded before Material's bundle (overrides/main.html), so that the bundle's
// request for the index and its search worker go through what this sets up.
//
// 1. The index loads on demand. Material fetches it as soon as any page loads; this holds that one request back
//    until the reader shows they are about to search: the pointer over the search box or its button, or focus in
//    it (the keyboard shortcuts focus it too). A page opened from a search result (?h=...) needs the index at
//    once, to highlight the words searched for.
// 2. One index per language (harness/site/search_index.py): a page asks for the index of its own language, the
//    default language's at search/search_index.json, any other's at <lang>/search/search_index.json.
// 3. Material's search worker runs inside workers/search-worker.js, which decides what a query searches and in what
//    order the results come (for questions as readers type them, and error messages pasted whole).
(() => {
  const DEFAULT_LANGUAGE = "zh"; // served at the site root, as in mkdocs.yml
  const INDEX = /\/search\/search_index\.json$/;
  const lang = document.documentElement.lang;
  const { open, send } = XMLHttpRequest.prototype;
  const held = [];
  let wanted = new URLSearchParams(location.search).has("h");

  function want() {
    wanted = true;
    held.splice(0).forEach((release) => release());
  }

  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    const target = new URL(url, location.href);
    this.isSearchIndex = INDEX.test(target.pathname);
    if (this.isSearchIndex && lang !== DEFAULT_LANGUAGE) {
      target.pathname = target.pathname.replace(INDEX, `/${lang}/search/search_index.json`);
    }
    return open.call(this, method, this.isSearchIndex ? target.href : url, ...rest);
  };
  XMLHttpRequest.prototype.send = function (...body) {
    if (!this.isSearchIndex || wanted) return send.apply(this, body);
    held.push(() => send.apply(this, body));
  };

  const searchParts = ".md-search, label[for='__search']";
  for (const event of ["pointerover", "focusin", "touchstart"]) {
    document.addEventListener(event, (e) => !wanted && e.target.closest?.(searchParts) && want(), { passive: true });
  }

  const Worker = window.Worker;
  const MATERIAL_WORKER = /\/workers\/search\.[\w]+\.min\.js$/;
  window.Worker = class extends Worker {
    constructor(url, ...rest) {
      const material = new URL(url, location.href);
      const guarded = new URL("search-worker.js", material);
      guarded.searchParams.set("material", material.href);
      super(MATERIAL_WORKER.test(material.pathname) ? guarded : url, ...rest);
    }
  };
})();
