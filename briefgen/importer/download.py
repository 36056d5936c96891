"""Getting each feed's bytes, or learning that there is nothing new to parse.

Takes the feeds (with their stored `FeedState`s) and gives one `Download` per feed:
`body` (bytes to parse), `unchanged` (a 304, or a body whose hash is the stored one: no
parsing at all; a 200 is judged by its bytes, never by its ETag — see `_remote`), `waiting` (the feed's next allowed
time has not come: the server's Retry-After, a back-off after failures, a 410) or
`failed` (with the reason in plain words). Network feeds are fetched in threads by one
`HttpClient` (one request per host until it answered, then ≤ 2 at once, hosts.py), `waiting` too while a server
asked another feed of its host to wait (Retry-After); a feed that moved permanently is asked at its target
(`_asked`); local files are read directly.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from http import HTTPStatus
from pathlib import Path

from briefgen.importer.hosts import Hosts, held_hosts, in_turns
from briefgen.importer.http import RETRY_DELAY, HttpClient, Response
from briefgen.importer.links import is_http
from briefgen.importer.location import FeedError, is_remote, plain_words_hint, read_local
from briefgen.importer.privatenet import private_address
from briefgen.importer.state import FeedState, needs_body, waiting
from briefgen.load.config import FeedSpec
from briefgen.load.webaddresses import credentials

THREADS = 8  # requests in flight over all hosts


@dataclass(frozen=True, slots=True)
class Download:
    outcome: str  # "body" | "unchanged" | "waiting" | "failed"
    url: str  # where the bytes came from, after redirects
    raw: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    status: int = 0  # HTTP status; 200 for a local file; 0 when nothing answered
    error: str = ""  # "failed": why, in plain words, with what to do
    retry_after: float | None = None  # UTC seconds
    permanent: str = ""  # the new address when every redirect was permanent
    body_hash: str = ""
    gone: bool = False
    cut: str = ""  # the server closed the connection early, as said here: `raw` is the part that came
    held: str = ""  # "waiting": the feed (URL) of the same host whose server asked to wait (`retry_after`)


def body_hash(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def download_all(specs: tuple[FeedSpec, ...], states: list[FeedState], root: Path, force: bool,
                 now: float, timeout: float, refresh: bool = False, site: str = "",
                 retry_delay: float = RETRY_DELAY) -> list[Download]:
    """One Download per spec, in order. `force`: no validators, no hash check, no back-off;
    `refresh` (`--update`): no validators and no hash check for the feeds whose last parse left
    changes upstream to apply (`state.needs_body`), the others asked as always. A feed is asked at
    its permanent redirect's target once one was seen (`_asked`), and not at all while its host is held
    by a server's Retry-After to one of its feeds, in an earlier run or this one (hosts.py). `site`: the
    site's base_url, named in the User-Agent (http.user_agent). `timeout`, `retry_delay`: seconds, `import.timeout`
    and `import.retry_delay` (http.HttpClient)."""
    results: list[Download | None] = [None] * len(specs)
    remote = []
    for index, (spec, state) in enumerate(zip(specs, states)):
        if is_remote(spec.url) and waiting(state, now, force):
            results[index] = Download("waiting", spec.url, status=state.status)
        elif is_remote(spec.url):
            remote.append(index)
        else:
            results[index] = _local(spec, state, root, force or refresh and needs_body(state))
    if remote:
        client = HttpClient(timeout=timeout, retry_delay=retry_delay, site=site)
        online = [i for i, spec in enumerate(specs) if is_remote(spec.url)]  # (a feed waiting itself holds its host)
        hosts = Hosts(held_hosts([_asked(specs[i], states[i]) for i in online], [states[i] for i in online], now),
                      now)
        asked = [_asked(specs[i], states[i]) for i in remote]
        turns = [(remote[n], asked[n], place) for n, place in in_turns(asked)]
        try:
            with ThreadPoolExecutor(min(THREADS, len(remote))) as pool:
                done = pool.map(lambda turn: _guarded(client, hosts, specs[turn[0]], states[turn[0]], *turn[1:],
                                                      force or refresh and needs_body(states[turn[0]])), turns)
                for (index, _, _), download in zip(turns, done):
                    results[index] = download
        finally:
            client.close()
    return [r for r in results if r is not None]


def _local(spec: FeedSpec, state: FeedState, root: Path, force: bool) -> Download:
    try:
        raw = read_local(spec.url, root)
    except FeedError as exc:
        return Download("failed", spec.url, error=str(exc))
    digest = body_hash(raw)
    unchanged = not force and digest == state.body_hash
    return Download("unchanged" if unchanged else "body", spec.url, raw, status=200, body_hash=digest)


def _guarded(client: HttpClient, hosts: Hosts, spec: FeedSpec, state: FeedState, asked: str, place: int,
             force: bool) -> Download:
    """`_remote` for `asked` (`_asked`) in the turn of its host at `place` (hosts.in_turns: every place must take
    its turn, or the host's later feeds would wait for ever), its answer recorded before the turn ends: "waiting"
    when its server asked to wait, and a failure of this feed alone when it raises: a server's answer briefgen did
    not foresee (a redirect to `http://[::1`) stopped the whole fetch with "unexpected error"."""
    try:
        with hosts.turn(asked, place) as hold:
            if hold is not None:
                return Download("waiting", spec.url, status=state.status, retry_after=hold.until, held=hold.feed)
            download = _remote(client, spec, state, force, asked)
            hosts.answered(asked, download.status, download.retry_after, download.url)
            return download
    except Exception as exc:  # as the parse stage does (fetch._parse): one hostile feed never stops the others
        return Download("failed", spec.url, error=f"could not be downloaded ({type(exc).__name__}: {exc}); "
                                                  "please report this feed")


def _asked(spec: FeedSpec, state: FeedState) -> str:
    """The address to ask for the feed: the target of the permanent redirects its URL answered with last time
    (`state.redirect_to`), which spares the publisher a request per run until config.yaml is updated, or the URL.
    Not for a URL with a user name and password (its Authorization goes to its own origin only), nor a target on
    this machine or a private network from a feed on the public web (the state is a cache anyone may edit)."""
    target = state.redirect_to
    if not target or target == spec.url or credentials(spec.url) is not None or not is_http(target):
        return spec.url
    return target if private_address(spec.url) or not private_address(target) else spec.url


def _remote(client: HttpClient, spec: FeedSpec, state: FeedState, force: bool, asked: str) -> Download:
    response = client.get(asked, "" if force else state.etag, "" if force else state.last_modified)
    if asked != spec.url and (response.error or 400 <= response.status < 500 and response.status != 429):
        # (gone from there, moved back, or never answering there: the URL in config.yaml is asked instead)
        response = client.get(spec.url, "" if force else state.etag, "" if force else state.last_modified)
    elif asked != spec.url and not response.permanent and response.url == asked:
        response = replace(response, permanent=asked)  # (answered where it moved to: still moved permanently)
    if response.error:
        return Download("failed", response.url, status=response.status, error=_failure(response),
                        permanent=response.permanent)
    status = response.status
    common = dict(headers=response.headers, status=status, permanent=response.permanent)
    if status == 304 and (force or not (state.etag or state.last_modified)):  # nothing was asked conditionally
        return Download("failed", response.url, error="the server answered HTTP 304 Not Modified to a request "
                        "without validators (RFC 9110 15.4.5), so there is no feed to read; check the URL",
                        **common)  # type: ignore[arg-type]
    if status == 304:
        return Download("unchanged", response.url, **common)  # type: ignore[arg-type]
    if status == 200:
        # A 200 is unchanged when its bytes are: a server that ignores If-None-Match and sends
        # one ETag for every version (a constant, or a size-and-mtime one that did not move)
        # would otherwise have its new items taken for known ones, silently, until --force.
        digest = body_hash(response.body)
        same = not force and digest == state.body_hash and not response.cut
        return Download("unchanged" if same else "body", response.url, response.body, body_hash=digest,
                        cut=response.cut and f"{response.cut} ({_times(response.attempts)})",
                        **common)  # type: ignore[arg-type]
    return Download("failed", response.url, error=_failure(response), retry_after=response.retry_after,
                    gone=status == 410, **common)  # type: ignore[arg-type]


def _times(attempts: int) -> str:
    return "asked once" if attempts == 1 else "asked twice" if attempts == 2 else f"asked {attempts} times"


def _failure(response: Response) -> str:
    """Why a response is no feed, in plain words, with what to do."""
    if response.error:
        after = f" (tried {response.attempts} times)" if response.attempts > 1 else ""
        return f"{response.error}{after}; try again later or check the URL"
    status = response.status
    try:
        reason = HTTPStatus(status).phrase
    except ValueError:
        reason = ""
    answered = f"the server answered HTTP {status} {reason}".rstrip()
    if status == 410:
        return f"{answered}: the feed is gone for good; remove it from config.yaml (or find its new address)"
    if status in (429, 503) and response.retry_after is not None:
        when = dt.datetime.fromtimestamp(response.retry_after, dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
        return f"{answered} and asked to wait until {when}; it will not be asked before then"
    if status == 429:
        return f"{answered} (too many requests); briefgen backs off and tries again on a later run"
    head = response.body[:4096].lower()
    if status in (403, 503) and (b"cf-chl" in head or b"challenge-platform" in head):
        return f"{answered}: {plain_words_hint(response.body)}"
    hint = "check the URL" if status in (401, 403, 404) else "try again later or check the URL"
    return f"{answered}; {hint}"
