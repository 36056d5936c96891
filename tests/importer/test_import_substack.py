"""Substack's newsletter furniture is boilerplate: every post of a Substack feed carried the
"Thanks for reading X! Subscribe for free to receive new posts and support my work." widget and
"Subscribe now" and "Share" buttons into the imported article; a button of the author's own stays."""
from __future__ import annotations

import html
import re
from collections.abc import Callable
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.importer.boilerplate import clean_html
from support.feedserver import FeedServer, Reply
from support.importing import articles, build_ok, fetch
from support.examples import examples

SITE = "https://smokesignals.substack.com"
WIDGET = (f'<div class="subscription-widget-wrap-editor" data-attrs="{{&quot;url&quot;:&quot;{SITE}/subscribe?&quot;}}" '
          'data-component-name="SubscribeWidgetToDOM"><div class="subscription-widget show-subscribe">'
          '<div class="preamble"><p class="cta-caption">Thanks for reading Smoke Signals! Subscribe for free to '
          'receive new posts and support my work.</p></div><form class="subscription-widget-subscribe">'
          '<input type="email" class="email-input" name="email" placeholder="Type your email…" tabindex="-1">'
          '<input type="submit" class="button primary" value="Subscribe"></form></div></div>')


def button(href: str, text: str) -> str:
    return (f'<p class="button-wrapper" data-attrs="{{}}" data-component-name="ButtonCreateButton">'
            f'<a class="button primary" href="{html.escape(href)}"><span>{text}</span></a></p>')


SUBSCRIBE = button(f"{SITE}/subscribe?", "Subscribe now")
SHARE = button(f"{SITE}/p/canopy?utm_source=substack&utm_medium=email&utm_content=share&action=share", "Share")
OWN = button("https://effis.example/report-2026.pdf", "Read the EFFIS report")


def test_a_substack_post_is_imported_without_its_widgets(site: Callable[..., Path], server: FeedServer) -> None:
    content = f"<p>Pine forests and drought.</p>{WIDGET}<p>The canopy stayed dry.</p>{SHARE}{OWN}{SUBSCRIBE}"
    feed = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Smoke Signals</title>'
            f"<link>{SITE}</link><description>d</description><item><title>The canopy</title>"
            f"<link>{SITE}/p/canopy</link><guid isPermaLink=\"false\">{SITE}/p/canopy</guid>"
            "<description>Pine forests.</description><pubDate>Fri, 24 Jul 2026 06:00:00 GMT</pubDate>"
            f"<content:encoded><![CDATA[{content}]]></content:encoded></item></channel></rss>")
    root = site(server.script("/feed", Reply(200, feed, {"Content-Type": "application/rss+xml"})))
    result = fetch(root)
    assert result.returncode == 0 and "<form>" not in result.stderr, result.stderr
    text = articles(root)["the-canopy.md"].read_text(encoding="utf-8")
    assert "<p>Pine forests and drought.</p><p>The canopy stayed dry.</p>" in text
    assert 'href="https://effis.example/report-2026.pdf"' in text and "Read the EFFIS report" in text
    assert not re.search(r"Thanks for reading|Subscribe|Share", text)
    build_ok(root)


_WORDS = st.text(st.characters(codec="ascii", categories=("L", "N")), min_size=1, max_size=12)


@settings(max_examples=examples(150), deadline=None)
@given(st.lists(st.one_of(_WORDS.map(lambda w: ("own", f"<p>{w}</p>")),
                          st.sampled_from([("widget", WIDGET), ("widget", SUBSCRIBE), ("widget", SHARE),
                                           ("own", OWN)])), min_size=1, max_size=6))
def test_only_the_widgets_go(parts: list[tuple[str, str]]) -> None:
    cleaned = clean_html("".join(p for _, p in parts), f"{SITE}/p/canopy")
    kept = [p for kind, p in parts if kind == "own"]
    shown = re.sub(r"<[^>]+>", " ", cleaned).split()
    assert shown == [w for p in kept for w in re.sub(r"<[^>]+>", " ", p).split()]
