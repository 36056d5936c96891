"""A royal's or a pope's title and one word ("King Abdullah", "Prince Harry", "Queen Rania") is a regnal name: it joins
no person named in full by that word without such a title, neither in its article nor across the site (FX60,
2026-12-07: "King Abdullah II said …" and "Abdullah Abdullah, the former chief executive, said …" in one site put the
king's words on Abdullah Abdullah's People page; "Harry Kane … Prince Harry said" was Harry Kane's quotation;
regnalnames.py). A fuller name the text itself writes after a royal title is still the person ("Crown Prince Mohammed
bin Salman … Prince Mohammed said"). Properties over made-up names × titles × the word's place in the fuller name.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from briefgen.analyse.names import PERSON, names_in
from briefgen.analyse.people import find_people
from stories.storyeval import load_site, people_page
from support.examples import examples
from support.madeup import word
from support.sites import write_site

SITE = settings(max_examples=examples(12), deadline=None)
FAST = settings(max_examples=examples(60), deadline=None)
TITLES = st.sampled_from(("King", "Queen", "Prince", "Princess", "Crown Prince", "Pope"))


def _people(root: Path, articles: dict[str, str]) -> dict[str, tuple[str, ...]]:
    files = {"config.yaml": "title: T\ntopics:\n  - id: h\n    title: H\n"}
    for i, (slug, body) in enumerate(sorted(articles.items())):
        files[f"content/articles/{slug}.md"] = f"---\ntitle: 'Article {slug}'\nsource: Outlet {i}\npublished: 2026-11-2{i}\n---\n{body}\n"
    site = load_site(write_site(root, files))
    return {p.name: p.articles for p in people_page(site) if p.kind == PERSON}


@SITE
@given(word, word, TITLES, st.booleans())
def test_a_regnal_name_joins_no_one_named_in_full_by_its_word(regnal: str, other: str, title: str, as_surname: bool) -> None:
    assume(regnal != other)
    full = f"{other} {regnal}" if as_surname else f"{regnal} {other}"
    articles = {"a": f'"We stand together," {title} {regnal} said on Monday.',
                "b": f'"The count is wrong," {full}, the former chief executive, said.'}
    with tempfile.TemporaryDirectory() as root:
        people = _people(Path(root), articles)
    assert people.get(full) == ("b",), people


@FAST
@given(word, word, TITLES, st.booleans())
def test_in_its_article_a_regnal_name_is_no_commoners_reference(regnal: str, other: str, title: str, as_surname: bool) -> None:
    assume(regnal != other)
    full = f"{other} {regnal}" if as_surname else f"{regnal} {other}"
    text = f'{full} said the count was wrong. "We stand together," {title} {regnal} said on Monday.'
    assert [m.full for m in names_in("", text)] == [full, regnal]
    assert [q.speaker for q in find_people("", text).quotes] == [regnal]


@FAST
@given(word, word, TITLES)
def test_a_fuller_name_written_after_a_royal_title_is_still_the_person(regnal: str, other: str, title: str) -> None:
    assume(regnal != other)
    text = f'{title} {regnal} {other} met the envoy. "We stand together," {title} {regnal} said on Monday.'
    assert {m.full for m in names_in("", text)} == {f"{regnal} {other}"}
    assert [q.speaker for q in find_people("", text).quotes] == [f"{regnal} {other}"]


def test_the_reported_sites(tmp_path: Path) -> None:
    people = _people(tmp_path / "1", {
        "a": '"We stand together," King Abdullah said on Monday. King Abdullah II met the envoy.',
        "b": '"The count is wrong," Abdullah Abdullah, the former chief executive, said. Abdullah Abdullah left.'})
    assert people["Abdullah Abdullah"] == ("b",), people
    people = _people(tmp_path / "2", {"a": '"Two goals," Harry Kane said. "We will win," Prince Harry said.',
                                      "b": '"Thank you," Queen Rania said.', "c": '"Thank you," Rania Youssef said.'})
    assert people["Harry Kane"] == ("a",) and people["Rania Youssef"] == ("c",), people
    assert people["Harry"] == ("a",) and people["Rania"] == ("b",), people
    text = 'Crown Prince Mohammed bin Salman met him. "Yes," Prince Mohammed said on Monday.'
    assert [q.speaker for q in find_people("", text).quotes] == ["Mohammed bin Salman"]
    text = 'Sir Keir Starmer met him. "Yes," Sir Keir said on Monday.'  # (an honour: titledgiven.py, unchanged)
    assert [q.speaker for q in find_people("", text).quotes] == ["Keir Starmer"]
