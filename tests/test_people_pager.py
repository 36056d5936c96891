"""The people listing is alphabetical: its pager names the first page "page 1", not "the newest".

A trial with page_size 5: people/page/2/ linked back with "← Previous the newest" to the names
A–E, which are no newer than any other page's.
"""
from __future__ import annotations

from pathlib import Path

from support.sites import run_cli, write_site

SURNAMES = ["Abbot", "Brandt", "Corvin", "Dunmore", "Ellery", "Fenwick", "Garside", "Holloway", "Ingram",
            "Jessop", "Kestrel", "Lowther"]
CONFIG = """\
title: People Briefing
timezone: UTC
listings:
  page_size: 5
topics:
  - id: talks
    title: Talks
    keywords: [talks]
"""


def test_an_alphabetical_listing_does_not_call_its_first_page_the_newest(tmp_path: Path) -> None:
    files = {"config.yaml": CONFIG}
    for n, surname in enumerate(SURNAMES):
        files[f"content/articles/a{n}.md"] = (
            f"---\ntitle: Report {n}\nsource: Wire\npublished: 2026-03-{1 + n:02d}\nstory: none\ntopics: [talks]\n---\n"
            f"Anna {surname} said the talks were \"going nowhere at all, sadly\".\n")
    site = write_site(tmp_path / "site", files)
    result = run_cli(["build"], cwd=site)
    assert result.returncode == 0, result.stderr
    second = (site / "output/people/page/2/index.html").read_text()
    assert "the newest" not in second
    assert "Previous</span> page 1</a>" in second
    topic_pages = [p.read_text() for p in (site / "output/topics/talks/page").glob("*/index.html")]
    assert any("the newest</a>" in page for page in topic_pages)  # a dated listing's landing page is the newest
