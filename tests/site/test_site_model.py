"""Unit tests of the site model (`site.assemble`, `site.slugify`) and page planning (`pages`)."""

from __future__ import annotations

import datetime as dt
import json
import posixpath
import re
from typing import Any

import pytest

from briefgen.load.config import Person, Source
from briefgen.load.documents import Article, Note
from briefgen.render.html import relative_root
from briefgen.render.jsonld import article_jsonld
from briefgen.site.model import Page, Site
from briefgen.site.pages import plan_pages
from briefgen.site.urls import slugify
from briefgen.speed.fingerprint import Fingerprinter
from support import factories
from support.factories import CHINA, MAY_10, TALKS, article, config, note


def make_site(articles: tuple[Article, ...], notes: tuple[Note, ...] = (),
              topics: dict[str, tuple[str, ...]] | None = None, texts: dict[str, str] | None = None,
              **config_changes: Any) -> Site:
    """Articles are unrelated unless their texts say otherwise (distinct titles, summary "b")."""
    return factories.site(articles, notes, topics, texts, body_of=body_of, **config_changes)


def body_of(revision: str) -> str:
    """Article bodies by revision, as speed.stages.BodyStore gives them."""
    return f"<p>Body of {revision}</p>"


def pages_of(site: Site) -> list[Page]:
    pages, problems = plan_pages(site)
    assert problems == []
    return pages


# --- ordering -------------------------------------------------------------------------------


def test_entries_are_newest_first_with_ties_broken_by_slug() -> None:
    site = make_site((
        article("b-same-time", MAY_10),
        article("older", MAY_10 - dt.timedelta(days=1)),
        article("a-same-time", MAY_10),
        article("newest", MAY_10 + dt.timedelta(hours=1)),
    ))
    assert [e.article.slug for e in site.entries] == ["newest", "a-same-time", "b-same-time", "older"]


def test_ordering_compares_instants_not_local_clock_times() -> None:
    kyiv_morning = MAY_10.replace(hour=10, tzinfo=dt.timezone(dt.timedelta(hours=3)))  # 07:00 UTC
    site = make_site((article("kyiv", kyiv_morning), article("utc", MAY_10.replace(hour=8))))
    assert [e.article.slug for e in site.entries] == ["utc", "kyiv"]


def test_input_order_does_not_matter() -> None:
    articles = tuple(article(f"a{n}", MAY_10 - dt.timedelta(days=n % 3)) for n in range(6))
    forward = [e.article.slug for e in make_site(articles).entries]
    backward = [e.article.slug for e in make_site(articles[::-1]).entries]
    assert forward == backward


def test_editions_are_newest_first_and_group_by_week() -> None:
    site = make_site((
        article("w19", MAY_10),
        article("w18", MAY_10 - dt.timedelta(days=7)),
        article("w19b", MAY_10 + dt.timedelta(days=2)),
    ))
    assert [(e.period.id, e.url, e.count) for e in site.editions] == [
        ("2023-W19", "editions/2023-W19/", 2), ("2023-W18", "editions/2023-W18/", 1)]
    assert [e.edition for e in site.entries] == ["2023-W19", "2023-W19", "2023-W18"]


# --- sections and "Other" ------------------------------------------------------------------------


def test_entries_without_topic_go_to_other_section_last() -> None:
    site = make_site(
        (article("talks", MAY_10), article("weather", MAY_10 - dt.timedelta(hours=1)),
         article("both", MAY_10 - dt.timedelta(hours=2))),
        topics={"talks": ("ceasefire-talks",), "both": ("china-role", "ceasefire-talks")})
    sections = site.editions[0].sections
    # Each article once per edition, under its primary topic (the first of its own `topics:`).
    assert [(s.topic.id if s.topic else None, [e.article.slug for e in s.entries]) for s in sections] == [
        ("china-role", ["both"]),
        ("ceasefire-talks", ["talks"]),
        (None, ["weather"]),
    ]
    assert [e.article.slug for e in site.other] == ["weather"]


def test_no_other_section_when_every_entry_has_a_topic() -> None:
    site = make_site((article("talks", MAY_10),), topics={"talks": ("ceasefire-talks",)})
    (section,) = site.editions[0].sections
    assert section.topic == TALKS and section.entries == site.entries
    assert site.other == ()


def test_entry_topics_are_topic_values_in_match_order() -> None:
    site = make_site((article("a", MAY_10),), topics={"a": ("ceasefire-talks", "china-role")})
    assert site.entries[0].topics == (TALKS, CHINA)
    assert site.entries[0].url == "articles/a/"


# --- outlets --------------------------------------------------------------------------------------


@pytest.mark.parametrize("name, slug", [
    ("The Moscow Times", "the-moscow-times"),
    ("Süddeutsche Zeitung", "suddeutsche-zeitung"),
    ("Le Monde diplomatique", "le-monde-diplomatique"),
    ("Nový Čas", "novy-cas"),
    ("  BBC News -- Europe!  ", "bbc-news-europe"),
    ("Reuters", "reuters"),
])
def test_slugify_outlet_names(name: str, slug: str) -> None:
    assert slugify(name) == slug


def test_slugify_names_without_latin_letters_is_stable_and_distinct() -> None:
    first, second = slugify("Українська правда"), slugify("Новая газета")
    assert re.fullmatch(r"source-[0-9a-f]{8}", first)
    assert re.fullmatch(r"source-[0-9a-f]{8}", second)
    assert first != second
    assert slugify("Українська правда") == first


def test_outlets_are_listed_by_name_with_config_metadata() -> None:
    site = make_site(
        (article("a", MAY_10, source="The Moscow Times"), article("b", MAY_10, source="Süddeutsche Zeitung"),
         article("c", MAY_10, source="the Economist"), article("d", MAY_10, source="The Moscow Times")),
        sources=(Source("The Moscow Times", "https://www.themoscowtimes.com", "In exile"),
                 Source("Unused Outlet", "https://unused.example", "")))
    listing = [(o.name, o.slug, o.page, o.url, o.note, [e.article.slug for e in entries])
               for o, entries in site.outlets]
    assert listing == [
        ("Süddeutsche Zeitung", "suddeutsche-zeitung", "sources/suddeutsche-zeitung/", "", "", ["b"]),
        ("the Economist", "the-economist", "sources/the-economist/", "", "", ["c"]),
        ("The Moscow Times", "the-moscow-times", "sources/the-moscow-times/",
         "https://www.themoscowtimes.com", "In exile", ["a", "d"]),
    ]
    outlets = {o.name: o for o, _ in site.outlets}
    assert all(e.outlet == outlets[e.article.source] for e in site.entries)


# --- notes ---------------------------------------------------------------------------------------


def test_notes_are_attached_to_articles_topics_and_editions() -> None:
    site = make_site(
        (article("geneva", MAY_10), article("kyiv", MAY_10 - dt.timedelta(hours=1))),
        (note("why", MAY_10 + dt.timedelta(days=1), articles=("geneva", "missing-or-draft"),
              topics=("ceasefire-talks",), kind="why-it-matters"),),
        topics={"geneva": ("ceasefire-talks",)})
    (entry,) = site.notes
    assert (entry.anchor, entry.url, entry.edition) == ("note-why", "editions/2023-W19/#note-why", "2023-W19")
    assert [e.article.slug for e in entry.articles] == ["geneva"]  # unknown slugs are left out here
    assert entry.topics == (TALKS,)
    assert site.editions[0].notes == (entry,)


def test_pinned_notes_come_first_in_their_edition_then_newest() -> None:
    site = make_site((), (note("old-pinned", MAY_10 - dt.timedelta(days=1), pinned=True),
                          note("newest", MAY_10 + dt.timedelta(days=1)),
                          note("older", MAY_10)))
    assert [n.note.slug for n in site.editions[0].notes] == ["old-pinned", "newest", "older"]
    assert [n.note.slug for n in site.notes] == ["newest", "older", "old-pinned"]


def test_edition_with_only_notes_exists() -> None:
    site = make_site((article("a", MAY_10),), (note("later", MAY_10 + dt.timedelta(days=14)),))
    assert [(e.period.id, e.count, len(e.notes)) for e in site.editions] == [("2023-W21", 0, 1),
                                                                           ("2023-W19", 1, 0)]


# --- people ---------------------------------------------------------------------------------------


def test_people_collect_entries_and_quotes_by_speaker() -> None:
    haines = Person("Avril Haines", ("DNI Haines",))
    site = make_site((article("a", MAY_10), article("b", MAY_10 - dt.timedelta(hours=1))),
                     texts={"a": "\u201cWe see no sign of it,\u201d Avril Haines said of the talks, which Vladimir "
                                 "Putin rejected.",
                            "b": "Director of National Intelligence Avril Haines testified on Thursday."},
                     people=(haines, Person("Nobody Mentioned", ())))
    haines_entry = next(p for p in site.people if p.name == "Avril Haines")
    assert haines_entry.url == "people/avril-haines/"
    assert haines_entry.anchor == "person-avril-haines"
    assert (haines_entry.articles, haines_entry.quotes) == (2, 1)
    stories = site.person_stories["Avril Haines"]
    assert haines_entry.stories == len(stories)
    assert sorted(r.entry.article.slug for s in stories for r in s.reports) == ["a", "b"]
    assert [(q.text, q.entry.article.slug) for q in site.person_quotes["Avril Haines"]] == [("We see no sign of it", "a")]
    assert all(not p.quotes for p in site.people if p.name != "Avril Haines")  # never the others named
    assert "Nobody Mentioned" not in {p.name for p in site.people}


# --- pages -----------------------------------------------------------------------------------------


def test_plan_pages_gives_every_page_path_once() -> None:
    site = make_site((article("geneva", MAY_10, source="The Moscow Times"),
                      article("older", MAY_10 - dt.timedelta(days=7), source="Reuters")),
                     (note("why", MAY_10),), topics={"geneva": ("ceasefire-talks",)})
    pages = pages_of(site)
    paths = [p.path for p in pages]
    assert len(paths) == len(set(paths))
    assert sorted(paths) == sorted([
        "index.html", "404.html", "search/index.html",
        "editions/index.html", "editions/2023-W19/index.html", "editions/2023-W18/index.html",
        "topics/china-role/index.html", "topics/ceasefire-talks/index.html",
        "articles/geneva/index.html", "articles/older/index.html",
        "sources/index.html", "sources/the-moscow-times/index.html", "sources/reuters/index.html",
        "people/index.html",
    ])
    by_path = {p.path: p for p in pages}
    assert by_path["articles/geneva/index.html"].origin == "content/articles/geneva.md"
    assert by_path["sources/reuters/index.html"].origin == 'source "Reuters" (content/articles/older.md:1)'
    assert by_path["index.html"].context["edition"] is site.editions[0]
    listing = by_path["topics/ceasefire-talks/index.html"].context["listing"]
    assert [s.lead.article.slug for s in listing.items] == ["geneva"]


def test_article_body_is_fetched_only_when_printed() -> None:
    asked: list[str] = []

    def html_of(key: str) -> str:
        asked.append(key)
        return "<p>Geneva</p>"

    site = factories.site((article("geneva", MAY_10),), body_of=html_of)
    pages = {p.path: p.context for p in pages_of(site)}
    assert asked == []
    body = pages["articles/geneva/index.html"]["body"]
    assert body.__html__() == "<p>Geneva</p>"
    assert asked == ["rev-geneva"]


def test_edition_pages_link_newer_and_older() -> None:
    site = make_site(tuple(article(f"w{n}", MAY_10 - dt.timedelta(days=7 * n)) for n in range(3)))
    pages = {p.path: p.context for p in pages_of(site)}
    middle = pages["editions/2023-W18/index.html"]
    assert middle["newer"].period.id == "2023-W19"
    assert middle["older"].period.id == "2023-W17"
    assert pages["editions/2023-W19/index.html"]["newer"] is None
    assert pages["editions/2023-W17/index.html"]["older"] is None


def test_notes_reach_the_pages_of_their_articles_and_topics() -> None:
    site = make_site((article("geneva", MAY_10),),
                     (note("why", MAY_10, articles=("geneva",), topics=("china-role",)),))
    pages = {p.path: p.context for p in pages_of(site)}
    assert [n.note.slug for n in pages["articles/geneva/index.html"]["notes"]] == ["why"]
    assert [n.note.slug for n in pages["topics/china-role/index.html"]["notes"]] == ["why"]
    assert pages["topics/ceasefire-talks/index.html"]["notes"] == ()


# --- JSON-LD ---------------------------------------------------------------------------------------


def jsonld(a: Article, topics: tuple[str, ...] = ()) -> tuple[str, dict[str, Any]]:
    site = make_site((a,), topics={a.slug: topics})
    text = str(article_jsonld(site.entries[0], site.config))
    return text, json.loads(text)


def test_jsonld_has_is_based_on_when_via_is_set() -> None:
    _, data = jsonld(article("mt", MAY_10, source="The Moscow Times", via="The Wall Street Journal",
                             url="https://www.themoscowtimes.com/x", authors=("A. Writer",)),
                     topics=("china-role",))
    # The page is the briefing's, based on the outlet's article, itself based on the WSJ's.
    assert data["@type"] == "WebPage"
    assert data["publisher"] == {"@type": "Organization", "name": "Briefing", "url": "https://example.org/briefing/"}
    original = data["isBasedOn"]
    assert original["isBasedOn"] == {"@type": "NewsArticle",
                                     "publisher": {"@type": "Organization", "name": "The Wall Street Journal"}}
    assert original["publisher"]["name"] == "The Moscow Times"
    assert data["url"] == "https://example.org/briefing/articles/mt/"
    assert original["url"] == "https://www.themoscowtimes.com/x" and "sameAs" not in data
    assert original["author"] == [{"@type": "Person", "name": "A. Writer"}] and "author" not in data
    assert data["about"] == ["China's role"]
    assert original["datePublished"] == "2023-05-10T09:00:00+00:00"
    assert "creditText" not in data and "creditText" not in original


def test_jsonld_without_via_has_no_is_based_on() -> None:
    _, data = jsonld(article("plain", MAY_10))
    assert "isBasedOn" not in data["isBasedOn"]
    assert "about" not in data and "author" not in data["isBasedOn"] and "url" not in data["isBasedOn"]


def test_jsonld_discloses_ai_assistance() -> None:
    _, data = jsonld(article("ai", MAY_10, ai_assisted=True))
    assert data["isBasedOn"]["creditText"] == "Written with AI assistance, according to the outlet"


def test_jsonld_is_safe_inside_a_script_element() -> None:
    hostile = "</script><script>alert(1)</script><!-- & -->"
    text, data = jsonld(article("x", MAY_10, title=hostile, source="</SCRIPT>", via="<!--",
                                summary="a </script b"))
    assert "</" not in text and "<" not in text and ">" not in text and "&" not in text
    assert "<!--" not in text
    assert (data["isBasedOn"]["headline"], data["isBasedOn"]["publisher"]["name"], data["description"]) == (
        hostile, "</SCRIPT>", "a </script b")


def test_jsonld_is_deterministic() -> None:
    a = article("x", MAY_10, via="WSJ", tags=("b", "a"))
    assert jsonld(a)[0] == jsonld(a)[0]
    assert jsonld(a)[1]["keywords"] == "b, a"


# --- page paths → relative roots and fingerprints (render) ------------------------------------------


def test_relative_root_of_every_planned_page_leads_back_to_the_site_root() -> None:
    site = make_site((article("geneva", MAY_10),), (note("why", MAY_10),))
    for page in pages_of(site):
        root = relative_root(page.path)
        assert root.endswith("/")
        assert posixpath.normpath(posixpath.join(posixpath.dirname(page.path), root)) == ".", page.path


@pytest.mark.parametrize("path, root", [("index.html", "./"), ("404.html", "./"),
                                        ("articles/a/index.html", "../../"), ("editions/index.html", "../")])
def test_relative_root(path: str, root: str) -> None:
    assert relative_root(path) == root


def fingerprints(site: Site) -> dict[str, str]:
    printer = Fingerprinter.over("templates-v1", site.config)
    return {p.path: printer.page(p) for p in pages_of(site)}


def test_fingerprints_are_equal_for_equal_inputs_built_separately() -> None:
    def build() -> Site:
        return make_site((article("a", MAY_10), article("b", MAY_10 - dt.timedelta(days=7))),
                         (note("why", MAY_10, articles=("a",)),), topics={"a": ("china-role",)})
    assert fingerprints(build()) == fingerprints(build())


def test_fingerprints_change_only_for_pages_that_show_a_change() -> None:
    def build(b: Article) -> Site:
        return make_site((article("a", MAY_10), article("c", MAY_10 - dt.timedelta(days=7)), b))

    b = article("b", MAY_10 - dt.timedelta(days=14))
    before = fingerprints(build(b))
    after = fingerprints(build(article("b", b.published, title="Edited title")))
    changed = {path for path in before if before[path] != after[path]}
    assert {"articles/b/index.html", "editions/2023-W17/index.html", "sources/example-times/index.html"} <= changed
    assert not {"articles/a/index.html", "articles/c/index.html", "editions/2023-W19/index.html",
                "topics/china-role/index.html", "search/index.html", "404.html"} & changed


def test_fingerprint_depends_on_the_template_set() -> None:
    site = make_site((article("a", MAY_10),))
    page = pages_of(site)[0]
    assert Fingerprinter.over("v1", site.config).page(page) != Fingerprinter.over("v2", site.config).page(page)
    other_config = config(title="Another title")
    assert Fingerprinter.over("v1", site.config).page(page) != Fingerprinter.over("v1", other_config).page(page)


def test_jsonld_of_a_date_only_article_is_the_date_alone() -> None:
    """A trial: `published: 2023-05-10` became "2023-05-10T00:00:00+03:00", an invented midnight."""
    _, data = jsonld(article("d", MAY_10, has_time=False))
    assert data["isBasedOn"]["datePublished"] == "2023-05-10"
