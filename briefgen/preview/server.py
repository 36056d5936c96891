"""The preview HTTP server: serves only the built site, safely, with live reload.

Takes a site directory (replaced wholesale by each successful build, so every
request resolves its file by path afresh) and a `LiveState`; gives HTTP
responses. Request targets are parsed by `route()`, a pure function that
decodes percent-escapes exactly once, per segment, and refuses anything that
could name a file outside the site (`..`, encoded slashes, backslashes, NUL);
`locate()` then resolves symlinks and refuses files that end up outside. A request
whose `Host` does not name this machine is refused first (`preview.hosts`: DNS rebinding).

Threads: one per connection (`ThreadingHTTPServer`), so a long-lived reload
channel never blocks file serving. `close_connections()` unblocks and joins
them all at shutdown.
"""
from __future__ import annotations

import contextlib
import html
import json
import os
import socket
import socketserver
import sys
import threading
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, quote

from briefgen.load.urlpaths import path_segments
from briefgen.preview.hosts import answers, refusal_text
from briefgen.preview.livereload import EVENTS_PATH, LiveState, Snapshot, inject, render_snippet
from briefgen.preview.mediatypes import content_type
from briefgen.preview.ranges import Unsatisfiable, byte_range
from briefgen.preview.tabs import WORKER_PATH, tabs_of, worker_js


@dataclass(frozen=True, slots=True)
class BadRequest:
    reason: str


@dataclass(frozen=True, slots=True)
class Redirect:
    location: str


@dataclass(frozen=True, slots=True)
class OutsideBase:
    """A path that is not under the site's base path (e.g. /x when serving /briefing/)."""


@dataclass(frozen=True, slots=True)
class InSite:
    parts: tuple[str, ...]  # decoded segments below the base path, none "", "." or ".."
    slash: bool  # the URL ended with "/": it names a directory
    base: tuple[str, ...] = ()  # decoded segments of the base path, to build redirects
    query: str = ""


Route = BadRequest | Redirect | OutsideBase | InSite


def _url(parts: tuple[str, ...], slash: bool, query: str = "") -> str:
    # Rebuilt from decoded parts rather than echoing the request: a Location is never "//host" (an open redirect).
    path = "/" + "/".join(quote(p, safe="") for p in parts)
    if slash and parts:
        path += "/"
    return path + (f"?{query}" if query else "")


def _segments(path: str) -> tuple[str, ...] | BadRequest:
    found = path_segments(path)  # (the rule base_url's path is checked by too: load/urlpaths.py)
    return BadRequest(f"unsafe path: {found}") if isinstance(found, str) else found


def route(target: str, base_path: str) -> Route:
    """Map a raw request target to what it names, relative to `base_path`.

    Percent-escapes are decoded once, after splitting on "/", so `%2f` never
    separates segments and `%252e%252e` stays a harmless literal name.
    """
    if not target.startswith("/"):
        return BadRequest("request target must be a path")
    path, _, query = target.partition("?")
    path = path.partition("#")[0]
    parts = _segments(path)
    if isinstance(parts, BadRequest):
        return parts
    base = _segments(base_path)
    if isinstance(base, BadRequest):  # (config refuses such a base_url: load/urlpaths.py)
        return base
    slash = path.endswith("/")
    if parts[: len(base)] == base:
        if parts == base and base and not slash:
            return Redirect(_url(base, True, query))
        return InSite(parts[len(base):], slash or not parts, base, query)
    if not parts:
        return Redirect(_url(base, True, query))
    return OutsideBase()


def moved(target: str, base_path: str, former_bases: tuple[str, ...]) -> Redirect | None:
    """Where a page asked for under a base path served earlier (`base_url` edited while serving)
    is now: the same path under `base_path`, or None. Only for a target outside `base_path`, or
    under a former base path longer than it (`/briefing/x/` once the base is `/`), so a redirect
    never leads to another (each leaves the former base or shortens the path)."""
    base = _segments(base_path)
    if not former_bases or isinstance(base, BadRequest):
        return None
    inside = isinstance(route(target, base_path), InSite)
    for former in former_bases:
        where = route(target, former)
        if isinstance(where, InSite) and (not inside or len(where.base) > len(base)):
            return Redirect(_url(base + where.parts, where.slash or not where.parts, where.query))
    return None


def folder(where: InSite) -> Redirect:  # (also during the first build: preview/startup.py)
    """From a folder's address without its "/" (`/b/articles/x?q`) to the folder (`/b/articles/x/?q`)."""
    return Redirect(_url(where.base + where.parts, True, where.query))


def renamed(where: InSite, moved: tuple[tuple[str, str], ...]) -> Redirect | None:
    """Where the page (`x/`) that `where` names is now, its article's file renamed this session (`Snapshot.moved`:
    "articles/x/index.html" → "articles/y/index.html"), or None. Asked only when nothing is at that path."""
    now = dict(moved).get("/".join((*where.parts, "index.html"))) if where.slash else None
    return None if now is None else Redirect(_url(where.base + tuple(now.split("/")[:-1]), True, where.query))


def page_path(target: str, base_path: str) -> str | None:
    """The output path a page request names ("articles/x/index.html" for "/base/articles/x/"),
    without touching the disk; None when it names no page inside the site."""
    where = route(target, base_path)
    if not isinstance(where, InSite):
        return None
    if where.slash or not where.parts:
        return "/".join((*where.parts, "index.html"))
    return "/".join(where.parts) if where.parts[-1].endswith(".html") else None


def locate(root: Path, where: InSite) -> Path | Redirect | None:
    """The file inside `root` that `where` names, a redirect to add "/", or None.

    Symlinks are followed and then the result must still lie inside the
    site, so a link pointing outside is a plain 404.
    """
    try:
        top = root.resolve(strict=True)
        real = top.joinpath(*where.parts).resolve(strict=True)
        if not real.is_relative_to(top):
            return None
        if real.is_dir():
            if not where.slash:
                return folder(where)
            real = (real / "index.html").resolve(strict=True)
            if not real.is_relative_to(top):
                return None
        elif where.slash:
            return None  # "/feed.xml/" names a directory that is not there
    except (OSError, RuntimeError):  # missing, permission, symlink loop
        return None
    return real if real.is_file() else None


_PLAIN_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>%(title)s</title></head>
<body><h1>%(title)s</h1><p>%(body)s</p></body></html>
"""


class PreviewHandler(BaseHTTPRequestHandler):
    """GET/HEAD for site files plus the Server-Sent Events reload channel."""

    server: PreviewServer
    server_version = "briefgen-preview"
    # HTTP/1.0: one request per connection, so no idle keep-alive sockets
    # pin threads, and the event stream simply ends when the connection does.
    protocol_version = "HTTP/1.0"
    timeout = 30  # a client that connects and says nothing gives up its thread

    def do_GET(self) -> None:
        self._respond(head=False)

    def do_HEAD(self) -> None:
        self._respond(head=True)

    def log_message(self, format: str, *args: object) -> None:
        pass  # the terminal is for build output; per-request lines would bury it

    def _respond(self, head: bool) -> None:
        if not answers(self.headers.get("Host"), self.server.bound):  # a page elsewhere, by DNS rebinding
            self._send(HTTPStatus.FORBIDDEN, "text/plain; charset=utf-8",
                       refusal_text(self.headers.get("Host", ""), self.server.bound), head)
            return
        path, _, query = self.path.partition("?")
        state = self.server.state
        if path == WORKER_PATH:
            self._send(HTTPStatus.OK, "text/javascript; charset=utf-8", worker_js(EVENTS_PATH), head)
            return
        if path == EVENTS_PATH:
            fields = parse_qs(query)
            tabs = tabs_of(query) or [(fields.get("token", [""])[0], fields.get("page", [""])[0])]
            self._events([(token, page_path(page, state.snapshot.base_path) if page else None)
                          for token, page in tabs], head)
            return
        now = state.snapshot
        asset = route(self.path, now.base_path)
        if isinstance(asset, InSite) and asset.parts and state.asset_now("/".join(asset.parts)):
            found = locate(self.server.site_dir, asset)  # a stylesheet the running build leaves alone
            if isinstance(found, Path):
                self._file(found, HTTPStatus.OK, now, head)
                return
        snap, early = state.wait_page(page_path(self.path, now.base_path))
        if early is not None:  # the running build rendered this page first
            self._send(HTTPStatus.OK, "text/html; charset=utf-8", inject(early, render_snippet(snap)), head)
            return
        where = route(self.path, snap.base_path)
        if isinstance(where, BadRequest):
            self._page(HTTPStatus.BAD_REQUEST, "Bad request", html.escape(where.reason), snap, head)
        elif isinstance(where, Redirect):
            self._redirect(where.location, head)
        elif (gone := moved(self.path, snap.base_path, snap.former_bases)) and (
                isinstance(where, OutsideBase) or locate(self.server.site_dir, where) is None):
            self._redirect(gone.location, head)
        elif isinstance(where, OutsideBase):
            base = html.escape(snap.base_path)
            self._page(HTTPStatus.NOT_FOUND, "Not found",
                       f'This preview serves the site under <a href="{base}">{base}</a>.', snap, head)
        else:
            found = locate(self.server.site_dir, where)
            if isinstance(found, Redirect):
                self._redirect(found.location, head)
            elif found is None and (now_at := renamed(where, snap.moved)):
                self._redirect(now_at.location, head)
            elif found is None:
                self._not_found(snap, head)
            else:
                self._file(found, HTTPStatus.OK, snap, head)

    def _not_found(self, snap: Snapshot, head: bool) -> None:
        page = locate(self.server.site_dir, InSite(("404.html",), False))
        if isinstance(page, Path):
            self._file(page, HTTPStatus.NOT_FOUND, snap, head)
        elif not snap.built:
            self._page(HTTPStatus.NOT_FOUND, "Not built yet",
                       "The site has not built successfully yet.", snap, head)
        else:
            self._page(HTTPStatus.NOT_FOUND, "Not found", "No such page in this site.", snap, head)

    def _file(self, path: Path, status: HTTPStatus, snap: Snapshot, head: bool) -> None:
        ctype = content_type(path)
        try:
            with path.open("rb") as f:
                if ctype.startswith("text/html"):
                    self._send(status, ctype, inject(f.read(), render_snippet(snap)), head)
                    return
                size = os.fstat(f.fileno()).st_size  # of the file opened, should the build replace it
                # A range of a file found (no validators here, so an If-Range asks for the whole file).
                part = (byte_range(self.headers.get("Range"), size)
                        if status == HTTPStatus.OK and "If-Range" not in self.headers else None)
                extra = {"Accept-Ranges": "bytes"}
                if isinstance(part, Unsatisfiable):
                    extra["Content-Range"] = f"bytes */{size}"
                    self._headers(HTTPStatus.REQUESTED_RANGE_NOT_SATISFIABLE, ctype, 0, extra)
                    return
                first, last = part or (0, size - 1)
                if part:
                    extra["Content-Range"] = f"bytes {first}-{last}/{size}"
                self._headers(HTTPStatus.PARTIAL_CONTENT if part else status, ctype, last - first + 1, extra)
                if not head:
                    f.seek(first)
                    left = last - first + 1
                    while left > 0 and (chunk := f.read(min(left, 1 << 16))):
                        self.wfile.write(chunk)
                        left -= len(chunk)
        except FileNotFoundError:
            # The build swapped the directory between locate() and open().
            self._not_found(snap, head)

    def _page(self, status: HTTPStatus, title: str, body_html: str, snap: Snapshot, head: bool) -> None:
        page = _PLAIN_PAGE % {"title": html.escape(title), "body": body_html}
        self._send(status, "text/html; charset=utf-8", inject(page.encode(), render_snippet(snap)), head)

    def _redirect(self, location: str, head: bool) -> None:
        # 302, not 301: browsers cache permanent redirects, and during preview
        # a directory may become a file on the next build.
        body = f'<a href="{html.escape(location)}">{html.escape(location)}</a>\n'.encode()
        self._headers(HTTPStatus.FOUND, "text/html; charset=utf-8", len(body), {"Location": location})
        if not head:
            self.wfile.write(body)

    def _send(self, status: HTTPStatus, ctype: str, body: bytes, head: bool) -> None:
        self._headers(status, ctype, len(body))
        if not head:
            self.wfile.write(body)

    def _headers(self, status: HTTPStatus, ctype: str, length: int | None,
                 extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        if length is not None:
            self.send_header("Content-Length", str(length))
        # no-store: neither the cache nor back/forward navigation may show a
        # page from before the latest build.
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        for key, value in (extra or {}).items():
            self.send_header(key, value)
        self.end_headers()

    def _events(self, tabs: list[tuple[str, str | None]], head: bool) -> None:
        """Server-Sent Events for tabs showing (token, output path of the page or None) each: one
        "reload" event, whose data is the JSON list of the indices of the tabs that must reload,
        once the visible build differs from a tab's token or the running build rendered its page
        early. A tab's own channel lists one tab; a shared worker's, all (preview/tabs.py)."""
        # Comment lines (keep-alive) keep proxies from timing out and surface a closed tab
        # as BrokenPipeError, which frees this thread.
        state = self.server.state
        self._headers(HTTPStatus.OK, "text/event-stream; charset=utf-8", None)
        if head:
            return
        with contextlib.ExitStack() as shown:
            for page in {page for _, page in tabs if page}:
                shown.enter_context(state.showing(page))
            self.wfile.write(b"retry: 1000\n\n")  # (once shown: an edit from now on reaches the tab before the rebuild)
            self.wfile.flush()
            while True:
                due = state.wait_for_tabs(tabs, timeout=self.server.heartbeat)
                if state.closed:
                    return
                if due is None:
                    self.wfile.write(b": keep-alive\n\n")
                    self.wfile.flush()
                    continue
                self.wfile.write(f"event: reload\ndata: {json.dumps(due)}\n\n".encode())
                self.wfile.flush()
                return


class PreviewServer(ThreadingHTTPServer):
    """A threading HTTP server that knows its connections, so it can close them all."""

    daemon_threads = True
    request_queue_size = 128  # bursts of parallel page loads must not hit SYN retries

    def __init__(self, host: str, port: int, site_dir: Path, state: LiveState, heartbeat: float = 15.0) -> None:
        if ":" in host:
            self.address_family = socket.AF_INET6
        self.site_dir = site_dir
        self.bound = host  # requests must name this machine while it is a loopback address (preview.hosts)
        self.state = state
        self.heartbeat = heartbeat
        self._lock = threading.Lock()
        self._connections: dict[socket.socket, threading.Thread] = {}
        super().__init__((host, port), PreviewHandler)

    @property
    def port(self) -> int:
        return int(self.server_address[1])

    def server_bind(self) -> None:
        # HTTPServer.server_bind calls socket.getfqdn(), a DNS lookup that can
        # stall startup for seconds on hosts without a resolver.
        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = str(self.server_address[0]), self.port

    def process_request(self, request: socket.socket, client_address: object) -> None:  # type: ignore[override]
        thread = threading.Thread(target=self._serve_one, args=(request, client_address),
                                  name="briefgen-http", daemon=True)
        with self._lock:
            self._connections[request] = thread
        thread.start()

    def _serve_one(self, request: socket.socket, client_address: object) -> None:
        try:
            self.process_request_thread(request, client_address)  # type: ignore[arg-type]
        finally:
            with self._lock:
                self._connections.pop(request, None)

    def handle_error(self, request: object, client_address: object) -> None:
        error = sys.exc_info()[1]
        if isinstance(error, (ConnectionError, TimeoutError)):
            return  # the browser went away mid-response: routine, not a bug
        super().handle_error(request, client_address)  # type: ignore[arg-type]

    def close_connections(self, timeout: float = 5.0) -> None:
        """Shut down every open connection and join its thread (after `shutdown()`)."""
        self.server_close()
        with self._lock:
            open_now = list(self._connections.items())
        for sock, _ in open_now:
            try:
                sock.shutdown(socket.SHUT_RDWR)  # wakes a thread blocked reading or writing
            except OSError:
                pass
        for _, thread in open_now:
            thread.join(timeout)
