// Material fetches the search index (the whole site's text: 150 KB compressed, and parsed on the main thread) as
// soon as any page loads. This holds that one request back until the reader shows they are about to search: the
// pointer over the search box or its button, or focus in it (the keyboard shortcuts focus it too). A page opened
// from a search result (?h=...) needs the index at once, to highlight the words searched for.
// Loaded before Material's bundle (overrides/main.html), so that the bundle's request goes through it.
(() => {
  const { open, send } = XMLHttpRequest.prototype;
  const held = [];
  let wanted = new URLSearchParams(location.search).has("h");

  function want() {
    wanted = true;
    held.splice(0).forEach((release) => release());
  }

  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    this.isSearchIndex = new URL(url, location.href).pathname.endsWith("/search/search_index.json");
    return open.call(this, method, url, ...rest);
  };
  XMLHttpRequest.prototype.send = function (...body) {
    if (!this.isSearchIndex || wanted) return send.apply(this, body);
    held.push(() => send.apply(this, body));
  };

  const searchParts = ".md-search, label[for='__search']";
  for (const event of ["pointerover", "focusin", "touchstart"]) {
    document.addEventListener(event, (e) => !wanted && e.target.closest?.(searchParts) && want(), { passive: true });
  }
})();
