"""Answers that never end: a server that sends too slowly, or sends compressed bytes that decompress
to nothing, fails its feed within a bounded time instead of holding an unattended fetch.

The read timeout bounds each wait for bytes, not the answer: a server sending a byte every
0.3 s never tripped it. And urllib3 decompressing for us read on until its decoder gave
output: a gzip stream of empty blocks gives none, so fetch spun forever at network speed,
whatever the size limit said. briefgen now reads a receive at a time under a budget for the
whole answer (6 x the timeout) and decompresses itself, limiting what is sent and what it
decompresses to. Real sockets on 127.0.0.1 (support/feedserver.py).
"""
from __future__ import annotations

import gzip
import hashlib
import time
import zlib
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from briefgen.importer.http import MAX_BYTES, HttpClient, Response
from support.feedserver import FeedServer, Reply
from support.importing import articles, fetch, rss
from support.examples import examples

ITEM = {"title": "Envoys meet in Geneva", "link": "https://outlet.example/geneva", "guid": "urn:o:1",
        "date": "Wed, 10 May 2023 09:00:00 +0300"}
EMPTY_BLOCKS = b"\x00\x00\x00\xff\xff"  # a stored deflate block of length 0, not the last one
GZIP_HEADER = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"


def test_a_server_that_sends_too_slowly_fails_the_feed_instead_of_holding_fetch(
        site: Callable[..., Path], server: FeedServer) -> None:
    slow = server.script("/drip.xml", Reply(200, rss("Slow", [ITEM]), drip=0.3))
    fine = server.script("/fine.xml", Reply(200, rss("Other", [{**ITEM, "guid": "urn:other:1",
                                                                  "link": "https://other.example/1"}])))
    root = site(slow, fine, extra="import:\n  timeout: 1\n")
    started = time.monotonic()
    result = fetch(root)
    assert time.monotonic() - started < 20
    assert result.returncode == 1
    assert ("feed " + slow + ": the server sent too slowly: the answer was not complete after 6 s; "
            "try again later or check the URL") in result.stderr
    assert len(server.seen("/drip.xml")) == 1  # not retried: asking again would only wait as long again
    assert len(articles(root)) == 1  # the other feed is imported


def test_compressed_bytes_that_decompress_to_nothing_end_at_the_size_limit(
        site: Callable[..., Path], server: FeedServer) -> None:
    endless = GZIP_HEADER + EMPTY_BLOCKS * (MAX_BYTES // len(EMPTY_BLOCKS) + 10)
    url = server.script("/bomb.xml", Reply(200, endless, {"Content-Encoding": "gzip"}))
    root = site(url)
    started = time.monotonic()
    result = fetch(root)
    assert time.monotonic() - started < 30
    assert result.returncode == 1
    assert "larger than 10 MB, which is not a plausible feed" in result.stderr


PACE = st.tuples(st.floats(0.02, 0.2), st.booleans())  # seconds between the body's bytes; gzipped


@settings(max_examples=examples(2), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(paces=st.lists(PACE, min_size=3, max_size=4, unique_by=lambda pace: pace[0]))
# 0.125 s gzipped: urllib3's decoder read on, inside one read1, until it had output
@example(paces=[(0.125, True), (0.02, False), (0.2, True)])
def test_any_answer_slower_than_its_budget_fails_and_a_prompt_one_arrives_whole(
        server: FeedServer, paces: list[tuple[float, bool]]) -> None:
    """Any pace under the read timeout, compressed or not: past the budget for a whole answer
    (6 x the timeout) the answer fails, in time; sent at once, the same answer arrives whole.
    A draw's paces are asked at once, each by a client of its own on a thread of its own: the answers are
    waits, not work (~3 s each; one after another, 7 draws took ~21 s)."""
    with ThreadPoolExecutor(len(paces)) as pool:
        outcomes = list(pool.map(lambda pace: _slow_then_quick(server, *pace), paces))
    for (drip, gzipped), (slow, spent, quick, body) in zip(paces, outcomes):
        assert slow.error == "the server sent too slowly: the answer was not complete after 3 s", (drip, gzipped)
        assert spent < 3 + 0.5 + 0.5, (drip, gzipped, spent)
        assert quick.error == "" and quick.body == body, (drip, gzipped)


def _slow_then_quick(server: FeedServer, drip: float, gzipped: bool) -> tuple[Response, float, Response, bytes]:
    """The answer sent at `drip` seconds a byte, then at once; with the seconds the slow one took, and the body."""
    noise = "".join(hashlib.sha256(f"{drip}{i}".encode()).hexdigest() for i in range(int(1 + 8 / drip / 64)))
    body = f"<rss>{noise}</rss>".encode()  # hex digits: gzip halves them, no more; 4 s or more at this pace
    data = gzip.compress(body, mtime=0) if gzipped else body
    headers = {"Content-Encoding": "gzip"} if gzipped else {}
    # A budget of 3 s for a whole answer; the read timeout 0.3 s longer than the slowest pace drawn
    # (0.1 s failed once under load, with three test processes on two cores).
    client = HttpClient(timeout=0.5, retries=0)
    try:
        started = time.monotonic()
        slow = client.get(server.script(f"/slow{drip}-{gzipped}", Reply(200, data, headers, drip=drip)))
        spent = time.monotonic() - started
        quick = client.get(server.script(f"/quick{drip}-{gzipped}", Reply(200, data, headers)))
    finally:
        client.close()
    return slow, spent, quick, body


def _encoded(body: bytes, encoding: str, members: int) -> bytes:
    if encoding == "gzip":
        cut = max(1, len(body) // members)
        parts = [body[i:i + cut] for i in range(0, len(body), cut)] or [b""]
        return b"".join(gzip.compress(part, mtime=0) for part in parts)
    if encoding == "deflate":
        return zlib.compress(body)
    if encoding == "raw-deflate":
        return zlib.compress(body)[2:-4]
    return body


@settings(max_examples=examples(12), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=st.binary(max_size=3000), encoding=st.sampled_from(["gzip", "deflate", "raw-deflate", ""]),
       members=st.integers(1, 3))
def test_every_encoding_briefgen_asks_for_arrives_as_sent(server: FeedServer, body: bytes, encoding: str,
                                                           members: int) -> None:
    """gzip (one member or several), deflate with and without its zlib wrapper, none: the body
    decompressed by briefgen is the body the server compressed."""
    name = {"raw-deflate": "deflate"}.get(encoding, encoding)
    headers = {"Content-Encoding": name} if name else {}
    path = f"/{encoding or 'plain'}{members}-{hashlib.sha256(body).hexdigest()[:12]}"
    client = HttpClient(timeout=5, retries=0)
    try:
        answer = client.get(server.script(path, Reply(200, _encoded(body, encoding, members), headers)))
    finally:
        client.close()
    assert answer.error == "" and answer.body == body
