"""T22's names (FX45, 2026-12-07): a quoted or bracketed nickname inside a name (finding 7), a company named with a
Malay or Indonesian landform word (finding 5), a law's or a regulation's name and its bracketed acronym (finding 9).
Properties over each class with made-up names, the reported inputs, what stays (places, quoted words in a sentence),
and a real site in a temporary folder read as a build reads it.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from briefgen.analyse.names import ORGANISATION, PERSON, names_in
from briefgen.analyse.quotes import quotes_in
from stories.storyeval import load_site, people_page
from support.madeup import FAST, word

MARKS = (('"', '"'), ("\u201c", "\u201d"), ("'", "'"), ("\u2018", "\u2019"), ("(", ")"))
LANDFORMS = ("Tanjung", "Bukit", "Sungai", "Pulau", "Teluk", "Gunung")
COMPANY_ENDS = ("Agri", "Plantations", "Bhd", "Berhad", "Tbk", "Holdings", "Group", "Resources", "Mining", "Energy",
                "Capital")
LAW_HEADS = ("Regulation", "Directive", "Act", "Convention", "Protocol", "Agreement", "Treaty", "Ordinance", "Statute",
             "Decree", "Mechanism", "Principles", "Guidelines")


def _people(text: str) -> list[tuple[str, str]]:
    return [(n.full, n.kind) for n in names_in("", text)]


@FAST
@given(word, word, word, st.sampled_from(MARKS), st.booleans())
def test_a_nickname_between_given_name_and_surname_is_one_name(given_name: str, nickname: str, surname: str,
                                                               marks: tuple[str, str], titled: bool) -> None:
    assume(given_name != surname)  # ("Mr Aaaa" after "Aaaa Aaaa" may be either word)
    name = f"{given_name} {marks[0]}{nickname}{marks[1]} {surname}"
    text = f"{'Trade Undersecretary ' if titled else ''}{name} said the talks would wait. \"Not yet,\" Mr {surname} said."
    found = names_in("", text)
    assert {(n.full, n.kind) for n in found} == {(f"{given_name} {surname}", PERSON)}, (text, found)
    assert [q.name for q in quotes_in("", text)] == [f"{given_name} {surname}"]
    said_after = f'"Not yet," said {name}.'
    assert [(q.speaker, q.name) for q in quotes_in("", said_after)] == [(f"{given_name} {surname}",) * 2], said_after


@pytest.mark.parametrize("text", ['He called it "Brexit" Tuesday.', 'The song "Yesterday" was played.',
                                  'Jane Smith (Labour) Leeds said so.'])
def test_a_quoted_word_beside_other_words_is_no_nickname(text: str) -> None:
    assert all(" " not in n.full or n.full == "Jane Smith" for n in names_in("", text))


def test_the_reported_nickname() -> None:
    text = 'Philippine Trade Undersecretary Ramon "Bongbong" Dizon said the Philippines would wait.'
    assert [(n.full, n.title) for n in names_in("", text)] == [("Ramon Dizon", "Philippine Trade Undersecretary")]


@FAST
@given(st.sampled_from(LANDFORMS), word, st.sampled_from(COMPANY_ENDS))
def test_a_landform_word_and_a_company_word_make_a_company(landform: str, middle: str, end: str) -> None:
    firm = f"{landform} {middle} {end}"
    for text in (f'"We do not use fire," {firm} said in a statement.', f"Shares of {firm} fell 9% on Monday."):
        assert _people(text) == [(firm, ORGANISATION)], text
    assert [(q.speaker, q.kind) for q in quotes_in("", f'"We do not use fire," {firm} said.')] == [(firm, ORGANISATION)]


@FAST
@given(st.sampled_from(LANDFORMS), word)
def test_a_landform_named_speaker_is_a_company(landform: str, name: str) -> None:
    firm = f"{landform} {name}"
    assert _people(f"{firm} said it would appeal.") == [(firm, ORGANISATION)]
    assert [(q.speaker, q.kind) for q in quotes_in("", f'"We will appeal," {firm} said.')] == [(firm, ORGANISATION)]
    assert _people(f"The ship docked in {firm} on Monday.") == []  # a place, no one


@pytest.mark.parametrize("text", ["Kuala Lumpur said it would reply.", "Trucks queued at the port of Tanjung Priok.",
                                  "The ship reached Tanjung Priok on Monday."])
def test_places_stay_places(text: str) -> None:
    assert [kind for _, kind in _people(text)] in ([], ["place"])


@FAST
@given(st.lists(word, min_size=1, max_size=3), st.sampled_from(LAW_HEADS), st.booleans())
def test_a_law_and_its_acronym_are_no_one(words: list[str], head: str, european: bool) -> None:
    name = " ".join([*(["European", "Union"] if european else []), *words, head])
    acronym = "".join(w[0] for w in name.split())
    text = f"The {name} ({acronym}) applies from December. Exporters said the {acronym} would cost them."
    assert [n for n in names_in("", text) if n.kind == PERSON or n.full == acronym] == [], text


@pytest.mark.parametrize(("text", "kept"), [
    ("the European Union Deforestation Regulation (EUDR) applies.", []),
    ("the General Data Protection Regulation (GDPR) applies.", []),
    ("under the EU Carbon Border Adjustment Mechanism (CBAM), importers pay.", []),
    ("The Kyoto Protocol expired.", []),
    ("the North Atlantic Treaty Organization (NATO) said.", ["North Atlantic Treaty Organization", "NATO"])])
def test_the_reported_laws(text: str, kept: list[str]) -> None:
    assert [n.full for n in names_in("", text)] == kept


CONFIG = "title: T\nlanguage: en\ntimezone: Asia/Jakarta\ntopics:\n  - id: palm\n    title: Palm\n"
ARTICLES = {
    "h": ("Partners wary", "Harbour Times", "2026-11-06", 'In Manila, Philippine Trade Undersecretary Ramon "Bongbong" '
          'Dizon said the Philippines would wait. "Not yet," Mr Dizon said.'),
    "h2": ("Manila waits", "Reuters", "2026-11-07", '"We will wait," Ramon Dizon, the trade undersecretary, said.'),
    "r": ("Shares fall", "Reuters", "2026-11-10", 'Shares of Tanjung Emas Agri fell 9% on Tuesday. "We do not use fire,"'
          " Tanjung Emas Agri said in a statement. The European Union Deforestation Regulation (EUDR) applies."),
    "s": ("Planter denies", "Star", "2026-11-11", '"We never burn," Tanjung Emas Agri said. The European Union '
          "Deforestation Regulation (EUDR) applies from December."),
}


def test_the_pages_of_a_site() -> None:
    root = Path(tempfile.mkdtemp(prefix="fx45-"))
    (root / "content/articles").mkdir(parents=True)
    (root / "config.yaml").write_text(CONFIG)
    for slug, (title, source, published, body) in ARTICLES.items():
        (root / f"content/articles/{slug}.md").write_text(
            f"---\ntitle: '{title}'\nsource: {source}\npublished: {published}\n---\n{body}\n")
    pages = {(p.name, p.kind): p.articles for p in people_page(load_site(root))}
    assert pages == {("Ramon Dizon", PERSON): ("h", "h2"), ("Tanjung Emas Agri", ORGANISATION): ("r", "s")}, pages
