"""JSON-LD says whose work is whose: an article's (and a story's) page is the briefing's, based on
the outlet's article (render/jsonld.py).

A reader/standards trial read, on articles/<slug>/, a NewsArticle published by the outlet
(Coastline Radio) at the briefing's address, with the outlet's headline and address (`sameAs`);
a corrected article had no dateModified (and the sitemap kept its publication date), an article
with an image no `image`.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

from hypothesis import given, settings, strategies as st

from briefgen.build import BuildOptions, build
from briefgen.render.jsonld import article_jsonld
from support import factories
from support.examples import examples
from support.sites import write_site

BASE = "https://example.org/heat/"
TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30).filter(str.strip)


def ld(html: str) -> dict:
    return json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))


@settings(max_examples=examples(60), deadline=None)
@given(source=TEXT, via=st.one_of(st.just(""), TEXT), title=TEXT, has_url=st.booleans(),
       authors=st.lists(TEXT, max_size=2), has_time=st.booleans())
def test_the_page_is_the_briefings_and_the_outlets_article_is_what_it_is_based_on(
        source: str, via: str, title: str, has_url: bool, authors: list[str], has_time: bool) -> None:
    url = "https://outlet.example.net/story" if has_url else ""
    a = factories.article("x", source=source, via=via, title=title, url=url, authors=tuple(authors),
                          has_time=has_time)
    site = factories.site((a,))
    data = json.loads(str(article_jsonld(site.entries[0], site.config)))
    assert data["@type"] == "WebPage"
    assert data["publisher"] == {"@type": "Organization", "name": site.config.title,
                                 "url": site.config.base_url}
    assert data["url"] == site.config.base_url + "articles/x/"
    assert not {"headline", "sameAs", "author", "datePublished", "creditText"} & data.keys()
    original = data["isBasedOn"]
    assert original["@type"] == "NewsArticle" and original["headline"] == title
    assert original["publisher"]["name"] == source
    assert original.get("url") == (url or None)
    assert original.get("author", []) == [{"@type": "Person", "name": n} for n in authors]
    assert dt.date.fromisoformat(original["datePublished"][:10]) == a.published.date()
    assert original.get("isBasedOn", {}).get("publisher", {}).get("name") == (via or None)


SITE = {
    "config.yaml": (f"title: Heat Briefing\nbase_url: {BASE}\ntimezone: Europe/Athens\n"
                    "sources:\n  - name: Coastline Radio\n    url: https://coastline-radio.example.net\n"
                    "topics:\n  - id: heat\n    title: Heat\n    keywords: [heatstroke, heat]\n"),
    "content/articles/admissions.md": (
        "---\ntitle: Heatstroke admissions triple\nsource: Coastline Radio\npublished: 2026-07-03T18:00:00+03:00\n"
        "url: https://coastline-radio.example.net/news/admissions\n---\n"
        "The hospital admitted 63 people with heatstroke.\n"),
    "content/articles/centres.md": (
        "---\ntitle: Cooling centres open in the heat\nsource: Halvara Morning Post\npublished: 2026-07-01\n"
        "url: https://hmp.example.com/centres\n---\nTwelve centres opened.\n\n"
        "![Map of the centres](../../img/map.png)\n"),
    "static/img/map.png": "png",
    "content/notes/fix.md": ("---\ntitle: \"Correction: admissions were 63, not 36\"\ndate: 2026-07-05\n"
                             "kind: correction\narticles: [admissions]\n---\nWe gave 36.\n"),
    "content/notes/fix-again.md": ("---\ntitle: \"Correction: the hospital's name\"\ndate: 2026-07-09\n"
                                   "kind: correction\narticles: [admissions]\n---\nSt Ione.\n"),
}


def test_a_corrected_article_is_modified_on_its_latest_correction_and_an_image_is_given(tmp_path: Path) -> None:
    result = build(write_site(tmp_path, SITE) / "config.yaml", BuildOptions(jobs=1))
    assert result.ok, [str(d) for d in result.diagnostics]
    out = result.output_dir
    data = ld((out / "articles/admissions/index.html").read_text(encoding="utf-8"))
    assert data["publisher"]["name"] == "Heat Briefing"
    assert data["isBasedOn"]["publisher"] == {"@type": "Organization", "name": "Coastline Radio",
                                              "url": "https://coastline-radio.example.net"}
    assert data["isBasedOn"]["url"] == "https://coastline-radio.example.net/news/admissions"
    assert data["dateModified"] == "2026-07-09"
    assert [(c["@type"], c["datePublished"]) for c in data["correction"]] == [
        ("CorrectionComment", "2026-07-05"), ("CorrectionComment", "2026-07-09")]
    assert all(c["url"].startswith(BASE + "editions/") for c in data["correction"])
    assert "image" not in data
    centres = ld((out / "articles/centres/index.html").read_text(encoding="utf-8"))
    assert centres["image"] == BASE + "img/map.png"
    assert "dateModified" not in centres and "correction" not in centres
    sitemap = (out / "sitemap.xml").read_text(encoding="utf-8")
    assert f"<loc>{BASE}articles/admissions/</loc><lastmod>2026-07-09</lastmod>" in sitemap
    assert f"<loc>{BASE}articles/centres/</loc><lastmod>2026-07-01</lastmod>" in sitemap


def test_a_storys_reports_are_the_briefings_pages_based_on_the_outlets_articles(tmp_path: Path) -> None:
    files = dict(SITE)
    files["content/articles/retold.md"] = (
        "---\ntitle: Hospital admissions triple in heat\nsource: Halvara Morning Post\n"
        "published: 2026-07-04\nurl: https://hmp.example.com/admissions\nstory: admissions\n---\n"
        "The hospital admitted 63 people with heatstroke, Coastline Radio reported.\n")
    files["content/articles/admissions.md"] = files["content/articles/admissions.md"].replace(
        "url:", "story: admissions\nurl:")
    result = build(write_site(tmp_path, files) / "config.yaml", BuildOptions(jobs=1))
    assert result.ok, [str(d) for d in result.diagnostics]
    (story,) = [p for p in (result.output_dir / "stories").glob("*/index.html") if "CollectionPage" in p.read_text()]
    data = ld(story.read_text(encoding="utf-8"))
    assert data["@type"] == "CollectionPage" and data["publisher"]["name"] == "Heat Briefing"
    items = [i["item"] for i in data["mainEntity"]["itemListElement"]]
    assert len(items) == 2
    for item in items:
        assert item["@type"] == "WebPage" and item["url"].startswith(BASE + "articles/")
        assert item["isBasedOn"]["@type"] == "NewsArticle"
        assert not item["isBasedOn"]["url"].startswith(BASE)
        assert "sameAs" not in item and "publisher" not in item
    assert {i["isBasedOn"]["publisher"]["name"] for i in items} == {"Coastline Radio", "Halvara Morning Post"}
