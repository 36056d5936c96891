"""In Chromium: the result marks the text a joined or parted spelling came from (FX53).

The index holds other spellings beside a word (searchvariants.py): a hyphenated word joined ("Ji-hoon" → "jihoon"), a word
with Catalan's middle dot joined ("col·lecció" → "collecció"), a CamelCase name's parts ("ChapaPesa" → "chapa", "pesa").
Before FX53 a query found the article by such a spelling, but its title and snippet marked nothing: search.js marked whole
words as shown only. Now the highlighter marks what the index read: the part of the word ("Chapa"), or the words with
their hyphen or dot ("Ji-hoon"); typed as a prefix too ("chap", "jihoo"), in the excerpt and in the page read past it,
under a sub-path. A hyphen the index keeps apart ("re-sign" is no "resign") and a name prefix ("McDonald" has no
"Donald") are not marked.
"""
from __future__ import annotations

import json
import re
from typing import Iterator

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from briefgen.render import searchlayout
from briefgen.render.searchplural import singular
from briefgen.render.searchtext import MIN_TERM, STOP, words
from support.examples import examples
from support.sites import MINIMAL_SITE, built_and_published, search_results

FILLER = "Delegations exchanged drafts on prisoner swaps and grain corridors. " * 12  # past the excerpt
TEXTS = {
    "camel": ("Payments firm in court",
              "ChapaPesa asked the High Court to lift the suspension; GlaxoSmithKline and JPMorgan's fund, "
              "the McDonald family and Donald Baker, MacArthur and the KGaA of Berlin watched."),
    "catalan": ("El museu obre la col·lecció",
                "La col·lecció d'art del museu, a prop del Paral·lel, obre dilluns amb una il·lusió nova."),
    "hyphen": ("Hanbit buyer waits for copper",
               "Park Ji-hoon, a Kyiv-based buyer, treated COVID-19 patients before his re-election."),
    "apart": ("United keep their captain",
              "The club will re-sign Marta Olsen before she can resign, and the co-op is no coop."),
    "hebrew": ("Army statement", "דובר צה״ל מסר כי ג׳ורג׳ לוי נפצע קל."),
    "deep": ("Late filing", f"{FILLER}\n\nLater, the RiverBank board and Yu-na Choi signed it."),
}
SITE = dict(MINIMAL_SITE) | {
    f"content/articles/{name}.md": f"---\ntitle: {title}\nsource: Daily Taifa\npublished: 2026-11-2{i}\n---\n{text}\n"
    for i, (name, (title, text)) in enumerate(TEXTS.items())}


# One page for the module (conftest's `search_page`): each test loads the search page anew (`page.goto`) or runs the
# marking in about:blank; search.js keeps nothing in cookies or storage, and no test counts bytes. A new context and page
# a test cost ~1.3 s of each of its 33 tests under load (docs/log/performance.md, "Session of 2026-12-07, late morning").
@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with built_and_published(tmp_path_factory.mktemp("marks"), SITE) as url:  # (under /briefing/: a sub-path)
        yield url


# A result matched past its excerpt reads its page (search.js's `deepen`: `fetch`, `text()`, then the marks), after
# the results are shown. The page counts its fetches and their `text()` reads still to settle; each count is taken
# back in a task after its promise settles, so after the continuations that promise ran (the marks). Waiting for
# the count to be 0 replaces a fixed wait of 300 ms a query (~45 queries a run: ~13 s), which was also a race.
SETTLED = """(() => {
  let pending = 0;
  const settle = () => { setTimeout(() => { pending -= 1; }, 0); };
  const track = (promise) => { pending += 1; promise.then(settle, settle); return promise; };
  const fetch = window.fetch, text = Response.prototype.text;
  window.fetch = function () { return track(fetch.apply(window, arguments)); };
  Response.prototype.text = function () { return track(text.apply(this, arguments)); };
  Object.defineProperty(window, "briefgenTestFetches", { get: () => pending });
})();"""


@pytest.fixture(scope="module")
def marks_page(search_page):  # type: ignore[no-untyped-def]
    """The module's search page, counting its fetches (SETTLED) in every document it loads."""
    search_page.add_init_script(SETTLED)
    return search_page


def marks_for(page, served: str, query: str, typed: bool) -> list[str]:  # type: ignore[no-untyped-def]
    """The texts marked in the results of `query`: submitted (whole words), or `typed` (its last word a prefix)."""
    page.goto(served + "search/")
    page.fill("#search-query", query if typed else query + " ")
    search_results(page, query if typed else query + " ")
    page.wait_for_function("() => window.briefgenTestFetches === 0")  # (the pages read past excerpts, marked)
    return page.locator("#search-results mark").all_inner_texts()


@pytest.mark.parametrize("query, typed, marked", [
    ("chapa", False, ["Chapa"]), ("pesa", False, ["Pesa"]), ("chap", True, ["Chapa"]), ("pes", True, ["Pesa"]),
    ("chapapesa", False, ["ChapaPesa"]), ("chapap", True, ["ChapaPesa"]), ("chapa pesa", False, ["Chapa", "Pesa"]),
    ("smith", False, ["Smith"]), ("morgan", False, ["Morgan"]), ("glaxosmithkline", False, ["GlaxoSmithKline"]),
    ("donald", False, ["Donald"]), ("arthur", False, []), ("kgaa", False, ["KGaA"]),
    ("collecció", False, ["col·lecció", "col·lecció"]), ("colleccio", False, ["col·lecció", "col·lecció"]),
    ("collec", True, ["col·lecció", "col·lecció"]), ("parallel", False, ["Paral·lel"]), ("illusio", False, ["il·lusió"]),
    ("jihoon", False, ["Ji-hoon"]), ("jihoo", True, ["Ji-hoon"]), ("kyivbased", False, ["Kyiv-based"]),
    ("covid19", False, ["COVID-19"]), ("reelection", False, ["re-election"]), ("hoon", False, ["hoon"]),
    ("resign", False, ["resign"]), ("coop", False, ["coop"]),
    ("צהל", False, ["צה״ל"]), ("גורג", False, ["ג׳ורג"]),
    ("riverbank", False, ["RiverBank"]), ("river", False, ["River"]), ("yuna", False, ["Yu-na"]),  # past the excerpt
])
def test_the_spelling_that_matched_is_marked(served: str, marks_page, query: str, typed: bool,  # type: ignore[no-untyped-def]
                                             marked: list[str]) -> None:
    assert marks_for(marks_page, served, query, typed) == marked, query


# Every word the index holds for these texts (joined, parted, as written), typed whole or as a prefix: the result marks
# something, and each mark, read by the index alone, holds a word the query asked for.
TERMS = sorted({t for _, text in TEXTS.values() for t in words(text)} - {t for t in words(FILLER)})


def matched(query: str, typed: bool, mark: str) -> bool:
    # (or the query's singular, which an English site's index also reads it as: searchplural.singular; the typed "res"
    # of "resign" marks the "re" of "re-sign", a draw that failed about one CI run in sixteen, 2026-12-07)
    return any(t == query or t == singular(query) or typed and t.startswith(query) for t in words(mark))


@settings(max_examples=examples(25), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(term=st.sampled_from(TERMS), cut=st.integers(0, 6))
@example(term="chapa", cut=1)
@example(term="resign", cut=3)
@example(term="collecció".replace("ó", "o"), cut=0)
@example(term="jihoon", cut=2)
def test_what_the_index_read_is_marked(served: str, marks_page, term: str, cut: int) -> None:  # type: ignore[no-untyped-def]
    query = term[:max(3, len(term) - cut)] if cut else term
    typed = query != term
    if len(query) < MIN_TERM or query in STOP or not query.isalnum():
        return
    marks = marks_for(marks_page, served, query, typed)
    assert marks, query
    assert all(matched(query, typed, mark) for mark in marks), (query, marks)


# The marking itself, run in the page over drawn words (cheap: no site, no query): search.js's `spans` marks a query word
# in a text exactly when the index holds it for that text (searchtext.words), and each span it marks, read by the index
# alone, holds the word. Drawn: CamelCase names (name prefixes, legal forms, capitals runs among them), hyphenated words
# (re-/co- words kept apart among them) and words with a middle dot.
RUN = """([source, manifest, cases]) => {
  const run = new Function("manifest", "cases", source + `
    var rules = makeRules(manifest);
    return cases.map(function (c) {
      return spans(c[0], [{ word: c[1], prefix: false, also: [] }]).map(function (s) { return c[0].slice(s[0], s[1]); });
    });`);
  return run(manifest, cases);
}"""
LOWER = st.text(st.sampled_from("abcdeilnorstuéöß"), min_size=1, max_size=6)
PIECE = st.one_of(st.builds(lambda a, b: a.upper() + b, st.sampled_from("ABCDGJKMPRST"), LOWER),
                  st.sampled_from(["JP", "BBC", "Mac", "Mc", "De", "Fitz", "Gmb", "H", "KGa", "A", "re", "co", "sign",
                                   "op", "election", "19", "Ji", "hoon", "col", "lecció", "il", "lusió",
                                   "\u05e6\u05d4", "\ufb01", "NGOs"]))  # (other scripts' letters, a ligature: 962afcc3)
SIGN = st.sampled_from(["", "", "-", "\u2011", "·"])


@st.composite
def spelling(draw: st.DrawFn) -> str:
    pieces = draw(st.lists(PIECE, min_size=2, max_size=3))
    signs = [draw(SIGN) for _ in pieces[1:]]
    return pieces[0] + "".join(sign + piece for sign, piece in zip(signs, pieces[1:]))


def _source() -> str:
    from test_browser_search_plurals import _functions, REPO_ROOT
    source = (REPO_ROOT / "briefgen/theme/static/search.js").read_text(encoding="utf-8")
    constants = "\n".join(re.search(rf"^  var {name} = .*?;$", source, re.M | re.S).group() for name in ("PART", "SPELT_OUT", "LETTERED", "MACRON"))
    return constants + "\n" + _functions(("makeRules", "fold", "singular", "spellings", "wanted", "camel", "hits", "spans"))


@settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(spelling(), min_size=1, max_size=8))
@example(["ChapaPesa", "McDonald", "MacArthur", "GmbH", "KGaA", "THEnd", "re-sign", "co-op", "re-election", "Ji-hoon",
          "col·lecció", "2019-2020", "JPMorgan", "BBCNews"])
@example(["THEnd\u05e6\u05d4", "ChapaPesa\ufb01NGOs", "JPMorgan\u05e6"])  # (the index's BR31 rule in Latin letters)
def test_the_page_marks_what_the_index_holds(search_page, names: list[str]) -> None:  # type: ignore[no-untyped-def]
    manifest = json.loads(searchlayout.manifest(0, (), ())) | {"plural": None}  # (plurals: tested on their own)
    cases, expected = [], []
    for name in names:
        text = f"Then {name} said so."
        held = set(words(text))
        pieces = {w for piece in re.split(r"[-\u2011·]", name) for w in words(piece)}
        pieces |= {w.lower() for w in re.findall(r"[A-Z]+(?![a-zéöß])|[A-Z]?[a-zéöß]+", name)}  # ("donald" of McDonald)
        for query in sorted(pieces | set(words(re.sub(r"[-\u2011·]", "", name))) | held - {"then", "said", "so"}):
            if query in STOP or len(query) < MIN_TERM:
                continue
            cases.append([text, query])
            expected.append(query in held)
    search_page.goto("about:blank")
    found = search_page.evaluate(RUN, [_source(), manifest, cases])
    for (text, query), marks, held in zip(cases, found, expected):
        assert bool(marks) == held, (text, query, marks)
        assert all(query in words(mark) for mark in marks), (text, query, marks)
