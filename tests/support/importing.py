"""Helpers of the feed-import tests: configs, feed writers, reading imported files, running fetch."""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from briefgen.load.frontmatter import split
from support.sites import run_cli

# `import:` for a site whose feeds are retried in a test that is not about the delay: 0.01 s, not the polite 0.5 s
# then 1 s (test_import_retry_delay checks the key; test_import_http's 503 test the default)
QUICK_RETRIES = "import:\n  retry_delay: 0.01\n"
NO_PROXY = {"no_proxy": "127.0.0.1,localhost", "NO_PROXY": "127.0.0.1,localhost"}

HEAD = """\
title: Import Briefing
base_url: https://example.org/briefing/
topics:
  - id: ceasefire-talks
    title: Ceasefire talks
    keywords: [ceasefire, truce]
"""


def config_text(*feeds: str | Mapping[str, Any], extra: str = "") -> str:
    """config.yaml with a `feeds:` list (a string is a feed's url) and `extra` YAML appended."""
    lines = [HEAD.rstrip("\n")]
    if feeds:
        lines.append("feeds:")
    for feed in feeds:
        spec = {"url": feed} if isinstance(feed, str) else dict(feed)
        lines.append(f"  - url: {spec.pop('url')}")
        for key, value in spec.items():
            lines.append(f"    {key}: {json.dumps(value)}")  # JSON is YAML
    return "\n".join(lines) + "\n" + extra


def esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def rss(title: str, items: list[Mapping[str, Any]], link: str = "https://outlet.example/",
        extra_ns: str = "") -> str:
    """RSS 2.0; item keys: title, link, guid, date, html, author, tags, origlink, raw (extra XML)."""
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
           f'xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0"{extra_ns}><channel>',
           f"<title>{esc(title)}</title><link>{esc(link)}</link><description>d</description>"]
    for item in items:
        parts = [f"<title>{esc(item['title'])}</title>"]
        if "link" in item:
            parts.append(f"<link>{esc(item['link'])}</link>")
        if "guid" in item:
            parts.append(f'<guid isPermaLink="false">{esc(item["guid"])}</guid>')
        if "date" in item:
            parts.append(f"<pubDate>{item['date']}</pubDate>")
        if "author" in item:
            parts.append(f"<dc:creator>{esc(item['author'])}</dc:creator>")
        if "origlink" in item:
            parts.append(f"<feedburner:origLink>{esc(item['origlink'])}</feedburner:origLink>")
        parts += [f"<category>{esc(t)}</category>" for t in item.get("tags", ())]
        parts.append(f"<description>{esc(item.get('html', '<p>Body.</p>'))}</description>")
        parts.append(item.get("raw", ""))
        out.append(f"<item>{''.join(parts)}</item>")
    out.append("</channel></rss>")
    return "\n".join(out) + "\n"


def rfc822(moment: dt.datetime) -> str:
    return moment.strftime("%a, %d %b %Y %H:%M:%S %z")


def front(path: Path) -> dict[str, Any]:
    parts, problems = split(path.read_text(encoding="utf-8"), path.name)
    assert parts is not None, problems
    data = yaml.safe_load(parts.front)
    assert isinstance(data, dict)
    return data


def articles(root: Path) -> dict[str, Path]:
    folder = root / "content" / "articles"
    return {p.name: p for p in sorted(folder.glob("*.md"))} if folder.is_dir() else {}


def fetch(root: Path, *args: str) -> Any:
    result = run_cli(["fetch", *args], root, env=NO_PROXY)
    assert "Traceback" not in result.stderr + result.stdout, result.stderr
    return result


def build_ok(root: Path) -> None:
    built = run_cli(["build"], root)
    assert built.returncode == 0, built.stderr
    assert "Traceback" not in built.stderr


def not_mojibake(text: str) -> bool:
    """False for text that feedparser repairs as UTF-8 read as Latin-1 ("Âª" is "ª"): all of it
    Latin-1, and its Latin-1 bytes UTF-8 (feedparser's mixin.pop; only mojibake is so)."""
    try:
        return text.encode("latin-1").decode("utf-8") == text
    except (UnicodeEncodeError, UnicodeDecodeError):
        return True
