"""briefgen's HTTP client for feeds: conditional, polite, patient, and plain about failures.

Takes a URL and the validators stored for it; gives a `Response`: the final status,
URL and headers, the body (at most 10 MB, decompressed), whether every redirect on the
way was permanent, the server's Retry-After as a time, and on failure the reason in
plain words ("timeout after 20 s", "connection refused").

urllib3 does the HTTP (connection reuse, gzip/deflate, timeouts): a well-kept library
beats `urllib.request`, which neither reuses connections nor limits them per host. Its
pool is set to at most 2 connections per host, blocking when both are busy, so no host
ever sees more than 2 requests from briefgen at once (issue 11 §1). Redirects are followed
here (at most 5, http(s) only) to learn whether they were permanent. Timeouts, resets
and 502/503/504 are retried within the run (twice, after 0.5 s and 1 s, each ±50%
jitter so that many clients never retry in step), except a 503 that says when to come
back: that and 429 are left to the next run (`state.after_failure`).
"""
from __future__ import annotations

import datetime as dt
import email.utils
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urljoin

import urllib3
from urllib3.exceptions import (ConnectTimeoutError, HTTPError, NewConnectionError, ProtocolError,
                                ReadTimeoutError, SSLError)

from briefgen import __version__
from briefgen.importer.links import is_http

MAX_BYTES = 10 * 1024 * 1024
MAX_REDIRECTS = 5
PER_HOST = 2  # connections (so requests) at once per host
RETRIES = 2
RETRY_DELAY = 0.5  # seconds before the first retry; doubled for the next
RETRY_STATUSES = (502, 503, 504)
USER_AGENT = f"briefgen/{__version__} (feed import; +https://pypi.org/project/briefgen/)"
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


class HttpClient:
    """One per fetch run (its connection pools are shared by the download threads)."""

    def __init__(self, timeout: float = 20.0, retries: int = RETRIES, retry_delay: float = RETRY_DELAY,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.timeout = timeout
        self.retries = retries
        self.retry_delay = retry_delay
        self.sleep = sleep
        self.pool = urllib3.PoolManager(num_pools=256, maxsize=PER_HOST, block=True, retries=False,
                                        timeout=urllib3.Timeout(connect=timeout, read=timeout))

    def close(self) -> None:
        self.pool.clear()

    def get(self, url: str, etag: str = "", last_modified: str = "") -> Response:
        """GET with If-None-Match / If-Modified-Since when validators are given."""
        headers = {"User-Agent": USER_AGENT, "Accept": ACCEPT, "Accept-Encoding": "gzip, deflate"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        attempt = 0
        while True:
            response = self._follow(url, headers)
            attempt += 1
            retry = (response.status == 0 and response.error.startswith(("timeout", "connection reset",
                                                                          "connection closed"))
                     or response.status in RETRY_STATUSES and response.retry_after is None)
            if not retry or attempt > self.retries:
                return Response(response.status, response.url, response.headers, response.body,
                                response.permanent, response.error, response.retry_after, attempt)
            self.sleep(self.retry_delay * 2 ** (attempt - 1) * (0.5 + random.random()))

    def _follow(self, url: str, headers: dict[str, str]) -> Response:
        permanent, redirected = True, False
        for _ in range(MAX_REDIRECTS + 1):
            response = self._once(url, headers)
            if response.status not in (301, 302, 303, 307, 308) or response.error:
                moved = url if permanent and redirected else ""
                return Response(response.status, response.url, response.headers, response.body,
                                moved, response.error, response.retry_after)
            target = urljoin(url, response.headers.get("location", "").strip())
            if not is_http(target):
                return Response(0, url, response.headers, error=f"redirected to {target or 'nowhere'}, "
                                                                 "which is not an http(s) URL")
            permanent = permanent and response.status in (301, 308)
            redirected, url = True, target
        return Response(0, url, error=f"more than {MAX_REDIRECTS} redirects")

    def _once(self, url: str, headers: dict[str, str]) -> Response:
        try:
            answer = self.pool.request("GET", url, headers=headers, redirect=False, preload_content=False)
            try:
                body = answer.read(MAX_BYTES + 1, decode_content=True)
            finally:
                answer.release_conn()
        except NewConnectionError as exc:  # (a subclass of ConnectTimeoutError in urllib3 2)
            return Response(0, url, error=_connection_problem(str(exc)) or f"cannot connect ({_short(exc)})")
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
        if len(body) > MAX_BYTES:
            return Response(answer.status, url, names,
                            error=f"larger than {MAX_BYTES // 2**20} MB, which is not a plausible feed")
        names["content-location"] = url  # where the document really is: the base of its relative links
        return Response(answer.status, url, names, body, retry_after=retry_after(names.get("retry-after", "")))


def retry_after(value: str, now: float | None = None) -> float | None:
    """A Retry-After header (seconds, or an HTTP date) as UTC seconds; None when absent or unreadable."""
    value = value.strip()
    if not value:
        return None
    now = time.time() if now is None else now
    if value.isdigit():
        return now + int(value)
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return max(now, moment.timestamp())


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
