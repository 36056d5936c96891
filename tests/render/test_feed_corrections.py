"""A corrected article is marked corrected in the feeds, as its page and the listings mark it.

A reader/standards trial: pages showed a "Corrected" badge and notice, while the topic feed's
item and the digest's line of the same article said nothing.
"""
from __future__ import annotations

from pathlib import Path

import feedparser

from briefgen.build import BuildOptions, build
from support.sites import write_site

SITE = {
    "config.yaml": ("title: B\nbase_url: https://example.org/b/\ntimezone: UTC\n"
                    "topics:\n  - id: heat\n    title: Heat\n    keywords: [heat]\n"),
    "content/articles/admissions.md": ("---\ntitle: Heat admissions triple\nsource: Coastline Radio\n"
                                       "published: 2026-07-03\nurl: https://radio.example.net/a\n---\n"
                                       "The heat sent 63 people to hospital.\n"),
    "content/articles/centres.md": ("---\ntitle: Heat centres open\nsource: Morning Post\npublished: 2026-07-02\n---\n"
                                    "Centres open in the heat.\n"),
    "content/notes/fix.md": ("---\ntitle: \"Correction: 63, not 36\"\ndate: 2026-07-04\nkind: correction\n"
                             "articles: [admissions]\n---\nWe gave 36.\n"),
}


def test_a_corrected_articles_items_say_so_and_others_do_not(tmp_path: Path) -> None:
    result = build(write_site(tmp_path, SITE) / "config.yaml", BuildOptions(jobs=1))
    assert result.ok, [str(d) for d in result.diagnostics]
    topic = feedparser.parse((result.output_dir / "topics/heat/feed.xml").read_bytes())
    assert topic.bozo == 0
    items = {e.link.rsplit("/", 2)[-2]: e for e in topic.entries if "/articles/" in e.link}
    assert items["admissions"].title == "Heat admissions triple (Coastline Radio, corrected)"
    assert "Corrected." in items["admissions"].description
    assert "https://example.org/b/articles/admissions/#notes-title" in items["admissions"].description
    assert "orrected" not in items["centres"].title + items["centres"].description
    digest = feedparser.parse((result.output_dir / "feed.xml").read_bytes())
    assert digest.bozo == 0
    text = digest.entries[0].description.split("<h2>", 1)[1]  # the topic sections, after the notes
    line = next(li for li in text.split("<li>") if "Heat admissions triple" in li)
    assert "(corrected)" in line
    assert "(corrected)" not in next(li for li in text.split("<li>") if "Heat centres open" in li)
