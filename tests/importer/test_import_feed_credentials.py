"""A private feed's URL with a user name and password (`http://editor:s3cret@host/feed.xml`).

Before: urllib3 dropped the user information, so the server answered 401 ("check the URL"),
and every fetch line, warning and `briefgen feeds` row printed the password (cron mail, CI
logs). Now the credentials go as `Authorization: Basic` (same origin only) and every message
shows `editor:***@`."""
from __future__ import annotations

import base64
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefgen.importer.http import HttpClient
from briefgen.load.webaddresses import redacted
from support.feedserver import FeedServer, Reply
from support.importing import NO_PROXY, articles, fetch, rss
from support.sites import run_cli
from support.examples import examples

FEED = rss("Private", [{"title": "Members only", "link": "https://private.example/1", "guid": "p1"}])
SECRETS = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=16)


def _basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


@settings(max_examples=examples(40), deadline=None)
@given(user=SECRETS.filter(lambda u: ":" not in u), password=SECRETS, path=st.sampled_from(["/feed.xml", "/", "/a?b=c"]))
@example(user="editor", password="hunter2", path="/feed.xml")
def test_a_password_is_never_shown(user: str, password: str, path: str) -> None:
    url = f"https://{quote(user, safe='')}:{quote(password, safe='')}@feeds.example{path}"
    assert redacted(url) == f"https://{quote(user, safe='')}:***@feeds.example{path}"
    assert redacted(f"https://feeds.example{path}") == f"https://feeds.example{path}"


def test_the_credentials_go_as_basic_authorization(server: FeedServer) -> None:
    url = server.script("/feed.xml", Reply(200, FEED))
    client = HttpClient(timeout=5)

    @settings(max_examples=examples(10), deadline=None)
    @given(user=SECRETS.filter(lambda u: ":" not in u), password=SECRETS)
    @example(user="editor", password="hunter2")
    @example(user="me@mail.example", password="p@ss:w/rd")
    def check(user: str, password: str) -> None:
        with_creds = url.replace("http://", f"http://{quote(user, safe='')}:{quote(password, safe='')}@")
        assert client.get(with_creds).status == 200
        assert server.requests[-1].headers.get("Authorization") == _basic(user, password)

    try:
        check()
    finally:
        client.close()


def test_a_private_feed_is_imported_and_its_password_never_printed(
        site: Callable[..., Path], server: FeedServer) -> None:
    url = server.script("/feed.xml", Reply(200, FEED))
    gone = server.script("/gone.xml", Reply(404, "no"))
    # a redirect to another origin (localhost is not 127.0.0.1) must not carry the password
    away = server.url.replace("127.0.0.1", "localhost") + "/moved.xml"
    server.script("/moved.xml", Reply(200, FEED.replace("p1", "p2").replace("/1<", "/2<")))
    server.script("/redirect.xml", Reply(301, "", {"Location": away}))
    private = [u.replace("http://", "http://editor:hunter2@") for u in (url, gone, server.url + "/redirect.xml")]
    root = site(*private)
    result = fetch(root)
    assert "Private: new=1" in result.stdout, result.stdout + result.stderr
    assert server.seen("/feed.xml")[0].headers.get("Authorization") == _basic("editor", "hunter2")
    assert "Authorization" in server.seen("/redirect.xml")[0].headers
    assert "Authorization" not in server.seen("/moved.xml")[0].headers
    assert "editor:***@" in result.stderr  # the failing feed is named, without its password
    status = run_cli(["feeds"], root, env=NO_PROXY)
    for output in (result.stdout, result.stderr, status.stdout, status.stderr):
        assert "hunter2" not in output, output
    assert "hunter2" not in "".join(p.read_text(encoding="utf-8") for p in articles(root).values())
