"""Politeness per host: one request at a time until the host has answered, then at most `PER_HOST`; a server's
Retry-After held for all its feeds.

A publisher's 429 or 503 with `Retry-After` is about its server, not one URL: an outlet with a dozen section feeds
that asked briefgen to wait had the other eleven asked at once anyway, and on every run until the wait was over
(a trial, 2026-12-04). `Hosts` is shared by the download threads of one run: a feed's request waits for a free
slot of its host, so the check that the host is not held comes right before the request, not before a wait in
the connection pool; and a Retry-After holds the host for every feed not yet asked. Between runs the hold is read
back from the stored states (`held_hosts`): a feed whose server asked it to wait holds its host until then.

A host has one slot until it has answered a request of this run with an HTTP answer other than 429 or 503, then
`PER_HOST` (2). With 2 slots from the start, a second feed of a host was already on its way when the first one's
503 with `Retry-After: 600` came (a re-test, 2026-12-04: two requests 0.01 s apart, the second imported), so the
server's "stop" reached one feed only. One request before the second costs a run over many hosts one round of
each host's latency at most, taken while the other hosts are asked (20 feeds on 4 hosts answering after 0.2 s:
docs/fetch.md). A 429 (RFC 6585 §4, "too many requests") and a 503 (RFC 9110 §15.6.4, "temporary overload")
without Retry-After do not open the host either: both say the server wants fewer requests; nor does no answer
at all (a timeout, a refused connection), which says nothing about what the server can take.

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

BUSY = (429, 503)  # answers that ask for fewer requests: the host keeps one slot (RFC 6585 §4, RFC 9110 §15.6.4)


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


def in_turns(urls: Sequence[str]) -> list[tuple[int, int]]:
    """The indexes of `urls`, one of each host in turn (hosts in order of first appearance), each with its place
    among its host's URLs (0, 1, …): the download threads take feeds in this order, so that the feeds of one host,
    listed together in config.yaml, do not fill every thread while they wait for that host's slots and leave the
    other hosts unasked; and a host's feeds are asked in their order (`Hosts.turn`)."""
    queues: dict[str, list[int]] = {}
    for index, url in enumerate(urls):
        queues.setdefault(host_of(url), []).append(index)
    order: list[tuple[int, int]] = []
    for place in range(max((len(queue) for queue in queues.values()), default=0)):
        order += [(queue[place], place) for queue in queues.values() if place < len(queue)]
    return order


class Hosts:
    """The run's record of its hosts, shared by the download threads. `now`: the run's time (UTC seconds); a hold
    until then or earlier holds nothing."""

    def __init__(self, holds: dict[str, Hold], now: float) -> None:
        self.holds = dict(holds)
        self.now = now
        self.changed = threading.Condition()  # guards what follows; notified when a slot frees or a host changes
        self.asking: dict[str, int] = {}  # requests in flight per host
        self.next: dict[str, int] = {}  # per host, the place (`in_turns`) of the next feed to have its turn
        self.opened: set[str] = set()  # hosts that answered without BUSY: PER_HOST slots, else one

    def _held(self, host: str) -> Hold | None:
        hold = self.holds.get(host)
        return hold if hold is not None and hold.until > self.now else None

    @contextmanager
    def turn(self, url: str, place: int) -> Iterator[Hold | None]:
        """Wait for a free slot of `url`'s host, after the feeds of earlier `place`s (0, 1, … per host: in_turns)
        had theirs, and give None while the slot is held: the feed may be asked; or give the host's hold, with no
        slot, once its server asked to wait (before or while this waited). In order, so that the first feed of a
        host in config.yaml is the one asked first, whichever thread comes first."""
        host = host_of(url)
        with self.changed:
            while (hold := self._held(host)) is None and (self.next.get(host, 0) != place or self.asking.get(
                    host, 0) >= (PER_HOST if host in self.opened else 1)) or self.next.get(host, 0) < place:
                self.changed.wait()
            self.next[host] = place + 1
            if hold is None:
                self.asking[host] = self.asking.get(host, 0) + 1
            self.changed.notify_all()
        if hold is not None:
            yield hold
            return
        try:
            yield None
        finally:
            with self.changed:
                self.asking[host] -= 1
                self.changed.notify_all()

    def answered(self, asked: str, status: int, retry_after: float | None, url: str) -> None:
        """Record the answer to the request for `asked`, in its turn (so before another request of the host can
        start): `status` (0: none came), Retry-After as UTC seconds, the final `url` after redirects. A 429 or 503
        with Retry-After holds the host of `url`: its feeds not yet asked are not asked before then; an answer
        other than those opens the host of `asked` to PER_HOST requests at once."""
        with self.changed:
            if status in BUSY and retry_after is not None:
                host = host_of(url)
                if host and (host not in self.holds or self.holds[host].until < retry_after):
                    self.holds[host] = Hold(retry_after, redacted(url))
            elif status and status not in BUSY:
                self.opened.add(host_of(asked))
            self.changed.notify_all()
