"""Words of a feed entry inside elements the sanitiser removes with their content are named by `fetch`.

A trial: an entry with a formula (`<math><mi>p</mi>…</math>`), a chart (`<svg>` with a `<title>` and
`<text>` labels) and a transcript inside a `<form>` was imported without them, and `briefgen fetch`
said nothing. The sanitiser still removes them (nothing in them can be published safely as it is),
but the words readers of the original saw are named now, with the file written and the element:
those of svg, math, form, select, textarea, object and noscript. Code (script, style, also inside an
svg) and what no reader is shown (template, iframe, a title in the body) are not words, and stay
quiet. Real feed files, parsed by feedparser through `fetch_feeds`.
"""
from __future__ import annotations

import html
import re
import tempfile
from pathlib import Path

from hypothesis import example, given, settings, strategies as st

from briefgen.importer.fetch import FetchOptions, fetch_feeds
from support.importing import articles, config_text, esc
from support.examples import examples

SHOWN = {  # element → how an author puts words in it
    "svg": '<svg viewBox="0 0 9 9"><title>{}</title><text x="1">{}</text></svg>',
    "math": "<math><mi>{}</mi><mo>=</mo><mn>{}</mn></math>",
    "form": "<form><p>{}</p><label>{}</label><input name=q></form>",
    "select": "<select><option>{}</option><option>{}</option></select>",
    "textarea": "<textarea>{} {}</textarea>",
    "object": '<object data="chart.swf">{} <b>{}</b></object>',
    "noscript": "<noscript>{} {}</noscript>",
}
QUIET = {
    "script": "<script>var {} = '{}';</script>",
    "style": "<style>.{} {{ content: '{}' }}</style>",
    "svg style": '<svg viewBox="0 0 9 9"><style>.{} {{ fill: red }} /* {} */</style><path d="M0 0"/></svg>',
    "template": "<template><p>{} {}</p></template>",
    "iframe": '<iframe src="https://video.example/x">{} {}</iframe>',
    "title": "<title>{} {}</title>",
}
WORD = st.text("abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=8).map(lambda w: "w" + w)


def imported(body: str) -> tuple[str, list[str]]:
    """(the text of the one file written, the fetch's diagnostics) for a feed of one entry with `body`."""
    feed = ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Science Desk</title>'
            "<link>https://outlet.example/</link><description>d</description><item>"
            "<title>Odds of a ceasefire</title><link>https://outlet.example/odds</link><guid>g1</guid>"
            f"<pubDate>Tue, 02 May 2023 14:00:00 +0000</pubDate><description>{esc(body)}</description>"
            "</item></channel></rss>")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "feed.xml").write_text(feed, encoding="utf-8")
        (root / "config.yaml").write_text(config_text("feed.xml"), encoding="utf-8")
        result = fetch_feeds(root / "config.yaml", FetchOptions(jobs=1))
        assert result.ok, [str(p) for p in result.diagnostics]
        files = list(articles(root).values())
        assert len(files) == 1
        # (the addresses of <object data> and <iframe src> have a warning of their own since 2026-12-05:
        # tests/importer/test_import_stripped_addresses.py)
        return files[0].read_text(encoding="utf-8"), [str(p) for p in result.diagnostics
                                                      if "written without addresses" not in p.message]


@settings(max_examples=examples(15), deadline=None)
@given(parts=st.lists(st.tuples(st.sampled_from(sorted(SHOWN) + sorted(QUIET)), WORD, WORD), min_size=1, max_size=3))
@example(parts=[("svg", "wone", "wtwo"), ("math", "wx", "wy"), ("svg", "wthree", "wfour")])  # grouped by element
@example(parts=[("svg style", "waaa", "waaa"), ("form", "waaa", "waaa"), ("svg", "waaa", "waaa")])  # a CI draw
@example(parts=[("math", "p", "0.3"), ("svg", "Gas flows by month", "January peak"),
                ("form", "Full transcript of the talks follows.", "Name")])  # the trial's entry
def test_words_in_removed_elements_are_named_with_the_entry(parts: list[tuple[str, str, str]]) -> None:
    body = "<p>The model gives the odds.</p>" + "".join(
        (SHOWN.get(kind) or QUIET[kind]).format(first, second) for kind, first, second in parts) + "<p>End.</p>"
    text, problems = imported(body)
    assert "The model gives the odds." in text and "End." in text
    named = [(kind, first, second) for kind, first, second in parts if kind in SHOWN]
    if not named:
        assert problems == []
        return
    assert len(problems) == 1, problems
    # named in the order their elements first appear in the entry: an <svg> holding only a style counts
    # (a draw of "svg style", "form", "svg": the product said "<svg>, <form>", as the entry's elements run)
    kinds = [tag for tag in dict.fromkeys(kind.split()[0] for kind, _, _ in parts) if tag in dict(
        (kind, 1) for kind, _, _ in named)]
    snippets = "".join(SHOWN[kind].format(first, second) for each in kinds for kind, first, second in named
                       if kind == each)
    words = html.unescape(re.sub(r"<[^>]*>", " ", snippets)).split()
    elements = ", ".join(f"<{kind}>" for kind in kinds)
    assert problems[0].startswith(
        "config.yaml:8: warning: feed feed.xml: 1 article written without words the feed had inside elements "
        f"briefgen never publishes (content/articles/odds-of-a-ceasefire.md: {len(words)} "
        f"word{'s' if len(words) > 1 else ''} inside {elements}: \""), problems[0]
    shown = problems[0].split(f"inside {elements}: \"", 1)[1].split('"', 1)[0]
    assert shown == " ".join(words) or shown.endswith("…") and " ".join(words).startswith(shown[:-1])
    assert problems[0].endswith("); the sanitiser removes them with their content, so read each original "
                                "(its url:) and write in what matters (-v lists each)")
