"""briefgen's HTTP client for feeds: conditional, polite, patient, and plain about failures.

Takes a URL and the validators stored for it; gives a `Response`: the final status,
URL and headers, the body (at most 10 MB, decompressed, all of it within 6 times the
timeout), whether every redirect on the way was permanent, the server's Retry-After as
a time, and on failure the reason in plain words ("timeout after 20 s", "connection
refused").

urllib3 does the HTTP (connection reuse, gzip/deflate, timeouts): a well-kept library
beats `urllib.request`, which neither reuses connections nor limits them per host. Its
pool is set to at most 2 connections per host, blocking when both are busy, so no host
ever sees more than 2 requests from briefgen at once (issue 11 §1). Redirects are followed
here (at most 5, http(s) only) to learn whether they were permanent. Timeouts, resets
and 502/503/504 are retried within the run (twice, after 0.5 s and 1 s: `import.retry_delay` and twice it; each
±50% jitter so that many clients never retry in step), except a 503 that says when to come
back: that and 429 are left to the next run (`state.after_failure`). An answer the server cuts short (the
connection closed before its Content-Length or last chunk) is asked once more, then given with what came and
`cut` saying so in plain words: its complete entries are imported (fetch.py, syndication.py).

A URL with user information (`https://editor:s3cret@host/feed`, a private feed) is asked
without it, with `Authorization: Basic` (RFC 7617; percent-escapes decoded, as curl and
browsers do): urllib3 drops the user information, and the feed failed with a 401. The header
is sent on redirects within the same origin (scheme, host, port) only, as curl does.
"""
from __future__ import annotations

import base64
import datetime as dt
import email.utils
import random
import re
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from http.client import IncompleteRead
from urllib.parse import unquote, urljoin, urlsplit

import urllib3
from urllib3.exceptions import (ConnectTimeoutError, HTTPError, NewConnectionError, ProtocolError,
                                ReadTimeoutError, SSLError)

from briefgen import __version__
from briefgen.importer.links import is_http
from briefgen.importer.privatenet import private_address
from briefgen.load.feedconfig import DEFAULT_RETRY_DELAY
from briefgen.load.webaddresses import credentials

MAX_BYTES = 10 * 1024 * 1024
WHOLE_ANSWER = 6  # a whole answer must be in within this many times the timeout (2 min by default)
CHUNK = 64 * 1024
MAX_REDIRECTS = 5
PER_HOST = 2  # connections (so requests) at once per host
RETRIES = 2
RETRY_DELAY = DEFAULT_RETRY_DELAY  # seconds before the first retry (config: `import.retry_delay`); doubled for the next
RETRY_STATUSES = (502, 503, 504)
RETRY_AFTER_CAP = 86400  # seconds: the longest wait a server's Retry-After can impose (state.BACKOFF_CAP)
USER_AGENT = f"briefgen/{__version__} (feed import; +https://pypi.org/project/briefgen/)"
_SHOWABLE = re.compile(r"[!-~]+")  # visible ASCII: what a header value may hold as it is
ACCEPT = ("application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, "
          "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5")


@dataclass(frozen=True, slots=True)
class Response:
    status: int  # final HTTP status; 0 when no answer came
    url: str  # final URL, after redirects
    headers: dict[str, str] = field(default_factory=dict)  # lower-case names
    body: bytes = b""
    permanent: str = ""  # the final URL when every redirect was permanent (301, 308), else ""
    error: str = ""  # why nothing usable came back, in plain words; "" for any HTTP answer
    retry_after: float | None = None  # UTC seconds: when the server asked to be asked again
    attempts: int = 1
    cut: str = ""  # the body is what came before the server closed the connection: how much of it, in words


class HttpClient:
    """One per fetch run (its connection pools are shared by the download threads)."""

    def __init__(self, timeout: float = 20.0, retries: int = RETRIES, retry_delay: float = RETRY_DELAY,
                 sleep: Callable[[float], None] = time.sleep, site: str = "") -> None:
        self.timeout = timeout
        self.agent = user_agent(site)
        self.retries = retries
        self.retry_delay = retry_delay
        self.sleep = sleep
        self.pool = urllib3.PoolManager(num_pools=256, maxsize=PER_HOST, block=True, retries=False,
                                        timeout=urllib3.Timeout(connect=timeout, read=timeout))

    def close(self) -> None:
        self.pool.clear()

    def get(self, url: str, etag: str = "", last_modified: str = "") -> Response:
        """GET with If-None-Match / If-Modified-Since when validators are given."""
        headers = {"User-Agent": self.agent, "Accept": ACCEPT, "Accept-Encoding": "gzip, deflate"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        found = credentials(url)
        if found is not None:
            user, _, password = found[0][:-1].partition(":")
            pair = f"{unquote(user)}:{unquote(password)}".encode("utf-8")
            headers["Authorization"] = "Basic " + base64.b64encode(pair).decode("ascii")
            url = found[1]
        attempt = 0
        while True:
            response = self._follow(url, headers)
            attempt += 1
            retry = (response.status == 0 and response.error.startswith(("timeout", "connection reset",
                                                                          "connection closed"))
                     or response.status in RETRY_STATUSES and response.retry_after is None
                     or bool(response.cut) and attempt == 1)  # (once: then its complete entries are read)
            if not retry or attempt > self.retries:
                return replace(response, attempts=attempt)
            self.sleep(self.retry_delay * 2 ** (attempt - 1) * (0.5 + random.random()))

    def _follow(self, url: str, headers: dict[str, str]) -> Response:
        permanent, redirected = True, False
        public = not private_address(url)  # a feed on the public web never leads this fetch to a private host
        for _ in range(MAX_REDIRECTS + 1):
            response = self._once(url, headers)
            if response.status not in (301, 302, 303, 307, 308) or response.error:
                moved = url if permanent and redirected else ""
                return replace(response, permanent=moved)
            location = response.headers.get("location", "").strip()
            target = _target(url, location)
            if not location or target is None:  # (a Location the server wrote wrongly stopped the whole fetch)
                shown = f"to {location!r}, which is no valid address" if location else "without a Location"
                return Response(0, url, response.headers, error=f"redirected ({response.status}) {shown}")
            if not is_http(target):
                return Response(0, url, response.headers, error=f"redirected to {target or 'nowhere'}, "
                                                                 "which is not an http(s) URL")
            if public and private_address(target):
                return Response(0, url, response.headers, error=f"redirected to {target}, on this machine or a "
                                "private network, where a feed on the public web may not lead; "
                                "if the feed really is there, put that address in config.yaml")
            permanent = permanent and response.status in (301, 308)
            if "Authorization" in headers and _origin(target) != _origin(url):
                headers = {k: v for k, v in headers.items() if k != "Authorization"}  # not for another host
            redirected, url = True, target
        return Response(0, url, error=f"more than {MAX_REDIRECTS} redirects")

    def _once(self, url: str, headers: dict[str, str]) -> Response:
        try:
            answer = self.pool.request("GET", url, headers=headers, redirect=False, preload_content=False)
            try:
                body = self._body(answer)
            finally:
                answer.release_conn()
        except NewConnectionError as exc:  # (a subclass of ConnectTimeoutError in urllib3 2)
            return Response(0, url, error=_connection_problem(str(exc)) or f"cannot connect ({_short(exc)})")
        except _TooSlow:
            return Response(0, url, error=f"the server sent too slowly: the answer was not complete after "
                                          f"{self.timeout * WHOLE_ANSWER:g} s")
        except _Damaged as exc:
            return Response(0, url, error=str(exc))
        except _CutShort as exc:  # a document cut short: its complete entries can still be read (syndication.py)
            names = {k.lower(): v for k, v in answer.headers.items()}
            names["content-location"] = url
            return Response(answer.status, url, names, exc.body, cut=str(exc))
        except _TooLarge:
            return Response(answer.status, url, {k.lower(): v for k, v in answer.headers.items()},
                            error=f"larger than {MAX_BYTES // 2**20} MB, which is not a plausible feed")
        except (ConnectTimeoutError, ReadTimeoutError, TimeoutError):
            return Response(0, url, error=f"timeout after {self.timeout:g} s")
        except SSLError as exc:
            return Response(0, url, error=f"TLS error ({_short(exc)})")
        except ProtocolError as exc:
            reset = "reset" in str(exc).lower() or "aborted" in str(exc).lower()
            return Response(0, url, error="connection reset by the server" if reset else
                            f"connection closed early ({_short(exc)})")
        except (HTTPError, OSError, ValueError) as exc:  # invalid URL, broken HTTP, DNS …
            return Response(0, url, error=_connection_problem(str(exc)) or f"download failed ({_short(exc)})")
        names = {k.lower(): v for k, v in answer.headers.items()}
        names["content-location"] = url  # where the document really is: the base of its relative links
        return Response(answer.status, url, names, body, retry_after=retry_after(names.get("retry-after", "")))


    def _body(self, answer: urllib3.BaseHTTPResponse) -> bytes:
        """The decompressed body; raises _TooLarge past `MAX_BYTES` (of the body, or of the
        bytes sent for it), _TooSlow, _Damaged.

        The timeout bounds each wait for the next bytes, not the answer: a server that sends a
        byte every few seconds would hold an unattended fetch forever. So the body is read a
        receive at a time (read1), and an answer not complete after `WHOLE_ANSWER` times the
        timeout raises _TooSlow (not retried: asking again would only wait as long again). It
        is decompressed here, not by urllib3, whose read loops until the decoder gives output:
        a gzip stream of empty blocks gives none, and held fetch forever at full speed."""
        deadline = time.monotonic() + self.timeout * WHOLE_ANSWER
        decoder = _Decoder(answer.headers.get("content-encoding", ""))
        chunks: list[bytes] = []
        size = sent = 0
        while True:
            if size > MAX_BYTES or sent > MAX_BYTES or time.monotonic() > deadline:
                answer.close()  # the rest unread: the connection must not serve another request
                raise _TooLarge if size > MAX_BYTES or sent > MAX_BYTES else _TooSlow
            try:
                data = answer.read1(CHUNK, decode_content=False)
            except ProtocolError as exc:
                if not any(isinstance(arg, IncompleteRead) for arg in exc.args):
                    raise
                answer.close()
                raise _CutShort(b"".join(chunks) + decoder.rest(), sent, answer.headers.get("content-length", ""))
            sent += len(data)
            chunk = decoder.feed(data, MAX_BYTES + 1 - size) if data else decoder.end()
            chunks.append(chunk)
            size += len(chunk)
            if not data:
                return b"".join(chunks)


class _TooSlow(Exception):
    """The answer did not arrive within WHOLE_ANSWER times the timeout."""


class _CutShort(Exception):
    """The server closed the connection before the end of the answer its Content-Length (or chunking) promised:
    `body` is what came, decompressed. urllib3 says so as a ProtocolError around an IncompleteRead, whose text is a
    Python repr ("('Connection broken: IncompleteRead(1500 bytes read, 724 more expected)', …)") that a trial's
    editor was shown, after the feed was asked three times and failed whole."""

    def __init__(self, body: bytes, sent: int, length: str) -> None:
        total = f" of {int(length)}" if length.strip().isdigit() and int(length) > sent else ""
        super().__init__(f"the server closed the connection after {sent}{total} bytes")
        self.body = body


class _TooLarge(Exception):
    """The answer is larger than MAX_BYTES."""


class _Damaged(Exception):
    """The answer's compressed bytes do not decompress (the message says how)."""


class _Decoder:
    """Content-Encoding gzip (also several members), deflate (zlib-wrapped or raw, as urllib3
    reads it) or none, decompressed with a bound on the output of each feed."""

    def __init__(self, encoding: str) -> None:
        self.encoding = encoding.strip().lower()
        self.known = self.encoding in ("", "identity", "gzip", "x-gzip", "deflate")
        self.zlib = self._new() if self.encoding not in ("", "identity") and self.known else None
        self.started = False  # deflate: input accepted (raw deflate is no longer tried)
        self.trailing = False  # gzip: what follows the last member is not one (padding): ignored

    def _new(self, raw: bool = False) -> zlib._Decompress:
        return zlib.decompressobj(-zlib.MAX_WBITS if raw else 16 + zlib.MAX_WBITS if "gzip" in self.encoding
                                  else zlib.MAX_WBITS)

    def feed(self, data: bytes, limit: int) -> bytes:
        """The output of `data`: at most `limit` bytes."""
        if not self.known:
            raise _Damaged(f"the server sent the feed compressed as {self.encoding!r}, which briefgen did not "
                           "ask for")
        if self.zlib is None or self.trailing:
            return b"" if self.trailing else data
        try:
            out = self._decompress(data, limit)
        except zlib.error as exc:
            if self.encoding != "deflate" or self.started:
                raise _Damaged(f"the server sent a damaged compressed answer ({exc})") from None
            self.zlib, self.started = self._new(raw=True), True  # deflate without its zlib wrapper
            return self.feed(data, limit)
        self.started = True
        return out

    def _decompress(self, data: bytes, limit: int) -> bytes:
        assert self.zlib is not None
        out = self.zlib.decompress(data, max(limit, 1))
        if self.zlib.eof and self.zlib.unused_data and "gzip" in self.encoding:  # another gzip member
            rest, self.zlib = self.zlib.unused_data, self._new()
            try:
                out += self._decompress(rest, max(limit - len(out), 1))
            except zlib.error:  # not a member: padding after the last one (urllib3 ignores it too)
                self.trailing = True
        return out

    def end(self) -> bytes:
        return self.zlib.flush() if self.zlib is not None and not self.trailing else b""

    def rest(self) -> bytes:
        """What the bytes fed so far decompress to beyond the output given: of a stream cut short too."""
        try:
            return self.end()
        except zlib.error:
            return b""


def user_agent(site: str) -> str:
    """The User-Agent: briefgen and its version, and the site whose fetch this is — config.yaml's `base_url`
    (`briefgen/1.4 (feed import for https://example.org/briefing/; +https://pypi.org/project/briefgen/)`), so that
    a publisher who sees its requests can tell whose they are and whom to ask, as RFC 9110 10.1.5 suggests and
    feed readers do. Not a base_url on this machine or a private network (it says nothing to a publisher), nor
    one that is no plain visible-ASCII http(s) address (a header value must be; config.yaml's base_url check
    writes non-ASCII percent-encoded)."""
    if not site or not is_http(site) or not _SHOWABLE.fullmatch(site) or private_address(site):
        return USER_AGENT
    return USER_AGENT.replace("(feed import;", f"(feed import for {site};")


def _target(url: str, location: str) -> str | None:
    """Where a redirect from `url` to `location` leads (RFC 9110 10.2.2: relative to `url`), or None
    when that is no valid address: `http://[::1`, a port that is no number or past 65535."""
    try:
        target = urljoin(url, location)
        urlsplit(target).port  # (raises ValueError for a bad port, as urllib3 would later)
    except ValueError:
        return None
    return target


def _origin(url: str) -> tuple[str, str, int | None]:
    parts = urlsplit(url)
    try:
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    except ValueError:
        port = None
    return parts.scheme.lower(), (parts.hostname or "").lower(), port


def retry_after(value: str, now: float | None = None) -> float | None:
    """A Retry-After header (seconds, or an HTTP date) as UTC seconds, at most `RETRY_AFTER_CAP`
    from `now`; None when absent or unreadable. Capped because a server's number is anyone's
    (`Retry-After: 999999999999999` made the whole fetch fail with "year 31690765 is out of
    range"), and a feed is never silenced for good: the state caps the wait at a day too."""
    value = value.strip()
    if not value:
        return None
    now = time.time() if now is None else now
    if value.isascii() and value.isdigit():
        return now + min(int(value), RETRY_AFTER_CAP)
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return min(max(now, moment.timestamp()), now + RETRY_AFTER_CAP)


def _connection_problem(message: str) -> str:
    lowered = message.lower()
    if "refused" in lowered:
        return "cannot connect (connection refused)"
    if "name or service not known" in lowered or "name resolution" in lowered or "nodename nor" in lowered \
            or "no address associated" in lowered:
        return "cannot connect (host not found)"
    if "unreachable" in lowered:
        return "cannot connect (network unreachable)"
    return f"cannot connect ({_short(message)})" if "connect" in lowered else ""


def _short(exc: object) -> str:
    text = " ".join(str(exc).split())
    return text[:160] or type(exc).__name__
