// The search box, as readers use it. Loaded before Material's bundle (overrides/main.html), so that the bundle's
// request for the index and its search worker go through what this sets up.
//
// 1. The index loads on demand. Material fetches it as soon as any page loads; this holds that one request back
//    until the reader shows they are about to search: the pointer over the search box or its button, or focus in
//    it (the keyboard shortcuts focus it too). A page opened from a search result (?h=...) needs the index at
//    once, to highlight the words searched for.
// 2. One index per language (harness/site/search_index.py): a page asks for the index of its own language, the
//    default language's at search/search_index.json, any other's at <lang>/search/search_index.json.
// 3. Pasted error messages: numbers and shapes in a query (64x3136, [3, 224, 224], dimension 1) differ from one
//    reader's run to another's, so they are dropped before the worker searches; the words are what match.
//    So are double quotes, which messages put around names and which the worker reads as "all these words".
// 4. Chinese typed against Latin words (view和reshape区别, 图片转tensor): the worker splits a query only at
//    separators, so a space goes between the two scripts; each part is then searched as a word of its own.
// 5. English words are searched by their stem (the worker matches prefixes, and the index is not stemmed):
//    "concatenate" finds "concatenates", "initialization" finds "initialise"; words such as "a" and "to", which
//    would match the start of half the words on the site, are dropped, and so is "tensor" beside other words.
//    "image to tensor" also searches torchvision's ToTensor.
// 6. The last word of a Chinese run is searched whole as well (最大值的下标 also finds 下标, not just words in 下…).
// 7. Material's search worker runs inside workers/search-worker.js, which keeps lunr from failing on some prefixes.
(() => {
  const DEFAULT_LANGUAGE = "zh"; // served at the site root, as in mkdocs.yml
  const SEARCH_QUERY = 2; // Material's message type for a query sent to its search worker
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

  const HAN = "\\p{sc=Han}";
  const OTHER = "[\\p{L}\\p{N}_.)](?<!\\p{sc=Han})"; // a Latin letter, a digit, the end of a call: f()
  const SCRIPT_CHANGE = new RegExp(`(?<=${HAN})(?=${OTHER})|(?<=${OTHER})(?=${HAN})`, "gu");

  function spacedScripts(query) {
    return query.replace(SCRIPT_CHANGE, " ");
  }

  // Material's segmenter looks up every slice of a Chinese run in the index except those that end with its last
  // character, so 最大值的下标 was searched as 最大值* 的* 下*. The run is searched twice: as typed, and once more
  // with a copy of its last character at the end, which lets the segmenter find 下标 (the copy itself is never
  // searched). A page that has the whole word ranks higher; one that has only its start is still found.
  const HAN_RUN = new RegExp(`${HAN}{2,}`, "gu");

  function lastCharacterSearched(query) {
    return query.replace(HAN_RUN, (run) => `${run} ${run}${run.at(-1)}`);
  }

  // English function words would match the start of half the words on the site: the query drops them, and the
  // index leaves them out (workers/search-worker.js gets this list). The cookbook's own subject is on every page
  // and, searched as a prefix, also matches TensorBoard: the query drops it when it has other words.
  const FUNCTION_WORDS = "a an the to of in on at by for with from and or is are be do does how what why when which i my can it vs";
  const STOP_WORDS = new Set([...FUNCTION_WORDS.split(" "), "tensor", "tensors", "张量"]);
  const SUFFIX = /(?:i[sz]ations?|i[sz]ing|i[sz]ed|i[sz]es|i[sz]e|ations?|ings?|ed|es|s|e)$/;

  function stemmed(query) {
    const words = query
      .replace(/\b(images?|pictures?|photos?|pil)\s+to\s+tensors?\b/i, "$1 totensor") // torchvision's ToTensor
      .split(/\s+/).filter((w) => w && !STOP_WORDS.has(w.toLowerCase()));
    const kept = words.length ? words : query.split(/\s+/);
    return kept
      .map((w) => {
        if (!/^[a-z]+$/i.test(w)) return w;
        const stem = w.replace(SUFFIX, "");
        return stem.length >= 4 ? stem : w;
      })
      .join(" ");
  }

  function withoutNumbers(query) {
    const words = query
      .replace(/"/g, " ") // quoted names ("fc.weight"): to the worker, quotes make every word inside required
      .replace(/\[[\d\s,.]*\]/g, " ") // shapes: [3, 224, 224]
      .replace(/\b\d+(?:x\d+)+\b/g, " ") // matrix sizes: 64x3136
      .replace(/(^|[\s(#=:[])[-+]?\d+(?:\.\d+)?(?=$|[\s),.:;\]])/g, "$1") // numbers standing alone
      .replace(/\s+/g, " ")
      .trim();
    return words || query; // a query of numbers only is searched as typed
  }

  const Worker = window.Worker;
  const MATERIAL_WORKER = /\/workers\/search\.[\w]+\.min\.js$/;
  window.Worker = class extends Worker {
    constructor(url, ...rest) {
      const material = new URL(url, location.href);
      const guarded = new URL("search-worker.js", material);
      guarded.searchParams.set("material", material.href);
      guarded.searchParams.set("unindexed", FUNCTION_WORDS);
      super(MATERIAL_WORKER.test(material.pathname) ? guarded : url, ...rest);
    }

    postMessage(message, ...rest) {
      if (message?.type === SEARCH_QUERY && typeof message.data === "string") {
        message = { ...message, data: lastCharacterSearched(stemmed(withoutNumbers(spacedScripts(message.data)))) };
      }
      return super.postMessage(message, ...rest);
    }
  };
})();
