"""An empty answer is said to be empty, not taken for a web page.

A 200 with no body (or only whitespace; a server's error that forgot its status, a file read while
it was being created) failed with "not an RSS, Atom or JSON feed; check that the URL points to the
feed itself, not a web page" — sending the editor to look for a web page that was never there.
Real answers from a loopback server and real files.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.importer.location import plain_words_hint
from support.feedserver import FeedServer, Reply
from support.importing import fetch
from support.examples import examples


def test_an_empty_200_and_an_empty_file_are_said_to_be_empty(site: Callable[..., Path], server: FeedServer) -> None:
    empty = server.script("/empty", Reply(200, b""))
    root = site(empty, "feeds/blank.xml", files={"feeds/blank.xml": "\n  \n"})
    result = fetch(root)
    assert result.returncode == 1
    for where in (empty, "feeds/blank.xml"):
        [line] = [line for line in result.stderr.splitlines() if f"feed {where}:" in line]
        assert "the answer was empty" in line and "web page" not in line, line


@settings(max_examples=examples(50), deadline=None)
@given(st.text(" \t\r\n\x0b\x0c", max_size=20))
def test_whitespace_alone_is_an_empty_answer(blank: str) -> None:
    assert plain_words_hint(blank.encode("ascii")).startswith("the answer was empty")
