"""Right-to-left summaries and note paragraphs take their own direction in the feeds' item HTML.

Found by trial (docs/feeds.md): pages give each piece of content `dir="auto"` (render/bidi.py),
the feeds gave none, so a reader set an Arabic summary in its left-to-right view —
"نص عربي عن الهدنة ceasefire." left-aligned, its last word, "ceasefire.", read first. Now a
summary (topic feed, digest) and each outermost block of a note's body that hold right-to-left
text get `dir="auto"`, which feedparser keeps; text without such characters is written as before.
Checked on a built site through feedparser and in Chromium, and as a property of the filters.
"""
from __future__ import annotations

from pathlib import Path

import feedparser
from hypothesis import given, settings, strategies as st
from support.sites import write_site
from support.examples import examples

from briefgen.build import BuildOptions, build
from briefgen.render.feeds import directed_blocks, direction_filter, isolated

SITE = {
    "config.yaml": "title: Truce\nbase_url: https://example.org/brief/\ntopics:\n"
                   "  - id: talks\n    title: Talks\n    keywords: [ceasefire]\n",
    "content/articles/arabic.md": "---\ntitle: Gaza truce\nsource: Al Jazeera\npublished: 2023-05-12T10:00:00+03:00\n"
                                  "topics: [talks]\n---\nنص عربي عن الهدنة ceasefire.\n",
    "content/articles/english.md": "---\ntitle: Envoys meet\nsource: Example Times\n"
                                   "published: 2023-05-11T10:00:00+03:00\ntopics: [talks]\n---\nA ceasefire report.\n",
    "content/notes/n.md": "---\ntitle: Context\ndate: 2023-05-12\ntopics: [talks]\n---\nThe English part.\n\n"
                          "والجزء العربي ceasefire.\n",
}
# Each <p> and <span> of an item, as a left-to-right reader lays it out: its first two words and direction.
LAYOUT = """() => [...document.querySelectorAll('#item p, #item li > span')]
    .map(e => [e.textContent.split(' ').slice(0, 2).join(' '), getComputedStyle(e).direction])"""


def _shown(page, html: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    page.set_content(f"<!doctype html><html lang=en><meta charset=utf-8><body><div id=item>{html}</div></body></html>")
    return dict(page.evaluate(LAYOUT))


def test_built_feeds_give_right_to_left_text_its_direction(tmp_path: Path, page) -> None:  # type: ignore[no-untyped-def]
    result = build(write_site(tmp_path, SITE) / "config.yaml", BuildOptions(jobs=1))
    assert result.ok, [str(d) for d in result.diagnostics]
    topic = feedparser.parse((result.output_dir / "topics/talks/feed.xml").read_bytes())
    digest = feedparser.parse((result.output_dir / "feed.xml").read_bytes())
    assert not topic.bozo and not digest.bozo
    items = {e.link.rsplit("/", 2)[-2]: e.summary for e in topic.entries}
    assert _shown(page, items["arabic"])["نص عربي"] == "rtl"
    assert _shown(page, items["english"]) == {"A ceasefire": "ltr"}
    note = _shown(page, next(e.summary for e in topic.entries if "#note-" in e.link))
    assert (note["The English"], note["والجزء العربي"]) == ("ltr", "rtl")
    week = _shown(page, digest.entries[0].summary)
    assert (week["نص عربي"], week["The English"], week["والجزء العربي"]) == ("rtl", "ltr", "rtl")
    assert 'dir="auto"' not in items["english"]  # written as before


TEXT = st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=20)
LTR_HTML = st.lists(st.sampled_from(["<p>", "</p>", "<ul><li>", "</li></ul>", "a & b", "Kyiv", "é", "😀", "2023"]),
                    max_size=8).map("".join)


@settings(max_examples=examples(200), deadline=None)
@given(text=TEXT)
def test_a_summary_gets_a_direction_exactly_when_a_title_would_be_isolated(text: str) -> None:
    assert (direction_filter(text) == ' dir="auto"') == (isolated(text) != text)
    assert direction_filter(text) in ("", ' dir="auto"')


@settings(max_examples=examples(100), deadline=None)
@given(html=LTR_HTML)
def test_a_body_without_right_to_left_text_is_left_as_written(html: str) -> None:
    assert directed_blocks(html) == html


def test_a_body_with_it_gets_a_direction_on_each_outermost_block() -> None:
    assert directed_blocks("<p>A</p><ul><li>שלום</li></ul>") == '<p dir="auto">A</p><ul dir="auto"><li>שלום</li></ul>'
