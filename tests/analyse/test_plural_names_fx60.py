"""Plural words in names: a surname that is a group's plural, with a title, is a person ("Mr Peers", "Ms Lords"); a body
named by its members' plural first is an organisation ("Democrats Abroad", "Republicans Overseas"); a count word, words
and a plural is a band's or a group's name, an organisation ("Nine Inch Nails"). FX60 (2026-12-07): "“…,” Mr Peers
said" alone in an article had no speaker and no person (the honorific was dropped as a sentence word before the
plural was read, so groupnouns.plural_group never saw the title), "Democrats Abroad said" was a person, "Nine Inch
Nails played" the person "Inch Nails" (groupnouns.py, runparts.parts, quotespeakers._runs). Properties over the
plurals × titles × frames, made-up words, and the reported inputs.
"""
from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from briefgen.analyse.groupnouns import PARTY_PLURALS
from briefgen.analyse.names import ORGANISATION, PERSON, names_in
from briefgen.analyse.quotes import quotes_in
from support.madeup import FAST, SAID, said, word

PLURALS = st.sampled_from(sorted(p.capitalize() for p in PARTY_PLURALS))


@FAST
@given(PLURALS, st.sampled_from(("Mr", "Ms", "Mrs", "Dr")), st.sampled_from(SAID))
def test_a_titled_plural_alone_is_a_person(plural: str, title: str, frame: str) -> None:
    text = said(frame, f"{title} {plural}")
    assert [(n.full, n.kind) for n in names_in("", text)] == [(plural, PERSON)], text
    assert [(q.name, q.kind) for q in quotes_in("", text)] == [(plural, PERSON)], text


@FAST
@given(PLURALS, st.sampled_from(("Abroad", "Overseas", "Europe Network", "Online")), st.sampled_from(SAID))
def test_a_plural_opening_a_run_names_a_body(plural: str, rest: str, frame: str) -> None:
    name = f"{plural} {rest}"
    text = said(frame, name)
    assert [(n.full, n.kind) for n in names_in("", text)] == [(name, ORGANISATION)], text
    assert [(q.name, q.kind) for q in quotes_in("", text)] == [(name, ORGANISATION)], text


@FAST
@given(st.sampled_from(("Nine", "Three", "Two", "Seven")), word, word, st.sampled_from(SAID))
def test_a_count_word_before_words_and_a_plural_is_a_band(count: str, first: str, last: str, frame: str) -> None:
    assume(not last.lower().endswith(("s", "u", "i")))
    name = f"{count} {first} {last}s"
    text = said(frame, name)
    assert [(n.full, n.kind) for n in names_in("", text)] == [(name, ORGANISATION)], text
    assert [(q.name, q.kind) for q in quotes_in("", text)] == [(name, ORGANISATION)], text


def test_the_reported_inputs_and_what_stays() -> None:
    assert [(q.name, q.kind) for q in quotes_in("", '"We will see," Mr Peers said.')] == [("Peers", PERSON)]
    assert [(n.full, n.kind) for n in names_in("", '"Vote," Democrats Abroad said.')] == [("Democrats Abroad", ORGANISATION)]
    assert [(n.full, n.kind) for n in names_in("", "Nine Inch Nails played on Monday.")] == [("Nine Inch Nails", ORGANISATION)]
    assert [n.full for n in names_in("", "Liam Peers said so. Liberal Democrats said so.")] == ["Liam Peers", "Liberal Democrats"]
    assert not [n for n in names_in("", "Two Senators said so. Senate Democrats said so.") if n.kind == PERSON]
    text = "Representatives of the G7 governments declined to comment on the report."  # (a group: the eval set's)
    assert not names_in("", text)
