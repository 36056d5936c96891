"""A redirect from a feed on the public web to this machine or a private network is not followed.

A feed at `https://outlet.example/rss` that answers `302 Location: http://169.254.169.254/latest/
meta-data/` (a cloud's metadata service) or `http://10.0.0.5/intranet.xml` had `briefgen fetch` ask
the editor's own machine or network, and import and publish what answered there if it read as a
feed. Now such a redirect, in every spelling a browser reads as a private host, fails the feed with
`redirected to …, on this machine or a private network …`; a feed the editor configured on such a
host follows it as before. Real sockets: a server on 127.0.0.1 reached through this machine's name,
which fetch takes for a host of the public web (skipped where that name does not resolve so).
"""
from __future__ import annotations

import socket

import pytest
from hypothesis import HealthCheck, example, given, settings

from briefgen.importer.http import HttpClient
from briefgen.importer.privatenet import private_address
from support.feedserver import FeedServer, Reply
from support.privatehosts import private_urls
from support.examples import examples


def _feed(link: str) -> str:
    return ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Intranet</title>'
            f"<link>{link}</link><description>d</description><item><title>Pay rises</title>"
            f"<link>{link}pay</link></item></channel></rss>")


def _public_name_of_loopback() -> str | None:
    """A name of this machine that resolves to 127.0.0.1 and is no private name by its spelling: a
    feed server on the loopback that fetch takes for one on the public web."""
    name = socket.gethostname()
    try:
        found = socket.gethostbyname(name)
    except OSError:
        return None
    return name if found == "127.0.0.1" and not private_address(f"http://{name}/") else None


PUBLIC_NAME = _public_name_of_loopback()


@pytest.mark.skipif(PUBLIC_NAME is None, reason="this machine's name does not resolve to 127.0.0.1")
@settings(max_examples=examples(20), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(target=private_urls("/intranet.xml"))
@example(target="http://127.0.0.1:{port}/intranet.xml")  # the intranet feed, served here
@example(target="http://169.254.169.254/latest/meta-data/")
def test_a_redirect_from_a_feed_on_the_public_web_to_a_private_host_is_not_followed(
        server: FeedServer, target: str) -> None:
    port = server.url.rsplit(":", 1)[1]
    server.script("/intranet.xml", Reply(200, _feed("https://intranet.example/")))
    location = target.replace("{port}", port).encode("utf-8").decode("latin-1")  # sent as UTF-8 bytes, as servers do
    outer = server.script("/feed.xml", Reply(302, b"", {"Location": location}))
    before = len(server.requests)
    client = HttpClient(timeout=2, retries=0)
    try:
        answer = client.get(outer.replace("127.0.0.1", str(PUBLIC_NAME)))
    finally:
        client.close()
    # Never asked there: refused, or read as no address of a private host (`http:\\\\host` is a path of
    # this host to urllib3; full-width digits arrive as UTF-8 bytes read as Latin-1, a name that resolves nowhere).
    assert not private_address(answer.url), answer
    assert "/intranet.xml" not in [seen.path for seen in server.requests[before:]]
    if target.startswith("http://1"):  # the two explicit examples
        assert answer.status == 0 and "on this machine or a private network" in answer.error, answer
