"""The T23 trial's outlets read as speakers and newsmakers (a Horn of Africa briefing, 2026-12-07; FX56): a document's
words "according to a copy seen by The Addis Weekly Herald" were the outlet's (documents.DOCUMENT_NOUNS), and "Radio
Dalka" (the source "Radio Dalka Mogadishu", outletleads.py) and "SONNA" (the source "Somali National News Agency
(SONNA)", bracketnames.py) had organisation pages on the People page.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.outletleads import leading_form
from briefgen.analyse.people import people_analysis, people_of
from briefgen.analyse.quotes import quotes_in
from stories.storyeval import load_site

QUOTED = '"an in-depth assessment towards taking a position on recognition"'


def test_the_reported_quotation() -> None:
    text = ('The memorandum commits Ethiopia to "an in-depth assessment towards recognition", according to a copy seen by '
            'The Addis Weekly Herald.')
    assert quotes_in("", text)[0].name is None


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(("a copy", "copies", "the text", "the full text", "a copy of the memorandum", "an excerpt",
                        "extracts", "a draft", "the document")),
       st.sampled_from(("seen", "obtained", "reviewed", "viewed")),
       st.sampled_from(("The Addis Weekly Herald", "the Addis Weekly Herald", "Gulf Horizon", "Reuters",
                        "Horn Policy Forum", "Abdi Farah")))
def test_a_documents_words_seen_by_anyone_are_nobodys_speech(document: str, verb: str, seer: str) -> None:
    """"…", according to a copy (the text, an excerpt) seen (obtained, reviewed) by X: the document's words, no one's."""
    text = f"The memorandum commits Ethiopia to {QUOTED}, according to {document} {verb} by {seer}."
    assert [q.name for q in quotes_in("", text)] == [None]


def test_according_to_a_person_is_still_theirs() -> None:
    assert quotes_in("", f"The memorandum commits Ethiopia to {QUOTED}, according to Abdi Farah.")[0].name == "Abdi Farah"


@pytest.mark.parametrize(("source", "short"), [("Radio Dalka Mogadishu", "Radio Dalka"), ("Nation TV Nairobi", "Nation TV"),
                                               ("Radio Ergo Somalia", "Radio Ergo"), ("The Star Kenya Post Nairobi", "Star Kenya Post")])
def test_a_sources_leading_words_are_its_short_name(source: str, short: str) -> None:
    assert leading_form(source) == short


@pytest.mark.parametrize("source", ["Red Sea Freight Bulletin", "Horn Policy Forum", "Nation Media Group", "Gulf Horizon",
                                    "The Addis Weekly Herald", "Ethiopian News Agency (ENA)", "World Bank Blog Daily",
                                    "Daily Post AG"])
def test_no_leading_form_of_a_name_ending_in_its_kind_or_of_an_owner(source: str) -> None:
    assert leading_form(source) is None


def _listed(root: Path, sources: tuple[str, ...], articles: dict[str, str]) -> set[str]:
    (root / "content" / "articles").mkdir(parents=True)
    (root / "config.yaml").write_text("title: T\ntopics: [{id: h, title: H}]\nsources:\n" + "".join(
        f"  - name: {s}\n" for s in sources), encoding="utf-8")
    for i, (slug, body) in enumerate(articles.items()):
        (root / "content" / "articles" / f"{slug}.md").write_text(
            f"---\ntitle: Article {slug}\nsource: Outlet {i}\npublished: 2026-11-2{i}\n---\n{body}\n", encoding="utf-8")
    site = load_site(root)
    config = site.config
    analysis = people_analysis(config.people, config.sources, config.language)
    found = {a.slug: analysis.run_for(a, site.texts[a.slug]) for a in site.articles}
    return {p.name for p in people_of(site.articles, found, config.people, [s.name for s in config.sources]).people}


STATIONS = [("Radio Dalka Mogadishu", "Radio Dalka"), ("Somali National News Agency (SONNA)", "SONNA"),
            ("Radio Ergo Somalia", "Radio Ergo"), ("Sudan News Agency (SUNA)", "SUNA"), ("Nation TV Nairobi", "Nation TV")]
FRAMES = ("The information minister, Daud Aweis, told {s} the clause was hostile.",
          "Somalia expelled the ambassador, {s} reported on Wednesday.", "{s} said ministers backed the expulsion.",
          "Somalia's cabinet met on Thursday, according to {s}.")


@settings(max_examples=examples(12), deadline=None)
@given(st.sampled_from(STATIONS), st.lists(st.sampled_from(FRAMES), min_size=2, max_size=2))
def test_an_outlets_short_form_has_no_people_page(tmp_path_factory, station: tuple[str, str], frames: list[str]) -> None:
    """T23 #7: a `sources:` outlet named by its leading words or its bracketed short name is a source, not a newsmaker,
    in every frame and however often; the minister it names is listed."""
    source, short = station
    root = tmp_path_factory.mktemp("site")
    listed = _listed(root, (source, "Gulf Horizon"), {f"a{i}": frame.format(s=short) for i, frame in enumerate(frames)})
    assert short not in listed and source not in listed
