"""Relative URLs in the feeds' item HTML are made absolute against base_url.

An editor note's Markdown links (`[x](articles/a/)`, `![chart](static/c.png)`) reached the
digest's <description> as written; a feed reader has no page to resolve them against (it uses
the feed's URL, or nothing), so they pointed outside the site or nowhere. Checked on a built
site served from a sub-path, and as a property over relative references on the feed function.
"""
from __future__ import annotations

import html
import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import feedparser
from hypothesis import example, given, settings, strategies as st
from support import factories
from support.sites import write_site
from support.examples import examples

from briefgen.build import BuildOptions, build
from briefgen.render.environment import make_environment
from briefgen.render.feeds import digest_feed, quoteattr
from briefgen.render.html import part_renderer

BASE = "https://example.org/briefing/"
EDITION = BASE + "editions/2023-W19/"
ENV = make_environment(Path("/nonexistent-site-templates"))
URL_ATTRIBUTE = re.compile(r"""\s(?:href|src|cite)=(?:"([^"]*)"|'([^']*)')""")

SITE = {
    "config.yaml": f"title: Links\nbase_url: {BASE}\ntopics:\n  - id: talks\n    title: Talks\n"
                   "    keywords: [ceasefire]\n",
    "content/articles/a.md": "---\ntitle: Envoys meet\nsource: Example Times\npublished: 2023-05-10\n"
                             "topics: [talks]\n---\nA ceasefire report.\n",
    "content/notes/n.md": "---\ntitle: Why it matters\ndate: 2023-05-11\ntopics: [talks]\n---\n"
                          "See [the report](articles/a/), [the topic](/briefing/topics/talks/), "
                          "![chart](static/chart.png), [back](#top) and [mail](mailto:desk@example.org).\n",
}


def browser_join(base: str, reference: str) -> str:
    """How a browser resolves `reference` against `base` (RFC 3986, 5.2): urljoin, but with ";" as a plain
    character — urljoin reads RFC 1808 parameters and drops an empty one ("0/;" → "…/0/"); the
    references here never hold "%3B"."""
    return urljoin(base.replace(";", "%3B"), reference.replace(";", "%3B")).replace("%3B", ";")


def urls_in(fragment: str) -> list[str]:
    return [html.unescape(dq or sq)
            for dq, sq in URL_ATTRIBUTE.findall(fragment)]


def test_a_notes_relative_links_are_absolute_in_the_built_digest(tmp_path: Path) -> None:
    result = build(write_site(tmp_path, SITE) / "config.yaml", BuildOptions(jobs=1))
    assert result.ok, [str(d) for d in result.diagnostics]
    feed = feedparser.parse((result.output_dir / "feed.xml").read_bytes())
    assert not feed.bozo
    urls = urls_in(feed.entries[0].summary)
    for expected in (BASE + "articles/a/", BASE + "topics/talks/", BASE + "static/chart.png", EDITION + "#top",
                     "mailto:desk@example.org"):
        assert expected in urls
    assert all(urlsplit(url).scheme for url in urls), urls


SEGMENT = st.text(alphabet="abcxyz09-._~%!$'()*+,;=:@é ", min_size=1, max_size=6)
REFERENCE = st.builds(
    lambda prefix, parts, query, fragment: prefix + "/".join(parts) + query + fragment,
    st.sampled_from(["", "./", "../", "../../", "/", "/briefing/"]), st.lists(SEGMENT, min_size=0, max_size=3),
    st.sampled_from(["", "?a=1&b=2", "?q=<\">"]), st.sampled_from(["", "#x", "#a'b"]))


@settings(max_examples=examples(60), deadline=None, database=None)  # no .hypothesis/ folder in the checkout
@example(references=["0/ ;"])
@example(references=[";"])  # a reference that is only ";" (hidden as NUL, urlsplit stripped it)
@given(references=st.lists(REFERENCE.filter(lambda r: r.strip() == r and ":" not in r.split("/")[0]),
                           min_size=1, max_size=4))
def test_every_relative_reference_in_item_html_resolves_against_base_url(references: list[str]) -> None:
    body = "".join(f"<p><a href={quoteattr(r)}>link</a><img src={quoteattr(r)} alt=\"\"></p>"
                   for r in references)
    site = factories.site((factories.article("a"),), (factories.note("n", body_html=body),),
                          {"a": ("ceasefire-talks",)}, base_url=BASE)
    feed = feedparser.parse(digest_feed(site, BASE, part_renderer(ENV, site), None))
    assert not feed.bozo
    urls = [u for u in urls_in(feed.entries[0].summary) if "/topics/" not in u and "/articles/a/" not in u]
    page = feed.entries[0].link
    expected = [browser_join(page if r.startswith("#") else BASE, r) for r in references for _ in (0, 1)]
    assert urls == expected
    assert all(urlsplit(url).scheme == "https" and urlsplit(url).netloc == "example.org" for url in urls)


@settings(max_examples=examples(300), deadline=None, database=None)
@given(st.builds(lambda r, tail: r + tail, REFERENCE, st.sampled_from(["", "#a?b", "?", "#"])).filter(lambda r: r.strip() == r and ":" not in r.split("/")[0] and not r.startswith("#")),
       st.sampled_from(["", "editions/2023-W19/", "articles/a/"]),
       st.sampled_from(["index.html", "editions/2023-W19/", "topics/talks/page/2/", "articles/a/index.html"]))
@example(";", "", "index.html")  # the whole reference ";" (urlsplit strips C0 controls, WHATWG)
@example("0;", "", "index.html")  # urljoin dropped an empty ";…" of the last segment (RFC 1808 parameters)
def test_a_rebased_body_address_leads_a_browser_where_it_leads_from_its_home(reference: str, home: str,
                                                                         page: str) -> None:
    """What a note's relative address names, read from its home (`relink`), is what a browser on any
    page showing the note reaches from the rewritten address: pages at every depth, the site in a
    sub-path; and in a feed, as an absolute URL."""
    from briefgen.render.links import rebased

    depth = page.count("/")
    expected = browser_join(BASE + home, reference)
    assert browser_join(BASE + page, rebased(reference, home, "../" * depth)) == expected
    if not reference.startswith("/"):  # a path from the host is the same from anywhere: left as written
        assert rebased(reference, home, BASE) == expected


def test_rebased_keeps_query_and_fragment_as_written() -> None:
    from briefgen.render.links import rebased

    assert rebased("x#a?b", "", "../../") == "../../x#a?b"  # a ? in the fragment is no query
    assert rebased("x?", "", "") == "./x?"  # an empty query kept
    assert rebased("?q=1", "editions/w/", "../") == "../editions/w/?q=1"
    assert rebased("#top", "editions/w/", "../") == "#top"
