"""The tests' loopback HTTP servers, served on a thread that stops promptly.

`socketserver`'s `serve_forever(poll_interval=0.5)` looks for a `shutdown()` request only between
`select` calls of `poll_interval` seconds, so each `shutdown()` waited 0.25 s on average (up to 0.5 s)
doing nothing: measured 0.22-0.50 s a server (2026-12-07, CT5). The suite stops a server after every
feed-import test and every module that publishes a built site over HTTP (several hundred a run). The
interval changes when the loop notices `shutdown()`, never how a request is served (a request wakes
`select` at once); the preview tests have served with 0.05 s since they were written.
"""
from __future__ import annotations

import socketserver
import threading

POLL_SECONDS = 0.05


def serve_in_thread(server: socketserver.BaseServer) -> threading.Thread:
    """Start `server.serve_forever` on a daemon thread that a `server.shutdown()` ends within POLL_SECONDS;
    returns the (started) thread."""
    thread = threading.Thread(target=server.serve_forever, args=(POLL_SECONDS,), daemon=True)
    thread.start()
    return thread
