"""Absolute URLs in sitemaps, feeds, robots.txt, JSON-LD and rel=canonical are URIs (ASCII only).

base_url may be written as an IRI ("https://приклад.укр/новини дня/"); it was copied as is into
<loc>, <link>, <guid>, atom:link, robots.txt's Sitemap line, JSON-LD "url" and the canonical
link. The sitemaps protocol requires URL-escaped locations, crawlers read robots.txt as ASCII,
and a space is invalid in an href (Nu Html Checker). Checked on a built site, and as a property
over IRIs on `machine_files`.
"""
from __future__ import annotations

import html
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import unquote, urlsplit

import feedparser
from hypothesis import HealthCheck, given, settings, strategies as st
from support import factories
from support.htmlcheck import validate_html
from support.sites import write_site
from support.examples import examples

from briefgen.build import BuildOptions, build
from briefgen.render.environment import make_environment
from briefgen.preview.server import InSite, route
from briefgen.render.html import part_renderer, render_page
from briefgen.render.machine import machine_files
from briefgen.site.model import Page
from briefgen.site.urls import ascii_url

ENV = make_environment(Path("/nonexistent-site-templates"))
URI = re.compile(r"[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+")  # RFC 3986's characters
IRI_BASE = "https://приклад.укр/новини дня/"

SITE = {
    "config.yaml": f"title: IRI\nbase_url: {IRI_BASE}\ntopics:\n  - id: talks\n    title: Talks\n"
                   "    keywords: [ceasefire]\n",
    "content/articles/a.md": "---\ntitle: Envoys meet\nsource: Example Times\npublished: 2023-05-10\n"
                             "topics: [talks]\n---\nA ceasefire report.\n",
}


def urls_of(files: dict[str, bytes]) -> list[str]:
    """Every absolute URL a consumer reads in the machine files (each XML file parsed strictly)."""
    urls: list[str] = []
    for path, data in files.items():
        if path.endswith(".xml"):
            root = ET.fromstring(data)
            urls += [e.text or "" for e in root.iter()
                     if e.tag.rsplit("}", 1)[-1] in ("loc", "link", "guid") and not e.tag.startswith("{http://www.w3")]
            urls += [e.get("href", "") for e in root.iter("{http://www.w3.org/2005/Atom}link")]
    urls += re.findall(r"^Sitemap: (.*)$", files["robots.txt"].decode("ascii"), re.M)
    return urls


def test_an_iri_base_url_is_written_as_a_uri_in_every_output(tmp_path: Path) -> None:
    result = build(write_site(tmp_path, SITE) / "config.yaml", BuildOptions(jobs=1))
    assert result.ok, [str(d) for d in result.diagnostics]
    out = result.output_dir
    files = {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.suffix in (".xml", ".txt")}
    page = (out / "articles/a/index.html").read_text(encoding="utf-8")
    urls = urls_of(files) + re.findall(r'<link rel="canonical" href="([^"]*)"', page)
    urls.append(json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1))["url"])
    assert len(urls) > 5
    for url in urls:
        assert URI.fullmatch(url), url
        assert url.startswith("https://xn--80aikifvh.xn--j1amh/"), url
        assert unquote(urlsplit(url).path).startswith("/новини дня/"), url
    assert not feedparser.parse(files["feed.xml"]).bozo


SEGMENT = st.text(alphabet=st.characters(codec="utf-8", categories=("L", "N", "Zs", "S", "P"),
                                         exclude_characters="/?#%\\"), min_size=1, max_size=8).filter(
    lambda segment: segment not in (".", ".."))  # (config.yaml refuses a base_url with them: load/baseurl.py)
LABEL = st.text(alphabet=st.sampled_from("abcxyz019-äöüжшя中文"), min_size=1, max_size=10).filter(
    lambda label: not label.startswith("-") and not label.endswith("-"))


@settings(max_examples=examples(60), deadline=None, database=None)  # no .hypothesis/ folder in the checkout
@given(labels=st.lists(LABEL, min_size=1, max_size=3), segments=st.lists(SEGMENT, max_size=3))
def test_every_url_of_the_machine_files_is_a_uri_naming_the_base_path(labels: list[str], segments: list[str]) -> None:
    path = "/" + "".join(s + "/" for s in segments)
    base = f"https://{'.'.join(labels)}.org{path}"
    site = factories.site((factories.article("a"),), (), {"a": ("ceasefire-talks",)}, base_url=base)
    files = machine_files(site, ["index.html", "articles/a/index.html"], part_renderer(ENV, site), None)
    urls = urls_of(files)
    assert len(urls) >= 6
    for url in urls:
        assert URI.fullmatch(url), url
        assert url.startswith(ascii_url(base)), url
        assert unquote(urlsplit(url).path).startswith(path), url


def test_the_404_page_and_serve_name_an_iri_base_path_as_a_uri(tmp_path: Path) -> None:
    """404.html links from the server root (it is shown at any address), and `serve` prints the address
    to open: both used base_url's path as written, "/новини дня/assets/style.css", whose space the Nu Html
    Checker rejects ("Illegal character in path segment") and which ends the address a terminal lets
    one click."""
    result = build(write_site(tmp_path, SITE) / "config.yaml", BuildOptions(jobs=1))
    assert result.ok, [str(d) for d in result.diagnostics]
    page = (result.output_dir / "404.html").read_text(encoding="utf-8")
    hrefs = re.findall(r'href="([^"#][^"]*)"', page)
    assert len(hrefs) >= 6
    for href in hrefs:
        assert URI.fullmatch(href) and href.startswith("/%D0%BD"), href
        assert unquote(href).startswith("/новини дня/"), href
    assert result.base_path == "/%D0%BD%D0%BE%D0%B2%D0%B8%D0%BD%D0%B8%20%D0%B4%D0%BD%D1%8F/"  # serve's address
    assert validate_html([result.output_dir / "404.html"]) == []


@settings(max_examples=examples(60), deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(labels=st.lists(LABEL, min_size=1, max_size=3), segments=st.lists(SEGMENT, max_size=3))
def test_the_base_path_is_a_uri_path_that_serve_maps_to_the_site(labels: list[str], segments: list[str]) -> None:
    path = "/" + "".join(s + "/" for s in segments)
    site = factories.site((factories.article("a"),), (), {"a": ("ceasefire-talks",)},
                          base_url=f"https://{'.'.join(labels)}.org{path}")
    base = site.config.base_path
    assert URI.fullmatch(base) and unquote(base) == path, base
    page = render_page(ENV, Page("404.html", "404.html", {}, "404 page"), site)
    for href in re.findall(r'href="([^"#][^"]*)"', page.decode("utf-8")):
        assert URI.fullmatch(html.unescape(href)) and html.unescape(href).startswith(base), href
    where = route(base + "articles/a/", base)  # the preview server finds the site under it
    assert isinstance(where, InSite) and where.parts == ("articles", "a")
