// Material's search worker, with the ranking of results made for the questions readers type. search-on-demand.js starts
// this worker in place of Material's, whose address it passes as ?material=; it lives beside it, so Material's own
// paths (../lunr) hold. Material still builds the index (lunr) and shows and highlights the results; this decides which
// words a query searches, which sections answer it and in what order. tests/site/test_search.py measures it on the
// real questions of tests/verify/reader_questions.tsv and on tests/site/search_queries.yml.
//
// 1. What a query asks about (analyse). A question is cut into the index's own words: a Chinese run into the fewest
//    words the index has (jieba cut the pages into the same words at build time), Latin text at letters and digits.
//    Words that only ask ("how", "difference", "PyTorch", 怎么, 如何, 错误, 问题, 解决) and single Chinese characters
//    are dropped, unless nothing else is left; so are numbers and shapes, which differ from one reader's run to
//    another's, and module paths (torch.nn.functional.one_hot is one_hot; torch.Tensor keeps its "tensor"). An English
//    word also finds the index words with its stem (concatenate: concatenates), a Chinese word the longer words that
//    hold it (乘法: 矩阵乘法), and a Latin word, or the last word while the reader types, the words it begins.
// 2. Which sections, in what order (score): BM25F over every section that has any of the query's words, each word
//    weighed by how rare it is and by where it stands, as the index's field boosts say: in the heading (10), in an
//    error message the section prints (5) or in the prose (1); half of a page's title counts for each of its sections.
//    A heading whose words the question mostly has ranks its section higher still, so a heading or an error message
//    that matches the question beats prose that shares its words.
// 3. What the reader sees (shown): pages in that order, a page's score being its best section's and a little of its
//    others', each page with its best sections first; only the pages near the best one, at most a dozen; each result
//    with the words it matched (no "Missing:" list, and the page a result opens highlights those words only).
// 4. The index is built after the first keystroke, so building it is made shorter: each distinct word of a document is
//    added once, with one lookup (lunr's Builder.add looks up six times for every occurrence), and English function
//    words, which no query searches, are left out.
const options = new URL(location.href).searchParams;
const QUERY = 2, RESULT = 3; // Material's message types

// Words that only say that something is asked. English: function words (left out of the index), and words that any
// question about PyTorch may carry. Chinese: question words and the words of blog titles.
const FUNCTION_WORDS = "a an the to of in on at by for with from and or is are was be been do does did how what why " +
  "when which who where i my me we our you your it its this that these those there can could should would will not " +
  "no so if but as than then vs versus into about get got use using used";
const ASKING_WORDS = "pytorch torch tensor tensors difference differences between way ways question problem issue " +
  "help please hi hello thanks thank anyone someone something want need know understand explain mean means meaning " +
  "correct right wrong work works working fix solve doesn don isn didn t s";
const CHINESE_ASKING_WORDS = "怎么 怎样 怎么办 如何 为什么 为何 什么 是否 可以 能否 请问 您好 你好 谢谢 大佬 一下 一个 " +
  "这个 那个 这样 问题 错误 解决 报错 出现 使用 进行 详解 解析 教程 学习 实战 总结 笔记 原因 方法 关于 时候 以及 或者 " +
  "还是 但是 因为 所以 如果 然后 已经 作用 含义 意思 区别 理解 介绍 张量";
const UNINDEXED = new Set(FUNCTION_WORDS.split(" "));
const STOP = new Set([...UNINDEXED, ...ASKING_WORDS.split(" "), ...CHINESE_ASKING_WORDS.split(" ")]);
const isSingleHan = (word) => word.length < 2 && /\p{sc=Han}/u.test(word);
const saysSomething = (word) => !STOP.has(word) && !isSingleHan(word); // single Chinese characters say little

// Tuned on the real questions (tests/site/test_search.py); each is explained in 2 and 3 above
const K1 = 1.2, B = 0.75; // BM25's saturation and length normalisation
const PAGE_TITLE = 0.5;
const HEADING = 1; // a heading the question covers: its matched words' weight again, times the share it covers
const PART = 0.5; // the weight of a longer word that holds or begins with the query's word
const OTHER_SECTIONS = 0.15; // how much a page's other matching sections add to its best one
const SHOWN = 0.25; // pages shown: those scoring at least this share of the best one's score
const MOST_PAGES = 12;

// Material's worker answers each message with the handler it registers while it loads: queries go through `answer`
let answer = null;
const listen = self.addEventListener;
self.addEventListener = function (type, handler, ...rest) {
  const answered = (event) => (event.data?.type === QUERY && typeof event.data.data === "string" && answer
    ? answer(handler, event) : handler(event));
  return listen.call(this, type, type === "message" ? answered : handler, ...rest);
};
importScripts(options.get("material"));

(() => {
  const { lunr } = self;
  let index = null; // the lunr index Material built, with what scoring needs (set by build below)
  let wanted = null; // the query being answered: its words, set just before Material searches

  // -- Building the index ---------------------------------------------------------------------------------------------
  const build = lunr.Builder.prototype.build;
  lunr.Builder.prototype.build = function () {
    index = build.call(this);
    index.words = Object.keys(index.invertedIndex);
    index.lengths = this.fieldLengths; // "field/ref" -> number of words
    index.boosts = this._documents; // ref -> { boost }
    // a field's weight: its boost in the index's config (mkdocs.yml; errors: harness/site/search_index.py)
    index.fieldWeights = Object.create(null);
    for (const [field, { boost }] of Object.entries(this._fields)) index.fieldWeights[field] = boost ?? 1;
    index.headings = this.headings; // ref -> the words of its heading that say something
    index.averageLength = Object.create(null);
    for (const field of Object.keys(this._fields)) {
      const lengths = Object.entries(this.fieldLengths).filter(([key]) => key.startsWith(`${field}/`));
      index.averageLength[field] = lengths.reduce((sum, [, n]) => sum + n, 0) / Math.max(lengths.length, 1) || 1;
    }
    index.stems = null; // English stem -> the index words with it, made on the first query
    return index;
  };

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
        if (UNINDEXED.has(word)) continue;
        const tokens = occurrences.get(word);
        if (tokens) tokens.push(term);
        else occurrences.set(word, [term]);
      }
      if (field === "title") {
        (this.headings ??= Object.create(null))[ref] = [...occurrences.keys()].filter(
          saysSomething,
        );
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

  // -- 1. What a query is about ---------------------------------------------------------------------------------------
  const HAN_RUN = /\p{sc=Han}+/gu;
  const LATIN_WORD = /(?:(?!\p{sc=Han})[\p{L}\p{N}])+/gu;
  const LONGEST_CHINESE_WORD = 8;
  const SUFFIX = /(?:i[sz]ations?|i[sz]ing|i[sz]ed|i[sz]es|i[sz]e|ations?|ings?|ed|es|s|e)$/;

  function stem(word) {
    if (!/^[a-z]+$/.test(word)) return word;
    const stemmed = word.replace(SUFFIX, "");
    return stemmed.length >= 4 ? stemmed : word;
  }

  function stems() {
    if (!index.stems) {
      index.stems = new Map();
      for (const word of index.words) {
        const key = stem(word);
        if (key !== word || /^[a-z]+$/.test(word)) index.stems.set(key, [...(index.stems.get(key) ?? []), word]);
      }
    }
    return index.stems;
  }

  // The index's words in a run of Chinese. jieba cut the pages by context, which a query lacks, so every word of two or
  // more characters that the index or the asking words have is taken, except one that a longer word taken holds
  // (损失函数, not 损失 and 函数); where none covers a character, the character stands alone
  function chineseWords(run) {
    const found = [];
    for (let start = 0; start < run.length; start++) {
      for (let end = Math.min(run.length, start + LONGEST_CHINESE_WORD); end > start + 1; end--) {
        const word = run.slice(start, end);
        if (word in index.invertedIndex || STOP.has(word)) found.push({ word, start, end });
      }
    }
    const kept = found.filter((a) => !found.some((b) => b !== a && b.start <= a.start && a.end <= b.end));
    const covered = new Set(kept.flatMap(({ start, end }) => Array.from({ length: end - start }, (_, i) => start + i)));
    const single = [...run]
      .map((char, i) => ({ word: char, start: i, end: i + 1 }))
      .filter(({ start }) => !covered.has(start));
    return [...kept, ...single].sort((a, b) => a.start - b.start).map(({ word }) => word);
  }

  function withoutNumbers(query) {
    return query
      .replace(/\[[\d\s,.]*\]/g, " ") // shapes: [3, 224, 224]
      .replace(/\b\d+(?:x\d+)+\b/g, " ") // matrix sizes: 64x3136
      .replace(/(^|[^\w.])[-+]?\d+(?:\.\d+)?(?![\w.])/g, "$1 "); // numbers standing alone
  }

  // A name's module path says where it lives, not what it is: torch.nn.functional.one_hot is searched as one_hot
  const MODULE_PATH = /\b(?:(?:torch|nn|functional|F|utils|optim)\.)+(?=[A-Za-z_])/g;

  // The words of a query as the index has them, in order, each with whether it may be unfinished (the last word
  // typed, in Latin letters: a Chinese input method commits whole words) and whether it names an API (torch.Tensor:
  // a name, though "tensor" alone says nothing)
  function queryWords(query) {
    const named = new Set([...query.matchAll(/\b(?:torch|nn|F)\.(\w+)/g)].map((m) => m[1].toLowerCase()));
    const words = withoutNumbers(query);
    const text = (/[\p{L}]/u.test(words) ? words : query).replace(MODULE_PATH, " "); // numbers only: as typed
    const pieces = [...text.matchAll(new RegExp(`${HAN_RUN.source}|${LATIN_WORD.source}`, "gu"))].map((m) => m[0]);
    const typing = !/[\s?？。.!！)）]$/.test(query);
    return pieces.flatMap((piece, i) => {
      if (/\p{sc=Han}/u.test(piece)) return chineseWords(piece).map((word) => ({ word, han: true }));
      const word = piece.toLowerCase();
      return [{ word, han: false, unfinished: typing && i === pieces.length - 1, named: named.has(word) }];
    });
  }

  // The index words that count as a query word, [[word, weight]]: the word, the words with its English stem, and the
  // longer words that hold a Chinese word (矩阵乘法 for 乘法: jieba keeps such terms whole) or begin with a Latin one
  // (tripletmarginloss for triplet; any word for an unfinished one)
  function matchingWords({ word, han, unfinished }) {
    const same = new Set(han ? [word] : [word, ...(stems().get(stem(word)) ?? [])]);
    const matches = [...same].filter((w) => w in index.invertedIndex).map((w) => [w, 1]);
    if (unfinished || word.length >= (han ? 2 : 4)) {
      const part = han ? (w) => w.includes(word) : (w) => w.startsWith(word);
      for (const w of index.words) if (w.length > word.length && part(w) && !same.has(w)) matches.push([w, PART]);
    }
    return matches;
  }

  // What a query asks about: [{ words: [[index word, weight]] }], one entry for each word of the query that says
  // something (a word's matches count once per section, however many of them it has)
  function analyse(query) {
    const words = queryWords(query);
    const telling = words.filter(({ word, named }) => named || saysSomething(word));
    // a query of asking words only ("tensor", 张量) is searched as it is
    const searched = telling.length
      ? telling
      : words.filter(({ word }) => !UNINDEXED.has(word) && !isSingleHan(word));
    const found = [];
    const seen = new Set();
    const add = (matches) => {
      const fresh = matches.filter(([word]) => !seen.has(word));
      fresh.forEach(([word]) => seen.add(word));
      if (fresh.length) found.push({ words: fresh });
    };
    for (const word of searched) add(matchingWords(word));
    return found;
  }

  // -- 2. Which sections, in what order -------------------------------------------------------------------------------
  const frequencies = new Map();
  function documentFrequency(word) {
    if (frequencies.has(word)) return frequencies.get(word);
    const refs = new Set();
    for (const field of index.fields) for (const ref of Object.keys(index.invertedIndex[word][field])) refs.add(ref);
    frequencies.set(word, refs.size);
    return refs.size;
  }

  // BM25's weight for a word that `df` of the index's sections have
  function idf(df) {
    const total = Object.keys(index.boosts).length;
    return Math.log(1 + (total - df + 0.5) / (df + 0.5));
  }

  // ref -> { score, matched: Set of words, metadata: lunr.MatchData }
  function score(concepts) {
    const sections = new Map();
    const titles = new Map(); // page -> score of its title alone
    for (const concept of concepts) {
      const exact = concept.words.filter(([, weight]) => weight === 1);
      const df = Math.max(...(exact.length ? exact : concept.words).map(([word]) => documentFrequency(word)));
      const rarity = idf(df);
      const perRef = new Map(); // ref -> this word's score there
      for (const [word, weight] of concept.words) {
        const posting = index.invertedIndex[word];
        for (const field of index.fields) {
          for (const [ref, metadata] of Object.entries(posting[field])) {
            const length = index.lengths[`${field}/${ref}`] ?? 0;
            const norm = 1 - B + (B * length) / index.averageLength[field];
            const tf = metadata.position.length;
            perRef.set(ref, (perRef.get(ref) ?? 0) + (weight * index.fieldWeights[field] * tf) / norm);
            let section = sections.get(ref);
            if (!section) {
              section = { score: 0, matched: new Set(), metadata: new lunr.MatchData() };
              sections.set(ref, section);
            }
            section.matched.add(word);
            section.metadata.add(word, field, metadata);
            if (field === "title" && !ref.includes("#")) titles.set(ref, (titles.get(ref) ?? 0) + rarity * weight);
          }
        }
      }
      for (const [ref, tf] of perRef) sections.get(ref).score += (rarity * tf * (K1 + 1)) / (tf + K1);
    }
    const rarityOf = (words) => words.reduce((sum, word) => sum + idf(documentFrequency(word)), 0);
    for (const [ref, section] of sections) {
      const heading = index.headings?.[ref] ?? [];
      const said = rarityOf(heading);
      const matched = rarityOf(heading.filter((word) => section.matched.has(word)));
      if (said) section.score += (HEADING * matched * matched) / said;
    }
    for (const [ref, section] of sections) {
      const page = ref.split("#")[0];
      const boost = index.boosts[ref]?.boost ?? 1;
      section.score = boost * (section.score + (ref === page ? 0 : PAGE_TITLE * (titles.get(page) ?? 0)));
    }
    return sections;
  }

  // Material searches the index with the query string: this answers with the query's words instead
  const search = lunr.Index.prototype.search;
  lunr.Index.prototype.search = function (query) {
    if (!wanted) return search.call(this, query);
    wanted.sections = score(wanted.concepts);
    return [...wanted.sections]
      .sort((a, b) => b[1].score - a[1].score)
      .map(([ref, { score, metadata }]) => ({ ref, score, matchData: metadata }));
  };

  // -- 3. What the reader sees ----------------------------------------------------------------------------------------
  function shown(items) {
    const { sections } = wanted;
    const groups = items
      .map((group) =>
        group
          .map((item) => {
            const section = sections.get(item.location);
            const terms = Object.fromEntries([...(section?.matched ?? [])].map((word) => [word, true]));
            return { ...item, score: section?.score ?? 0, terms };
          })
          .sort((a, b) => b.score - a.score),
      )
      .filter((group) => group[0].score > 0)
      .map((group) => {
        const others = group.slice(1).reduce((sum, item) => sum + item.score, 0);
        return Object.assign(group, { score: group[0].score + OTHER_SECTIONS * others });
      })
      .sort((a, b) => b.score - a.score);
    const best = groups[0]?.score ?? 0;
    return groups.filter((group) => group.score >= SHOWN * best).slice(0, MOST_PAGES);
  }

  const post = self.postMessage;
  self.postMessage = function (message, ...rest) {
    if (message?.type === RESULT && wanted) {
      message = { ...message, data: { ...message.data, items: shown(message.data.items) } };
    }
    return post.call(this, message, ...rest);
  };

  answer = async (handler, event) => {
    const concepts = analyse(event.data.data);
    wanted = { concepts };
    try {
      // Material needs a query that is not empty after its own clean-up; the word it holds is not searched
      return await handler({ data: { ...event.data, data: concepts.length ? "q" : "" } });
    } finally {
      wanted = null;
    }
  };
})();
