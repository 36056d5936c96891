"""A block that is one link and nothing else is navigation, not a report's words (load/plaintext.sentence_blocks,
which "what each report adds" compares). A tester's feed-imported briefing (2026-12-05, late night): story pages
listed "Read on our site" and "photo gallery" among what a report adds."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.load.plaintext import sentence_blocks

NAVIGATING = ["read", "gallery", "watch", "video", "related", "Continue", "reading", "Subscribe", "photos",
              "Download", "podcast"]
LABEL = st.tuples(st.sampled_from(NAVIGATING), st.lists(st.sampled_from(["on", "our", "site", "the", "full", "story",
                                                                          "up", "for", "latest"]), max_size=5),
                  st.integers(0, 5)).map(lambda t: " ".join(t[1][:t[2]] + [t[0]] + t[1][t[2]:]))
SHAPES = ('<p><a href="{u}">{t}</a></p>', '<a href="{u}">{t}</a>', '<ul><li><a href="{u}">{t}</a></li></ul>',
          '<p><a href="{u}"><strong>{t}</strong></a></p>', '<div><a href="{u}">{t}</a></div>')
BEFORE = ("<p>The crane fell during high winds on Monday, police said.</p>",
          "<blockquote><p>“We will examine every crane,” she said.</p></blockquote>", "")


@settings(max_examples=examples(60), deadline=None)
@given(label=LABEL, shape=st.sampled_from(SHAPES), before=st.sampled_from(BEFORE),
       url=st.sampled_from(["https://news.example/a?utm_source=rss", "/gallery/9", "#top"]))
def test_a_block_of_one_link_is_no_sentence(label: str, shape: str, before: str, url: str) -> None:
    """A link of a label's few words alone in its block, before or after other blocks, is left out; the same words
    inside a sentence stay, and so does a link whose text is a whole sentence (a paragraph linked whole)."""
    html = before + shape.format(u=url, t=label) + "<p>Talks resume on Friday.</p>"
    assert label not in sentence_blocks(html).split("\n\n")
    assert sentence_blocks(html).endswith("Talks resume on Friday.")
    inside = f'<p>The union posted a <a href="{url}">{label}</a> of the picket.</p>'
    assert label in sentence_blocks(inside)
    whole = f'<p><a href="{url}">{label.capitalize()} was published on Monday.</a></p>'
    assert sentence_blocks(whole) == f"{label.capitalize()} was published on Monday."


def test_the_reported_inputs() -> None:
    """The tester's two bodies."""
    meridian = ('<div><p>Remote-operated cranes could replace nearly half of the dockers.</p><p><a '
                'href="https://dailymeridian.example/article/dm-automation" rel="noopener noreferrer">Read on our '
                'site</a></p></div>')
    courier = ('<div><p>A ship-to-shore crane collapsed onto the quay.</p><blockquote><p>Marit Quellan said: “We will '
               'examine every crane.”</p></blockquote><a>photo gallery</a></div>')
    assert "Read on our site" not in sentence_blocks(meridian)
    assert "photo gallery" not in sentence_blocks(courier)
    assert "Marit Quellan said" in sentence_blocks(courier)


@settings(max_examples=examples(40), deadline=None)
@given(words=st.lists(st.sampled_from(["the", "strike", "has", "been", "called", "off", "after", "talks", "council",
                                       "agreed", "to", "delay", "vote", "an", "earlier", "version", "said", "seven",
                                       "dead", "ferry", "aground", "more", "top", "back", "share", "prices"]),
                      min_size=2, max_size=14),
       label=st.sampled_from(["Update:", "Correction:", "Breaking:", ""]), marks=st.booleans(),
       shape=st.sampled_from(['<p><a href="/u">{}</a></p>', '<ul><li><a href="#k1">{}</a></li></ul>',
                              '<a href="/u">{}</a>']))
def test_a_linked_line_that_is_no_label_is_the_reports_words(words: list[str], label: str, marks: bool,
                                                              shape: str) -> None:
    """A linked line with no word of navigation — "Update: strike called off", "Seven dead in motorway pile-up", a
    key point in a list, a linked quotation (breakers' lines, 2026-12-05, late night) — stays, short or long."""
    line = f"{label} {' '.join(words)}".strip()
    if marks:
        line = f"\u201c{line},\u201d the union said"
    assert line in sentence_blocks("<p>A crane fell on Monday.</p>" + shape.format(line))
