"""`serve`'s provisional pages, attacked: what the build would not publish, templates that hide the
refresh, plugins that print, clients that do not read, a memo asked for page after page.

Each test is of a kind found by trying to break the feature (docs/serve.md, "The first build"):
- an article the build stops on (a front-matter error, a body over the limit, a second file
  claiming its slug) was shown as if fine — with "1 January 1970" for a date it could not read;
- a template without `</head>` (optional in HTML), or with one in a comment, lost the refresh, and
  the tab stayed on the provisional page after the build;
- a plugin's `print` at import ran again at every request, into the terminal;
- a client that never read a large answer held up every other one for SEND_TIMEOUT each;
- the child's memo kept every article and every revision asked for;
- a static file replaced by a pipe after it was listed blocked the child for good.
"""
from __future__ import annotations

import os
import re
import socket
import threading
import time
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from support.examples import examples

from briefgen.build import BuildOptions, gather, plan
from briefgen.preview.provisional import Held, Provisional, _marked
from briefgen.speed.cache import BuildCache
from briefgen.speed.memo import Memo
from briefgen.speed.files import FileIndex
from test_preview import SITE, TIMEOUT, fetch, served_url, start_cli
from test_startup import held, waiting_url

GOOD = {"title": "Talks resume in Vienna", "source": "Example Wire", "published": "2023-05-14T08:00:00+02:00"}


def _article(fields: dict[str, str | None], body: str) -> str:
    lines = [f"{key}: {value}" for key, value in fields.items() if value is not None]
    return "---\n" + "\n".join(lines) + "\n---\n" + body


def _whole_build(root: Path) -> tuple[set[str], list]:
    """The pages and problems of the build of the whole site (what the provisional page stands in for)."""
    inputs, problems = gather(root / "config.yaml", BuildOptions())
    assert inputs is not None
    index = FileIndex(root / ".none", save=False)
    hashed, found = index.revisions(root, list(inputs.articles + inputs.notes), inputs.confine)
    planned, more = plan(replace(inputs, articles=tuple(h for h in hashed if h.path.startswith("content/articles/")),
                                 notes=tuple(h for h in hashed if h.path.startswith("content/notes/"))),
                         BuildCache(root, inputs.output, Memo(), index, read_only=True), 1)
    return ({p.path for p in planned.pages} if planned is not None else set()), problems + found + more


@settings(max_examples=examples(30), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=st.sampled_from([GOOD["title"], None, '""', "[a, b]"]),
       published=st.sampled_from([GOOD["published"], None, "notadate-2023", "2023-13-45", "2099-01-01"]),
       source=st.sampled_from([GOOD["source"], None]),
       slug=st.sampled_from([None, "probe", "first-report", "moved-probe", "Not A Slug"]),
       body=st.sampled_from(["Talks resumed.\n", "> " * 40 + "deep\n"]))
def test_an_article_is_shown_provisionally_only_as_the_build_would_publish_it(site_factory, title, published,
                                                                             source, slug, body) -> None:
    root = site_factory(SITE)
    fields = {**GOOD, "title": title, "published": published, "source": source, "slug": slug}
    (root / "content/articles/probe.md").write_text(_article(fields, body))
    pages, problems = _whole_build(root)
    errors = [d for d in problems if d.severity == "error"]
    provisional = Provisional(root / "config.yaml")
    provisional.recent()  # (the probe changed last: its `slug:` is known from the list)
    probe = "content/articles/probe.md"
    mine = [str(d) for d in errors if d.path == probe]
    clash = [line for line in mine if "is also used by" in line]
    for asked in ("probe", "first-report", "moved-probe"):
        if asked == "probe":  # its file name: what is wrong in it, but a slug it gives elsewhere
            stopping = [line for line in mine if line not in clash]
        elif asked == slug and (clash or f"articles/{asked}/index.html" in pages and asked != "first-report"):
            stopping = mine  # it claims the slug by its `slug:` (a file the build cannot read gives none)
        else:
            stopping = []
        made = provisional.article(asked)
        if stopping:  # the build stops on what this page is made from: never a page, always the reason
            assert isinstance(made, Held), (asked, stopping, made)
            assert set(stopping) <= set(made.problems)
            assert all(re.match(r"content/articles/[\w-]+\.md(:\d+)?: ", line) for line in made.problems)
        elif f"articles/{asked}/index.html" in pages:
            assert isinstance(made, bytes) and b"Provisional preview" in made, (asked, made)
        else:
            assert made is None, (asked, made)


def test_a_second_file_claiming_a_slug_holds_its_page_with_the_builds_error(site_factory) -> None:
    root = site_factory(SITE)
    other = _article({**GOOD, "slug": "first-report"}, "An impostor.\n")
    (root / "content/articles/other.md").write_text(other)
    provisional = Provisional(root / "config.yaml")
    provisional.recent()
    made = provisional.article("first-report")
    assert isinstance(made, Held)
    line = other.splitlines().index("slug: first-report") + 1  # (at the `slug:` that claims it)
    assert made.problems == (f'content/articles/other.md:{line}: slug "first-report" is also used by '
                             "content/articles/first-report.md; give one of them another file name or `slug:`",)
    # a file that gave its name away as a `slug:`, and one that took it: the page of the one that took it
    (root / "content/articles/first-report.md").write_text(
        (root / "content/articles/first-report.md").read_text().replace("title:", "slug: geneva-talks\ntitle:", 1))
    provisional = Provisional(root / "config.yaml")
    provisional.recent()
    made = provisional.article("first-report")
    assert isinstance(made, bytes) and b"An impostor." in made and b"Diplomats" not in made
    geneva = provisional.article("geneva-talks")
    assert isinstance(geneva, bytes) and b"Diplomats" in geneva


class _Tags(HTMLParser):
    """The start tags a browser's tokenizer sees (not those in comments, scripts or styles)."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.head_ended_at: int | None = None

    def handle_starttag(self, tag, attrs) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag) -> None:
        if tag == "head" and self.head_ended_at is None:
            self.head_ended_at = len(self.tags)


HEAD_PARTS = ["<title>x</title>", "<!-- </head> -->", "<!-- <body class=fake> -->",
              '<script>document.title = "</head><body>"</script>', "<style>/* </head> */ p{}</style>",
              '<meta name="note" content="</head>">']


@settings(max_examples=examples(150), deadline=None)
@given(head=st.lists(st.sampled_from(HEAD_PARTS), max_size=4), head_end=st.sampled_from(["</head>", "</HEAD >", ""]),
       body_tag=st.sampled_from(['<body class="page">', "<BODY>", ""]), text=st.text(max_size=30))
def test_the_note_and_the_refresh_are_where_a_browser_reads_them(head, head_end, body_tag, text) -> None:
    page = ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">" + "\n".join(head) + "\n"
            + head_end + "\n" + body_tag + "<h1>é " + text.replace("<", "&lt;") + "</h1></body></html>").encode()
    marked = _marked(page, "Parsing …")
    tags = _Tags()
    tags.feed(marked.decode())
    notes = [n for n, (tag, attrs) in enumerate(tags.tags) if tag == "p" and attrs.get("role") == "status"]
    refreshes = [n for n, (tag, attrs) in enumerate(tags.tags) if tag == "meta" and attrs.get("http-equiv") == "refresh"]
    assert len(notes) == 1  # shown, once, as a real element
    assert len(refreshes) == (1 if head_end else 0)  # (without `</head>`, the HTTP Refresh header does it)
    if head_end:
        assert refreshes[0] < (tags.head_ended_at or 0)  # in the head, not in a comment or a script
    if body_tag:
        assert [tag for tag, _ in tags.tags][notes[0] - 1] == "body"  # the first thing the body shows
    assert marked.count("é".encode()) == page.count("é".encode())  # nothing mangled


def _write_big_static(root: Path, size: int = 6 << 20) -> bytes:
    data = os.urandom(size)
    (root / "static").mkdir(exist_ok=True)
    (root / "static/big.bin").write_bytes(data)
    return data


def test_a_client_that_never_reads_holds_up_no_other(site_factory, tmp_path: Path) -> None:
    root = site_factory(SITE)
    data = _write_big_static(root)
    with held(root):
        process = start_cli(root, tmpdir=tmp_path)
        try:
            url = waiting_url(process)
            host, port = url.split("/")[2].rsplit(":", 1)
            stalled = []
            for _ in range(6):  # each was 2 s (SEND_TIMEOUT) of every other client's wait
                conn = socket.create_connection((host, int(port)))
                conn.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
                conn.sendall(f"GET /briefing/big.bin HTTP/1.1\r\nHost: {host}:{port}\r\n\r\n".encode())
                stalled.append(conn)
            time.sleep(0.3)
            started = time.monotonic()
            status, _, body = fetch(url + "articles/first-report/")
            assert status == 200 and "Envoys meet in Geneva" in body
            assert time.monotonic() - started < 1.5
            # a client that reads slowly, and one that shut its side after asking, still get every byte
            for half_close, pause in ((False, 0.002), (True, 0.0)):
                conn = socket.create_connection((host, int(port)), timeout=TIMEOUT)
                conn.sendall(f"GET /briefing/big.bin HTTP/1.1\r\nHost: {host}:{port}\r\n\r\n".encode())
                if half_close:
                    conn.shutdown(socket.SHUT_WR)
                received = b""
                while chunk := conn.recv(1 << 16):
                    received += chunk
                    time.sleep(pause)
                conn.close()
                assert received.startswith(b"HTTP/1.1 200 OK") and received.partition(b"\r\n\r\n")[2] == data
            for conn in stalled:
                conn.close()
        finally:
            process.kill()
            process.communicate(timeout=TIMEOUT)


PRINTING_PLUGIN = """\
import os, sys
print("plugin imported in", os.getpid(), flush=True)
print("plugin imported in", os.getpid(), file=sys.stderr, flush=True)
from briefgen.plugins import Plugin

def shout(text):
    print("filter called in", os.getpid(), flush=True)
    return str(text).upper()

def register():
    return Plugin(filters={"shout": shout})
"""


def _with_filter(site_factory, plugin: str, name: str) -> Path:
    """A site whose plugin `hooks.py` (source `plugin`) gives the filter `name`, which the article
    template applies to the article's title."""
    root = site_factory({**SITE, "hooks.py": plugin, "templates/article.html":
                         '{% extends "base.html" %}{% block content %}<h1>{{ entry.article.title|' + name
                         + ' }}</h1>{% endblock %}'})
    with (root / "config.yaml").open("a") as config:
        config.write("plugins: [hooks.py]\n")
    return root


def test_what_a_plugin_prints_is_not_printed_again_at_every_request(site_factory, tmp_path: Path) -> None:
    root = _with_filter(site_factory, PRINTING_PLUGIN, "shout")
    with held(root):
        process = start_cli(root, tmpdir=tmp_path)
        try:
            url = waiting_url(process)
            for _ in range(4):
                status, _, body = fetch(url + "articles/first-report/")
                assert status == 200 and "ENVOYS MEET IN GENEVA" in body
        except BaseException:
            process.kill()
            raise
    try:
        served_url(process)
    finally:
        process.kill()
        out, err = process.communicate(timeout=TIMEOUT)
    printed = re.findall(r"(?:plugin imported|filter called) in (\d+)", out + err)
    assert printed and set(printed) == {str(process.pid)}, printed  # the build's own, never the waiting child's


def test_the_childs_memo_keeps_only_what_its_last_pages_read(site_factory) -> None:
    root = site_factory(SITE)
    for n in range(30):
        (root / f"content/articles/report-{n}.md").write_text(_article(GOOD, f"Report number {n} on the talks.\n"))
    provisional = Provisional(root / "config.yaml")
    assert isinstance(provisional.article("report-0"), bytes)
    one = sum(len(shard) for shard in provisional._memos["article"]._shards.values())
    for n in range(1, 30):
        assert isinstance(provisional.article(f"report-{n}"), bytes)
    for n in range(10):  # edit after edit of one file
        (root / "content/articles/report-1.md").write_text(_article(GOOD, f"Edit {n}.\n"))
        assert b"Edit" in provisional.article("report-1")
    assert sum(len(shard) for shard in provisional._memos["article"]._shards.values()) <= one


def test_a_static_file_replaced_by_a_pipe_is_not_waited_for(site_factory) -> None:
    root = site_factory(SITE)
    (root / "static").mkdir()
    (root / "static/extra.css").write_text("p { color: red }\n")
    provisional = Provisional(root / "config.yaml")
    assert provisional.static("extra.css") == b"p { color: red }\n"  # (listed: reused for seconds)
    os.unlink(root / "static/extra.css")
    os.mkfifo(root / "static/extra.css")
    answer: list[bytes | None] = []
    reader = threading.Thread(target=lambda: answer.append(provisional.static("extra.css")), daemon=True)
    reader.start()
    reader.join(5)
    if reader.is_alive():  # unblock it before failing: a writer opens the pipe
        with open(root / "static/extra.css", "wb"):
            pass
        pytest.fail("reading a static file that became a pipe blocked")
    assert answer == [None]


def test_a_tab_turns_into_the_sites_page_also_when_the_template_leaves_out_head_end(site_factory, tmp_path: Path,
                                                                                   page) -> None:
    from playwright.sync_api import expect

    from briefgen.load.files import THEME_TEMPLATES

    base = (THEME_TEMPLATES / "base.html").read_text()
    assert "</head>" in base
    root = site_factory({**SITE, "templates/base.html": base.replace("</head>", "")})  # (an optional end tag)
    with held(root):
        process = start_cli(root, tmpdir=tmp_path)
        try:
            url = waiting_url(process)
            page.goto(url + "articles/first-report/")
            expect(page.get_by_role("status")).to_contain_text("Provisional preview")
        except BaseException:
            process.kill()
            raise
    try:  # no navigation by the test: the answer's Refresh brings the site's page
        expect(page.get_by_text("Provisional preview")).to_have_count(0, timeout=TIMEOUT * 1000)
        expect(page.locator("h1").first).to_contain_text("Envoys meet in Geneva")
        assert page.url == url + "articles/first-report/"
    finally:
        process.kill()
        process.communicate(timeout=TIMEOUT)


def test_the_waiting_page_names_the_errors_that_hold_an_article_back(site_factory, tmp_path: Path, page) -> None:
    from playwright.sync_api import expect

    from support.htmlcheck import validate_html

    root = site_factory({**SITE, "content/articles/probe.md": _article({**GOOD, "published": "notadate"}, "Text.\n")})
    with held(root):
        process = start_cli(root, tmpdir=tmp_path)
        try:
            url = waiting_url(process)
            status, headers, body = fetch(url + "articles/probe/")
            assert status == 503 and "Provisional preview" not in body and "1970" not in body
            assert 'content/articles/probe.md:4: &quot;published&quot; must be a date' in body
            saved = tmp_path / "held.html"
            saved.write_text(body)
            assert validate_html([saved]) == []
            page.goto(url + "articles/probe/")
            expect(page.get_by_role("listitem").first).to_contain_text('content/articles/probe.md:4: "published"')
        finally:
            process.kill()
            process.communicate(timeout=TIMEOUT)


STUCK_PLUGIN = """\
import time
from briefgen.plugins import Plugin

def stuck(text):
    time.sleep(120)  # (a filter that never ends, for the test's purposes)
    return text

def register():
    return Plugin(filters={"stuck": stuck})
"""


def test_a_serve_killed_while_a_provisional_page_is_made_leaves_no_child_holding_the_port(site_factory,
                                                                                         tmp_path: Path) -> None:
    import signal

    root = _with_filter(site_factory, STUCK_PLUGIN, "stuck")
    with held(root):
        process = start_cli(root, tmpdir=tmp_path)
        try:
            url = waiting_url(process)
            host, port = url.split("/")[2].rsplit(":", 1)
            asking = socket.create_connection((host, int(port)))
            asking.sendall(f"GET /briefing/articles/first-report/ HTTP/1.1\r\nHost: {host}:{port}\r\n\r\n".encode())
            time.sleep(1.0)  # (the child is in the filter now)
        finally:
            process.send_signal(signal.SIGKILL)
            process.communicate(timeout=TIMEOUT)
    deadline = time.monotonic() + 5
    while True:
        probe = socket.socket()
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, int(port)))
            break
        except OSError:
            assert time.monotonic() < deadline, "the waiting child outlived serve, holding its port"
            time.sleep(0.1)
        finally:
            probe.close()
    asking.close()
