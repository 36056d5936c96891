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
