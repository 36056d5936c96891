"""A surname written alone that two people of the briefing bear is neither's page (a trial, 2026-12-04).

The trial named Ingrid Solberg (the mayor) and Tomas Solberg (a campaigner) in full, and one article wrote only
"Mayor Solberg … replied that she would “not negotiate through the newspapers”": the People index listed a third
person "Solberg" with that quote. Now the surname gets no page, and `briefgen check` tells the editor at its line
which people it may be and how to say (the full name once, or an alias). One bearer only: the surname is theirs.
"""
from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from support import factories
from support.examples import examples
from support.madeup import LISTED  # (no word an analysis lists: "Kisen" is a company's since FX89)
from support.sites import run_cli, write_site

from briefgen.analyse.people import find_people, people_of

SYLLABLES = ("sol", "berg", "hal", "vor", "sen", "ma", "ki", "nen", "bre", "kke", "tor", "vald")
word = st.lists(st.sampled_from(SYLLABLES), min_size=2, max_size=3).map(lambda parts: "".join(parts).capitalize()).filter(lambda w: w.lower() not in LISTED)


def found(bodies: dict[str, str]):  # type: ignore[no-untyped-def]
    articles = tuple(factories.article(slug) for slug in bodies)
    return people_of(articles, {slug: find_people("Bins", body) for slug, body in bodies.items()}, ())


@settings(max_examples=examples(80), deadline=None)
@given(word, word, word, st.sampled_from(["Mayor", "Dr", "Councillor", ""]))
def test_a_surname_two_people_bear_is_no_page_and_is_told(first: str, second: str, surname: str, title: str) -> None:
    if first == second or surname in (first, second):
        return
    lone = f"{title} {surname}".strip()
    result = found({
        "a": f"{first} {surname} said the plan was sound.",
        "c": f"{second} {surname}, a campaigner, said the plan would fail.",
        "b": f"{lone} replied that she would “not negotiate through the newspapers”, {surname} said.",
    })
    names = {person.name for person in result.people}
    assert surname not in names and lone not in names, names
    assert [(s, b) for s, b, _ in result.ambiguous] == [(surname, tuple(sorted((f"{first} {surname}",
                                                                                  f"{second} {surname}"))))]
    assert result.ambiguous[0][2] == ("b",)


@settings(max_examples=examples(40), deadline=None)
@given(word, word)
def test_a_surname_one_person_bears_is_theirs(first: str, surname: str) -> None:
    if first == surname:
        return
    result = found({"a": f"{first} {surname} said the plan was sound.",
                    "b": f"{surname} said the plan was sound, and “we will not move”, {surname} said."})
    assert {p.name for p in result.people} == {f"{first} {surname}"} and result.ambiguous == ()


def test_check_names_the_line_and_the_people(tmp_path: Path) -> None:
    def article(title: str, body: str) -> str:
        return f"---\ntitle: {title}\nsource: Varnholm Courier\npublished: 2026-03-1{len(title) % 9}\n---\n{body}\n"
    site = write_site(tmp_path, {
        "config.yaml": "title: Bins\nbase_url: https://example.org/\ntopics:\n  - id: bins\n    title: Bins\n",
        "content/articles/a.md": article("Mayor backs plan", "“The plan is sound,” Ingrid Solberg said."),
        "content/articles/b.md": article("Campaign", "“It will fail,” said Tomas Solberg, a campaigner."),
        "content/articles/c.md": article("Strike day two", "The strike went on.\n\nMayor Solberg replied that she "
                                                           "would “not negotiate through the newspapers”."),
    })
    checked = run_cli(["check"], site)
    assert checked.returncode == 0, checked.stderr
    assert ('content/articles/c.md:8: warning: "Solberg" alone may be "Ingrid Solberg" or "Tomas Solberg"'
            in checked.stdout + checked.stderr), checked.stdout + checked.stderr
    built = run_cli(["build", "--quiet"], site)
    assert built.returncode == 0, built.stderr
    assert {p.name for p in (site / "output/people").iterdir() if p.is_dir()} >= {"ingrid-solberg", "tomas-solberg"}
    assert not (site / "output/people/solberg").exists()
