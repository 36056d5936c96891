"""A feed item's guid stays the same when its article or note is edited (render/feeds.py).

Feed readers dedupe by guid and keep what they saw: a new guid for an edited item shows it twice.
An article's guid is its page (its slug), but a topic feed's note item had the address of the
note on its edition's page as its guid, and that address moves with the note's date: correcting
`date: 2023-05-11` to `2023-05-16` published the note again, as a new item, in every reader
(`editions/2023-W19/#note-n` → `editions/2023-W20/#note-n`). The guid is now `<base>notes/<slug>`
(isPermaLink="false"); the item still links to the note on its edition's page.
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import feedparser
from hypothesis import given, settings, strategies as st
from support import factories
from support.sites import write_site
from support.examples import examples

from briefgen.build import BuildOptions, build
from briefgen.load.config import Topic
from briefgen.render.environment import make_environment
from briefgen.render.feeds import topic_feed
from briefgen.render.html import part_renderer

BASE = "https://example.org/brief/"
ENV = make_environment(Path("/nonexistent-site-templates"))
TOPICS = (Topic("talks", "Talks", "", ("talks",)),)
START = dt.datetime(2023, 1, 2, 9, 0, tzinfo=dt.timezone.utc)

SITE = {
    "config.yaml": "title: Guids\nbase_url: https://example.org/brief/\ntimezone: Europe/Kyiv\n"
                   "topics:\n  - id: talks\n    title: Talks\n    keywords: [ceasefire]\n",
    "content/articles/a.md": "---\ntitle: Envoys meet\nsource: Example Times\npublished: 2023-05-10T09:00:00+03:00\ntopics: [talks]\n"
                             "---\nA ceasefire report.\n",
    "content/notes/n.md": "---\ntitle: Why it matters\ndate: 2023-05-11\ntopics: [talks]\n---\nContext.\n",
}


def _items(feed: bytes) -> dict[str, bytes]:
    """The feed's <item> elements as written, by guid."""
    return {re.search(rb"<guid[^>]*>(.*?)</guid>", item).group(1).decode(): item
            for item in re.findall(rb"<item>.*?</item>", feed, re.S)}


def _build(root: Path) -> bytes:
    result = build(root / "config.yaml", BuildOptions(jobs=1))
    assert result.ok, [str(d) for d in result.diagnostics]
    return (result.output_dir / "topics/talks/feed.xml").read_bytes()


def test_editing_a_note_or_an_article_keeps_its_guid_and_a_new_article_leaves_old_items_as_they_were(
        tmp_path: Path) -> None:
    root = write_site(tmp_path, SITE)
    before = _build(root)
    parsed = feedparser.parse(before)
    assert not parsed.bozo
    note = next(e for e in parsed.entries if "#note-" in e.link)
    assert (note.id, note.link, note.guidislink) == (f"{BASE}notes/n", f"{BASE}editions/2023-W19/#note-n", False)

    (root / "content/articles/b.md").write_text(
        "---\ntitle: Talks resume\nsource: Other Post\npublished: 2023-05-12T10:00:00+03:00\ntopics: [talks]\n---\nA ceasefire.\n",
        encoding="utf-8")
    added = _items(_build(root))
    assert {g: added[g] for g in _items(before)} == _items(before)  # old items: same guid, same bytes

    # The reported edit: the note's date corrected into the next week; the article's date and title too.
    (root / "content/notes/n.md").write_text(SITE["content/notes/n.md"].replace("2023-05-11", "2023-05-16"),
                                             encoding="utf-8")
    (root / "content/articles/a.md").write_text(
        SITE["content/articles/a.md"].replace("Envoys meet", "Envoys meet again").replace("05-10", "05-17"),
        encoding="utf-8")
    edited = feedparser.parse(_build(root))
    assert not edited.bozo
    assert sorted(e.id for e in edited.entries) == sorted([*_items(before), f"{BASE}articles/b/"])
    moved = next(e for e in edited.entries if e.id == note.id)
    assert moved.link == f"{BASE}editions/2023-W20/#note-n"
    assert next(e for e in edited.entries if e.id == f"{BASE}articles/a/").title == "Envoys meet again (Example Times)"


@settings(max_examples=examples(40), deadline=None)
@given(dates=st.lists(st.tuples(st.integers(0, 2000), st.integers(0, 2000)), min_size=1, max_size=5),
       edition=st.sampled_from(["daily", "weekly", "monthly"]), timezone=st.sampled_from(["UTC", "Pacific/Kiritimati"]))
def test_a_notes_guid_is_the_same_whatever_date_or_edition_moves_it_to(dates: list[tuple[int, int]], edition: str,
                                                                        timezone: str) -> None:
    def feed(pick: int) -> feedparser.FeedParserDict:
        written = tuple(factories.note(f"n{i}", START + dt.timedelta(hours=hours[pick]), topics=("talks",))
                        for i, hours in enumerate(dates))
        made = (factories.article("a", START),)
        site = factories.site(made, written, {"a": ("talks",)},
                              config_value=factories.config(topics=TOPICS, edition=edition, timezone=timezone))
        parsed = feedparser.parse(topic_feed(site, BASE, "talks", part_renderer(ENV, site), None))
        assert not parsed.bozo
        ids = [e.id for e in parsed.entries]
        assert len(ids) == len(set(ids)) == len(dates) + 1  # unique: a reader would merge two items of one guid
        return {e.id: e.link for e in parsed.entries}

    first, second = feed(0), feed(1)
    assert sorted(first) == sorted(second) == sorted([f"{BASE}articles/a/"] + [f"{BASE}notes/n{i}" for i in
                                                                                range(len(dates))])
    for i in range(len(dates)):  # each still links to the note where its page shows it
        assert first[f"{BASE}notes/n{i}"].endswith(f"#note-n{i}") and second[f"{BASE}notes/n{i}"].endswith(f"#note-n{i}")
