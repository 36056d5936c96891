"""A live blog's entry time before a one-word lead-in ("**10:40** Häkkänen: “…”") leaves the entry its speaker, the
person the word names (askedleads.after_clock, `_lone_name`; T27, 2026-12-07: no speaker, while the same line without
its time was his). The class: every entry-time shape (`**10:40**`, `10:40 —`, `10.40:`, `10:40,`, "At 10:40,") ×
made-up names; a word that names no one ("Update:") gives no one. Fails on the code before.
"""
from __future__ import annotations

from hypothesis import given, strategies as st

from briefgen.analyse.people import find_people
from support.madeup import FAST, word

CLOCKS = st.sampled_from(("**10:40** ", "10:40 ", "10:40 \u2014 ", "10:40 - ", "10.40: ", "*10:40* ", "10:40, ",
                          "At 10:40, ", "**10.40 am** ", "10:40 \u2013 ", ""))
TITLES = st.sampled_from(("Defence Minister", "Spokeswoman", "Prime Minister", "Coast guard chief"))


def _said(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in find_people("", text).quotes]


def test_the_reported_input() -> None:
    text = 'Defence Minister Antti Häkkänen spoke in Helsinki.\n\n**10:40** Häkkänen: "Nothing is ruled out."'
    assert _said(text) == [("Antti Häkkänen", "Nothing is ruled out.")]


@FAST
@given(CLOCKS, TITLES, word, word)
def test_an_entry_time_before_a_surname_alone_keeps_its_speaker(clock: str, title: str, first: str, last: str) -> None:
    text = f'{title} {first} {last} spoke in Helsinki.\n\n{clock}{last}: "Nothing is ruled out."'
    assert _said(text) == [(f"{first} {last}", "Nothing is ruled out.")], text


@FAST
@given(CLOCKS, st.sampled_from(("Update", "Earlier", "Meanwhile", "Later")), word, word)
def test_a_word_that_names_no_one_gives_no_one(clock: str, lead: str, first: str, last: str) -> None:
    text = f'Defence Minister {first} {last} spoke in Helsinki.\n\n{clock}{lead}: "Nothing is ruled out."'
    assert [s for s, _ in _said(text)] in ([None], []), text
