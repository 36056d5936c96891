"""Body links to the site's own pages and files that lead nowhere are warned at their line (site/sitelinks.py).

The reference is a real static server: a built site is served under its base_url's path
(/briefing/, as `published` does), every link and image of the bodies is fetched as a browser
would resolve it, and the build's warnings must name exactly those that fail.
"""
from __future__ import annotations

import html.parser
import re
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from hypothesis import assume, example, given, settings, strategies as st
from support.examples import examples

from briefgen.load.locallinks import is_local, is_web, local_links
from briefgen.load.markup import MarkdownRenderer
from briefgen.site.sitelinks import OUTSIDE, SiteFiles, broken_links, relative, resolve
from tests.support.factories import article, note
from tests.support.sites import published, run_cli, write_site

CONFIG = """\
title: Links
base_url: https://example.org/briefing/
topics:
  - {id: talks, title: Talks, keywords: [talks]}
"""
FRONT = "---\ntitle: {title}\nsource: Example Times\npublished: 2023-05-{day}T09:00:00Z\n{extra}---\n"
# (address as written in the article "a" body, whether the published link leads somewhere)
ARTICLE_LINKS = [
    ("../b/", True), ("../b", True), ("%2E%2E/b/", True), (".%2e/b/?x=1#y", True), ("/briefing/articles/b/", True), ("../../", True), ("../../chart.png", True),
    ("../../my%20chart.png", True), ("./", True), ("../b/#section", True),
    ("../../static/chart.png", False), ("/articles/b/", False), ("../c/", False), ("../bb/", False),
    ("../../../x", False), ("articles/b/", False), ("chart.png", False),
]
NOTE_LINKS = [("articles/b/", True), ("chart.png", True), ("./", True), ("static/chart.png", False),
              ("../articles/b/", False), ("articles/c/", False)]
SKIPPED = ["#x", "?page=2", "mailto:desk@example.org", "https://example.org/x", "//example.org/x",
           "www.example.com/report"]  # (the last has a warning of its own: tests/load/test_web_addresses.py)


def _site(root: Path) -> Path:
    body_a = "\n\n".join(f"Line [{i}]({address})." for i, (address, _) in enumerate(ARTICLE_LINKS))
    body_a += "\n\n" + "\n\n".join(f"Skip [{i}]({address})." for i, address in enumerate(SKIPPED))
    body_n = "\n\n".join(f"Note [{i}]({address})." for i, (address, _) in enumerate(NOTE_LINKS))
    return write_site(root, {
        "config.yaml": CONFIG,
        "static/chart.png": "png", "static/my chart.png": "png",
        "content/articles/a.md": FRONT.format(title="Talks in Geneva", day=10, extra="") + body_a + "\n",
        "content/articles/b.md": FRONT.format(title="Talks resume", day=11, extra="") + "Talks went on.\n",
        "content/articles/c.md": FRONT.format(title="Talks draft", day=12, extra="draft: true\n") + "Draft.\n",
        "content/notes/n.md": "---\ntitle: A note\ndate: 2023-05-12\ntopics: [talks]\n---\n" + body_n + "\n",
    })


class _Links(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found += [value for name, value in attrs if name in ("href", "src") and value]


def _status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code


def test_warnings_name_exactly_the_links_a_server_cannot_answer(tmp_path: Path) -> None:
    root = _site(tmp_path / "site")
    done = run_cli(["build"], root)
    assert done.returncode == 0, done.stderr
    warned = {(m.group(1), int(m.group(2)), m.group(3)) for m in
              re.finditer(r'(content/\S+\.md):(\d+): warning: the address "([^"]+)"', done.stderr)}
    body_line = 6  # the article's front matter takes lines 1-5; each link has a paragraph of its own
    expected_a = {("content/articles/a.md", body_line + 2 * i, address)
                  for i, (address, fine) in enumerate(ARTICLE_LINKS) if not fine}
    expected_n = {("content/notes/n.md", 6 + 2 * i, address) for i, (address, fine) in enumerate(NOTE_LINKS) if not fine}
    assert warned == expected_a | expected_n, done.stderr
    assert 'the page of a draft (content/articles/c.md)' in done.stderr
    assert 'write "../../chart.png"' in done.stderr and 'write "../b/"' in done.stderr
    assert 'write "chart.png"' in done.stderr  # the note's static/chart.png
    with published(root / "output", tmp_path) as site_url:
        for page, written in ((f"{site_url}articles/a/", ARTICLE_LINKS), (site_url, NOTE_LINKS)):
            with urllib.request.urlopen(page) as response:
                parser = _Links()
                parser.feed(response.read().decode())
            shown = {urllib.parse.urljoin(page, found) for found in parser.found}
            for address, fine in written:  # (the front page may write a note's address another way)
                meant = urllib.parse.urljoin(site_url if written is NOTE_LINKS else page, address)
                assert meant in shown, (page, address)
                status = _status(meant)
                assert (status == 200) == fine, (page, address, status)


def test_a_site_without_broken_links_builds_without_a_word(tmp_path: Path) -> None:
    root = write_site(tmp_path / "site", {
        "config.yaml": CONFIG, "static/chart.png": "png",
        "content/articles/a.md": FRONT.format(title="Talks", day=10, extra="") + "[b](../b/) ![c](../../chart.png)\n",
        "content/articles/b.md": FRONT.format(title="Talks go on", day=11, extra="") + "[a](../a/#top)\n"})
    done = run_cli(["build"], root)
    assert done.returncode == 0 and "warning" not in done.stderr, done.stderr


SEGMENT = st.text(alphabet="abcé z-_.%", min_size=1, max_size=6).filter(lambda s: s not in (".", ".."))
FOLDERS = st.lists(SEGMENT, max_size=3).map(lambda parts: "".join(p + "/" for p in parts))
TARGETS = st.tuples(FOLDERS, st.one_of(st.just(""), SEGMENT)).map("".join)


@settings(max_examples=examples(300), deadline=None)
@given(target=TARGETS, page=st.one_of(st.sampled_from(["", "articles/x/"]), FOLDERS), base=st.sampled_from(["/", "/briefing/", "/my%20brief/", "/%D0%B1%D1%80/"]))
def test_the_suggested_address_leads_to_its_target_from_any_page_under_any_base(target: str, page: str,
                                                                                  base: str) -> None:
    assume(target == "" or target.endswith("/") or not page.startswith(target + "/"))  # a file and a folder "x"
    written = urllib.parse.quote(relative(target, page), safe="/")
    assert resolve(written, page, base) == target
    if page in ("", "articles/x/"):
        site = SiteFiles([target + "index.html" if target.endswith("/") or not target else target])
        doc = article("x", links=((3, written),)) if page else note("n", links=((3, written),))
        assert broken_links([doc], site, base) == []


@settings(max_examples=examples(200), deadline=None)
@given(target=TARGETS, extra=st.integers(1, 3), base=st.sampled_from(["/briefing/", "/news/today/"]))
def test_climbing_past_the_site_folder_or_starting_at_the_host_root_is_outside(target: str, extra: int,
                                                                              base: str) -> None:
    page = "articles/x/"
    up = "../" * (page.count("/") + extra) + target
    assert resolve(up, page, base) == OUTSIDE  # (no target starts with the base's folder names: SEGMENT)
    assert resolve("/" + target, page, base) == OUTSIDE
    problems = broken_links([article("x", links=((4, "/" + target),))], SiteFiles([target, target + "index.html"]),
                            base)
    assert [(p.path, p.line, p.severity) for p in problems] == [("content/articles/x.md", 4, "warning")]
    assert "outside this site" in problems[0].message and base in problems[0].message


ADDRESS = st.one_of(TARGETS.map(lambda t: urllib.parse.quote(t, safe="/")),
                    st.sampled_from(["../x/", "/x", "https://example.org/", "mailto:a@example.org", "#f", "?q=1",
                                     "//example.org/y", "ftp://example.org/z", "x.png"]))


@settings(max_examples=examples(60), deadline=None)
@given(addresses=st.lists(ADDRESS, min_size=1, max_size=5), gaps=st.lists(st.integers(0, 3), min_size=5, max_size=5))
@example(addresses=["../x/", "#f", "#f"], gaps=[0, 0, 0, 0, 0])  # (an image's unreported "#f" before a link's: CI)
def test_every_local_link_and_image_is_found_at_its_line(addresses: list[str], gaps: list[int]) -> None:
    lines, expected = [], []
    for i, (address, gap) in enumerate(zip(addresses, gaps)):
        lines += ["Some words."] * gap + [""]
        # (and a same-page fragment of a link, not an image: site/fragments.py checks it, 2026-12-05)
        expected += [(len(lines), address)] if is_local(address) or is_web(address) or (
            address.startswith("#") and not i % 2) else []
        lines += [f"{'!' if i % 2 else ''}[link {i}](<{address}>) ends here.", ""]
    source = "\n".join(lines)
    found = local_links(source, MarkdownRenderer().render(source, "p"))
    assert [(line, urllib.parse.unquote(address)) for line, address in found] == \
        [(line, urllib.parse.unquote(address)) for line, address in expected]


def test_what_is_local() -> None:
    assert [a for a in ["../b/", "/x", "x.png", "%2E%2E/", "\\\\host/x", "//h/x", "#a", "?q", "tel:1", "HTTPS://x", ""]
            if is_local(a)] == ["../b/", "/x", "x.png", "%2E%2E/"]


def test_files_of_folders_claimed_whole_are_the_sites() -> None:
    site = SiteFiles(["index.html", "feed.xml"], ["search/t/", "sitemaps/"])
    assert [site.has(t) for t in ("search/t/ab.json", "sitemaps/1.xml", "feed.xml", "", "search/x.json")] == \
        [True, True, True, True, False]


def test_each_link_is_warned_once_at_the_line_it_is_written_on() -> None:
    """Found by a new user's trial: a link the sanitiser encodes (`../nope dir/` → `%20`), an address
    first seen in prose, and a reference definition two links use."""
    source = ("Old notes mention (static/gone.png) in passing.\n\n"
              '<a href="../nope dir/">x</a>\n\n'
              "![old chart](static/gone.png)\n\n"
              "[one][r] and [two][r].\n\n"
              "[r]: ../nope-ref/\n")
    found = local_links(source, MarkdownRenderer().render(source, "p"))
    assert found == ((2, "../nope%20dir/"), (4, "static/gone.png"), (8, "../nope-ref/"))


@pytest.mark.parametrize("written, target", [("0;", "0;"), (";", ";"), ("a/;", "a/;"), ("x;y", "x;y")])
def test_a_semicolon_in_the_last_segment_is_part_of_the_path(written: str, target: str) -> None:
    """urljoin reads a last segment's ";…" as RFC 1808 parameters and drops an empty one; a browser
    (RFC 3986, WHATWG URL) keeps it, and so must the check of what a link leads to."""
    assert resolve(written, "", "/") == target
    assert resolve(written, "articles/x/", "/briefing/") == "articles/x/" + target


SLUGS = ["gazette-tribunal-hearing-date", "board-cuts-allocations", "korvin-reservoir-low", "desalination-plan",
         "rationing-begins-in-port-selva"]


@settings(max_examples=examples(100), deadline=None)
@given(st.sampled_from(SLUGS), st.integers(0, 40), st.sampled_from(["drop", "swap", "double", "replace"]),
       st.sampled_from(["", "articles/x/"]))
def test_a_misspelt_slug_is_told_the_slug_it_most_likely_meant(slug: str, at: int, edit: str, page: str) -> None:
    """Reported: a note's link to articles/gazete-tribunal-hearing-date/ was told only the rules of addresses,
    where a misspelt `articles:` slug gets a "did you mean". One letter dropped, swapped, doubled or replaced
    in any slug of the site: the warning writes the address of that slug's page, relative to the page."""
    i = at % (len(slug) - 1)
    written = {"drop": slug[:i] + slug[i + 1:], "swap": slug[:i] + slug[i + 1] + slug[i] + slug[i + 2:],
               "double": slug[:i] + slug[i] + slug[i:], "replace": slug[:i] + ("q" if slug[i] != "q" else "z") + slug[i + 1:]}[edit]
    assume(written != slug)
    site = SiteFiles([f"articles/{s}/index.html" for s in SLUGS] + ["index.html", "chart.png"])
    address = f"../{written}/" if page else f"articles/{written}/"
    doc = article("x", links=((3, address),)) if page else note("n", links=((3, address),))
    (problem,) = broken_links([doc], site, "/briefing/")
    assert f'write "{relative(f"articles/{slug}/", page)}"' in problem.message, problem.message


@settings(max_examples=examples(100), deadline=None)
@given(TARGETS, st.sampled_from(["https", "http", "HTTPS"]), st.sampled_from(["example.org", "EXAMPLE.org",
                                                                            "Example.Org"]),
       st.sampled_from(["", ":443", ":80"]), st.booleans(), st.sampled_from(["", "#top", "?x=1"]))
def test_an_absolute_address_of_the_site_is_checked_like_a_relative_one(target: str, scheme: str, host: str, port: str,
                                                                       known: bool, tail: str) -> None:
    """Reported (a re-test, 2026-12-04): a note's `https://example.org/briefing/articles/misspelt/` went unwarned,
    where `articles/misspelt/` was warned. An address that starts with base_url — any case of the host, http or
    https, a default port — leads where its path leads; another host, port or path is another site's."""
    assume(target == target.strip())  # (a space before "#" is part of the path, "%20", where `resolve` strips it)
    site = SiteFiles(["index.html", "articles/b/index.html"] + ([urllib.parse.unquote(target)] if known else []))
    address = f"{scheme}://{host}{port}/briefing/{target}{tail}"
    doc = note("n", links=((3, address),))
    problems = broken_links([doc], site, "/briefing/", base_url="https://example.org/briefing/")
    expected_broken = not site.has(resolve(f"/briefing/{target}", "", "/briefing/"))
    assert bool(problems) == expected_broken, (address, problems)
    assert all(f'"{address[:77]}' in p.message and p.line == 3 for p in problems)
    for other in (f"https://other.example/briefing/{target}", f"https://example.org:8080/briefing/{target}",
                  f"https://example.org/elsewhere/{target}", f"https://example.org:x/briefing/{target}"):
        assert broken_links([note("n", links=((3, other),))], site, "/briefing/",
                            base_url="https://example.org/briefing/") == [], other


def _own_path_in_full(address: str, base_url: str, base_path: str) -> str | None:
    """`own_path` without its shortcut for addresses that do not hold the site's host (the reference)."""
    from urllib.parse import urlsplit

    from briefgen.site.sitelinks import _port
    from briefgen.site.urls import ascii_url
    parts, site = urlsplit(ascii_url(address.strip())), urlsplit(ascii_url(base_url))
    try:
        same = (parts.hostname or "") == (site.hostname or "") and _port(parts) == _port(site)
    except ValueError:
        return None
    if not same or not (parts.path or "/").startswith(base_path):
        return None
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "") + (
        f"#{parts.fragment}" if parts.fragment else "")


@settings(max_examples=examples(200), deadline=None)
@given(st.sampled_from(["https://", "http://", "HTTP://", "//", "mailto:", ""]),
       st.sampled_from(["", "user@", "a:b@"]),
       st.sampled_from(["example.org", "EXAMPLE.ORG", "exämple.org", "xn--exmple-cua.org", "example.org.", "other.example",
                        "sub.example.org", "example.organic", "[::1]", "ex%61mple.org"]),
       st.sampled_from(["", ":443", ":80", ":8080", ":x"]),
       st.text(alphabet="ab/%?#é. ", max_size=12),
       st.sampled_from(["https://example.org/briefing/", "https://exämple.org/", "http://EXAMPLE.org:8080/b/"]))
def test_own_path_is_the_full_comparison_whatever_the_address(scheme: str, user: str, host: str, port: str,
                                                              path: str, base_url: str) -> None:
    """The site's host searched in the address before it is split (a 100,000-article edit spent 0.64 s splitting
    every body link) never changes the answer: the full comparison gives the same for any address."""
    from briefgen.site.sitelinks import own_path
    address = f"{scheme}{user}{host}{port}/briefing/{path}"
    base_path = "/" + base_url.split("/", 3)[3]
    assert own_path(address, base_url, base_path) == _own_path_in_full(address, base_url, base_path), address
