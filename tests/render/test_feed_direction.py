"""Right-to-left content in the feeds is isolated, so it reorders nothing beside it (render/feeds.isolated).

Found by trial: in the digest, "<a>title</a> — الجزيرة, 2024-03-05" showed the date as
"05-03-2024" in a left-to-right reader (Unicode's bidi algorithm makes digits after Arabic
letters Arabic numbers, ordered right to left); a topic feed's title "\u202e evil (Kyiv Outlet)"
showed the outlet reversed. Pages isolate such pieces with <bdi>; feed titles are plain text and
readers strip <bdi> (feedparser does), so the feeds use U+2068 … U+2069. Checked on a built site
through feedparser and in Chromium, and as a property of `isolated`.
"""
from __future__ import annotations

import unicodedata
from pathlib import Path

import feedparser
from hypothesis import given, settings, strategies as st
from support.sites import write_site
from support.examples import examples

from briefgen.build import BuildOptions, build

FSI, PDI = "\u2068", "\u2069"
SITE = {
    "config.yaml": "title: Rivers\nbase_url: https://example.org/rivers/\ntopics:\n"
                   "  - id: nile\n    title: النيل\n    keywords: [Nile]\n",
    "content/articles/aljazeera.md": "---\ntitle: Nile water levels fall\nsource: الجزيرة\n"
                                     "published: 2024-03-05T10:00:00+00:00\nurl: https://aj.example/nile\n---\n"
                                     "The Nile fell at Aswan, the Nile authority said.\n",
    "content/articles/override.md": "---\ntitle: \"\\u202e Nile upstream\"\nsource: Kyiv Outlet\n"
                                    "published: 2024-03-06T10:00:00+00:00\n---\nThe Nile rose upstream, Nile pilots said.\n",
}


def test_built_feeds_isolate_right_to_left_pieces(tmp_path: Path, page) -> None:  # type: ignore[no-untyped-def]
    result = build(write_site(tmp_path, SITE) / "config.yaml", BuildOptions(jobs=1))
    assert result.ok, [str(d) for d in result.diagnostics]
    topic = feedparser.parse((result.output_dir / "topics/nile/feed.xml").read_bytes())
    assert not topic.bozo
    assert topic.feed.title == f"Rivers: {FSI}النيل{PDI}"
    assert [e.title for e in topic.entries] == [f"{FSI}\u202e Nile upstream{PDI} (Kyiv Outlet)",
                                                f"Nile water levels fall ({FSI}الجزيرة{PDI})"]
    digest = feedparser.parse((result.output_dir / "feed.xml").read_bytes())
    assert not digest.bozo
    item = digest.entries[0].summary
    assert f"— {FSI}الجزيرة{PDI}, 5 March 2024" in item  # (dates as pages write them since 2026-12-05)
    # As a reader shows it: the item's HTML in a left-to-right page; the date must read left to right.
    page.set_content(f"<!doctype html><html lang=en><meta charset=utf-8><body><div id=item>{item}</div></body></html>")
    left = page.evaluate("""() => { const li = [...document.querySelectorAll('#item li')]
        .find(e => e.textContent.includes('5 March 2024'));
      const walker = document.createTreeWalker(li, NodeFilter.SHOW_TEXT); let node;
      while ((node = walker.nextNode()) && !node.data.includes('5 March 2024')) {}
      const at = s => { const i = node.data.indexOf(s), r = document.createRange();
        r.setStart(node, i); r.setEnd(node, i + s.length); return r.getBoundingClientRect().left; };
      return [at('5 March'), at('2024')]; }""")
    assert left[0] < left[1], "the date reads 2024 March 5"


LTR = st.text(alphabet=st.characters(categories=("L", "N", "P", "Zs"), exclude_characters="\u2028\u2029"), max_size=12)
RTL = st.text(alphabet=st.sampled_from("الجزيرةשלוםאב٠١٢\u202e\u202b\u2067\u200f"), min_size=1, max_size=6)


@settings(max_examples=examples(150), deadline=None, database=None)
@given(LTR)
def test_text_without_right_to_left_characters_is_left_as_written(text: str) -> None:
    from briefgen.render.feeds import isolated

    reorders = {"R", "AL", "AN", "RLE", "LRE", "RLO", "LRO", "PDF", "RLI", "LRI", "FSI", "PDI"}
    if not any(unicodedata.bidirectional(c) in reorders for c in text):
        assert isolated(text) == text


@settings(max_examples=examples(150), deadline=None, database=None)
@given(LTR, RTL, LTR)
def test_text_with_them_is_isolated_once(before: str, rtl: str, after: str) -> None:
    from briefgen.render.feeds import isolated

    text = before + rtl + after
    assert isolated(text) == FSI + text + PDI
