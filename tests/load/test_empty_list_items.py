"""An empty item in a list of text (`tags: [gas, ""]`, `keywords: [truce, " "]`), or one of only
invisible characters (`author: ["\u200b"]`), is left out with a warning at its line, never
silently or as a name nobody sees (load/fields.py `Fields.text_list`); `fetch` writes none.

The class: any list key read as text, flow or block style, blanks of any white space, at any
position; the other items kept in order.
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.importer.read import parse_feed
from briefgen.load.config import FeedSpec
from briefgen.load.fields import Fields
from briefgen.load.text import shows_text
from briefgen.load.yamltext import load_mapping
from support.sites import run_cli, write_site
from support.examples import examples

NAMES = st.sampled_from(["Jane Roe", "Bo", "gas", "peace talks", "Kyiv"])
BLANKS = st.sampled_from(["", " ", "\t", "  \u3000 ",  # (U+3000: ideographic space, which str.strip removes)
                         "\u200b", "\u00ad", " \u2060\u200e ", "\ufeff"])  # format characters: nothing to see


@settings(max_examples=examples(150), deadline=None)
@given(items=st.lists(st.one_of(NAMES, BLANKS), min_size=1, max_size=6), block=st.booleans(),
       key=st.sampled_from(["tags", "author", "keywords", "aliases"]))
def test_each_empty_item_is_a_warning_at_its_line(items: list[str], block: bool, key: str) -> None:
    if block:
        text = f"title: t\n{key}:\n" + "".join(f"  - {json.dumps(item)}\n" for item in items)
    else:
        text = f"title: t\n{key}: [{', '.join(json.dumps(item) for item in items)}]\n"
    data, problems = load_mapping(text, "f.md")
    assert data is not None and problems == []
    found: list = []
    kept = Fields(data, "f.md", found).text_list(key)
    assert kept == tuple(dict.fromkeys(item for item in items if shows_text(item)))
    blanks = [i for i, item in enumerate(items) if not shows_text(item)]
    empty = [p for p in found if "empty item" in p.message or "shows nothing" in p.message]
    assert [(p.line, p.severity) for p in empty] == [(3 + i if block else 2, "warning") for i in blanks]
    assert all(f'"{key}" has an ' in p.message and "left out" in p.message for p in empty)


def test_the_reported_inputs_are_warned_by_a_build(tmp_path: Path) -> None:
    root = write_site(tmp_path / "site", {
        "config.yaml": 'title: T\ntopics:\n  - id: talks\n    title: Talks\n    keywords: [truce, ""]\n',
        "content/articles/a.md": '---\ntitle: A\nsource: S\npublished: 2023-05-01\ntags: [gas, ""]\n---\nTruce.\n'})
    built = run_cli(["build"], root)
    assert built.returncode == 0, built.stderr
    assert 'config.yaml:5: warning: "topics[0].keywords" has an empty item (the 2nd)' in built.stderr
    assert 'content/articles/a.md:5: warning: "tags" has an empty item (the 2nd)' in built.stderr


def test_an_import_writes_no_author_or_tag_that_shows_nothing() -> None:
    rss = ("<?xml version='1.0' encoding='utf-8'?><rss version='2.0' xmlns:dc='http://purl.org/dc/elements/1.1/'>"
           "<channel><title>Wire</title><link>https://wire.example/</link><item><title>Talks resume</title>"
           "<link>https://wire.example/a</link><dc:creator>\u200b</dc:creator><category>\u00ad</category>"
           "<category>talks</category><description>Talks resumed.</description></item></channel></rss>").encode()
    read = parse_feed(rss, {}, FeedSpec("https://wire.example/rss", "", (), 3), "config.yaml", zone=dt.timezone.utc)
    (item,) = read.items
    assert (item.authors, item.tags) == ((), ("talks",))
