/* briefgen search (docs/search.md): looks words up in the sharded index under search/, folded by the rules the
   manifest states (render/searchtext.py), and shows results built from text nodes only. The form carries data-search
   (the search/ folder) and data-root (the prefix of result URLs). */
(function () {
  "use strict";

  var form = document.querySelector("form[data-search]");
  if (!form) return;
  var input = form.querySelector("input[name=q]");
  var status = document.getElementById("search-status");
  var results = document.getElementById("search-results");
  var base = form.getAttribute("data-search");
  var root = form.getAttribute("data-root") || "";
  // Results are content, in config.yaml's language (data-lang), the page in <html lang>; each part in its own
  // direction (render/bidi.py).
  var contentLang = form.getAttribute("data-lang") || "";
  var PAGE = 10;           // results per page ("More results" adds another)
  var SNIPPET = 220;       // characters of excerpt shown
  var MONTHS = ["January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December"];
  var KINDS = { note: "Editor note", person: "Person", organisation: "Organisation", story: "Story" };
  var files = {};          // path → promise of its JSON, for the whole visit
  var rules = null;        // from the manifest
  var serial = 0;          // the latest query; answers to older ones are dropped

  function get(path) {
    if (!files[path]) {
      // "no-cache": revalidate (a 304 costs no body), so a republished index is never mixed with old files.
      files[path] = fetch(base + path, { credentials: "same-origin", cache: "no-cache" }).then(function (response) {
        if (!response.ok) throw new Error("HTTP " + response.status + " for " + path);
        return response.json();
      });
      files[path].catch(function () { delete files[path]; });
    }
    return files[path];
  }

  function makeRules(m) {
    var letter = "[\\p{L}\\p{N}]", v = m.variants || {}, w = letter + "[\\p{L}\\p{N}\\p{M}_]*";
    var folds = Object.keys(m.fold).join("");
    return {
      manifest: m,
      marks: new RegExp("[" + m.marks + "]+", "gu"),
      // Read first (searchtext._read_as_written): invisible characters dropped, "O´Brien" an apostrophe.
      invisible: new RegExp("[" + (m.invisible || "\\u00ad") + "]+", "gu"),
      apostropheLike: new RegExp("[" + (m.apostropheLike || "\\u00b4") + "]", "gu"),
      // Hebrew's gershayim (or a double quote) between two letters, inside the word: "צה״ל" (searchhebrew.IN_WORD).
      inWord: new RegExp(m.inWord || "(?!)", "gu"),
      folds: folds ? new RegExp("[" + folds + "]", "gu") : null,
      possessive: new RegExp("(?<=" + letter + ")[" + m.apostrophes + "]s(?!" + letter + ")", "gu"),
      // An elided article or preposition at a word's start ("l’Europe", "dell'Unione"): searchtext.ELISIONS.
      elision: new RegExp("(?<!" + letter + ")(?:" + m.elisions.slice().sort(function (a, b) {
        return b.length - a.length;
      }).join("|") + ")[" + m.apostrophes + "](?=" + letter + ")", "gu"),
      inner: new RegExp("(?<=" + letter + ")[" + m.apostrophes + "](?=" + letter + ")", "gu"),
      // Marks folding keeps (Indic vowel signs, kana voicing marks) stay inside words (searchtext.words).
      word: /[\p{L}\p{N}]+(?:\p{M}+[\p{L}\p{N}]*)*/gu,
      shown: new RegExp(letter + "[\\p{L}\\p{N}\\p{M}" + (m.invisible || "") + "]*(?:(?:[" + m.apostrophes +
                        (m.apostropheLike || "") + "]" + (m.inWord ? "|" + m.inWord : "") + ")[\\p{L}\\p{N}\\p{M}" +
                        (m.invisible || "") + "]+)*", "gu"),
      // Chinese and Japanese: pairs of characters, a kana with its voicing mark one (searchtext.unspaced_pairs).
      unspaced: new RegExp("(?:[" + m.unspaced + "][" + m.voicing + "]*)+", "gu"),
      unspacedChar: new RegExp("[" + m.unspaced + "][" + m.voicing + "]*", "gu"),
      hasUnspaced: new RegExp("[" + m.unspaced + "]", "u"),
      apostrophe: new RegExp("[" + m.apostrophes + (m.apostropheLike || "") + "]", "u"),
      stop: new Set(m.stop),
      // English plurals (searchplural.py): an index of format 2 names the rule; an older one folds none.
      plural: m.plural && m.plural.rule === "english-minimal" ? new Set(m.plural.keep) : null,
      // Words the index also holds joined (searchvariants.py), but the re-/co- kept apart.
      joined: [new RegExp(w + "(?:[-\u2010\u2011\ufe63\uff0d]" + w + ")+", "gu"),
               new RegExp(w + "(?:(?<=\\p{L})[·\u0387\u2027](?=\\p{L})" + w + ")+", "gu")],
      apart: new RegExp("^(?:" + v.apart + ")$"),
      prefixes: new Set((v.prefixes + "").split(" ")),
      legal: new Set((v.legal + "").split(" ")),
      japanese: new Set((v.japanese || "").split(" ")),
      split: new Set(m.split),
      shards: new Set(m.shards)
    };
  }

  // The steps of searchtext.fold.
  function fold(text) {
    var s = String(text).replace(rules.invisible, "").replace(rules.inWord, "").replace(rules.apostropheLike, "'");
    s = s.toLowerCase().normalize("NFKD").replace(rules.marks, "");
    if (rules.folds) s = s.replace(rules.folds, function (c) { return rules.manifest.fold[c]; });
    return s.replace(rules.possessive, "").replace(rules.elision, "").replace(rules.inner, "");
  }

  // searchplural.singular ("ferries" -> "ferry"): a query word is looked up as typed and as folded (`forms`).
  function singular(word) {
    var n = word.length;
    if (!rules.plural || n < 3 || word.charAt(n - 1) !== "s" || "us".indexOf(word.charAt(n - 2)) >= 0 ||
        !/^[a-z]+$/.test(word) || rules.plural.has(word)) return word;
    if (word.charAt(n - 2) === "e") {
      if (n > 3 && word.charAt(n - 3) === "i" && "ae".indexOf(word.charAt(n - 4)) < 0) return word.slice(0, n - 3) + "y";
      if ("iaoe".indexOf(word.charAt(n - 3)) >= 0) return word;
    }
    return word.slice(0, n - 1);
  }

  // The terms a query word also stands for: its singular; typed, the singulars of the words it may start that do
  // not start with it ("ferri" of "ferries": "ferry").
  function forms(word, prefix) {
    var found = [];
    (prefix ? [word, word + "s", word + "es"] : [word]).forEach(function (w) {
      var one = singular(w);
      if (one !== word && found.indexOf(one) < 0 && !(prefix && one.indexOf(word) === 0)) found.push(one);
    });
    return found;
  }

  function length(text) { return Array.from(text).length; }

  // The words of `text` as the index holds them (searchtext.words): runs of Chinese or Japanese
  // characters as overlapping pairs (`pair`: matched whole, never as a prefix), the rest as words.
  function pieces(text) {
    var out = [];
    (fold(text).match(rules.word) || []).forEach(function (word) {
      var at = 0, m;
      rules.unspaced.lastIndex = 0;
      while ((m = rules.unspaced.exec(word)) !== null) {
        if (m.index > at) out.push({ word: word.slice(at, m.index), pair: false });
        var chars = m[0].match(rules.unspacedChar);
        for (var i = 0; i + 1 < chars.length; i++) out.push({ word: chars[i] + chars[i + 1], pair: true });
        at = m.index + m[0].length;
      }
      if (at < word.length) out.push({ word: word.slice(at), pair: false });
    });
    return out;
  }

  // Query words: whole words, but the last while it is typed (no space after it), a prefix from minPrefix letters
  // on; while typing (`live`), a shorter last word is left out when there are others.
  function parse(query, live) {
    var m = rules.manifest;
    var found = pieces(query);
    var typing = /[\p{L}\p{N}\p{M}]$/u.test(query.replace(rules.invisible, ""));
    var last = found[found.length - 1];
    if (live && typing && found.length > 1 && !last.pair && length(last.word) < m.minPrefix) {
      found.pop();
      typing = false;  // the word before it is complete: "the and of" is not "the" + "and…"
    }
    // A word typed with ü, ø, å … also finds copy that spells it out ("Müller": "Mueller"; the index holds the
    // spelt-out forms of the words written with the letter only: searchvariants.umlaut_spellings).
    var nfc = query.normalize("NFC");
    var spelt = LETTERED.test(nfc) ? pieces(nfc.replace(LETTERS, function (c) { return SPELT_OUT[c]; })) : [];
    if (spelt.length !== pieces(query).length) spelt = [];
    var terms = [], seen = {};
    found.forEach(function (piece, i) {
      var word = piece.word, size = length(word);
      // A stop word is never a term, whole or as a prefix ("the" typed); from its next letter ("theo") it is a prefix.
      if (size < m.minTerm || size > m.maxTerm || rules.stop.has(word)) return;
      var prefix = typing && !piece.pair && i === found.length - 1 && size >= m.minPrefix;
      var key = word + (prefix ? "*" : "");
      if (seen[key]) return;
      seen[key] = true;
      var also = piece.pair ? [] : forms(word, prefix), other = spelt[i] ? spelt[i].word : word;
      if (other !== word && also.indexOf(other) < 0) also.push(other);
      terms.push({ word: word, prefix: prefix, also: also });
    });
    return terms;
  }

  function fileName(prefix) {
    return Array.from(prefix).map(function (c) {
      return /^[a-z0-9]$/.test(c) ? c : "-" + c.codePointAt(0).toString(16) + "-";
    }).join("");
  }

  // Where a word's postings are (searchlayout.shard_of): a shard to filter, or a prefix list.
  function locate(term) {
    var chars = Array.from(term.word);
    for (var i = 1; i <= chars.length; i++) {
      var p = chars.slice(0, i).join("");
      if (!rules.split.has(p)) return rules.shards.has(p) ? { path: "t/" + fileName(p) + ".json" } : null;
      if (i === chars.length) {
        if (term.prefix) return { path: "p/" + fileName(p) + ".json", list: true };
        return rules.shards.has(p) ? { path: "t/" + fileName(p) + ".json" } : null;
      }
    }
    return null;
  }

  // Postings (searchcodec): blocks of 1024 ids, each a list of uint16 or a 2-bit bitmap.
  function decode(text, into) {
    var raw = atob(text), bytes = new Uint8Array(raw.length);
    for (var k = 0; k < raw.length; k++) bytes[k] = raw.charCodeAt(k);
    var pos = 0;
    function varint() {
      var value = 0, scale = 1, b;
      do { b = bytes[pos++]; value += (b & 127) * scale; scale *= 128; } while (b >= 128);
      return value;
    }
    function put(id, weight) { if ((into.get(id) || 0) < weight) into.set(id, weight); }
    while (pos < bytes.length) {
      var first = varint() * 1024, count = varint();
      if (count < 128) {
        for (var n = 0; n < count; n++, pos += 2) {
          var v = bytes[pos] | (bytes[pos + 1] << 8);
          put(first + (v >> 2), v & 3);
        }
      } else {
        for (var j = 0; j < 256; j++) {
          var byte = bytes[pos + j];
          for (var q = 0; byte && q < 4; q++) {
            var w = (byte >> (2 * q)) & 3;
            if (w) put(first + 4 * j + q, w);
          }
        }
        pos += 256;
      }
    }
    return into;
  }

  // The documents holding a query word, as typed or in another of its `forms` (the best weight of each); `exact`: those
  // holding the word itself, for a word typed as a prefix ("wei" of "Wei", not of "weigh"), else all of them.
  function postings(term) {
    var found = new Map(), exact = term.prefix ? new Map() : found;
    var asked = [term].concat(term.also.map(function (w) { return { word: w, prefix: false }; }));
    if (term.prefix) asked.push({ word: term.word, prefix: false, exact: true });
    return Promise.all(asked.map(function (t) {
      var where = locate(t), into = t.exact ? exact : found;
      if (!where) return null;
      return get(where.path).then(function (file) {
        if (where.list) return decode(file.postings, into);
        file.terms.forEach(function (w, i) {
          if (t.prefix ? w.indexOf(t.word) === 0 : w === t.word) decode(file.postings[i], into);
        });
      });
    })).then(function () { found.exact = exact; return found; });
  }

  // Every word must match; rank by words in the title, then words in the title as typed (not only a longer word a
  // prefix starts: "C.C. Wei" before "Tool makers weigh …"), then words as typed anywhere, then weights, then newer
  // months (T25, 2026-12-07).
  function rank(lists) {
    lists = lists.slice().sort(function (a, b) { return a.size - b.size; });
    var hits = [];
    lists[0].forEach(function (weight, id) {
      var inTitle = 0, exactTitle = 0, exact = 0, total = 0;
      for (var i = 0; i < lists.length; i++) {
        var w = i ? lists[i].get(id) : weight, e = lists[i].exact.get(id);
        if (!w) return;
        total += w;
        if (w === 3) inTitle++;
        if (e) exact++;
        if (e === 3) exactTitle++;
      }
      hits.push([inTitle, exactTitle, exact, total, id]);
    });
    hits.sort(function (a, b) { return b[0] - a[0] || b[1] - a[1] || b[2] - a[2] || b[3] - a[3] || b[4] - a[4]; });
    return hits.map(function (h) { return h[4]; });
  }

  function records(ids) {
    var chunks = {};
    ids.forEach(function (id) { chunks[Math.floor(id / Math.pow(2, rules.manifest.chunkBits))] = true; });
    return Promise.all(Object.keys(chunks).map(function (c) {
      return get("d/" + Number(c).toString(16) + ".json");
    })).then(function (found) {
      var byId = new Map();
      found.forEach(function (chunk) { chunk.docs.forEach(function (r) { byId.set(r[0], r); }); });
      return ids.map(function (id) { return byId.get(id); }).filter(Boolean);
    });
  }

  // Whether `text` (a word, or words joined at hyphens or dots) is a query word.
  function wanted(text, terms) {
    var folded = [fold(text).replace(/[-\u2010\u2011·\u2027]/g, "")];
    // German and Nordic letters spelt out ("Mueller" for Müller, "Hakkaenen" for Häkkänen), as the index also holds
    // them: searchvariants.umlaut_spellings.
    var nfc = text.normalize("NFC");
    if (LETTERED.test(nfc)) spellings(nfc).forEach(function (w) { folded.push(fold(w)); });
    // A Japanese name's long vowel as the index also holds it ("Ōno": "ohno", "ouno"; "Ohno": "ono"): searchhepburn.py.
    if (MACRON.test(nfc)) ["oh", "ou"].forEach(function (o) {
      folded.push(fold(nfc.replace(MACRONS, function (c) { return /[ūûŪÛ]/.test(c) ? "uu" : o; })));
    });
    // Only a Japanese name of the lists ("Ohno", "Satoh"; not "Goh", "Mohsen": searchvariants.manifest_rule).
    var plain = OH_WORD.test(text) && fold(text.replace(/oh(?=[bcdfgjkmnprstwz]h?[aeiouy]|$)/gi, "o"));
    if (plain && rules.japanese.has(plain)) folded.push(plain);
    return terms.some(function (t) {
      return folded.some(function (f) {
        // In either form: "ferries" when the query was "ferry" (singular(f) is a form of the query word's).
        var one = singular(f);
        return (t.prefix ? f.indexOf(t.word) === 0 : f === t.word) || one === t.word || t.also.indexOf(one) >= 0 ||
            t.also.indexOf(f) >= 0;
      });
    });
  }

  // The parts of CamelCase names in `word` that are query words: searchvariants.camel_parts.
  function camel(word, terms) {
    var found = [], m, re = /(?<!\p{L})[A-Z](?:[a-z]+[A-Z]|[A-Z]+[a-z])\p{L}*/gu;
    while ((m = re.exec(word))) {
      var at = m.index, p = /^[A-Z]([a-z]+)[A-Z]/.exec(m[0]), parts = m[0].split(PART);
      if (!(p && (!p[1][1] || rules.prefixes.has(p[1])) || /^[A-Z]+s$/.test(m[0]) || rules.legal.has(m[0].toLowerCase()) ||
            parts.some(function (q, i) { return /[A-ZÀ-ÖØ-Þ]{2}$/.test(q) && parts[i + 1] && !/^.[a-zß-öø-ÿ]{3}/.test(parts[i + 1]); })))
        parts.forEach(function (q) { if (wanted(q, terms)) found.push([at, at + q.length]); at += q.length; });
    }
    return found;
  }

  var PART = /(?<=[a-zß-öø-ÿ])(?=[A-ZÀ-ÖØ-Þ])|(?<=[A-ZÀ-ÖØ-Þ])(?=[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ])/;

  // Where query words are in a word as shown: [[start, end], ...]: the word, a CamelCase name's parts, or in Chinese
  // and Japanese the runs of characters whose pairs are query words.
  function hits(word, terms) {
    if (!rules.hasUnspaced.test(word)) {
      var parts = camel(word, terms);
      if (parts.length) return parts;
      if (wanted(word, terms)) return [[0, word.length]];
      // A name before an apostrophe, as Turkish writes its case endings ("İstanbul'da"): searchtext.name_heads.
      var head = word.split(rules.apostrophe)[0];
      var named = head.length < word.length && head.charAt(0) !== head.charAt(0).toLowerCase();
      return named && wanted(head, terms) ? [[0, head.length]] : [];
    }
    var found = [], at = 0, m;
    function plain(end) { if (end > at && wanted(word.slice(at, end), terms)) found.push([at, end]); }
    rules.unspaced.lastIndex = 0;
    while ((m = rules.unspaced.exec(word)) !== null) {
      plain(m.index);
      var chars = m[0].match(rules.unspacedChar), starts = [m.index];
      chars.forEach(function (c, i) { starts.push(starts[i] + c.length); });
      for (var i = 0; i + 1 < chars.length; i++) {
        if (!wanted(chars[i] + chars[i + 1], terms)) continue;
        var prev = found[found.length - 1];
        if (prev && prev[1] >= starts[i]) prev[1] = starts[i + 2]; else found.push([starts[i], starts[i + 2]]);
      }
      at = starts[chars.length];
    }
    plain(word.length);
    return found;
  }

  var SPELT_OUT = { "ä": "ae", "ö": "oe", "ü": "ue", "ø": "oe", "å": "aa", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "Ø": "Oe", "Å": "Aa" };
  var LETTERED = /[äöüøåÄÖÜØÅ]/, LETTERS = /[äöüøåÄÖÜØÅ]/g;
  var MACRON = /[ōôūûŌÔŪÛ]/, MACRONS = /[ōôūûŌÔŪÛ]/g, OH_WORD = /^(?:[A-Z][a-z]*o|O)h(?:[bcdfgjkmnprstwz]h?[aeiouy][a-z]*)?$/;

  // A word's spellings with its letters of SPELT_OUT written as two: each mix of up to 3 of them, else all
  // (searchvariants.umlaut_spellings).
  function spellings(word) {
    var chars = Array.from(word), spots = [], out = [];
    chars.forEach(function (c, i) { if (SPELT_OUT[c]) spots.push(i); });
    if (spots.length > 3) return [word.replace(LETTERS, function (c) { return SPELT_OUT[c]; })];
    for (var mix = 1; mix < (1 << spots.length); mix++) {
      out.push(chars.map(function (c, i) { var n = spots.indexOf(i); return n >= 0 && (mix >> n) & 1 ? SPELT_OUT[c] : c; }).join(""));
    }
    return out;
  }

  // Where query words are in `text`, in order: words as shown (`hits`), or else joined, with their signs ("Ji-hoon").
  function spans(text, terms) {
    var found = [], m;
    rules.shown.lastIndex = 0;
    while ((m = rules.shown.exec(text))) for (var h of hits(m[0], terms)) found.push([m.index + h[0], m.index + h[1]]);
    rules.joined.forEach(function (re, dots) {
      while ((m = re.exec(text))) {
        var s = m.index, e = re.lastIndex, parts = m[0].split(/[^\p{L}\p{N}\p{M}_]/u);
        if (!found.some(function (f) { return f[1] > s && f[0] < e; }) && wanted(m[0], terms) && (dots ||
            /\P{Nd}/u.test(parts.join("")) && !parts.some(function (p, i) {
              return /^(re|co)$/i.test(p) && rules.apart.test((p + parts[i + 1]).toLowerCase());
            }))) found.push([s, e]);
      }
    });
    return found.sort(function (a, b) { return a[0] - b[0]; });
  }

  // The query words `text` shows.
  function shownIn(text, terms) {
    return terms.filter(function (t) { return spans(text, [t]).length; });
  }

  // A word in neither a result's title, metadata nor excerpt matched past what the index keeps: the result's page is
  // read (parsed, never run) and the snippet cut around the first such word; else the excerpt stays.
  var pages = {};          // URL of a result's page → promise of its parsed document
  function deepen(node, r, terms) {
    var seen = shownIn([r[3]].concat(r[5], [r[6]]).join(" \n "), terms);
    var missing = terms.filter(function (t) { return seen.indexOf(t) < 0; });
    if (!missing.length) return;
    var url = new URL(root + r[2], window.location.href), anchor = decodeURIComponent(url.hash.slice(1));
    url.hash = "";
    pages[url.href] = pages[url.href] || fetch(url.href, { credentials: "same-origin" }).then(function (response) {
      if (!response.ok) throw new Error("HTTP " + response.status);
      return response.text();
    }).then(function (html) { return new DOMParser().parseFromString(html, "text/html"); });
    pages[url.href].then(function (doc) {
      var where = (anchor && doc.getElementById(anchor)) || doc.querySelector(".story__body") || doc.querySelector("main");
      var text = where ? where.textContent.replace(/\s+/g, " ").trim() : "";
      if (!node.isConnected || !shownIn(text, missing).length) return;
      node.textContent = "";
      highlighted(node, snippet(text, missing), terms);  // around the first word the excerpt lacked
    }, function () { delete pages[url.href]; });
  }

  // Appends `text` to `parent`, query words wrapped in <mark>: text nodes only, never HTML.
  function highlighted(parent, text, terms) {
    var pos = 0;
    spans(text, terms).forEach(function (h) {
      parent.appendChild(document.createTextNode(text.slice(pos, h[0])));
      add(parent, "mark", "", text.slice(h[0], h[1]));
      pos = h[1];
    });
    parent.appendChild(document.createTextNode(text.slice(pos)));
  }

  // The part of the excerpt around its first query word.
  function snippet(text, terms) {
    if (text.length <= SNIPPET) return text;
    var found = spans(text, terms), at = found.length ? found[0][0] : 0, start = 0;
    if (at > 60) {
      // At a space within a few words before the match; Chinese and Japanese have none: 60 characters before it.
      var space = text.lastIndexOf(" ", at - 60);
      start = space >= at - 120 ? space + 1 : at - 60;
      while (start < at && /[\udc00-\udfff\u3099\u309a]/.test(text.charAt(start))) start++;  // not inside a character
    }
    var end = start + SNIPPET;
    if (end >= text.length) {
      end = text.length;
    } else if (text.lastIndexOf(" ", end) > at) {
      end = text.lastIndexOf(" ", end);
    }
    return (start > 0 ? "\u2026" : "") + text.slice(start, end) + (end < text.length ? "\u2026" : "");
  }

  function longDate(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || "");
    return m ? Number(m[3]) + " " + MONTHS[Number(m[2]) - 1] + " " + m[1] : "";
  }

  function add(parent, tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    parent.appendChild(node);
    return node;
  }

  // `lang`: a result's own language (an article's `language:`, the record's 8th field), else the briefing's.
  function content(node, lang) {
    node.dir = "auto";
    if (lang) node.lang = lang;
    else if (contentLang && contentLang.toLowerCase() !== document.documentElement.lang.toLowerCase()) node.lang = contentLang;
    return node;
  }

  function showRecord(list, r, terms) {
    // r: [id, kind, url, title, date, [meta...], excerpt(, language)]
    var li = add(list, "li", "search-result");
    var link = add(content(add(li, "h2"), r[7]), "a");
    link.href = root + r[2];
    highlighted(link, r[3], terms);
    var meta = add(li, "p", "meta");
    var parts = (KINDS[r[1]] ? [KINDS[r[1]]] : []).concat(r[5]);
    parts.forEach(function (part, i) {
      if (i) meta.appendChild(document.createTextNode(" \u00b7 "));
      // Meta lines (outlets, topics, "Why it matters"): each in its own direction (a <bdi>), language unsaid.
      highlighted(i === 0 && KINDS[r[1]] ? add(meta, "span", "search-result__kind") : add(meta, "bdi"), part, terms);
    });
    if (r[4]) {
      if (parts.length) meta.appendChild(document.createTextNode(" \u00b7 "));
      add(meta, "time", "", longDate(r[4])).setAttribute("datetime", r[4]);
    }
    if (r[6]) {
      var text = content(add(li, "p", "search-snippet"), r[7]);
      highlighted(text, snippet(r[6], terms), terms);
      deepen(text, r, terms);
    }
  }

  function say(text) { status.textContent = text; }

  function quoted(query) { return "\u201c" + query.trim() + "\u201d"; }

  function showPage(state, from) {
    var ids = state.ids.slice(from, from + PAGE);
    return records(ids).then(function (found) {
      if (state.serial !== serial) return;
      var list = results.querySelector("ol") || add(results, "ol");
      found.forEach(function (r) { showRecord(list, r, state.terms); });
      var more = results.querySelector(".search-more");
      if (more) more.remove();
      if (from + PAGE < state.ids.length) {
        more = add(results, "button", "search-more", "More results");
        more.type = "button";
        more.addEventListener("click", function () {
          var next = list.children.length;
          showPage(state, from + PAGE).then(function () {
            var first = list.children[next] && list.children[next].querySelector("a");
            if (first) first.focus();
          });
        });
      }
      var count = state.ids.length;
      say(count.toLocaleString("en") + (count === 1 ? " result" : " results") + " for " + quoted(state.query) +
          (count > list.children.length ? "; showing " + list.children.length + "." : "."));
    });
  }

  // Why a query has no word to search for (none too long): too common, too short, or some of each.
  function unsearchable(query) {
    var found = pieces(query);
    var common = found.length > 0 && found.every(function (p) { return rules.stop.has(p.word); });
    var common_some = found.some(function (p) { return rules.stop.has(p.word); });
    if (common) return quoted(query) + " is too common to search for: add a word that says what you are looking for.";
    return "Type a longer word: " + quoted(query) + (common_some ? " is too short or too common to search for."
                                                                 : " is too short to search for.");
  }

  function run(query, live) {
    var mine = ++serial;
    var terms = parse(query, live);
    if (!query.trim()) {
      results.textContent = "";
      say(rules.manifest.documents.toLocaleString("en") + " articles, notes and people in the index. Type a word or two.");
      return Promise.resolve();
    }
    if (!terms.length) {
      results.textContent = "";
      // Words past maxTerm letters are not indexed: saying "type a longer word" would mislead.
      var long = pieces(query).some(function (p) { return length(p.word) > rules.manifest.maxTerm; });
      say(long ? quoted(query) + " is too long to search for: the index holds words of at most " +
                 rules.manifest.maxTerm + " letters (text written without spaces, as in Thai, " +
                 "is not split into words)."
               : unsearchable(query));
      return Promise.resolve();
    }
    results.setAttribute("aria-busy", "true");
    return Promise.all(terms.map(postings)).then(function (lists) {
      if (mine !== serial) return;
      var ids = rank(lists);
      results.textContent = "";
      if (!ids.length) {
        say("No results for " + quoted(query) + ".");
        return;
      }
      return showPage({ serial: mine, ids: ids, terms: terms, query: query }, 0);
    }).then(function () {
      if (mine === serial) results.removeAttribute("aria-busy");
    }, function () {
      if (mine !== serial) return;
      results.removeAttribute("aria-busy");
      say("The search index could not be loaded. If you opened this page from a file, " +
          "serve the site over HTTP (for example with briefgen serve).");
    });
  }

  function start() {
    return get("index.json").then(function (manifest) {
      if (!rules) rules = makeRules(manifest);
      return rules;
    });
  }

  function search(updateUrl, live) {
    var query = input.value;
    if (updateUrl && window.history && history.replaceState) {
      var url = new URL(window.location.href);
      if (query.trim()) url.searchParams.set("q", query); else url.searchParams.delete("q");
      history.replaceState(null, "", url);
    }
    if (!rules) say("Loading the search index\u2026");
    start().then(function () { return run(query, live); }, function () {
      say("The search index could not be loaded. If you opened this page from a file, " +
          "serve the site over HTTP (for example with briefgen serve).");
    });
  }

  var timer = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { search(true, true); }, 120);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(timer);
    search(true);
  });
  // Arrow keys move between the search box and the results' links.
  form.parentNode.addEventListener("keydown", function (event) {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    var links = Array.prototype.slice.call(results.querySelectorAll("h2 a"));
    if (!links.length) return;
    var at = links.indexOf(document.activeElement);
    if (document.activeElement !== input && at === -1) return;
    event.preventDefault();
    var next = event.key === "ArrowDown" ? at + 1 : at - 1;
    if (next < 0) input.focus(); else if (next < links.length) links[next].focus();
  });

  var initial = new URLSearchParams(window.location.search).get("q");
  if (initial) {
    input.value = initial;
    search(false);
  } else {
    start().then(function () { if (!input.value) run(""); }, function () {});
  }
})();
