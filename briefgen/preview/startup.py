"""While `serve`'s first build runs, a forked child answers every request: a page saying so, or a provisional one.

Without a cache, the first build of a large archive takes a while (29 s at 10,000
articles on the project's machine: docs/serve.md), and no page of the site exists
before it ends — every page depends on the whole archive (topics, stories, people).
So that the address works at once, `WaitingPage` forks a child that accepts on the
server's listening socket and answers each request with `503 Service Unavailable`,
`Retry-After: 1` and a small page ("Building the site …", the build's latest progress
line, the seconds elapsed, and the articles changed last) that reloads itself every
second (`<meta http-equiv="refresh">`, so no script is needed) — but for an article's
page, which it answers with a provisional page made from that article's file alone and
marked so (preview/provisional.py). Once the build ends the child is stopped, the
real server takes over the same socket, and the next reload of each tab gets the real
page at the URL it asked for. Nothing stale can be shown: a provisional page is made
from the file as it is at the request.

Why a child process and not a thread: the first build forks worker processes, which
is safe only while no other thread runs in this process (speed/parallel.py). The child
is forked before any thread exists, and only ever accepts, reads request heads and
writes its pages (a provisional page reads the project; it forks nothing); it exits (`os._exit`, no clean-up of the parent's state) when the
parent closes its end of the control pipe, or when the parent is gone (killed: the
build's own workers may still hold the pipe open). Where forking is not possible or
fails, requests wait in the socket's queue until the build ends, as they did before.

Clients are served together (`selectors`), each within REQUEST_TIMEOUT from its
connection and SEND_TIMEOUT from its answer (sent as the client reads it), so no slow,
silent or non-reading client holds up the others or the hand-over. A tab
left open from an earlier `serve` reconnects its reload channel (an EventSource) during
the build: it gets `200 text/event-stream` with a reload event — a browser gives up an
EventSource for good after any other status — and so reloads onto the waiting page
instead of staying on a page older than the content.
"""
from __future__ import annotations

import os
import selectors
import signal
import socket
import time
from dataclasses import dataclass

from briefgen.preview.provisional import Provisional
from briefgen.preview.waiting import waiting_response
from briefgen.speed.parallel import can_fork, end_with_parent

REQUEST_TIMEOUT = 1.0  # seconds from a client's connection to its whole request head
DRAIN_SECONDS = 0.5  # after answering, unread request bytes are discarded this long (closing on them resets)
MAX_HEAD = 16384  # bytes of request head read at most
MAX_CLIENTS = 256  # connections served at once; more are closed at once
SEND_TIMEOUT = 2.0  # seconds a client has to take a large answer, sent as it reads it (`_reply`)
MAX_UNSENT = 64 << 20  # bytes of answers waiting for slow clients at most; a larger answer beyond it is a busy one
PARENT_CHECK = 0.5  # seconds between checks that the parent still runs
STOP_TIMEOUT = 2.0  # seconds the parent waits for the child to exit before killing it
# Seconds after the start, and after each request for an article's page, before the list of recent
# articles is made (~1.3 s at 100,000 articles, while the build holds both cores): an article asked
# for at once (an address typed or opened as serve starts) is answered first; it waited for the list,
# 3.4–7 s at 100,000 articles, when the list was begun at once (2026-12-02). A tab that reconnects
# later can still find the list under way. A waiting page asked for meanwhile comes without the list.
LIST_AFTER_IDLE = 0.15


class WaitingPage:
    """A forked child answering `server_socket`'s requests with a "building" page (module docstring).

    `start` returns None where forking is not safe, not possible, or fails. `progress(line)`
    shows `line` on the page from the next request on; `stop()` ends the child and waits
    for it, killing it if it does not exit (idempotent; also when interrupted). The socket
    itself stays open and listening in this process throughout.
    """

    def __init__(self, pid: int, control: int, server_socket: socket.socket) -> None:
        self._pid = pid
        self._control = control  # write end of the control pipe; closing it stops the child
        self._socket = server_socket

    @classmethod
    def start(cls, server_socket: socket.socket, project: str, bound: str = "127.0.0.1",
              provisional: Provisional | None = None) -> WaitingPage | None:
        """The child, answering also with `provisional`'s pages (preview/provisional.py) when given."""
        if not can_fork():
            return None
        read_end, write_end = os.pipe()
        started, parent = time.monotonic(), os.getpid()
        try:
            pid = os.fork()
        except OSError:  # no memory or process slots for it: requests wait, as without it
            os.close(read_end)
            os.close(write_end)
            return None
        if pid == 0:  # the child: never returns
            status = 0
            try:
                os.close(write_end)
                signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's: it stops us
                signal.signal(signal.SIGHUP, signal.SIG_IGN)  # (the terminal closed: likewise)
                signal.signal(signal.SIGTERM, signal.SIG_DFL)
                end_with_parent(parent)  # (else only the loop's check between answers: a serve killed while a
                # plugin's filter ran for good in a provisional page left the child holding the port)
                _silence()
                _answer(server_socket, read_end, project, started, parent, bound, provisional)
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
        reaped = False
        try:
            deadline = time.monotonic() + STOP_TIMEOUT
            while not reaped and time.monotonic() < deadline:
                reaped = os.waitpid(self._pid, os.WNOHANG)[0] != 0
                if not reaped:
                    time.sleep(0.005)
        finally:  # also on Ctrl-C: the child must not outlive `serve`, holding the port
            if not reaped:
                os.kill(self._pid, signal.SIGKILL)
                os.waitpid(self._pid, 0)
            # The child made the listening socket non-blocking; that flag belongs to the
            # socket (shared across the fork), and the real server expects a blocking one.
            self._socket.setblocking(True)


@dataclass
class _Client:
    deadline: float  # time.monotonic() after which the connection is closed
    head: bytes = b""
    answered: bool = False  # answer made: what still comes is discarded
    unsent: memoryview | None = None  # the rest of the answer, sent as the client takes it
    reading: bool = True  # False once the client shut its side: only the answer's rest is still sent


def _answer(server_socket: socket.socket, control: int, project: str, started: float, parent: int,
            bound: str, provisional: Provisional | None = None) -> None:
    """The child's loop: answer requests until the control pipe closes or the parent is gone.
    It never waits for one client: an answer larger than the socket's buffer (a provisional
    page, a stylesheet) is sent in parts as the client reads it, SEND_TIMEOUT at most."""
    status = "Starting …"
    server_socket.setblocking(False)  # a connection taken by another process must not hang accept
    selector = selectors.DefaultSelector()
    selector.register(server_socket, selectors.EVENT_READ)
    selector.register(control, selectors.EVENT_READ)
    clients: dict[socket.socket, _Client] = {}
    unread = b""
    idle = provisional is not None  # the list of recent articles is still to be made, while nothing waits
    quiet_since = time.monotonic()  # (the start, or the last request for an article's page)
    while True:
        now = time.monotonic()
        wake = min([client.deadline for client in clients.values()], default=now + PARENT_CHECK)
        if idle:
            wake = min(wake, quiet_since + LIST_AFTER_IDLE)
        waiting = any(not client.answered or client.unsent is not None for client in clients.values())
        events = selector.select(max(0.0, min(wake, now + PARENT_CHECK) - now))
        if (idle and not events and not waiting and provisional is not None
                and time.monotonic() - quiet_since >= LIST_AFTER_IDLE):
            idle = False
            try:  # every request answered until now: a first page is never held up by it
                provisional.recent()
            except (Exception, SystemExit):  # (as in `waiting_response`: the plain waiting page then)
                pass
        for key, mask in events:
            if key.fileobj == control:
                data = os.read(control, 65536)
                if not data:
                    return
                lines = (unread + data).split(b"\n")
                unread = lines.pop()
                if lines:
                    status = lines[-1].decode("utf-8", "replace")
            elif key.fileobj is server_socket:
                try:
                    conn, _ = server_socket.accept()
                except OSError:  # taken by another process, or reset before it was taken
                    continue
                if len(clients) >= MAX_CLIENTS:
                    conn.close()
                    continue
                conn.setblocking(False)
                clients[conn] = _Client(time.monotonic() + REQUEST_TIMEOUT)
                selector.register(conn, selectors.EVENT_READ)
            else:
                conn = key.fileobj  # type: ignore[assignment]
                client = clients.get(conn)
                if client is None:  # (closed by an earlier event of this round)
                    continue
                if mask & selectors.EVENT_WRITE:
                    _send(selector, clients, conn, client)
                if conn not in clients or not mask & selectors.EVENT_READ or not client.reading:
                    continue
                try:
                    chunk = conn.recv(65536)
                except (BlockingIOError, InterruptedError):
                    continue
                except OSError:
                    chunk = b""
                if not chunk and client.unsent is not None:  # (shut its side, still taking the answer)
                    client.reading = False
                    selector.modify(conn, selectors.EVENT_WRITE)
                elif not chunk:
                    _close(selector, clients, conn)
                elif not client.answered:
                    client.head += chunk
                    if b"\r\n\r\n" in client.head or b"\n\n" in client.head or len(client.head) >= MAX_HEAD:
                        if b"/articles/" in client.head.split(b"\n", 1)[0]:  # (a tab on an article: the list waits)
                            quiet_since = time.monotonic()
                        response = waiting_response(client.head, project, status, time.monotonic() - started,
                                                    bound, provisional)
                        unsent = sum(len(c.unsent) for c in clients.values() if c.unsent is not None)
                        _reply(selector, clients, conn, client,
                               response if unsent + len(response) <= MAX_UNSENT else BUSY)
        now = time.monotonic()
        for conn in [conn for conn, client in clients.items() if client.deadline <= now]:
            _close(selector, clients, conn)
        if os.getppid() != parent:  # killed: the pipe may never close (the build's workers hold it)
            return


_BUSY_TEXT = b"Busy sending other answers; reload in a moment."
BUSY = (b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\n"
        + f"Content-Length: {len(_BUSY_TEXT)}\r\n".encode()
        + b"Retry-After: 1\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n" + _BUSY_TEXT)


def _reply(selector: selectors.BaseSelector, clients: dict[socket.socket, _Client], conn: socket.socket,
           client: _Client, response: bytes) -> None:
    """Start sending `response`; what the socket's buffer does not take now is sent as the client reads."""
    client.answered, client.head, client.unsent = True, b"", memoryview(response)
    client.deadline = time.monotonic() + SEND_TIMEOUT
    _send(selector, clients, conn, client)
    if conn in clients and client.unsent is not None:
        selector.modify(conn, selectors.EVENT_READ | selectors.EVENT_WRITE if client.reading else selectors.EVENT_WRITE)


def _send(selector: selectors.BaseSelector, clients: dict[socket.socket, _Client], conn: socket.socket,
          client: _Client) -> None:
    """Send what the socket takes of the answer's rest; once all is sent, shut the write side and only
    discard what the client still sends (DRAIN_SECONDS: closing on unread bytes resets the connection)."""
    assert client.unsent is not None
    try:
        while client.unsent:
            client.unsent = client.unsent[conn.send(client.unsent):]
    except (BlockingIOError, InterruptedError):
        return
    except OSError:  # reset, or gone
        _close(selector, clients, conn)
        return
    client.unsent = None
    try:
        conn.shutdown(socket.SHUT_WR)
    except OSError:
        pass
    if not client.reading:
        _close(selector, clients, conn)
        return
    selector.modify(conn, selectors.EVENT_READ)
    client.deadline = time.monotonic() + DRAIN_SECONDS


def _close(selector: selectors.BaseSelector, clients: dict[socket.socket, _Client], conn: socket.socket) -> None:
    selector.unregister(conn)
    del clients[conn]
    conn.close()


def _silence() -> None:
    """Send the child's output nowhere: it prints nothing of its own, and what the project's plugins
    print (at import, in a filter) would be printed again at every request, between the build's lines.
    The build prints it, once."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
    except OSError:
        return
    for fd in (1, 2):
        try:
            os.dup2(null, fd)
        except OSError:
            pass
    os.close(null)
