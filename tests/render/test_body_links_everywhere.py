"""A body's relative links reach, on every page and feed that shows it, what they reach on its own page.

Reported: "relative links differ between articles and notes". Where each body is shown:

- an article's body: on its own page (`articles/<slug>/`; during `serve`'s first build its
  provisional page, at the same address) and nowhere else — feeds carry its summary, the
  search index its plain text;
- an editor note's body: on its edition (its own page: the note's address is
  `editions/<id>/#note-…`), the front page, its topics' pages (a later page two folders deeper),
  its articles' pages, and in the digest and topic feeds (as absolute URLs).

The rule (docs/reference.md, "Bodies"): an article's relative address is read from its own page; a
note's from the site root, and every page and feed showing the note gets it rewritten to reach
the same place (`render/links.relink`). So `[x](../other/)` written in an article and in a note
differ on purpose (from `articles/a/` and from the root), and each reaches one place everywhere.
An article's body shown off its own page (a template override, a plugin's page) goes through the
same function, `relink(body, entry.url, root)`: it takes the article's `Body` as it is.
The property: for any link form written in both bodies, every copy of each body resolves it (against
the copy's page or feed URL) as the body's own page does; a lone `#fragment` names an element of
the body, so it resolves to the page showing the copy, with that fragment.
"""
from __future__ import annotations

import html
import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from hypothesis import HealthCheck, given, settings, strategies as st

from briefgen.build import BuildOptions, build
from briefgen.preview.provisional import Provisional
from briefgen.render.links import relink
from briefgen.site.model import Body
from support.sites import write_site
from support.examples import examples

BASE = "https://example.org/briefing/"
CONFIG = (f"title: Links\nbase_url: {BASE}\nedition: weekly\nlistings: {{page_size: 5}}\n"
          "topics:\n  - id: talks\n    title: Talks\n    keywords: [ceasefire]\n")
SEGMENT = st.sampled_from(["other-slug", "img.png", "chart.png", "articles", "a", "x.pdf", "static", "editions"])


@st.composite
def link_forms(draw: st.DrawFn) -> str:
    """A link address an editor may write: relative (`..`, `.`, a file, a folder), rooted, a lone
    fragment or query, absolute."""
    kind = draw(st.sampled_from(["relative", "relative", "relative", "rooted", "fragment", "query", "absolute"]))
    if kind == "fragment":
        return "#" + draw(st.sampled_from(["frag", "fn-1", "top"]))
    if kind == "query":
        return "?" + draw(st.sampled_from(["q=1", "page=2"]))
    if kind == "absolute":
        return "https://example.com/" + draw(SEGMENT)
    ups = "../" * draw(st.integers(0, 3)) + draw(st.sampled_from(["", "./"]))
    path = "/".join(draw(st.lists(SEGMENT, min_size=1, max_size=3))) + draw(st.sampled_from(["", "/"]))
    tail = draw(st.sampled_from(["", "", "#frag", "?q=1"]))
    return ("/" if kind == "rooted" else ups) + path + tail


def _site(tmp_path: Path, links: list[str]) -> Path:
    def body(mark: str) -> str:
        return " ".join(f"[{mark}{n}]({link})" if n % 2 else f"![{mark}{n}]({link})" for n, link in enumerate(links))
    files = {"config.yaml": CONFIG}
    for n in range(12):  # more than two pages of five: the topic has pages below its landing page
        files[f"content/articles/a{n}.md"] = (f"---\ntitle: Envoys meet in city {n}\nsource: Outlet {n}\n"
                                              f"published: 2023-05-{10 + n}\ntopics: [talks]\n---\n"
                                              f"A ceasefire report from city number {n}.\n")
    files["content/articles/a0.md"] += "\n" + body("AL") + "\n"
    files["content/notes/n.md"] = ("---\ntitle: Why it matters\ndate: 2023-05-11\ntopics: [talks]\narticles: [a0]\n"
                                   "pinned: true\n---\n" + body("NL") + "\n")
    return write_site(tmp_path / f"site{len(list(tmp_path.glob('site*')))}", files)


def _targets(text: str, mark: str, at: str) -> dict[str, str]:
    """Label → the address of each link or image of a body marked `mark` in `text`, resolved against `at`."""
    found = {}
    for match in re.finditer(r"<a\s[^>]*?href=\"([^\"]*)\"[^>]*>(%s\d+)</a>" % mark, text):
        found[match.group(2)] = urljoin(at, html.unescape(match.group(1)))
    for match in re.finditer(r"<img\s[^>]*?>", text):
        alt = re.search(r'alt="(%s\d+)"' % mark, match.group())
        src = re.search(r'src="([^"]*)"', match.group())
        if alt and src:
            found[alt.group(1)] = urljoin(at, html.unescape(src.group(1)))
    return found


def _copies(output: Path, mark: str) -> dict[str, dict[str, str]]:
    """Where a body marked `mark` is shown (page or feed URL) → its links' targets there."""
    shown = {}
    for file in sorted(output.rglob("*")):
        if file.suffix not in (".html", ".xml") or not file.is_file():
            continue
        path = file.relative_to(output).as_posix()
        url = BASE + (path[:-len("index.html")] if path.endswith("index.html") else path)
        text = file.read_text(encoding="utf-8")
        if file.suffix == ".xml":
            text = html.unescape(text)  # (item HTML is escaped XML text)
        found = _targets(text, mark, url)
        if found:
            shown[url] = found
    return shown


def _check(links: list[str], own: dict[str, str], copies: dict[str, dict[str, str]], where: str) -> None:
    for url, found in copies.items():
        for label, target in found.items():
            written = links[int(label[2:])]
            if written.startswith("#"):  # names an element of the body: on the page showing it
                page = url if not url.endswith(".xml") else urlsplit(target)._replace(fragment="").geturl()
                assert target == urljoin(page, written), f"{where}: {written!r} at {url}: {target}"
                continue
            assert target == own[label], f"{where}: {written!r} at {url}: {target}, on its own page {own[label]}"


def _check_site(tmp_path: Path, links: list[str]) -> None:
    root = _site(tmp_path, links)
    result = build(root / "config.yaml", BuildOptions(jobs=1))
    assert result.ok, [str(d) for d in result.diagnostics]
    articles, notes = _copies(result.output_dir, "AL"), _copies(result.output_dir, "NL")
    article_page = BASE + "articles/a0/"
    assert set(articles) == {article_page}, sorted(articles)  # an article's body: its own page alone
    edition = next(url for url in notes if "/editions/" in url and not url.endswith(".xml"))
    pages = {urlsplit(url).path.count("/") for url in notes}
    assert any(url.endswith(".xml") for url in notes) and BASE in notes and len(pages) >= 3, sorted(notes)
    _check(links, articles[article_page], articles, "article")
    _check(links, notes[edition], notes, "note")
    # shown off its own page by a template or plugin page, through the one function (docs/extending.md)
    own_page = (result.output_dir / "articles/a0/index.html").read_text(encoding="utf-8")
    for elsewhere, back in (("", "./"), ("stories/s/", "../../"), ("topics/talks/page/2/", "../../../../")):
        moved = _targets(relink(Body("r", lambda _: own_page), "articles/a0/", back), "AL", BASE + elsewhere)
        _check(links, articles[article_page], {BASE + elsewhere: moved}, "article shown elsewhere")
    # during serve's first build: the article's provisional page, at its own address
    made = Provisional(root / "config.yaml").article("a0")
    assert isinstance(made, bytes)
    provisional = _targets(made.decode(), "AL", article_page)
    assert provisional == articles[article_page]
    at_file = _targets(made.decode(), "AL", article_page + "index.html")  # (its other address: one folder)
    alike = [k for k in provisional if not links[int(k[2:])].startswith(("#", "?"))]  # (the rest: this page)
    assert {k: at_file[k] for k in alike} == {k: provisional[k] for k in alike}


REPORTED = ["../other-slug/", "img.png", "/absolute/", "#frag"]


def test_the_reported_links_reach_one_place_from_every_copy_of_each_body(tmp_path: Path) -> None:
    _check_site(tmp_path, REPORTED)


@settings(max_examples=examples(12), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(links=st.lists(link_forms(), min_size=1, max_size=8))
def test_any_link_form_reaches_one_place_from_every_copy_of_each_body(tmp_path: Path, links: list[str]) -> None:
    _check_site(tmp_path, links)
