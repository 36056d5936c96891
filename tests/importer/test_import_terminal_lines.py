"""What `fetch`, `feeds`, `review` and `opml import` print is one line each, inert on a terminal,
and without a feed's password; `opml import` takes an outline whose text has a control character.

Their lines quote what feeds and OPML files contain. A feed titled with U+202E (right-to-left
override) printed the rest of its `[200]` line, its `briefgen feeds` row and `briefgen review`'s
line reversed — `review` is where the editor reads which slug to accept or reject; an OPML
`xmlUrl` with a line break split its line in two; and `opml import` printed the password of
`https://user:pass@host/feed` in full, which every other line of briefgen shows as `***` (cron
mail and CI logs are read by others); and one outline's text with a C1 control (U+009B) made the
import refuse every outline. Diagnostics were already escaped; the plain lines now go
through the same `shown_line`. Real feeds from a loopback server, real OPML read by listparser.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.diagnostics import _UNSHOWABLE, shown_line
from support.feedserver import FeedServer, Reply
from support.importing import esc, fetch, rss
from support.sites import run_cli
from support.examples import examples
from briefgen.load.codepoints import INVISIBLE

ACTING = "\u202e\u202d\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u0085\u009b\u2028\u2029"  # valid in XML


def _inert(output: str) -> None:
    for line in output.splitlines():
        assert not _UNSHOWABLE.search(line), repr(line)


@settings(max_examples=examples(200), deadline=None)
@given(st.text())
def test_a_shown_line_is_one_inert_line_and_printable_text_is_kept(text: str) -> None:
    shown = shown_line(text)
    assert not _UNSHOWABLE.search(shown) and "\n" not in shown and "\r" not in shown
    if not _UNSHOWABLE.search(text) and not INVISIBLE.search(text):  # (what shows nothing is escaped too)
        assert shown == text


def test_feed_titles_that_act_on_a_terminal_are_shown_escaped_in_fetch_feeds_and_review(
        site: Callable[..., Path], server: FeedServer) -> None:
    items = [{"title": f"Envoys {c} meet", "link": f"https://wire.example/{n}", "guid": f"g{n}"}
             for n, c in enumerate(ACTING)]
    url = server.script("/feed", Reply(200, rss(f"Wire \u202e{ACTING} Service", items)))
    root = site({"url": url, "draft": True})
    result = fetch(root, "-v")
    assert result.returncode == 0, result.stderr
    assert f"new={len(ACTING)}" in result.stdout and "Wire \\u202e" in result.stdout, result.stdout
    _inert(result.stdout + result.stderr)
    rows = run_cli(["feeds"], root)
    assert "Wire \\u202e" in rows.stdout and len(rows.stdout.splitlines()) == 2, rows.stdout
    _inert(rows.stdout)
    queue = run_cli(["review"], root)
    assert "Envoys \\u202e meet" in queue.stdout and len(queue.stdout.splitlines()) == len(ACTING) + 1
    _inert(queue.stdout)


def test_opml_import_prints_no_password_and_one_line_per_outline_and_adds_every_outline(site: Callable[..., Path]) -> None:
    outlines = [("Private", "https://editor:s3cret@private.example/feed"),
                ("Twice", "https://editor:s3cret@www.private.example/feed/"),
                ("Split", "https://split.example/feed\nevil: true"),
                ("Other", "ftp://editor:s3cret@ftp.example/feed"),
                (f"Reversed \u202e{ACTING}", "https://rtl.example/feed")]
    body = "".join(f'<outline text="{esc(t)}" xmlUrl="{esc(u).replace(chr(10), "&#10;")}"/>' for t, u in outlines)
    root = site(files={"subs.opml": f'<?xml version="1.0"?><opml version="2.0"><head/><body>{body}</body></opml>'})
    for args in (["--dry-run"], []):
        result = run_cli(["opml", "import", "subs.opml", *args], root)
        assert result.returncode == 0, result.stderr
        assert "s3cret" not in result.stdout + result.stderr, result.stdout
        assert "https://editor:***@private.example/feed" in result.stdout
        assert "the same feed as https://editor:***@private.example/feed" in result.stdout
        assert len(result.stdout.splitlines()) == len(outlines) + 1, result.stdout  # and the summary
        _inert(result.stdout + result.stderr)
    config = (root / "config.yaml").read_text(encoding="utf-8")
    assert "https://editor:s3cret@private.example/feed" in config  # (written as given: fetch needs it)
    # An outline's text with a character no page may hold (U+0085, U+009B) is added without it; it
    # made the config check refuse the whole import ("adding the feeds would break it").
    assert "source: Reversed" in config and "\u202e" not in config and "\x85" not in config and "\x9b" not in config
    again = run_cli(["opml", "import", "subs.opml"], root)
    assert "s3cret" not in again.stdout and "skipped https://editor:***@private.example/feed: already" in again.stdout
