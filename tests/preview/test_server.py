"""The preview HTTP server on real sockets: what it serves, and what it never serves.

Requests are sent as raw bytes on a socket, because an HTTP client library
would normalise `..` and escapes away before the server could be tested on
them. The server runs on port 0 against a hand-written site directory and a
`LiveState` driven directly by the test, standing in for the build loop.
"""
from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from briefgen.diagnostics import Diagnostic
from briefgen.preview.livereload import EVENTS_PATH, LiveState, inject
from briefgen.preview.server import BadRequest, InSite, OutsideBase, PreviewServer, Redirect, page_path, route
from support.sites import write_site

SECRET = "TOP SECRET: never served"
SITE = {
    "index.html": "<!DOCTYPE html><html><head><title>Home</title></head><body><h1>Home</h1></body></html>",
    "404.html": "<!DOCTYPE html><html><head><title>Lost</title></head><body><h1>Page not found</h1></body></html>",
    "topics/ceasefire-talks/index.html": "<html><body><h1>Ceasefire talks</h1></BODY></html>",
    "topics/ceasefire-talks/feed.xml": "<?xml version='1.0'?><rss version='2.0'></rss>",
    "feed.xml": "<?xml version='1.0'?><rss version='2.0'></rss>",
    "sitemap.xml": "<?xml version='1.0'?><urlset/>",
    "search.json": '{"pages": []}',
    "robots.txt": "User-agent: *\n",
    "static/site.css": "body { color: #222 }\n</body>\n",
    "static/app.js": "console.log('</body>');\n",
    "static/logo.svg": "<svg xmlns='http://www.w3.org/2000/svg'/>",
    "caf\u00e9/index.html": "<html><body>accents</body></html>",
}


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")


def send_raw(port: int, data: bytes, timeout: float = 10) -> Reply:
    """Send bytes exactly as given and read the whole (HTTP/1.0) response."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(data)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    raw = b"".join(chunks)
    head, _, body = raw.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {}
    for line in lines[1:]:
        key, _, value = line.partition(":")
        headers[key.strip().lower()] = value.strip()
    return Reply(int(lines[0].split()[1]), headers, body)


def get(port: int, target: str, method: str = "GET") -> Reply:
    return send_raw(port, f"{method} {target} HTTP/1.1\r\nHost: localhost\r\n\r\n".encode("latin-1"))


class EventStream:
    """A raw Server-Sent Events connection to the reload channel."""

    def __init__(self, port: int, token: str, page: str = "") -> None:
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=10)
        shown = f"&page={page}" if page else ""
        self.sock.sendall(f"GET {EVENTS_PATH}?token={token}{shown} HTTP/1.1\r\nHost: localhost\r\n\r\n".encode())
        self.data = b""
        self.read_until(b"retry:")

    def read_until(self, marker: bytes) -> bytes:
        while marker not in self.data:
            chunk = self.sock.recv(4096)
            if not chunk:
                raise EOFError(self.data)
            self.data += chunk
        return self.data

    def read_to_end(self) -> bytes:
        while chunk := self.sock.recv(4096):
            self.data += chunk
        return self.data

    def close(self) -> None:
        self.sock.close()


@dataclass
class Served:
    port: int
    state: LiveState
    site: Path
    root: Path
    server: PreviewServer


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Served]:
    site = write_site(tmp_path / "site", SITE)
    (tmp_path / "secret.txt").write_text(SECRET)
    state = LiveState(instance="t", base_path="/briefing/")
    state.build_finished((), "/briefing/", wrote=True)
    server = PreviewServer("127.0.0.1", 0, site, state, heartbeat=0.2)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield Served(server.port, state, site, tmp_path, server)
    state.close()
    server.shutdown()
    server.close_connections()
    thread.join(5)


# --- routing, as a pure function ------------------------------------------------

def test_route_maps_paths_under_the_base_path() -> None:
    assert route("/briefing/", "/briefing/") == InSite((), True, ("briefing",), "")
    assert route("/briefing/topics/x/?a=1", "/briefing/") == InSite(("topics", "x"), True, ("briefing",), "a=1")
    assert route("/briefing", "/briefing/") == Redirect("/briefing/")
    assert route("/", "/briefing/") == Redirect("/briefing/")
    assert route("/?q=1", "/briefing/") == Redirect("/briefing/?q=1")
    assert route("/elsewhere/", "/briefing/") == OutsideBase()
    assert route("/briefingx/", "/briefing/") == OutsideBase()
    assert route("/caf%C3%A9/", "/") == InSite(("caf\u00e9",), True, (), "")


@pytest.mark.parametrize("target", [
    "/briefing/../x", "/briefing/%2e%2e/x", "/briefing/..%2fx", "/briefing/a%5c..%5cx",
    "/briefing/a\\b", "/briefing/%00", "/briefing/%c0%ae%c0%ae/x", "/briefing/./x", "*",
    "http://example.org/briefing/",
])
def test_route_refuses_unsafe_targets(target: str) -> None:
    assert isinstance(route(target, "/briefing/"), BadRequest)


# --- what is served ---------------------------------------------------------------

@pytest.mark.parametrize("target, ctype", [
    ("/briefing/", "text/html; charset=utf-8"),
    ("/briefing/index.html", "text/html; charset=utf-8"),
    ("/briefing/feed.xml", "application/xml; charset=utf-8"),
    ("/briefing/topics/ceasefire-talks/feed.xml", "application/xml; charset=utf-8"),
    ("/briefing/sitemap.xml", "application/xml; charset=utf-8"),
    ("/briefing/search.json", "application/json; charset=utf-8"),
    ("/briefing/robots.txt", "text/plain; charset=utf-8"),
    ("/briefing/static/site.css", "text/css; charset=utf-8"),
    ("/briefing/static/app.js", "text/javascript; charset=utf-8"),
    ("/briefing/static/logo.svg", "image/svg+xml; charset=utf-8"),
    ("/briefing/static/pixel.png", "image/png"),
    ("/briefing/static/photo.jpg", "image/jpeg"),
])
def test_content_types(served: Served, target: str, ctype: str) -> None:
    (served.site / "static/pixel.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (served.site / "static/photo.jpg").write_bytes(b"\xff\xd8\xff")
    reply = get(served.port, target)
    assert reply.status == 200
    assert reply.headers["content-type"] == ctype
    assert reply.headers["cache-control"] == "no-store"
    assert int(reply.headers["content-length"]) == len(reply.body)


def test_only_html_gets_the_reload_script_and_only_in_the_response(served: Served) -> None:
    page = get(served.port, "/briefing/topics/ceasefire-talks/")
    assert page.text.count(EVENTS_PATH) == 1
    assert page.text.index(EVENTS_PATH) < page.text.index("</BODY>")  # before the body ends
    for name in ("static/site.css", "static/app.js", "feed.xml", "search.json"):
        assert get(served.port, f"/briefing/{name}").body == (served.site / name).read_bytes()
    on_disk = (served.site / "topics/ceasefire-talks/index.html").read_text()
    assert EVENTS_PATH not in on_disk  # injected at serve time, never written


def test_pretty_urls_redirect_to_the_directory(served: Served) -> None:
    reply = get(served.port, "/briefing/topics/ceasefire-talks?x=1")
    assert reply.status == 302
    assert reply.headers["location"] == "/briefing/topics/ceasefire-talks/?x=1"
    assert get(served.port, "/briefing/topics/ceasefire-talks/").text.startswith("<html><body><h1>Ceasefire talks")
    assert get(served.port, "/briefing/caf%C3%A9").headers["location"] == "/briefing/caf%C3%A9/"
    assert "accents" in get(served.port, "/briefing/caf%C3%A9/").text


def test_the_base_path_is_where_the_site_lives(served: Served) -> None:
    assert get(served.port, "/").headers["location"] == "/briefing/"
    assert get(served.port, "/briefing").headers["location"] == "/briefing/"
    outside = get(served.port, "/index.html")
    assert outside.status == 404
    assert '<a href="/briefing/">/briefing/</a>' in outside.text


def test_missing_pages_get_the_site_404_page(served: Served) -> None:
    for target in ("/briefing/no/such/page/", "/briefing/nope.html", "/briefing/feed.xml/",
                   "/briefing/%252e%252e/secret.txt"):
        reply = get(served.port, target)
        assert reply.status == 404, target
        assert "Page not found" in reply.text
        assert EVENTS_PATH in reply.text  # so a tab on a 404 reloads when the page appears


def test_head_sends_the_headers_of_get_without_a_body(served: Served) -> None:
    for target in ("/briefing/", "/briefing/feed.xml", "/briefing/nope", "/briefing/topics/ceasefire-talks"):
        full, head = get(served.port, target), get(served.port, target, "HEAD")
        assert head.body == b""
        assert head.status == full.status
        assert head.headers["content-type"] == full.headers["content-type"]
        assert head.headers["content-length"] == str(len(full.body))


# --- never outside the site -----------------------------------------------------

TRAVERSALS = [
    "/briefing/../secret.txt",
    "/briefing/../../../../../../etc/passwd",
    "/../secret.txt",
    "/briefing/%2e%2e/secret.txt",
    "/briefing/%2E%2E/%2E%2E/%2E%2E/etc/passwd",
    "/briefing/.%2e/secret.txt",
    "/briefing/..%2fsecret.txt",
    "/briefing/..%2Fsecret.txt",
    "/briefing/%2e%2e%2fsecret.txt",
    "/briefing/%252e%252e/secret.txt",
    "/briefing/%252e%252e%252fsecret.txt",
    "/briefing/..%255csecret.txt",
    "/briefing/..\\secret.txt",
    "/briefing/..%5csecret.txt",
    "/briefing/%5c..%5csecret.txt",
    "/briefing/\\..\\secret.txt",
    "/briefing/%c0%ae%c0%ae/secret.txt",
    "/briefing/....//secret.txt",
    "/briefing/..;/secret.txt",
    "/briefing/index.html%00.txt",
    "/briefing/%00../secret.txt",
    "/briefing/\x00/../secret.txt",
    "//etc/passwd",
    "/briefing//etc/passwd",
    "/briefing/%2fetc%2fpasswd",
    "/briefing/%2f%2e%2e%2f%2e%2e%2fsecret.txt",
    "http://localhost/briefing/../secret.txt",
]


@pytest.mark.parametrize("target", TRAVERSALS)
def test_traversal_attempts_never_leave_the_site(served: Served, target: str) -> None:
    reply = send_raw(served.port, f"GET {target} HTTP/1.1\r\nHost: localhost\r\n\r\n".encode("latin-1"))
    assert reply.status in (400, 404), (target, reply.status)
    assert SECRET not in reply.text
    assert "root:" not in reply.text


def test_symlinks_pointing_outside_are_not_followed(served: Served) -> None:
    (served.site / "leak.txt").symlink_to(served.root / "secret.txt")
    (served.site / "leakdir").symlink_to(served.root)
    (served.site / "loop").symlink_to(served.site / "loop")
    (served.site / "inside.css").symlink_to(served.site / "static/site.css")
    for target in ("/briefing/leak.txt", "/briefing/leakdir/secret.txt", "/briefing/leakdir/",
                   "/briefing/loop", "/briefing/leakdir"):
        reply = get(served.port, target)
        assert reply.status == 404, target
        assert SECRET not in reply.text
    assert get(served.port, "/briefing/inside.css").status == 200  # a link within the site is fine


def test_a_site_directory_link_to_outside_is_refused_even_as_index(served: Served) -> None:
    (served.site / "evil").mkdir()
    (served.site / "evil/index.html").symlink_to(served.root / "secret.txt")
    assert get(served.port, "/briefing/evil/").status == 404


# --- builds, overlay and the reload channel ---------------------------------------

def test_requests_wait_while_a_build_runs(served: Served) -> None:
    served.state.build_started()
    replies: list[Reply] = []
    waiting = threading.Thread(target=lambda: replies.append(get(served.port, "/briefing/")))
    waiting.start()
    waiting.join(0.3)
    assert waiting.is_alive() and replies == []  # held back: the build is not finished
    # The build swaps a complete new tree in by rename, then reports.
    new = write_site(served.root / "next", {**SITE, "index.html": "<html><body>Second build</body></html>"})
    served.site.rename(served.root / "old")
    new.rename(served.site)
    served.state.build_finished((), "/briefing/", wrote=True)
    waiting.join(10)
    assert "Second build" in replies[0].text


def test_failing_build_shows_the_overlay_on_every_html_page_and_keeps_the_site(served: Served) -> None:
    problems = (
        Diagnostic("content/articles/x.md", 3, "front matter: <bad> YAML"),
        Diagnostic("config.yaml", 7, "unknown key 'titel' (did you mean \"title\"?)"),
    )
    served.state.build_finished(problems, "/", wrote=False)
    for target in ("/briefing/", "/briefing/topics/ceasefire-talks/", "/briefing/missing", "/nowhere"):
        reply = get(served.port, target)
        assert 'id="briefgen-overlay"' in reply.text, target
        assert "content/articles/x.md:3: front matter: &lt;bad&gt; YAML" in reply.text
        assert "config.yaml:7: unknown key &#x27;titel&#x27;" in reply.text
    assert "<h1>Home</h1>" in get(served.port, "/briefing/").text  # the last good site, same base path
    assert get(served.port, "/briefing/static/site.css").body == (served.site / "static/site.css").read_bytes()
    served.state.build_finished((), "/briefing/", wrote=False)
    assert "briefgen-overlay" not in get(served.port, "/briefing/").text


def test_reload_channel_fires_when_a_newer_build_is_visible(served: Served) -> None:
    token = served.state.snapshot.token
    stream = EventStream(served.port, token)
    served.state.build_finished((), "/briefing/", wrote=False)  # nothing changed: no reload
    served.state.build_finished((), "/briefing/", wrote=True)
    data = stream.read_to_end()
    assert b"event: reload" in data and data.count(b"event: reload") == 1
    assert served.state.snapshot.token != token
    stale = EventStream(served.port, token)  # a tab opened before: told at once
    assert b"event: reload" in stale.read_to_end()


def test_twenty_concurrent_clients_while_reload_channels_are_open(served: Served) -> None:
    token = served.state.snapshot.token
    streams = [EventStream(served.port, token) for _ in range(3)]
    expected = {t: get(served.port, t).body for t in ("/briefing/", "/briefing/feed.xml", "/briefing/static/site.css")}
    results: list[tuple[str, Reply]] = []
    lock = threading.Lock()
    start = threading.Barrier(20)

    def client(i: int) -> None:
        target = list(expected)[i % 3]
        start.wait()
        for _ in range(5):
            reply = get(served.port, target)
            with lock:
                results.append((target, reply))

    started = time.monotonic()
    threads = [threading.Thread(target=client, args=(i,)) for i in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert len(results) == 100
    assert all(r.status == 200 and r.body == expected[t] for t, r in results)
    assert time.monotonic() - started < 10
    served.state.build_finished((), "/briefing/", wrote=True)
    for stream in streams:  # still open all along, and each hears the reload
        assert b"event: reload" in stream.read_to_end()


def test_shutdown_ends_reload_channels_and_idle_connections(tmp_path: Path) -> None:
    site = write_site(tmp_path / "site", SITE)
    state = LiveState(instance="t")
    state.build_finished((), "/", wrote=True)
    server = PreviewServer("127.0.0.1", 0, site, state, heartbeat=30)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    streams = [EventStream(server.port, state.snapshot.token) for _ in range(3)]
    idle = socket.create_connection(("127.0.0.1", server.port), timeout=10)  # says nothing
    assert get(server.port, "/").status == 200
    started = time.monotonic()
    state.close()
    server.shutdown()
    server.close_connections()
    thread.join(5)
    assert time.monotonic() - started < 3  # not the 30 s heartbeat or request timeout
    for stream in streams:
        assert b"event: reload" not in stream.read_to_end()  # closed, without a reload
    assert idle.recv(100) == b""
    assert not [t for t in threading.enumerate() if t.name == "briefgen-http"]
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", server.port), timeout=2)


def test_before_any_good_build_pages_explain_and_show_the_errors(tmp_path: Path) -> None:
    state = LiveState(instance="t", base_path="/")
    state.build_finished((Diagnostic("config.yaml", 1, "title is required"),), "/", wrote=False)
    server = PreviewServer("127.0.0.1", 0, tmp_path / "not-built", state)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        reply = get(server.port, "/")
        assert reply.status == 404
        assert "not built successfully yet" in reply.text
        assert "config.yaml:1: title is required" in reply.text
    finally:
        state.close()
        server.shutdown()
        server.close_connections()


def test_inject_goes_before_the_last_body_end_tag() -> None:
    assert inject(b"<p>x</p>", "<s>") == b"<p>x</p><s>"
    page = b"<body><pre>&lt;/body&gt;</pre><!-- </body> --></body ></html>"
    assert inject(page, "<s>") == b"<body><pre>&lt;/body&gt;</pre><!-- </body> --><s></body ></html>"


# --- pages open in tabs, rendered before the rest of a build ------------------------

def _wait_open(state: LiveState, path: str) -> None:
    deadline = time.monotonic() + 10
    while path not in state.open_pages():
        assert time.monotonic() < deadline, state.open_pages()
        time.sleep(0.01)


def test_the_open_tab_gets_its_page_early_and_no_second_reload(served: Served) -> None:
    token = served.state.snapshot.token
    tab = EventStream(served.port, token, "/briefing/topics/ceasefire-talks/")
    _wait_open(served.state, "topics/ceasefire-talks/index.html")
    served.state.change_seen()
    served.state.build_started()
    early = b"<html><body><h1>Ceasefire talks, edited</h1></body></html>"
    served.state.early_page("topics/ceasefire-talks/index.html", early)
    assert b"event: reload" in tab.read_to_end()  # told while the build still runs
    reply = get(served.port, "/briefing/topics/ceasefire-talks/")
    assert "Ceasefire talks, edited" in reply.text
    early_token = reply.text.split("token=", 1)[1].split('"', 1)[0]
    # Any other page waits for the whole build, as before.
    others: list[Reply] = []
    waiting = threading.Thread(target=lambda: others.append(get(served.port, "/briefing/")))
    waiting.start()
    waiting.join(0.3)
    assert waiting.is_alive() and others == []
    again = EventStream(served.port, early_token, "/briefing/topics/ceasefire-talks/")
    new = write_site(served.root / "next", {**SITE, "topics/ceasefire-talks/index.html": early.decode()})
    served.site.rename(served.root / "old")
    new.rename(served.site)
    served.state.build_finished((), "/briefing/", wrote=True)
    waiting.join(10)
    assert others and others[0].status == 200
    assert served.state.snapshot.token == early_token  # the tab already shows this build: no reload
    deadline = time.monotonic() + 0.8  # several heartbeats (0.2 s): keep-alives, never a reload
    again.sock.settimeout(0.3)
    while time.monotonic() < deadline:
        try:
            again.data += again.sock.recv(4096)
        except socket.timeout:
            pass
    assert b": keep-alive" in again.data and b"event: reload" not in again.data
    again.close()


def test_a_build_that_ends_otherwise_reloads_tabs_that_got_an_early_page(served: Served) -> None:
    served.state.build_started()
    served.state.early_page("index.html", b"<html><body>early</body></html>")
    early_token = get(served.port, "/briefing/").text.split("token=", 1)[1].split('"', 1)[0]
    served.state.build_finished((Diagnostic("templates/page.html", 3, "undefined variable"),), "/briefing/",
                                wrote=False)
    assert served.state.snapshot.token != early_token
    assert b"event: reload" in EventStream(served.port, early_token, "/briefing/").read_to_end()


def test_an_early_page_is_not_served_once_a_newer_change_is_seen(served: Served) -> None:
    served.state.build_started()
    served.state.early_page("index.html", b"<html><body>early</body></html>")
    served.state.change_seen()  # saved again while the build runs: its early page is already old
    replies: list[Reply] = []
    waiting = threading.Thread(target=lambda: replies.append(get(served.port, "/briefing/")))
    waiting.start()
    waiting.join(0.3)
    assert waiting.is_alive() and replies == []
    served.state.build_finished((), "/briefing/", wrote=False)  # this build ends; the next one is pending
    waiting.join(0.3)
    assert waiting.is_alive()
    served.state.build_started()
    served.state.build_finished((), "/briefing/", wrote=True)
    waiting.join(10)
    assert "early" not in replies[0].text


def test_early_pages_outside_a_build_are_ignored(served: Served) -> None:
    served.state.early_page("index.html", b"<html><body>early</body></html>")
    assert "<h1>Home</h1>" in get(served.port, "/briefing/").text


@pytest.mark.parametrize("target, expected", [
    ("/briefing/", "index.html"), ("/briefing/articles/x/", "articles/x/index.html"),
    ("/briefing/404.html", "404.html"), ("/briefing/feed.xml", None), ("/briefing/articles/x", None),
    ("/elsewhere/", None), ("/briefing/%2e%2e/secret/", None), ("/briefing/caf%C3%A9/", "caf\u00e9/index.html"),
    ("relative/", None)])
def test_page_path_names_the_output_file_of_a_page_request(target: str, expected: str | None) -> None:
    assert page_path(target, "/briefing/") == expected


def test_an_early_token_is_never_reused_for_other_content(served: Served) -> None:
    # A build hands out an early page, then ends with nothing visible changed (e.g. only a draft
    # was edited): the token it handed out must not come back for the next build's content.
    served.state.build_started()
    served.state.early_page("index.html", b"<html><body>early</body></html>")
    early_token = get(served.port, "/briefing/").text.split("token=", 1)[1].split('"', 1)[0]
    served.state.build_finished((), "/briefing/", wrote=False)
    assert served.state.snapshot.token != early_token
    served.state.build_started()
    served.state.build_finished((), "/briefing/", wrote=True)  # other content
    assert served.state.snapshot.token != early_token
    assert b"event: reload" in EventStream(served.port, early_token, "/briefing/").read_to_end()


def _early_token(served: Served) -> str:
    return get(served.port, "/briefing/").text.split("token=", 1)[1].split('"', 1)[0]


def test_a_page_handed_over_early_that_is_not_the_page_written_reloads_the_tab(served: Served) -> None:
    # preview/quick.py hands over a page from the last plan before the rebuild plans; if the
    # rebuild then writes other bytes (the story was regrouped), the tab that got it reloads.
    served.state.build_started()
    served.state.early_page("index.html", b"<html><body>from the last plan</body></html>")
    early_token = _early_token(served)
    written = {"index.html": b"<html><body>regrouped</body></html>"}
    served.state.build_finished((), "/briefing/", wrote=True, written=written.get)
    assert served.state.snapshot.token != early_token
    assert b"event: reload" in EventStream(served.port, early_token, "/briefing/").read_to_end()


def test_a_page_handed_over_twice_with_other_bytes_reloads_the_tab_at_the_end(served: Served) -> None:
    served.state.build_started()
    served.state.early_page("index.html", b"<html><body>from the last plan</body></html>")
    early_token = _early_token(served)
    final = b"<html><body>from this build's plan</body></html>"
    served.state.early_page("index.html", final)  # the rebuild's own early page differs
    assert get(served.port, "/briefing/").text.startswith(final.decode()[:20])  # later requests get it
    served.state.build_finished((), "/briefing/", wrote=True, written={"index.html": final}.get)
    assert served.state.snapshot.token != early_token


def test_a_page_handed_over_early_and_written_as_is_needs_no_second_reload(served: Served) -> None:
    page = b"<html><body>the same either way</body></html>"
    served.state.build_started()
    served.state.early_page("index.html", page)
    served.state.early_page("index.html", page)  # speculative, then the rebuild's own: equal
    early_token = _early_token(served)
    served.state.build_finished((), "/briefing/", wrote=True, written={"index.html": page}.get)
    assert served.state.snapshot.token == early_token


def test_assets_are_served_during_a_content_only_rebuild_and_pages_still_wait(served: Served) -> None:
    # An early page's stylesheet must not wait for the whole build; the build a content edit
    # started leaves the files copied as they are (the theme's assets, static/) alone.
    served.state.build_finished((), "/briefing/", wrote=False, static=frozenset({"static/site.css"}))
    css = (served.site / "static/site.css").read_bytes()
    served.state.build_started(content_only=True)
    assert get(served.port, "/briefing/static/site.css").body == css  # at once
    waiting: list[Reply] = []
    pending = [threading.Thread(target=lambda t=t: waiting.append(get(served.port, t)))
               for t in ("/briefing/", "/briefing/feed.xml", "/briefing/static/app.js")]  # not assets: they wait
    for thread in pending:
        thread.start()
    time.sleep(0.3)
    assert waiting == []
    served.state.change_seen()  # a newer change (it may be an asset): assets wait too
    late: list[Reply] = []
    css_thread = threading.Thread(target=lambda: late.append(get(served.port, "/briefing/static/site.css")))
    css_thread.start()
    css_thread.join(0.3)
    assert late == []
    served.state.build_finished((), "/briefing/", wrote=False)
    served.state.build_started(content_only=False)  # e.g. static/ or config.yaml changed: everything waits
    css_thread.join(0.3)
    assert late == []
    served.state.build_finished((), "/briefing/", wrote=True)
    for thread in (*pending, css_thread):
        thread.join(10)
    assert len(waiting) == 3 and late and late[0].body == css
