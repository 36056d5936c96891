"""Sites with long listings: topic, source and people pages switch to compact rows past 30 entries."""
from __future__ import annotations

from pathlib import Path

from support.htmlcheck import require_vnu, validate_html
from support.links import broken_links
from support.sites import run_cli, write_site

CONFIG = """\
title: Long Briefing
base_url: https://example.org/long/
timezone: UTC
topics:
  - id: ceasefire-talks
    title: Ceasefire talks
    keywords: [ceasefire]
people:
  - name: Antony Blinken
    aliases: [Blinken]
"""


def _site(tmp_path: Path, count: int) -> Path:
    files = {"config.yaml": CONFIG}
    for n in range(count):
        files[f"content/articles/report-{n:03d}.md"] = (
            f"---\ntitle: Ceasefire report {n}\nsource: Wire {n % 2}\npublished: 2023-0{1 + n % 6}-{1 + n % 27:02d}\n"
            f"{'via: The Wall Street Journal' if n % 5 == 0 else ''}\n---\n"
            f"The ceasefire was discussed. Blinken said \"we are ready to talk {n}.\"\n")
    return write_site(tmp_path / "site", files)


def test_long_listings_are_valid_and_complete(tmp_path: Path) -> None:
    site = _site(tmp_path, 75)
    result = run_cli(["build"], cwd=site)
    assert result.returncode == 0, result.stderr
    output = site / "output"
    topic = (output / "topics/ceasefire-talks/index.html").read_text()
    assert topic.count('class="card entry') == 30
    assert "Earlier articles" in topic
    for n in range(75):  # every article is still reachable from its topic page
        assert f'href="../../articles/report-{n:03d}/"' in topic
    people = (output / "people/index.html").read_text()
    assert "the 20 most recent of 75" in people
    require_vnu()
    pages = [output / "topics/ceasefire-talks/index.html", output / "people/index.html",
             output / "sources/wire-0/index.html", output / "index.html", output / "editions/index.html"]
    assert validate_html(pages) == []
    assert broken_links(output, mount="/long/", base_url="https://example.org/long/") == []
