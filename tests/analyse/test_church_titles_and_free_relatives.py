"""Church titles are no part of a name, and a quoted free relative or infinitive is a fragment (docs/log/people.md).

A trial (2026-12-05, a cathedral's storks) published a People page "Dean Judith Amery" beside "Judith Amery":
Canon, Bishop … are also names, so they were left out of the titles (titlewords.CLERICAL_TITLES: a title as a run's
first word before a two-word name; CHURCH_TITLES: archdeacon, prebendary … anywhere). It also showed 'the cathedral
would do "whatever the birds need"' and 'he said it was "impossible to know"' as statements: a verb inside a free
relative or after "to" is no sentence said (fragments.finite_clause). Properties over titles, names and frames.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.names import names_in
from briefgen.analyse.people import find_people
from briefgen.analyse.quotes import quotes_in

NAMES = st.sampled_from(["Judith Amery", "Mark Hale", "Ruth Quayle", "Gareth Fenwick"])
TITLES = st.sampled_from(["Canon", "Bishop", "Archdeacon", "Prebendary", "Chaplain", "Pastor", "Rabbi",
                          "Imam", "The Very Reverend", "The Right Reverend", "Reverend", "Monsignor"])
FRAMES = ("{t} {p} said: \u201cThe nest is safe for now.\u201d", "\u201cThe nest is safe for now,\u201d said {t} {p}.",
          "{t} {p} said the nest was \u201csafe for now and watched\u201d.")


@settings(max_examples=examples(120), deadline=None)
@given(TITLES, NAMES, st.sampled_from(FRAMES))
def test_a_church_title_is_no_part_of_the_name(title: str, name: str, frame: str) -> None:
    title = title if frame.startswith("{t}") else title[0].lower() + title[1:] if title.startswith("The") else title
    text = "Storks nested on the cathedral tower. " + frame.format(t=title, p=name)
    found = quotes_in("Storks", text)
    assert [q.name for q in found] == [name], text
    assert {m.full for m in names_in("Storks", text) if m.kind == "person"} == {name}, text


def test_names_that_are_church_titles_stay_names() -> None:
    for text, name in (("Dean Smith said: \u201cWe are ready.\u201d", "Dean Smith"),
                       ("Mark Bishop said: \u201cWe are ready.\u201d", "Mark Bishop"),
                       ("Canon Hale said: \u201cWe are ready.\u201d", "Canon Hale"),
                       ("Dean Hugo Smith said: \u201cWe are ready.\u201d", "Dean Hugo Smith")):  # a given name
        assert [q.name for q in quotes_in("T", text)] == [name], text


FRAGMENTS = ("whatever the birds need", "whatever it takes", "impossible to know", "hard to see", "ready to go",
             "wherever they go")
EMBED = ("{p} said the cathedral would do \u201c{q}\u201d to keep the nest safe.",
         "Pressed further, {p} said it was \u201c{q}\u201d how many visits were missed.")


@settings(max_examples=examples(80), deadline=None)
@given(NAMES, st.sampled_from(FRAGMENTS), st.sampled_from(EMBED))
def test_free_relatives_and_infinitives_are_fragments(name: str, quoted: str, frame: str) -> None:
    text = "The council met on Monday. " + frame.format(p=name, q=quoted)
    said = [(s.speaker, s.fragment) for s in find_people("T", text).quotes if s.text == quoted]
    assert said and all(fragment for _, fragment in said), (text, said)


def test_the_trial_sentences_and_statements() -> None:
    text = 'Dean Judith Amery said the cathedral would do "whatever the birds need" to keep the nest safe.'
    assert [s.fragment for s in find_people("T", text).quotes] == [True]
    # a verb of its own is still a statement: shown
    for quoted in ("would not listen", "we will win", "it is over", "nobody is safe", "who knows"):
        text = f"Helen Mabry said the council \u201c{quoted}\u201d on Monday."
        assert [s.fragment for s in find_people("T", text).quotes] == [False], text
