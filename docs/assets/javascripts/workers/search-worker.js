// Material's search worker, with two changes to lunr, the search library inside it. search-on-demand.js starts this
// worker in place of Material's, whose address it passes as ?material=; it lives beside it, so Material's own paths
// (../lunr) hold.
//
// 1. A guard: a prefix query ("module*") is expanded into the index's words through a compacted word automaton,
//    which for some sets of words also yields words that are not in the index (module.040 from module.0 and
//    1.2040); lunr then throws, and the reader sees no results at all. The guard keeps only the words the index has.
// 2. Building the index, which the reader waits for after the first keystroke, is made shorter: each distinct word of a
//    document is added once, with one lookup (lunr's Builder.add looks up six times for every occurrence), and the English function words that the
//    search box drops from every query (?unindexed=, a quarter of the English words) are left out.
const options = new URL(location.href).searchParams;
importScripts(options.get("material"));

(() => {
  const { lunr } = self;
  const build = lunr.Builder.prototype.build;
  lunr.Builder.prototype.build = function () {
    const index = build.call(this);
    index.tokenSet.words = new Set(Object.keys(index.invertedIndex));
    return index;
  };
  const intersect = lunr.TokenSet.prototype.intersect;
  lunr.TokenSet.prototype.intersect = function (other) {
    const found = intersect.call(this, other);
    const words = this.words ?? other.words; // lunr asks index.tokenSet.intersect(query)
    if (words) {
      const toArray = found.toArray;
      found.toArray = () => toArray.call(found).filter((word) => words.has(word));
    }
    return found;
  };

  const unindexed = new Set(options.get("unindexed")?.split(" "));
  lunr.Builder.prototype.add = function (doc, attributes = {}) {
    const ref = doc[this._ref];
    const fields = Object.keys(this._fields);
    this._documents[ref] = attributes;
    this.documentCount += 1;
    for (const field of fields) {
      const { extractor } = this._fields[field];
      const terms = this.pipeline.run(this.tokenizer(extractor ? extractor(doc) : doc[field], { fields: [field] }));
      const occurrences = new Map(); // word -> its tokens, in the order they occur
      for (const term of terms) {
        const word = term.toString();
        if (unindexed.has(word)) continue;
        const tokens = occurrences.get(word);
        if (tokens) tokens.push(term);
        else occurrences.set(word, [term]);
      }
      const frequencies = Object.create(null);
      const fieldRef = new lunr.FieldRef(ref, field);
      this.fieldTermFrequencies[fieldRef] = frequencies;
      this.fieldLengths[fieldRef] = terms.length;
      for (const [word, tokens] of occurrences) {
        frequencies[word] = tokens.length;
        let posting = this.invertedIndex[word];
        if (posting === undefined) {
          posting = Object.create(null);
          posting._index = this.termIndex++;
          for (const name of fields) posting[name] = Object.create(null);
          this.invertedIndex[word] = posting;
        }
        const entry = (posting[field][ref] ??= Object.create(null));
        for (const key of this.metadataWhitelist) {
          const values = (entry[key] ??= []);
          for (const token of tokens) values.push(token.metadata[key]);
        }
      }
    }
  };
})();
