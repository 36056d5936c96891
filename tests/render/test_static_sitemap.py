"""HTML files of `static/` are pages of the site: the sitemap lists them (a trial: `static/about/index.html`
was published but missing from sitemap.xml, so search engines never learnt of it). Other static files
are not pages and stay out; as for built pages, `index.html` is listed by its folder's URL."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from support.sites import MINIMAL_SITE, run_cli, write_site
from support.examples import examples

BASE = "https://example.org/briefing/"
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
STATIC = st.sets(st.sampled_from(["about/index.html", "about.html", "team/jobs.html", "a/b/c/index.html",
                                  "notes.txt", "chart.svg", "data/table.csv", "style/extra.css", "page.htm"]),
                 min_size=1, max_size=6)


def sitemap_urls(root: Path) -> set[str]:
    tree = ET.parse(root / "output/sitemap.xml")
    return {loc.text for loc in tree.getroot().iterfind("s:url/s:loc", NS)}


@settings(max_examples=examples(5), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(static=STATIC)
def test_every_html_file_of_static_is_in_the_sitemap_and_nothing_else_of_it(tmp_path: Path, static: set[str]) -> None:
    root = write_site(tmp_path / f"site{abs(hash(frozenset(static)))}", {
        **MINIMAL_SITE, **{f"static/{path}": "<!doctype html><title>x</title>" for path in static}})
    done = run_cli(["build"], root)
    assert done.returncode == 0, done.stderr
    urls = sitemap_urls(root)
    for path in static:
        url = BASE + (path.removesuffix("index.html") if path.endswith("index.html") else path)
        assert (url in urls) == path.endswith(".html"), (path, sorted(urls))
    assert BASE + "articles/first-report/" in urls and BASE + "404.html" not in urls


# Three or four drawn names a site, each a page of its own: one build where each was a site (~4 builds a run -> 2;
# 2026-12-07, CT4: the suite's time). Hypothesis's first example is its simplest; the other draws three or four
# names, where the four examples drew three. Distinct code point strings: distinct NFC names and pages.
@settings(max_examples=examples(4), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(names=st.lists(st.text(alphabet="ab ?#%&;é+=\u00a0", min_size=1, max_size=6).filter(lambda n: n.strip(". ") == n),
                      min_size=3, max_size=4, unique=True))
def test_a_static_page_named_with_any_character_is_listed_at_the_address_that_serves_it(tmp_path: Path,
                                                                                       names: list[str]) -> None:
    """Reported (a hostile trial, 2026-12-04): static/i?j.html, k#l.html, "o p.html" and g%20h.html were listed
    unescaped — a query, a fragment, a space, another file. Each <loc>, decoded as a browser decodes a path, is
    the file's name (NFC, as published), and has nothing a URL may not hold."""
    import unicodedata
    from urllib.parse import unquote, urlsplit

    files = [unicodedata.normalize("NFC", f"{name}.html") for name in names]
    root = write_site(tmp_path / f"site{abs(hash(tuple(names)))}",
                      {**MINIMAL_SITE, **{f"static/{file}": "<!doctype html><title>x</title>" for file in files}})
    done = run_cli(["build"], root)
    assert done.returncode == 0, done.stderr
    found = [url for url in sitemap_urls(root) if url.endswith(".html") and "404" not in url]
    for url in found:
        parts = urlsplit(url)
        assert not parts.query and not parts.fragment and all(33 <= ord(c) < 127 for c in url), url
    assert sorted(unquote(urlsplit(url).path) for url in found) == sorted("/briefing/" + file for file in files), \
        (found, files)
