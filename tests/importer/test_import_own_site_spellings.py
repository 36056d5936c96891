"""The self-link filter compares addresses, not spellings (importer/ownsite.py; docs/fetch.md, Filters).

Reported (2026-12-05): `https://example.org/briefing/../other/` was taken for a page of the site at
`https://example.org/briefing/` (its path was compared before its `..` was resolved, RFC 3986 §5.2.4), and
`https://example.org./briefing/x` (the host with the root's trailing dot) was not. The kind: two spellings of
one address compared as text. The property draws addresses inside and outside the site and spells each, and
the site's own address, in equivalent ways (case, `www.`, a trailing dot, a default or empty port, user info,
percent-encoded unreserved characters, IDNA, an IRI's characters, `.` and `x/..` segments, backslashes), and
checks `on_site` against where the address really is. Then the reported links go through a fetch.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefgen.importer.fetch import FetchOptions, fetch_feeds
from briefgen.importer.ownsite import on_site, site_address
from support.examples import examples
from support.importing import articles, config_text, rss
from support.sites import write_site

DATE = "Sat, 07 Nov 2026 09:00:00 GMT"
BASE = "https://example.org/briefing/"  # support.importing.HEAD's base_url
UNRESERVED = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~"
# (host as IDNA writes it, the ways it may be written); the site is on the first two
HOSTS = [("example.org", ["example.org"]), ("xn--exmple-cua.org", ["xn--exmple-cua.org", "exämple.org", "EXÄMPLE.org",
                                                                 "ex%C3%A4mple.org", "ex%c3%a4mple.org"]),
         ("example.org.evil.example", ["example.org.evil.example"]), ("sub.example.org", ["sub.example.org"]),
         ("example.com", ["example.com"])]
SEGMENTS = ["briefing", "briefings", "brief", "other", "articles", "x~y", "ünï", "a b"]


@st.composite
def spelled(draw: st.DrawFn, text: str, host: bool = False) -> str:
    """`text` with each unreserved character percent-encoded or not (either case of hex digits), each letter
    of a host in either case, and (in a path) each other character as an IRI writes it or percent-encoded."""
    out = []
    escape = 0  # characters left of an escape already written ("%C3": its hex digits are never escaped again, which
    for c in text:  # would make "%%433" of it, no address at all: a deep draw)
        if escape or c == "%" or c == "." and host:  # (an escape already written; a host's dots stay dots)
            escape = 2 if c == "%" and not escape else max(escape - 1, 0)
            out.append(c)
        elif c in UNRESERVED and draw(st.integers(0, 3)) == 0:
            out.append(draw(st.sampled_from(["%{:02x}", "%{:02X}"])).format(ord(c)))
        elif host and c.isalpha():
            out.append(c.upper() if draw(st.booleans()) else c)
        elif not host and c not in UNRESERVED + "/" and (not c.isascii() and draw(st.booleans()) or c == " "):
            out.append("".join(f"%{b:02X}" for b in c.encode()))
        else:
            out.append(c)
    return "".join(out)


@st.composite
def address(draw: st.DrawFn, host_index: int, port: str, segments: list[str], slash: bool) -> str:
    """One spelling of the address (host `HOSTS[host_index]`, port "" or a number, path `segments`)."""
    scheme = draw(st.sampled_from(["https", "HTTPS", "Https", "http"]))
    written = draw(st.sampled_from(HOSTS[host_index][1]))
    name = draw(spelled(written, host=True))
    name = (draw(st.sampled_from(["", "www.", "WWW."])) + name + draw(st.sampled_from(["", "."])))
    default = "443" if scheme.lower() == "https" else "80"
    shown_port = f":{port}" if port else draw(st.sampled_from(["", ":", f":{default}"]))
    user = draw(st.sampled_from(["", "editor@", "a:b@"]))
    parts = []
    for segment in segments:
        parts.append(draw(spelled(segment)))
        for _ in range(draw(st.integers(0, 1))):  # an equivalent detour: `.`, `zz/..`, spelled or escaped
            parts.append(draw(st.sampled_from([".", "%2E", "zz/..", "zz/%2e%2E", "zz/.%2E"])))
    path = "/" + "/".join(parts) + ("/" if slash and parts else "")
    if draw(st.booleans()):
        path = path.replace("/", "\\")  # (browsers read it as a slash)
    tail = draw(st.sampled_from(["", "?q=1", "#top", "?a=../b#c"]))
    return f"{scheme}://{user}{name}{shown_port}{path}{tail}"


@settings(derandomize=True, database=None, max_examples=examples(300), deadline=None)
@given(data=st.data(), site_host=st.integers(0, 1), site_path=st.lists(st.sampled_from(SEGMENTS[:4]), max_size=2),
       host=st.integers(0, len(HOSTS) - 1), port=st.sampled_from(["", "", "8443"]),
       path=st.lists(st.sampled_from(SEGMENTS + [".."]), max_size=4), slash=st.booleans())
@example(data=None, site_host=0, site_path=["briefing"], host=0, port="", path=["briefing", "..", "other"],
         slash=True)
def test_an_address_is_on_the_site_however_either_is_spelled(data: st.DataObject | None, site_host: int,
                                                             site_path: list[str], host: int, port: str,
                                                             path: list[str], slash: bool) -> None:
    if data is None:  # the reported spellings
        page, base = "https://example.org/briefing/../other/", BASE
        assert not on_site(page, base) and on_site("https://example.org./briefing/x", base)
        return
    resolved: list[str] = []
    for segment in path:  # (".." may be drawn as a segment of its own: where the address really is)
        resolved = resolved[:-1] if segment == ".." else resolved + [segment]
    inside = host == site_host and not port and resolved[:len(site_path)] == site_path
    base = data.draw(address(site_host, "", site_path, True), label="base_url")
    page = data.draw(address(host, port, path, slash), label="page")
    assert on_site(page, base) == inside, (page, base, site_address(page), site_address(base))


def test_addresses_that_are_no_site() -> None:
    for url in ("", "mailto:x@example.org", "https://example.org:99999/briefing/", "https:// example.org/",
                "https://exa%ffmple.org/briefing/", "ftp://example.org/briefing/", "/briefing/x"):
        assert site_address(url) is None and not on_site(url, BASE), url
    assert site_address("https://EXAMPLE.org.:443/a/./b/../%7e%41") == ("example.org", "", "/a/~A")


def test_reported_links_through_fetch() -> None:
    links = ["https://example.org/briefing/../other/report", "https://example.org./briefing/articles/x/",
             "https://Example.ORG:443/briefing/%61rticles/y/", "https://example.org/briefing/%2E%2E/elsewhere/z"]
    items = [{"title": f"Entry {n}", "link": link, "guid": f"g-{n}", "date": DATE, "html": f"<p>Entry {n}.</p>"}
             for n, link in enumerate(links)]
    with tempfile.TemporaryDirectory() as folder:
        root = write_site(Path(folder) / "site", {"config.yaml": config_text({"url": "feed.xml", "source": "Loop"}),
                                                  "feed.xml": rss("Loop", items, link="https://loop.example/")})
        result = fetch_feeds(root / "config.yaml", FetchOptions(jobs=1))
        assert result.total("new") == 2 and result.total("filtered") == 2
        written = sorted(path.read_text() for path in articles(root).values())
        assert any("other/report" in text for text in written) and any("elsewhere/z" in text for text in written)
