"""A title the feed types as text is text: `<`, `>` and `&` in it are characters, not markup.

Atom `<title type="text">Why &lt;b&gt; tags matter at AT&amp;T</title>` is the title "Why <b> tags matter at
AT&T" (RFC 4287 §3.1.1.1): feedparser gives it so, typed text/plain, and fetch read it as HTML again, so the
`<b>` vanished (and `&amp;lt;` became `<`). Now a title typed text (Atom's `type="text"`, the default, and an
RSS title feedparser finds no markup in) is kept as written, and the page escapes it; a title typed HTML
(`type="html"`, an RSS title with escaped tags) is decoded as before. Summaries typed text were already
written escaped, and stay so. Real feed files parsed by feedparser.
"""
from __future__ import annotations

import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefgen.importer.fetch import FetchOptions, fetch_feeds
from support.examples import examples
from support.importing import articles, config_text, front

WORDS = st.lists(st.sampled_from(list("ab <>&;/#\"'xT") + ["&amp;", "&lt;", "<b>", "</b>", "AT&T", "&#8217;"]),
                 min_size=1, max_size=12).map("".join).map(str.strip).filter(lambda s: any(c.isalpha() for c in s))


def _atom(title: str, kind: str, summary: str, feed_title: str) -> str:
    return ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f'<title type="text">{escape(feed_title)}</title><id>urn:f</id><updated>2023-05-02T14:00:00Z</updated>'
            '<link href="https://outlet.example/"/><entry><id>urn:1</id>'
            f'<title type="{kind}">{escape(title)}</title><updated>2023-05-02T14:00:00Z</updated>'
            f'<link href="https://outlet.example/1"/><summary type="text">{escape(summary)}</summary></entry></feed>')


def _import(feed: str, name: str = "feed.atom") -> tuple[dict, str]:
    """(the front matter, the body) of the one file imported from `feed`."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / name).write_text(feed, encoding="utf-8")
        (root / "config.yaml").write_text(config_text(name), encoding="utf-8")
        result = fetch_feeds(root / "config.yaml", FetchOptions(jobs=1))
        assert result.ok, [str(p) for p in result.diagnostics]
        (path,) = articles(root).values()
        return front(path), path.read_text(encoding="utf-8").split("\n---\n", 1)[1]


def _plain(text: str) -> str:
    return " ".join(text.split())


@settings(max_examples=examples(30), deadline=None)
@given(title=WORDS, summary=WORDS, feed_title=WORDS)
@example(title="Why <b> tags matter at AT&T", summary="Text about <script> and AT&T &amp; more",
         feed_title="A&amp;B <i>")  # the reported feed
def test_atom_text_titles_are_kept_as_text(title: str, summary: str, feed_title: str) -> None:
    data, body = _import(_atom(title, "text", summary, feed_title))
    assert data["title"] == _plain(title)
    assert data["source"] == _plain(feed_title)  # the feed's own title names the outlet
    assert escape(_plain(summary)) in _plain(body)  # a text summary: escaped, shown as written


@settings(max_examples=examples(20), deadline=None)
@given(words=st.lists(st.text("abcdefgh", min_size=1, max_size=6), min_size=1, max_size=4))
@example(words=["Bold", "move"])
def test_atom_html_titles_are_decoded(words: list[str]) -> None:
    title = f"<b>{words[0]}</b> {' '.join(words[1:])} AT&amp;T".strip()
    data, _ = _import(_atom(title, "html", "s", "Outlet"))
    assert data["title"] == _plain(f"{words[0]} {' '.join(words[1:])} AT&T")


def _rss(title: str) -> str:
    return ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Outlet</title>'
            '<link>https://outlet.example/</link><description>d</description><item>'
            f'<title>{escape(title)}</title><link>https://outlet.example/1</link><guid>g1</guid>'
            '<description>d</description></item></channel></rss>')


def test_rss_titles_as_feedparser_types_them() -> None:
    # No closing tag or entity: text, kept as written; escaped HTML: decoded.
    assert _import(_rss("Why <b> tags matter at AT&T"), "feed.xml")[0]["title"] == "Why <b> tags matter at AT&T"
    assert _import(_rss("<b>Bold</b> move by AT&amp;T"), "feed.xml")[0]["title"] == "Bold move by AT&T"
    assert _import(_rss("Don&#8217;t wait"), "feed.xml")[0]["title"] == "Don\u2019t wait"
