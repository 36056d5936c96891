"""DNS rebinding: the preview answers only requests that name this machine in `Host`.

`briefgen serve` listens on 127.0.0.1, but a web page the editor opens can point a name it owns
at 127.0.0.1 and read the preview as its own origin — drafts, the advice panel, paths. Its
requests name that host (`Host: rebind.attacker.example:8000`); before, every Host was served.
Listening on 0.0.0.0 (the editor's choice to serve the network), every Host still is.
"""
from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from briefgen.preview.hosts import answers
from briefgen.preview.livereload import EVENTS_PATH, LiveState
from briefgen.preview.server import PreviewServer
from briefgen.preview.waiting import waiting_response
from briefgen.preview.tabs import WORKER_PATH
from support.sites import write_site
from support.examples import examples
from test_server import send_raw

DRAFT = "Draft: the minister resigns tomorrow"
LABEL = st.from_regex(r"[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?", fullmatch=True)
DOMAIN = st.lists(LABEL, min_size=2, max_size=4).map(".".join).filter(
    lambda name: name.split(".")[-1] != "localhost" and not name.replace(".", "").isdigit())
PORT = st.one_of(st.just(""), st.integers(1, 65535).map(lambda port: f":{port}"))
LOOPBACK = st.one_of(st.sampled_from(["localhost", "LOCALHOST", "localhost.", "app.localhost", "127.0.0.1",
                                      "127.9.8.7"]),
                     st.ip_addresses(v=4, network="127.0.0.0/8").map(str))


@settings(max_examples=examples(60), deadline=None)
@given(name=DOMAIN, port=PORT, bound=st.sampled_from(["127.0.0.1", "localhost", "::1"]))
def test_a_name_that_is_not_this_machine_is_refused_on_a_loopback_preview(name: str, port: str, bound: str) -> None:
    assert not answers(f"{name}{port}", bound)
    assert not answers(f"{name}.{port}", bound)
    assert not answers(f"127.0.0.1.{name}{port}", bound)
    assert answers(f"{name}{port}", "0.0.0.0")  # serving the network: the editor's choice
    assert answers(f"{name}{port}", name)  # `--host NAME`: that name is this machine


@settings(max_examples=examples(40), deadline=None)
@given(name=LOOPBACK, port=PORT, bound=st.sampled_from(["127.0.0.1", "localhost", "::1", "0.0.0.0"]))
def test_names_of_this_machine_are_answered(name: str, port: str, bound: str) -> None:
    assert answers(f"{name}{port}", bound)
    assert answers(f"[::1]{port}", bound)


@pytest.fixture
def preview(tmp_path: Path) -> Iterator[int]:
    site = write_site(tmp_path / "site", {"index.html": f"<!DOCTYPE html><html><body>{DRAFT}</body></html>",
                                          "404.html": "<!DOCTYPE html><html><body>lost</body></html>"})
    state = LiveState(instance="t", base_path="/briefing/")
    state.build_finished((), "/briefing/", wrote=True)
    server = PreviewServer("127.0.0.1", 0, site, state, heartbeat=0.2)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield server.port
    state.close()
    server.shutdown()
    server.close_connections()
    thread.join(5)


@pytest.mark.parametrize("target", ["/briefing/", "/briefing/index.html", "/briefing/missing/", "/",
                                    f"{EVENTS_PATH}?token=t", WORKER_PATH])
def test_a_rebound_name_gets_403_and_nothing_of_the_site(preview: int, target: str) -> None:
    reply = send_raw(preview, f"GET {target} HTTP/1.1\r\nHost: rebind.attacker.example:{preview}\r\n"
                              "Accept: text/html\r\n\r\n".encode())
    assert reply.status == 403
    assert DRAFT not in reply.text and "lost" not in reply.text
    assert "DNS rebinding" in reply.text


def test_this_machines_names_still_get_the_site(preview: int) -> None:
    for host in (f"127.0.0.1:{preview}", f"localhost:{preview}", f"[::1]:{preview}"):
        reply = send_raw(preview, f"GET /briefing/ HTTP/1.1\r\nHost: {host}\r\n\r\n".encode())
        assert reply.status == 200 and DRAFT in reply.text, host
    assert DRAFT in send_raw(preview, b"GET /briefing/ HTTP/1.0\r\n\r\n").text  # no Host: not a browser


def test_the_page_shown_during_the_first_build_refuses_a_rebound_name_too() -> None:
    refused = waiting_response(b"GET /briefing/ HTTP/1.1\r\nhost: rebind.attacker.example\r\n\r\n",
                               "/home/ana/secret-project", "Reading content", 1.0, "127.0.0.1")
    assert refused.startswith(b"HTTP/1.1 403 ") and b"secret-project" not in refused
    shown = waiting_response(b"GET /briefing/ HTTP/1.1\r\nHost: localhost:8000\r\n\r\n",
                             "/home/ana/secret-project", "Reading content", 1.0, "127.0.0.1")
    assert shown.startswith(b"HTTP/1.1 503 ") and b"secret-project" in shown
