"""Range requests (preview/ranges.py): media in static/ plays and seeks in the preview.

On raw sockets, every form of a single byte range over files of every size is answered as
slicing the file says; in headless Chromium, an <audio> file copied from static/ is seekable
to its end, fetched in ranges as a static host serves it.
"""
from __future__ import annotations

import io
import math
import socket
import struct
import threading
import wave
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefgen.preview.command import Preview
from briefgen.preview.livereload import LiveState
from briefgen.preview.server import PreviewServer
from support.sites import MINIMAL_SITE
from support.examples import examples


def request(port: int, target: str, headers: str = "") -> tuple[int, dict[str, str], bytes]:
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(f"GET {target} HTTP/1.1\r\nHost: localhost\r\n{headers}\r\n".encode("latin-1"))
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    fields = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    return int(lines[0].split()[1]), fields, body


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[int, Path]]:
    site = tmp_path_factory.mktemp("site")
    state = LiveState(instance="t", base_path="/")
    state.build_finished((), "/", wrote=True)
    served = PreviewServer("127.0.0.1", 0, site, state)
    thread = threading.Thread(target=served.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield served.port, site
    state.close()
    served.shutdown()
    served.close_connections()
    thread.join(5)


HUGE = "9" * 5000  # a position of 5,000 digits


def expected(content: bytes, first: int | None, last: int | None) -> tuple[int, bytes]:
    """What slicing says `bytes=<first>-<last>` gets (RFC 9110 14.1.2): status and body."""
    size = len(content)
    if first is None:  # the last `last` bytes
        return (416, b"") if last == 0 or size == 0 else (206, content[-last:])
    if last is not None and last < first:
        return 200, content  # invalid: the whole file
    if first >= size:
        return 416, b""
    return 206, content[first:None if last is None else last + 1]


@settings(max_examples=examples(60), deadline=None)
@given(content=st.binary(max_size=300), first=st.none() | st.integers(0, 320), last=st.none() | st.integers(0, 320))
@example(content=b"", first=0, last=None)
@example(content=b"0123456789", first=None, last=0)
@example(content=b"0123456789", first=HUGE, last=None)  # int() refuses 4,300+ digits: was a traceback
@example(content=b"0123456789", first=3, last=HUGE)
@example(content=b"0123456789", first=None, last=HUGE)
def test_a_single_byte_range_is_the_slice_of_the_file(server: tuple[int, Path], content: bytes,
                                                      first: int | str | None, last: int | str | None) -> None:
    port, site = server
    if first is None and last is None:
        last = 1  # "bytes=-" is no range at all; the suffix form needs a length
    (site / "clip.mp3").write_bytes(content)
    spec = f"{'' if first is None else first}-{'' if last is None else last}"
    status, headers, body = request(port, "/clip.mp3", f"Range: bytes={spec}\r\n")
    want_status, want_body = expected(content, *(10 ** 30 if isinstance(v, str) else v for v in (first, last)))
    assert (status, body) == (want_status, want_body)
    assert headers["accept-ranges"] == "bytes"
    if status == 206:
        start = len(content) - len(body) if first is None else first
        assert headers["content-range"] == f"bytes {start}-{start + len(body) - 1}/{len(content)}"
        assert int(headers["content-length"]) == len(body)
    if status == 416:
        assert headers["content-range"] == f"bytes */{len(content)}"


@pytest.mark.parametrize("header", ["bytes=0-1,4-5", "items=0-1", "bytes=a-b", "bytes 0-1"])
def test_what_is_not_one_byte_range_gets_the_whole_file(server: tuple[int, Path], header: str) -> None:
    port, site = server
    (site / "whole.bin").write_bytes(b"0123456789")
    assert request(port, "/whole.bin", f"Range: {header}\r\n")[::2] == (200, b"0123456789")
    # If-Range: the preview has no validators to compare, so the whole file.
    assert request(port, "/whole.bin", "Range: bytes=0-1\r\nIf-Range: \"x\"\r\n")[::2] == (200, b"0123456789")


def test_a_page_is_always_whole(server: tuple[int, Path]) -> None:
    port, site = server
    (site / "index.html").write_text("<!DOCTYPE html><title>x</title><body><p>page</p></body>")
    status, headers, body = request(port, "/", "Range: bytes=0-5\r\n")
    assert status == 200 and b"<p>page</p>" in body and "accept-ranges" not in headers


def wav(seconds: int) -> bytes:
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(b"".join(struct.pack("<h", int(8000 * math.sin(i / 10))) for i in range(8000 * seconds)))
    return out.getvalue()


def test_audio_from_static_seeks_to_its_end_in_chromium(site_factory: Callable[..., Path], page) -> None:
    root = site_factory({**MINIMAL_SITE, "static/media/player.html":
                         '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>player</title></head>'
                         '<body><audio controls preload="auto" src="briefing.wav"></audio></body></html>'})
    (root / "static/media/briefing.wav").write_bytes(wav(60))
    answers: list[int] = []
    page.on("response", lambda r: answers.append(r.status) if r.url.endswith(".wav") else None)
    with Preview(root / "config.yaml", "127.0.0.1", 0, watch=False, jobs=1,
                 out=io.StringIO(), err=io.StringIO()) as preview:
        page.goto(preview.url + "media/player.html")
        page.wait_for_function("document.querySelector('audio').readyState >= 1")
        seek = page.evaluate("""async () => {
            const a = document.querySelector('audio');
            const ranges = [...Array(a.seekable.length).keys()].map(i => [a.seekable.start(i), a.seekable.end(i)]);
            a.currentTime = 50;
            await new Promise(done => a.addEventListener('seeked', done, {once: true}));
            return {duration: a.duration, ranges, now: a.currentTime};
        }""")
    assert seek["duration"] == 60 and seek["ranges"] == [[0, 60]] and seek["now"] == 50
    assert answers and set(answers) == {206}
