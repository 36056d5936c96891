""""Sheikh" before one word is a title where the article writes that word as the first of a longer name ("Sheikh
Mohammed bin Rashid Al Maktoum … “…,” Sheikh Mohammed said": one person, as before FX60; FX68, 2026-12-07: FX60's
"Sheikh Hasina" rule had made "Sheikh Mohammed" a second person; sheikhnames.opens_longer). "Sheikh Hasina" and "Hassan
Sheikh Mohamud" stay. Properties over made-up names × nasabs × frames, the reported inputs, and a built site.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.analyse.names import PERSON, names_in
from briefgen.analyse.people import find_people
from stories.storyeval import load_site, people_page
from support.examples import examples
from support.madeup import FAST, SAID, said, word
from support.sites import write_site

SITE = settings(max_examples=examples(8), deadline=None)
OFFICES = st.sampled_from(("", "Foreign Minister ", "Vice President "))


def _persons(text: str) -> set[str]:
    return {n.full for n in names_in("", text) if n.kind == PERSON}


@FAST
@given(word, word, word, OFFICES, st.sampled_from(SAID), st.sampled_from(("bin", "ibn", "Al")))
def test_sheikh_and_the_first_word_of_a_fuller_name_is_that_person(first: str, father: str, house: str, office: str,
                                                                    frame: str, link: str) -> None:
    full = f"{first} {link} {father} Al {house}" if link != "Al" else f"{first} Al {house}"
    text = f"{office}Sheikh {full} opened the expo on Monday. " + said(frame, f"{office}Sheikh {first}")
    assert _persons(text) == {full}, text
    assert [q.speaker for q in find_people("", text).quotes] == [full], text


@pytest.mark.parametrize(("text", "person"), [
    ('Sheikh Mohammed bin Rashid Al Maktoum, the ruler of Dubai, opened the expo. "We welcome the world," Sheikh '
     'Mohammed said.', "Mohammed bin Rashid Al Maktoum"),
    ('Sheikh Mohamed bin Zayed Al Nahyan met the delegation. "We are partners," Sheikh Mohamed said.',
     "Mohamed bin Zayed Al Nahyan"),
    ('Sheikh Tamim bin Hamad Al Thani hosted the talks. "Qatar is ready," Sheikh Tamim said.', "Tamim bin Hamad Al Thani"),
    ('Sheikh Saud bin Saqr Al Qasimi opened the port. "A great day," Sheikh Saud said.', "Saud bin Saqr Al Qasimi"),
    ('Sheikh Mansour bin Zayed attended the match. "A fine team," Sheikh Mansour said.', "Mansour bin Zayed"),
    ('Sheikh Abdullah bin Zayed met Blinken. "We agree," Sheikh Abdullah said.', "Abdullah bin Zayed"),
    ('Prime Minister Sheikh Hasina spoke. "We will win," Sheikh Hasina said.', "Sheikh Hasina"),
    ('Hassan Sheikh Mohamud, the president of Somalia, spoke. "We will win," Mr Mohamud said.', "Hassan Sheikh Mohamud"),
])
def test_the_reported_inputs(text: str, person: str) -> None:
    assert _persons(text) - {"Blinken"} == {person}, text
    assert [q.speaker for q in find_people("", text).quotes] == [person], text


@SITE
@given(word, word)
def test_on_a_site(first: str, father: str) -> None:
    files = {"config.yaml": "title: T\ntopics:\n  - id: h\n    title: H\n"}
    bodies = [f'Sheikh {first} bin {father} Al Maktoum opened the expo. "Welcome," Sheikh {first} said.',
              '"We will hold elections," Sheikh Hasina said on Monday.']
    for i, body in enumerate(bodies):
        files[f"content/articles/a{i}.md"] = f"---\ntitle: 'Article {i}'\nsource: Outlet {i}\npublished: 2026-11-2{i}\n---\n{body}\n"
    with tempfile.TemporaryDirectory() as root:
        people = {p.name: p.articles for p in people_page(load_site(write_site(Path(root), files))) if p.kind == PERSON}
    assert people == {f"{first} bin {father} Al Maktoum": ("a0",), "Sheikh Hasina": ("a1",)}, people
