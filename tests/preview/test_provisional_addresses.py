"""Every form of an address a reader can type is answered alike during `serve`'s first build and after it.

Found: during the first build (no cache), `/briefing/articles/x` — an article's folder without its
"/" — got the building page, while after the build the server redirects it to `/briefing/articles/x/`;
`/` and the base path without its "/" likewise waited instead of being redirected, and the query was
dropped. The kind: the first build's child read request targets by rules of its own rather than
the server's (`server.route`, `server.locate`). The rule tested, for any address:

- a redirect during the build is the redirect after it, to the same `Location`;
- a page or file answered during the build (`200`) is answered after it;
- the building page (`503`) stands for what cannot be known yet: after the build, a page, a 404, or
  the redirect of a folder's address without its "/" (`articles` → `articles/`) whose "/" form
  also waits during the build (a listing); never the redirect of an article's page, or of a form
  whose "/" form is answered: the tab would wait on one form while another shows the page.

The forms: with and without the trailing "/", `index.html`, percent-escapes (upper and lower case
hex) anywhere in the path, the base path's letters composed (NFC) or decomposed (NFD, as macOS may
give them), a query string, `GET` and `HEAD` (the same status and `Location`, no body). Each
example is a real `briefgen serve` process whose first build is held back by the project lock.
"""
from __future__ import annotations

import http.client
import signal
import unicodedata
from pathlib import Path
from urllib.parse import quote, urlsplit

from hypothesis import HealthCheck, given, settings, strategies as st

from support.sites import MINIMAL_SITE
from support.examples import examples
from test_preview import SITE, TIMEOUT, served_url, start_cli
from test_startup import held, waiting_url

BASE = "br/Genève"  # base_url's path: non-ASCII, so that NFC and NFD forms of it differ
CONFIG = MINIMAL_SITE["config.yaml"].replace("https://example.org/briefing/", f"https://example.org/{BASE}/")


def _answer(origin: str, target: str, method: str) -> tuple[int, str | None, bytes]:
    """(status, Location, body) of `method target` sent as written (no client-side normalising)."""
    parts = urlsplit(origin)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=TIMEOUT)
    try:
        conn.request(method, target)
        response = conn.getresponse()
        return response.status, response.getheader("Location"), response.read()
    finally:
        conn.close()


def _escaped(text: str, which: list[bool], lower: bool) -> str:
    """`text` percent-encoded as UTF-8, each ASCII letter, digit or hyphen also escaped where `which` says."""
    out = []
    for n, char in enumerate(text):
        if char.isascii() and (char.isalnum() or char == "-") and not (which[n % len(which)] if which else False):
            out.append(char)
        else:
            escaped = quote(char, safe="") if not char.isascii() else f"%{ord(char):02X}"
            out.append(escaped.lower() if lower else escaped)
    return "".join(out)


@st.composite
def addresses(draw: st.DrawFn) -> tuple[str, str]:
    """(method, request target) of a form of an address of the site, or of the server's own redirects."""
    form = draw(st.sampled_from(["NFC", "NFD"]))
    which = draw(st.lists(st.booleans(), min_size=1, max_size=6))
    lower = draw(st.booleans())
    base = "/".join(_escaped(unicodedata.normalize(form, segment), which, lower) for segment in BASE.split("/"))
    page = draw(st.sampled_from(["articles/first-report", "articles/second-report", "articles/no-such-report",
                                 "articles/First-Report", "topics/ceasefire-talks", "style.css", "", "articles"]))
    page = "/".join(_escaped(segment, which, lower) for segment in page.split("/")) if page else ""
    end = draw(st.sampled_from(["", "/", "/index.html", "/index.html/", "//"])) if page else ""
    query = draw(st.sampled_from(["", "?", "?utm_source=x", "?q=Gen%C3%A8ve&n=1"]))
    top = draw(st.sampled_from(["page", "page", "page", "root", "base"]))
    target = {"root": "/", "base": f"/{base}", "page": f"/{base}/{page}{end}"}[top] + query
    return draw(st.sampled_from(["GET", "HEAD"])), target


REPORTED = [  # the forms of the report, each beside its plain one
    ("GET", f"/{quote(BASE)}/articles/first-report"),
    ("GET", f"/{quote(BASE)}/articles/first-report/"),
    ("HEAD", f"/{quote(BASE)}/articles/first-report"),
    ("GET", f"/{quote(BASE)}/articles/first-report?utm_source=x"),
    ("GET", f"/{quote(BASE)}/articles/first-report/index.html"),
    ("GET", f"/{quote(BASE)}/articles/%66irst-report/"),
    ("GET", f"/{quote(unicodedata.normalize('NFD', BASE))}/articles/first-report/"),
    ("GET", f"/{quote(unicodedata.normalize('NFD', BASE))}/articles/first-report"),
    ("GET", f"/{quote(BASE)}"),
    ("GET", "/"),
]


def _slashed(target: str) -> str:
    """`target` naming a folder: its path ending in "/" (the query kept)."""
    path, mark, query = target.partition("?")
    return path.rstrip("/") + "/" + mark + query


def _during_and_after(site: Path, tmp_path: Path, asked: list[tuple[str, str]]) -> list[tuple[tuple, tuple, int]]:
    """The answers to `asked` while serve's first build is held back, and once it has built, and the
    status of each one's folder form ("/" at its end) during the build."""
    with held(site):
        process = start_cli(site, tmpdir=tmp_path)
        try:
            origin = waiting_url(process)
            during = [_answer(origin, target, method) for method, target in asked]
            folders = [_answer(origin, _slashed(target), "GET")[0] for _, target in asked]
        except BaseException:
            process.kill()
            raise
    try:
        assert served_url(process) == origin
        after = [_answer(origin, target, method) for method, target in asked]
    finally:
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=TIMEOUT)
    return list(zip(during, after, folders))


def _check(asked: list[tuple[str, str]], answers: list[tuple[tuple, tuple, int]]) -> None:
    for (method, target), ((status, location, body), (later, later_location, later_body), folder) in zip(
            asked, answers):
        what = (f"{method} {target}: during the build {status} {location} (its folder form {folder}), "
                f"after it {later} {later_location}")
        assert status in (200, 302, 503), what
        if status == 503 and later == 302:  # a folder without its "/": waits as its "/" form waits
            assert folder == 503 and later_location.split("?")[0].endswith("/"), what
        elif status == 302 or later in (301, 302, 307, 308):
            assert (status, location) == (later, later_location), what
        elif status == 200:
            assert later == 200, what
        if method == "HEAD":
            assert body == b"" and later_body == b"", what


def test_the_reported_forms_are_answered_alike_during_and_after_the_first_build(site_factory, tmp_path: Path) -> None:
    site = site_factory({**SITE, "config.yaml": CONFIG})
    answers = _during_and_after(site, tmp_path, REPORTED)
    _check(REPORTED, answers)
    (no_slash, _, _), (slash, _, _), (head, _, _) = answers[:3]
    assert no_slash[:2] == (302, f"/{quote(BASE)}/articles/first-report/") and slash[0] == 200
    assert head[:2] == no_slash[:2]
    assert answers[3][0][1] == f"/{quote(BASE)}/articles/first-report/?utm_source=x"  # the query kept
    assert answers[4][0][0] == answers[5][0][0] == answers[6][0][0] == 200  # index.html, %66, NFD: the page
    assert b"Provisional preview" in answers[6][0][2] and b"Provisional preview" not in answers[6][1][2]
    assert answers[7][0][:2] == (302, f"/{quote(BASE)}/articles/first-report/")  # (to the NFC form)
    assert answers[8][0][:2] == answers[9][0][:2] == (302, f"/{quote(BASE)}/")


@settings(max_examples=examples(6), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(asked=st.lists(addresses(), min_size=8, max_size=16))
def test_any_form_of_an_address_is_answered_alike_during_and_after_the_first_build(site_factory, tmp_path: Path,
                                                                                     asked) -> None:
    site = site_factory({**SITE, "config.yaml": CONFIG})
    _check(asked, _during_and_after(site, tmp_path, asked))
