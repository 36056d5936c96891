"""A short form in a quotation's frame ("Mr Kerry said") stands for the name the article wrote after a title's brief
after "on" ("Special Envoy on Climate John Kerry"), read with the same brief skip as names.py reads it (FX68,
2026-12-07: fullnames.full_name read the run whole, so "“…,” Mr Kerry said" got the speaker "Climate John Kerry",
whom no People page names; onbriefs.brief_skip in fullnames). Properties over made-up names × briefs × short forms, the
reported input, and a built site.
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

SITE = settings(max_examples=examples(8), deadline=None)
ON_BRIEFS = st.sampled_from(("Special Envoy on Climate", "Special Envoy on Climate Change", "Envoy on Climate",
                             "Special Adviser on Housing and Homelessness", "Commissioner on Energy"))
SHORT = st.sampled_from(("Mr ", "Ms ", "Dr ", ""))


@FAST
@given(ON_BRIEFS, word, word, SHORT, st.sampled_from(SAID))
def test_a_short_form_after_a_brief_after_on_is_the_person(brief: str, first: str, last: str, title: str,
                                                            frame: str) -> None:
    name = f"{first} {last}"
    text = f"{brief} {name} arrived on Monday. " + said(frame, f"{title}{last}")
    assert {n.full for n in names_in("", text) if n.kind == PERSON} == {name}, text
    assert [q.speaker for q in find_people("", text).quotes] == [name], text


def test_the_reported_input() -> None:
    text = 'Special Envoy on Climate John Kerry arrived in Dubai on Monday. "We must act," Mr Kerry said.'
    assert [q.speaker for q in find_people("", text).quotes] == ["John Kerry"]


@SITE
@given(word, word)
def test_on_a_site(first: str, last: str) -> None:
    files = {"config.yaml": "title: T\ntopics:\n  - id: h\n    title: H\n"}
    bodies = [f'Special Envoy on Climate {first} {last} arrived. "We must act," Mr {last} said.',
              f'"Talks went well," {first} {last} said.']
    for i, body in enumerate(bodies):
        files[f"content/articles/a{i}.md"] = f"---\ntitle: 'Article {i}'\nsource: Outlet {i}\npublished: 2026-11-2{i}\n---\n{body}\n"
    with tempfile.TemporaryDirectory() as root:
        people = {p.name: p.articles for p in people_page(load_site(write_site(Path(root), files))) if p.kind == PERSON}
    assert people == {f"{first} {last}": ("a0", "a1")}, people
