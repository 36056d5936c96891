"""While `serve`'s first build runs, a forked child answers every request with a page saying so.

Without a cache, the first build of a large archive takes a while (29 s at 10,000
articles on the project's machine: docs/serve.md), and no page of the site exists
before it ends — every page depends on the whole archive (topics, stories, people).
So that the address works at once, `WaitingPage` forks a child that accepts on the
server's listening socket and answers each request with `503 Service Unavailable`,
`Retry-After: 1` and a small page ("Building the site …", the build's latest progress
line and the seconds elapsed) that reloads itself every second (`<meta http-equiv=
"refresh">`, so no script is needed). Once the build ends the child is stopped, the
real server takes over the same socket, and the next reload of each tab gets the real
page at the URL it asked for. No content is ever served from the child: nothing stale
or half-built can be shown.

Why a child process and not a thread: the first build forks worker processes, which
is safe only while no other thread runs in this process (speed/parallel.py). The child
is forked before any thread exists, and only ever accepts, reads a request head and
writes a fixed page; it exits (`os._exit`, no clean-up of the parent's state) when the
parent closes its end of the control pipe. Where forking is not possible, requests
wait in the socket's queue until the build ends, as they did before.
"""
from __future__ import annotations

import html
import os
import select
import signal
import socket
import time

from briefgen.speed.parallel import can_fork

REFRESH_SECONDS = 1
REQUEST_TIMEOUT = 2.0  # seconds a client may take to send its request head
MAX_HEAD = 16384  # bytes of request head read at most
STOP_TIMEOUT = 5.0  # seconds the parent waits for the child to exit before killing it


class WaitingPage:
    """A forked child answering `server_socket`'s requests with a "building" page (module docstring).

    `start` returns None where forking is not safe or not possible. `progress(line)` shows
    `line` on the page from the next request on; `stop()` ends the child and waits for it
    (idempotent). The socket itself stays open and listening in this process throughout.
    """

    def __init__(self, pid: int, control: int, server_socket: socket.socket) -> None:
        self._pid = pid
        self._control = control  # write end of the control pipe; closing it stops the child
        self._socket = server_socket

    @classmethod
    def start(cls, server_socket: socket.socket, project: str) -> WaitingPage | None:
        if not can_fork():
            return None
        read_end, write_end = os.pipe()
        started = time.monotonic()
        pid = os.fork()
        if pid == 0:  # the child: never returns
            status = 0
            try:
                os.close(write_end)
                signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's: it stops us
                signal.signal(signal.SIGTERM, signal.SIG_DFL)
                _answer(server_socket, read_end, project, started)
            except BaseException:
                status = 1
            finally:
                os._exit(status)
        os.close(read_end)
        os.set_blocking(write_end, False)
        return cls(pid, write_end, server_socket)

    def progress(self, line: str) -> None:
        """Show `line` (one line of the build's progress) on the page; dropped if the child lags."""
        if self._control < 0:
            return
        try:
            os.write(self._control, line.replace("\n", " ").encode("utf-8", "replace")[:500] + b"\n")
        except (BlockingIOError, BrokenPipeError):
            pass

    def stop(self) -> None:
        if self._control < 0:
            return
        os.close(self._control)
        self._control = -1
        deadline = time.monotonic() + STOP_TIMEOUT
        while time.monotonic() < deadline:
            done, _ = os.waitpid(self._pid, os.WNOHANG)
            if done:
                break
            time.sleep(0.01)
        else:
            os.kill(self._pid, signal.SIGKILL)  # stuck on a client: the parent must go on
            os.waitpid(self._pid, 0)
        # The child made the listening socket non-blocking; that flag belongs to the socket
        # (shared across the fork), and the real server expects a blocking one.
        self._socket.setblocking(True)


def _answer(server_socket: socket.socket, control: int, project: str, started: float) -> None:
    """The child's loop: answer requests until the control pipe closes."""
    status = "Starting …"
    server_socket.setblocking(False)  # the parent may never accept meanwhile, but a failed accept must not hang
    pending = b""
    while True:
        ready, _, _ = select.select([server_socket, control], [], [])
        if control in ready:
            data = os.read(control, 65536)
            if not data:
                return
            pending += data
            lines = pending.split(b"\n")
            pending = lines.pop()
            if lines:
                status = lines[-1].decode("utf-8", "replace")
        if server_socket in ready:
            try:
                conn, _ = server_socket.accept()
            except (BlockingIOError, InterruptedError, ConnectionError):
                continue
            with conn:
                _respond(conn, waiting_page(project, status, time.monotonic() - started))


def _respond(conn: socket.socket, page: bytes) -> None:
    """Read one request head (bounded in size and time) and answer it with `page`, status 503."""
    conn.setblocking(True)
    conn.settimeout(REQUEST_TIMEOUT)
    head = b""
    try:
        while b"\r\n\r\n" not in head and b"\n\n" not in head and len(head) < MAX_HEAD:
            chunk = conn.recv(4096)
            if not chunk:
                return
            head += chunk
        method = head.split(b" ", 1)[0]
        body = b"" if method == b"HEAD" else page
        conn.sendall(b"HTTP/1.1 503 Service Unavailable\r\n"
                     b"Content-Type: text/html; charset=utf-8\r\n"
                     + f"Content-Length: {len(page)}\r\nRetry-After: {REFRESH_SECONDS}\r\n".encode()
                     + b"Cache-Control: no-store\r\nConnection: close\r\n\r\n" + body)
    except OSError:  # the client went away or was too slow: routine
        pass


def waiting_page(project: str, status: str, elapsed: float) -> bytes:
    """The page shown while the first build runs: valid HTML5, no script, reloads every second."""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="{REFRESH_SECONDS}">
<title>Building the site … — briefgen serve</title>
<style>body{{font:1.1rem/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#222}}
p.status{{font-family:ui-monospace,monospace;font-size:.95rem;color:#444}}</style>
</head>
<body>
<main>
<h1>Building the site …</h1>
<p>briefgen is building {html.escape(project)} for the first time. This page reloads by itself
and shows the page you asked for as soon as the site is ready.</p>
<p class="status" role="status">{html.escape(status)} ({elapsed:.0f} s)</p>
</main>
</body>
</html>
""".encode()
