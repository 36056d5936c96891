"""A short form written before its full name, and the known-as word inside a long name, are that person (FX74,
2026-12-07; laternames.py, read by names.mentions_in and people.find_people).

"King Abdullah said on Monday … King Abdullah II of Jordan met …" and "“…,” Mr Okafor said. Chinedu Okafor, the union's
leader, …" gave two people each, the quotation to the short form: names.py reads the article front to back, and a
surname, a title and a surname or a regnal name refers only to a full name written before it. Now the full name written
later takes it when it is the only candidate (two people of the surname: neither). "“…,” Lula said" after "Luiz Inácio
Lula da Silva" was a person "Lula": a word inside a long name (neither its first nor its last) written alone is that
person when one name of the article holds it and it is no given name of one sex. Properties over made-up names ×
titles × frames, the reported inputs, guards (two candidates, a royal before a commoner's given name, a relative, a
given name inside a long name), and a built site.
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
from support.madeup import FAST, SAID, said, word
from support.sites import write_site

SITE = settings(max_examples=examples(8), deadline=None)
SHORT = st.sampled_from(("Dr ", ""))  # (a gendered title joins only on agreement: FX82, test_later_join_breaks_fx82)
LATER = st.sampled_from(("{name}, the union's leader, told members to stay out.", "Later, {name} met the envoy.",
                         "The union is led by {name}.", "{name} had called the strike in March."))


def _people(text: str) -> set[str]:
    return {n.full for n in names_in("", text) if n.kind == PERSON}


def _speakers(text: str) -> list[str]:
    return [q.speaker for q in find_people("", text).quotes]


@FAST
@given(word, word, SHORT, st.sampled_from(SAID), LATER)
def test_a_short_form_before_its_full_name_is_the_person(first: str, last: str, title: str, frame: str, later: str) -> None:
    assume(first != last)
    name = f"{first} {last}"
    text = said(frame, f"{title}{last}") + " " + later.format(name=name)
    assert _people(text) == {name}, (text, names_in("", text))
    assert _speakers(text) == [name], text
    assert [n.full for n in find_people("", text).named if n.kind == PERSON] == [name], text


@FAST
@given(word, word, word, SHORT, st.sampled_from(SAID))
def test_two_candidates_later_join_neither(first: str, other: str, last: str, title: str, frame: str) -> None:
    assume(len({first, other, last}) == 3)
    text = said(frame, f"{title}{last}") + f" {first} {last} and {other} {last} led the union."
    wrong = {f"{first} {last}", f"{other} {last}"}
    assert not wrong & set(_speakers(text)), text
    assert all(m.full not in wrong for m in names_in("", text) if m.surface == last), text


@FAST
@given(word, word, word, st.sampled_from(SAID))
def test_the_word_inside_a_long_name_is_the_person(first: str, middle: str, last: str, frame: str) -> None:
    assume(len({first, middle, last}) == 3)
    name = f"{first} {middle} da {last}"
    text = f"{name} arrived in the capital on Monday. " + said(frame, middle)
    assert _people(text) == {name}, (text, names_in("", text))
    assert _speakers(text) == [name], text
    text = said(frame, middle) + f" {name} arrived in the capital on Monday."  # (before it: perhaps a relative, FX25)
    assert _speakers(text) == [middle], text


def test_the_reported_inputs() -> None:
    text = "“We will not give in,” King Abdullah said on Monday. Later, King Abdullah II of Jordan met the envoy."
    assert _people(text) == {"Abdullah II"} and _speakers(text) == ["Abdullah II"]
    text = "“The strike goes ahead,” Mr Okafor said. Chinedu Okafor, the union's leader, said he would stay out."
    assert _people(text) == {"Chinedu Okafor"} and _speakers(text) == ["Chinedu Okafor"]  # (FX82: "he" agrees with
    # "Mr"; without it "Chinedu", in no sex list, shows nothing and the two stay apart: test_later_join_breaks_fx82)
    text = "Luiz Inácio Lula da Silva arrived in Brasília. “The deal is fair,” Lula said."
    assert _people(text) == {"Luiz Inácio Lula da Silva"} and _speakers(text) == ["Luiz Inácio Lula da Silva"]


def test_what_stays_apart() -> None:
    text = "“We will not give in,” Prince Harry said. Harry Kane scored twice."  # a royal, no commoner's given name
    assert _people(text) == {"Harry", "Harry Kane"} and _speakers(text) == ["Harry"]
    text = "“We will appeal,” Mrs Reid said. Her son, Tom Reid, was convicted."  # a relative of the other sex
    assert _speakers(text) == ["Reid"]
    text = "“We will appeal,” Ms Okafor said. Mr Chinedu Okafor, the union's leader, disagreed."  # a man by his title
    assert _speakers(text) == ["Okafor"]
    text = "Ana Maria Silva arrived. “The deal is fair,” Maria said."  # a given name inside: perhaps another Maria
    assert _speakers(text) == ["Maria"]
    text = "Mohammad Abdullah Khan arrived. “The deal is fair,” King Abdullah said."  # a royal's word
    assert _speakers(text) == ["Abdullah"]


@SITE
@given(word, word, word)
def test_on_a_site(first: str, other: str, last: str) -> None:
    """Another person of the surname on the site: the name index joins the short form to no one, the article does."""
    assume(len({first, other, last}) == 3)
    files = {"config.yaml": "title: T\ntopics:\n  - id: h\n    title: H\n"}
    bodies = [f'"We must act," Dr {last} said. {first} {last}, the union\'s leader, spoke later.',
              f'"Talks went well," {other} {last} said.']
    for i, body in enumerate(bodies):
        files[f"content/articles/a{i}.md"] = f"---\ntitle: 'Article {i}'\nsource: Outlet {i}\npublished: 2026-11-2{i}\n---\n{body}\n"
    with tempfile.TemporaryDirectory() as root:
        people = {p.name: (p.articles, len(p.quotes)) for p in people_page(load_site(write_site(Path(root), files)))
                  if p.kind == PERSON}
    assert people == {f"{first} {last}": (("a0",), 1), f"{other} {last}": (("a1",), 1)}, people
