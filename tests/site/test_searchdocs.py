"""Search documents from the site model: what each kind of page puts in the index."""
from __future__ import annotations

from briefgen.site.searchdocs import SearchDocument, TextSource, search_documents
from support.factories import TALKS, article, note
from test_site_model import make_site


def test_articles_and_notes_become_documents_with_their_texts() -> None:
    site = make_site((article("a", title="Talks resume", source="Reuters"),),
                     (note("n", title="Why it matters", topics=(TALKS.id,)),), topics={"a": (TALKS.id,)})
    docs = {d.url: d for d in search_documents(site)}
    first = docs["articles/a/"]
    assert (first.kind, first.title, first.date) == ("article", "Talks resume", "2023-05-10")
    assert first.meta == ("Reuters", TALKS.title)
    assert isinstance(first.text, TextSource) and first.text.html(first.text.key) == site.body_html(first.text.key)
    (notes,) = [d for d in docs.values() if d.kind == "note"]
    assert "#note-n" in notes.url and notes.meta[0] == "Context"


def test_a_url_given_twice_keeps_its_first_document() -> None:
    site = make_site((article("a"),))
    extra = SearchDocument("articles/a/", "story", "Another", text="x")
    found = search_documents(site, (lambda s: iter((extra,)), lambda s: search_documents(s)))
    assert found == (extra,) + tuple(d for d in search_documents(site) if d.url != "articles/a/")


def test_stories_and_people_are_documents_at_their_own_pages() -> None:
    text = ("Envoys from Kyiv and Moscow met in Vilnius on Tuesday to discuss a grain corridor, "
            "\u201cWe are close to an agreement,\u201d Avril Haines said of the Vilnius grain talks.")
    site = make_site((article("a", title="Vilnius grain talks", source="Reuters"),
                      article("b", title="Grain corridor talks in Vilnius", source="Bloomberg")),
                     texts={"a": text, "b": text})
    docs = {d.url: d for d in search_documents(site)}
    (story,) = [d for d in docs.values() if d.kind == "story"]
    assert story.url.startswith("stories/") and story.meta[0] == "2 reports from 2 outlets"
    assert "Reuters" in story.text and "Bloomberg" in story.text
    haines = docs["people/avril-haines/"]
    assert (haines.kind, haines.title) == ("person", "Avril Haines") and "close to an agreement" in haines.text
    assert haines.meta == ("Named in 2 articles",)
