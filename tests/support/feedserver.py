"""A loopback HTTP server (real sockets on 127.0.0.1) scripted per test, for feed import tests.

Each path gets a script: a list of `Reply`s used one per request, the last one repeated.
A reply may depend on the request (`Reply.when_etag`: a 304 when If-None-Match matches),
may wait before answering (`delay`) and may send its body a byte at a time (`drip`). Every request is recorded with its headers and
the time it arrived, and the server counts how many requests per path were in flight at
once (`max_in_flight`), so tests can check politeness rules on real connections.
"""
from __future__ import annotations

import http.server
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from support.loopback import serve_in_thread


@dataclass(frozen=True)
class Reply:
    status: int = 200
    body: bytes | str = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering
    when_etag: str = ""  # answer 304 instead when the request carries If-None-Match: this
    drip: float = 0.0  # seconds between the body's bytes: a server that sends too slowly

    def data(self) -> bytes:
        return self.body.encode("utf-8") if isinstance(self.body, str) else self.body


@dataclass(frozen=True)
class Seen:
    path: str
    headers: dict[str, str]
    at: float


class FeedServer:
    def __init__(self) -> None:
        self.scripts: dict[str, list[Reply]] = {}
        self.used: dict[str, int] = {}
        self.requests: list[Seen] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self.lock = threading.Lock()
        self.stopping = threading.Event()  # ends delayed replies at once when the server closes
        self.handlers: set[threading.Thread] = set()
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, as real servers do
            timeout = 10  # seconds an idle kept-alive connection holds its thread

            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                with server.lock:
                    server.handlers.add(threading.current_thread())
                    server.requests.append(Seen(self.path, dict(self.headers.items()), time.monotonic()))
                    server.in_flight += 1
                    server.max_in_flight = max(server.max_in_flight, server.in_flight)
                    script = server.scripts.get(self.path, [Reply(404, b"not found")])
                    index = server.used.get(self.path, 0)
                    server.used[self.path] = index + 1
                    reply = script[min(index, len(script) - 1)]
                try:
                    if reply.delay:
                        server.stopping.wait(reply.delay)
                    status, body = reply.status, reply.data()
                    if reply.when_etag and self.headers.get("If-None-Match") == reply.when_etag:
                        status, body = 304, b""
                    self.send_response(status)
                    headers = {"Content-Type": "application/rss+xml; charset=utf-8", **reply.headers}
                    for name, value in headers.items():
                        self.send_header(name, value)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    if not reply.drip:
                        self.wfile.write(body)
                    for index in range(len(body) if reply.drip else 0):
                        self.wfile.write(body[index:index + 1])
                        self.wfile.flush()
                        if server.stopping.wait(reply.drip):
                            break
                except (BrokenPipeError, ConnectionResetError):
                    pass
                finally:
                    with server.lock:
                        server.in_flight -= 1

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = serve_in_thread(self.httpd)

    def script(self, path: str, *replies: Reply) -> str:
        """Set the replies for `path`; return its full URL."""
        self.scripts[path] = list(replies)
        self.used[path] = 0
        return self.url + path

    def seen(self, path: str) -> list[Seen]:
        return [r for r in self.requests if r.path == path]

    def close(self) -> None:
        """Stop serving and wait for every request's thread: a thread left running (a delayed
        reply) would make every later test in the session run without forked workers
        (speed.parallel.can_fork wants the only thread)."""
        self.stopping.set()
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join()
        for handler in list(self.handlers):
            handler.join(timeout=15)


@contextmanager
def feed_server() -> Iterator[FeedServer]:
    running = FeedServer()
    try:
        yield running
    finally:
        running.close()
