"""Footnote marks are not words: summaries, meta descriptions, feeds and search show the text without them.

An article "The deal[^1] was signed." was summarised "The deal1 was signed." — the footnote's
number glued to the word before it — on the front page, in the meta description and JSON-LD,
in the topic feed's item and in the search index (whose text also ended every footnote with
its back-link "↩"). `markup.plain_text` and `plain_blocks` now drop footnote references and
back-links (`without_footnote_marks`); the footnotes' own text stays searchable. Checked as a
property over bodies with references after any words, and on a real build's pages, feed and index.
"""
from __future__ import annotations

import json
from pathlib import Path

from hypothesis import example, given, settings, strategies as st

from briefgen.load.documents import summarise
from briefgen.load.markup import MarkdownRenderer, plain_blocks
from support.sites import MINIMAL_SITE, run_cli, write_site

RENDERER = MarkdownRenderer()
WORDS = st.lists(st.from_regex(r"[A-Za-z]{1,8}", fullmatch=True), min_size=1, max_size=12)


@settings(max_examples=40, deadline=None)
@given(words=WORDS, marked=st.lists(st.integers(0, 11), max_size=4), labels=st.sampled_from(["1", "note", "a-b"]))
@example(words=["The", "deal", "was", "signed"], marked=[1, 1], labels="1")
def test_summaries_and_search_text_hold_the_words_alone(words: list[str], marked: list[int], labels: str) -> None:
    written = [word + "".join(f"[^{labels}{n}]" for n in sorted(set(marked)) if n == i) for i, word in enumerate(words)]
    used = sorted({n for n in marked if n < len(words)})
    notes = "".join(f"\n[^{labels}{n}]: Source number {n}.\n" for n in used)
    html = RENDERER.convert(" ".join(written) + ".\n" + notes, "a").html
    assert html.count('class="footnote-ref"') == len(used)
    assert summarise(html) == " ".join(words) + "."
    blocks = plain_blocks(html).split("\n\n")
    assert blocks == [" ".join(words) + "."] + [f"Source number {n}." for n in used]


def test_a_real_sites_summaries_feed_and_search_hold_no_footnote_numbers(tmp_path: Path) -> None:
    article = MINIMAL_SITE["content/articles/first-report.md"].replace(
        "met in Geneva", "met in Geneva[^1]").replace("officials said.", "officials said.[^2]\n\n[^1]: In the Palais."
                                                      "\n[^2]: Two of them.\n")
    root = write_site(tmp_path / "site", {**MINIMAL_SITE, "content/articles/first-report.md": article})
    built = run_cli(["build"], root)
    assert built.returncode == 0, built.stderr
    summary = "Diplomats from several countries met in Geneva on Tuesday to discuss the terms of a possible " \
              "ceasefire, officials said."
    page = (root / "output/articles/first-report/index.html").read_text()
    assert f'<meta name="description" content="{summary}">' in page
    assert f'"description": "{summary}"' in page  # JSON-LD
    assert f">{summary}</p>" in (root / "output/index.html").read_text()
    assert f"<description>&lt;p&gt;{summary}&lt;/p&gt;" in (root / "output/topics/ceasefire-talks/feed.xml").read_text()
    docs = [doc for shard in (root / "output/search/d").iterdir() for doc in json.loads(shard.read_text())["docs"]]
    text = next(doc[-1] for doc in docs if doc[2] == "articles/first-report/")
    assert text.startswith(summary) and "In the Palais." in text and "\u21a9" not in text
