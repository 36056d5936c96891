"""Politeness per host: at most `PER_HOST` requests at once, and a server's Retry-After held for all its feeds.

A publisher's 429 or 503 with `Retry-After` is about its server, not one URL: an outlet with a dozen section feeds
that asked briefgen to wait had the other eleven asked at once anyway, and on every run until the wait was over
(a trial, 2026-12-04). `Hosts` is shared by the download threads of one run: a feed's request waits for a free
slot of its host (so the check that the host is not held comes right before the request, not before a wait in
the connection pool), and a Retry-After holds the host for every feed not yet asked. Between runs the hold is
read back from the stored states (`held_hosts`): a feed whose server asked it to wait holds its host until then.

Hosts are compared by name, lower-cased, without port or user information (`urlsplit(...).hostname`).
"""
from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from urllib.parse import urlsplit

from briefgen.importer.http import PER_HOST  # (the connection pool's size per host: never waited for)
from briefgen.importer.state import FeedState
from briefgen.load.webaddresses import redacted




@dataclass(frozen=True, slots=True)
class Hold:
    until: float  # UTC seconds
    feed: str  # the URL of the feed the server asked to wait, as messages show it


def host_of(url: str) -> str:
    """The host name of `url`, lower-case ("" when it has none or is no valid address)."""
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def held_hosts(urls: Sequence[str], states: Sequence[FeedState], now: float) -> dict[str, Hold]:
    """Per host, the latest time until which its server asked one of its feeds (`urls`, with `states`) to wait
    (the state's Retry-After: `rate_limited`), for the holds still running at `now`."""
    holds: dict[str, Hold] = {}
    for url, state in zip(urls, states):
        host = host_of(url)
        if host and state.rate_limited and state.next_allowed > now and (
                host not in holds or holds[host].until < state.next_allowed):
            holds[host] = Hold(state.next_allowed, redacted(url))
    return holds


class Hosts:
    """The run's record of its hosts, shared by the download threads."""

    def __init__(self, holds: dict[str, Hold]) -> None:
        self.holds = dict(holds)
        self.lock = threading.Lock()
        self.gates: dict[str, threading.BoundedSemaphore] = {}

    @contextmanager
    def turn(self, url: str) -> Iterator[Hold | None]:
        """Wait for a free slot of `url`'s host, then give its hold (None: it may be asked) while the slot is held."""
        host = host_of(url)
        with self.lock:
            gate = self.gates.setdefault(host, threading.BoundedSemaphore(PER_HOST))
        with gate:
            with self.lock:
                hold = self.holds.get(host)
            yield hold

    def hold(self, url: str, until: float) -> None:
        """The server of `url` asked to wait until `until` (UTC seconds): its other feeds are not asked before."""
        host = host_of(url)
        with self.lock:
            if host and (host not in self.holds or self.holds[host].until < until):
                self.holds[host] = Hold(until, redacted(url))
