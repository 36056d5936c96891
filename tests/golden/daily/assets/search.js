/* briefgen search: filters search.json in the browser. No dependencies, no remote calls.
   The form carries data-index (URL of search.json) and data-root (prefix for the
   site-relative result URLs). Every query word must match (case- and accent-insensitive)
   the title, outlet, topics, date or text; title matches rank first. */
(function () {
  "use strict";

  var form = document.querySelector("form[data-index]");
  if (!form) return;
  var input = form.querySelector("input[name=q]");
  var status = document.getElementById("search-status");
  var results = document.getElementById("search-results");
  var root = form.getAttribute("data-root") || "";
  var MONTHS = ["January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December"];
  var MAX_RESULTS = 50;
  var index = null;   // [{entry, title, all}] once loaded
  var loading = null; // the pending fetch

  function fold(text) {
    return String(text || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function words(query) {
    return fold(query).split(/\s+/).filter(function (w) { return w.length > 0; });
  }

  function longDate(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || "");
    return m ? Number(m[3]) + " " + MONTHS[Number(m[2]) - 1] + " " + m[1] : "";
  }

  function load() {
    if (!loading) {
      loading = fetch(form.getAttribute("data-index"), { credentials: "same-origin" })
        .then(function (response) {
          if (!response.ok) throw new Error("HTTP " + response.status);
          return response.json();
        })
        .then(function (entries) {
          index = entries.map(function (e) {
            var topics = (e.topics || []).join(" ");
            return {
              entry: e,
              title: fold(e.title),
              all: fold([e.title, e.source, topics, longDate(e.date), e.date, e.text].join(" \n "))
            };
          });
          return index;
        });
      loading.catch(function () { loading = null; });
    }
    return loading;
  }

  function search(query) {
    var terms = words(query);
    if (!terms.length) return null;
    var hits = [];
    index.forEach(function (item, position) {
      for (var i = 0; i < terms.length; i++) {
        if (item.all.indexOf(terms[i]) === -1) return;
      }
      var inTitle = terms.filter(function (t) { return item.title.indexOf(t) !== -1; }).length;
      hits.push({ item: item, score: inTitle, position: position });
    });
    hits.sort(function (a, b) { return b.score - a.score || a.position - b.position; });
    return { terms: terms, hits: hits };
  }

  // Appends `text` to `parent`, wrapping the query words in <mark>; text nodes only, never HTML.
  function highlighted(parent, text, terms) {
    var folded = fold(text);
    var marks = [];
    terms.forEach(function (term) {
      var from = 0, at;
      while ((at = folded.indexOf(term, from)) !== -1) {
        marks.push([at, at + term.length]);
        from = at + term.length;
      }
    });
    marks.sort(function (a, b) { return a[0] - b[0]; });
    var pos = 0;
    marks.forEach(function (m) {
      if (m[0] < pos) return; // overlapping match
      parent.appendChild(document.createTextNode(text.slice(pos, m[0])));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(m[0], m[1]);
      parent.appendChild(mark);
      pos = m[1];
    });
    parent.appendChild(document.createTextNode(text.slice(pos)));
  }

  // fold() keeps lengths for the Latin scripts a briefing uses; when it does not, skip marks.
  function sameLength(text) { return fold(text).length === String(text).length; }

  function add(parent, tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    parent.appendChild(node);
    return node;
  }

  function show(query) {
    results.textContent = "";
    var found = search(query);
    if (!found) {
      status.textContent = index.length + " articles in the index. Type a word or two.";
      return;
    }
    var count = found.hits.length;
    status.textContent = count === 0
      ? "No articles match \u201c" + query.trim() + "\u201d."
      : count + (count === 1 ? " article matches" : " articles match") + " \u201c" + query.trim() + "\u201d" +
        (count > MAX_RESULTS ? "; showing the first " + MAX_RESULTS + "." : ".");
    if (!count) return;
    var list = add(results, "ol");
    found.hits.slice(0, MAX_RESULTS).forEach(function (hit) {
      var e = hit.item.entry;
      var li = add(list, "li");
      var heading = add(li, "h2");
      var link = add(heading, "a");
      link.href = root + e.url;
      if (sameLength(e.title)) highlighted(link, e.title, found.terms); else link.textContent = e.title;
      var meta = add(li, "p", "meta");
      add(meta, "span", "meta__outlet", e.source || "");
      if (e.date) {
        meta.appendChild(document.createTextNode(" \u00b7 "));
        var time = add(meta, "time", "", longDate(e.date));
        time.setAttribute("datetime", e.date);
      }
      if (e.topics && e.topics.length) {
        meta.appendChild(document.createTextNode(" \u00b7 " + e.topics.join(", ")));
      }
      if (e.text) {
        var snippet = add(li, "p", "search-snippet");
        var text = e.text.length >= 280 ? e.text.replace(/\s+\S*$/, "") + "\u2026" : e.text;
        if (sameLength(text)) highlighted(snippet, text, found.terms); else snippet.textContent = text;
      }
    });
  }

  function run(updateUrl) {
    var query = input.value;
    if (updateUrl && window.history && history.replaceState) {
      var url = new URL(window.location.href);
      if (query.trim()) url.searchParams.set("q", query); else url.searchParams.delete("q");
      history.replaceState(null, "", url);
    }
    if (index) { show(query); return; }
    status.textContent = "Loading the search index\u2026";
    load().then(function () { show(input.value); }, function () {
      status.textContent = "The search index could not be loaded. " +
        "If you opened this page from a file, serve the site over HTTP (for example with briefgen serve).";
    });
  }

  var timer = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { run(true); }, 150);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(timer);
    run(true);
  });

  var initial = new URLSearchParams(window.location.search).get("q");
  if (initial) {
    input.value = initial;
    run(false);
  } else {
    load().then(function () { if (!input.value) show(""); }, function () {});
  }
})();
