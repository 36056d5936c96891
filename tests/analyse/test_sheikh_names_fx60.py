""""Sheikh" before one word is the name's own first word where the article never writes the word without it, or writes
another title before it ("Prime Minister Sheikh Hasina"); a title where it also writes the word alone ("Sheikh Tamim …
Tamim said") or after a ruler's or a royal's title ("Emir Sheikh Tamim", "Crown Prince Sheikh Mohammed"), as before
(FX60, 2026-12-07: "“…,” Sheikh Hasina said" made a person "Hasina"; sheikhnames.py). Properties over made-up names ×
frames × the article's usages, and the reported input on a built site.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.analyse.names import PERSON, names_in
from briefgen.analyse.people import find_people
from stories.storyeval import load_site, people_page
from support.examples import examples
from support.madeup import FAST, SAID, said, word
from support.sites import write_site

SITE = settings(max_examples=examples(10), deadline=None)
OFFICES = st.sampled_from(("", "Prime Minister ", "Former prime minister ", "Opposition Leader "))


@FAST
@given(word, OFFICES, st.sampled_from(SAID))
def test_sheikh_and_a_word_never_written_alone_is_the_name(name: str, office: str, frame: str) -> None:
    text = said(frame, f"{office}Sheikh {name}")
    assert [n.full for n in names_in("", text) if n.kind == PERSON] == [f"Sheikh {name}"], text
    assert [q.speaker for q in find_people("", text).quotes] == [f"Sheikh {name}"], text


@FAST
@given(word, st.sampled_from(SAID), st.sampled_from(("Mr ", "Ms ", "")))
def test_an_office_before_it_keeps_it_and_the_word_alone_is_a_reference(name: str, frame: str, title: str) -> None:
    text = f"Prime Minister Sheikh {name} arrived on Monday. " + said(frame, f"{title}{name}")
    assert {n.full for n in names_in("", text) if n.kind == PERSON} == {f"Sheikh {name}"}, text
    assert [q.speaker for q in find_people("", text).quotes] == [f"Sheikh {name}"], text


@FAST
@given(word, st.sampled_from(("Emir ", "Qatar Emir ", "Crown Prince ")), st.sampled_from(SAID))
def test_after_a_rulers_title_it_is_a_title(name: str, ruler: str, frame: str) -> None:
    text = said(frame, f"{ruler}Sheikh {name}")
    assert [q.speaker for q in find_people("", text).quotes] == [name], text


def test_the_word_written_alone_too_leaves_it_a_title() -> None:
    text = 'Sheikh Tamim arrived on Monday. "We will talk," Tamim said.'
    assert {n.full for n in names_in("", text) if n.kind == PERSON} == {"Tamim"}


@SITE
@given(word)
def test_the_reported_input_on_a_site(name: str) -> None:
    files = {"config.yaml": "title: T\ntopics:\n  - id: h\n    title: H\n"}
    bodies = ['"We will hold elections," Sheikh Hasina said on Monday.', f'"No," Prime Minister Sheikh {name} said.',
              f'Sheikh {name} spoke on Friday. "Never," Ms {name} said.']
    for i, body in enumerate(bodies):
        files[f"content/articles/a{i}.md"] = f"---\ntitle: 'Article {i}'\nsource: Outlet {i}\npublished: 2026-11-2{i}\n---\n{body}\n"
    with tempfile.TemporaryDirectory() as root:
        people = {p.name: p.articles for p in people_page(load_site(write_site(Path(root), files))) if p.kind == PERSON}
    assert people == {"Sheikh Hasina": ("a0",), f"Sheikh {name}": ("a1", "a2")}, people


@FAST
@given(word, word, st.sampled_from(("said", "added", "told reporters")))
def test_the_word_written_as_a_surname_before_leaves_it_a_title(given_name: str, name: str, verb: str) -> None:
    # a CI draw (2026-12-07): "Aaaa Aaaaa spoke first. “…,” said Sheikh Aaaaa." gave "Sheikh Aaaaa": the word before
    # "Sheikh" was "said", not a title, and the "written alone" test was skipped for it
    text = (f"{given_name} {name} spoke first. “We have been saying this for years and nobody listened,” {verb} "
            f"Sheikh {name}.")
    assert [q.speaker for q in find_people("", text).quotes] == [f"{given_name} {name}"], text
