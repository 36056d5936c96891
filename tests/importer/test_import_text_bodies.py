"""A feed body written as text keeps its paragraphs and lines, and the file fetch writes builds
without a warning.

An RSS <description> without a single tag (a civil-protection alert, a wire service) was read as
HTML: its paragraphs and list lines ran into one paragraph on the page ("… Viotia. # Prohibited:
* burning … 1. Call 112 …"), and the build then warned that the file fetch had written held
Markdown inside an HTML block, telling the editor to rewrite it in HTML.
"""
from __future__ import annotations

import datetime as dt
import html
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefgen.importer.read import parse_feed
from briefgen.load.config import FeedSpec
from support.feedserver import FeedServer, Reply
from support.importing import articles, esc, fetch, not_mojibake
from support.sites import run_cli
from support.examples import examples

ALERT = """Very high fire risk for Attica, Evia and Viotia.

# Prohibited:
* burning of dry vegetation
* use of machinery that causes sparks

1. Call 112 for any fire.
2. Follow the instructions of the authorities &amp; the fire brigade.

Risk_level_4 applies to zone_A and zone_B. Price: 5*3 = 15, a < b."""


def _rss(description: str) -> str:
    return ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Civil Protection</title>'
            "<link>https://civil.example/</link><description>d</description><item><title>Fire risk</title>"
            "<link>https://civil.example/alerts/4711</link><guid>alert-4711</guid>"
            "<pubDate>Sat, 25 Jul 2026 12:00:00 +0300</pubDate>"
            f"<description>{esc(description)}</description></item></channel></rss>")


def test_an_alert_in_plain_text_keeps_its_lines_and_builds_without_a_warning(
        site: Callable[..., Path], server: FeedServer) -> None:
    url = server.script("/alerts.rss", Reply(200, _rss(ALERT), {"Content-Type": "application/rss+xml"}))
    root = site(url)
    assert fetch(root).returncode == 0
    text = articles(root)["fire-risk.md"].read_text(encoding="utf-8")
    assert ("<p># Prohibited:<br>* burning of dry vegetation<br>* use of machinery that causes sparks</p>"
            "<p>1. Call 112 for any fire.<br>2. Follow the instructions of the authorities &amp; the fire "
            "brigade.</p>") in text
    built = run_cli(["build"], root)
    assert built.returncode == 0, built.stderr
    assert "warning" not in built.stderr, built.stderr
    page = (root / "output" / "articles" / "fire-risk" / "index.html").read_text(encoding="utf-8")
    assert "<p>Very high fire risk for Attica, Evia and Viotia.</p>" in page
    assert "the authorities &amp; the fire brigade" in page and "Price: 5*3 = 15, a &lt; b." in page


_LINE = st.text(st.characters(codec="utf-8", categories=("L", "N", "P", "S", "Zs"), exclude_characters="<&"),
                min_size=1, max_size=25).filter(lambda s: s.strip())
_PARAGRAPH = st.lists(_LINE, min_size=1, max_size=4).filter(lambda lines: not_mojibake("\n".join(lines)))


def _shown(fragment: str) -> str:
    """The text a reader sees in each paragraph, lines separated by newlines (an HTML fragment)."""
    return html.unescape(re.sub(r"<[^>]+>", "", fragment.replace("<br>", "\n")))


@settings(max_examples=examples(200), deadline=None)
@given(paragraphs=st.lists(_PARAGRAPH, min_size=1, max_size=4))
@example(paragraphs=[["# Prohibited:", "* burning"], ["1. Call 112"]])
def test_every_line_and_paragraph_of_a_tagless_description_is_kept(paragraphs: list[list[str]]) -> None:
    description = "\n\n".join("\n".join(lines) for lines in paragraphs)
    read = parse_feed(_rss(description).encode("utf-8"), {}, FeedSpec("https://civil.example/rss", "", (), 3),
                      "config.yaml", zone=dt.timezone.utc)
    (item,) = read.items
    shown = [_lines(_shown(p)) for p in re.findall(r"<p>(.*?)</p>", item.body_html, re.S)]
    assert shown == [_lines("\n".join(lines)) for lines in paragraphs]


def _lines(text: str) -> list[str]:
    """Each line that shows something, its spaces collapsed (as a page shows it), in NFC (as briefgen
    writes text: load/text.nfc)."""
    return [" ".join(unicodedata.normalize("NFC", line).split()) for line in text.split("\n") if line.strip()]
