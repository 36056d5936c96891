"""Search documents from the site model: what each kind of page puts in the index."""
from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefgen.render.searchtext import words
from briefgen.site.searchdocs import SearchDocument, TextSource, joined, search_documents
from support.factories import TALKS, article, note
from support.examples import examples
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


def _two_reports_quoting_haines() -> dict:
    """Search documents by URL of a site of two reports (Reuters, Bloomberg) of one story, each
    quoting Avril Haines."""
    text = ("Envoys from Kyiv and Moscow met in Vilnius on Tuesday to discuss a grain corridor, "
            "\u201cWe are close to an agreement,\u201d Avril Haines said of the Vilnius grain talks.")
    site = make_site((article("a", title="Vilnius grain talks", source="Reuters"),
                      article("b", title="Grain corridor talks in Vilnius", source="Bloomberg")),
                     texts={"a": text, "b": text})
    return {d.url: d for d in search_documents(site)}


def test_stories_and_people_are_documents_at_their_own_pages() -> None:
    docs = _two_reports_quoting_haines()
    (story,) = [d for d in docs.values() if d.kind == "story"]
    assert story.url.startswith("stories/") and story.meta[0] == "2 reports from 2 outlets"
    assert "Reuters" in story.text and "Bloomberg" in story.text
    haines = docs["people/avril-haines/"]
    assert (haines.kind, haines.title) == ("person", "Avril Haines") and "close to an agreement" in haines.text
    assert haines.meta == ("Named in 2 articles",)


def test_a_storys_and_a_persons_parts_are_set_apart_in_their_snippets() -> None:
    """A trial: a story's excerpt read "The Kyiv Ledger Global Affairs Digest Berliner Rundschau
    Frozen assets debate divides Istanbul and p…", a person's "special envoy Li Our support will
    continue…": outlets, headlines, spellings and quotes run together, joined by spaces."""
    docs = _two_reports_quoting_haines()
    (story,) = [d for d in docs.values() if d.kind == "story"]
    outlets, headlines = story.text.split(" \u2014 ")
    assert sorted(outlets.split(" \u00b7 ")) == ["Bloomberg", "Reuters"] and headlines in {"Vilnius grain talks", "Grain corridor talks in Vilnius"}
    # (the same words in both reports are one quotation of hers: site/people.py shows a quotation once)
    assert docs["people/avril-haines/"].text == "\u201cWe are close to an agreement\u201d"


PART = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30)


@settings(max_examples=examples(300), deadline=None, derandomize=True)
@given(first=st.lists(PART, max_size=4), second=st.lists(PART, max_size=4))
@example(first=["The Kyiv Ledger", "Global Affairs Digest"], second=["Frozen assets debate", "Ukraine's 'talks'"])
@example(first=["O\u2019"], second=["s", "\u0301a"])
def test_separators_in_a_documents_text_leave_its_terms_as_they_were(first: list[str], second: list[str]) -> None:
    """`joined` and the middle dots only set parts apart for the eye: the search terms are those of
    the parts joined by spaces, whatever the parts (apostrophes, marks, digits at their edges)."""
    text = joined((" \u00b7 ".join(first), ", ".join(second)))
    assert words(text) == words(" ".join(first + second))
