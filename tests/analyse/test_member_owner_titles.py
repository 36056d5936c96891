"""A member's title before a seat's possessive names no one (runparts.split_run; issue 9, 2026-12-05): the seat rule
split "MP for Tom Reid's constituency" at a member's "for" before an owner, and a breaker found the title left of it
listed as a person: "The Labour MP for Bath's office was vandalised" → "Labour MP"."""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.people import find_people


def _named(text: str) -> list[str]:
    return [n.full for n in find_people("", text, (), (), "").named]


def test_the_breaker_s_titles() -> None:
    assert _named("The Labour MP for Bath's office was vandalised overnight, police said.") == []
    assert _named("The Conservative MP for Clacton's expenses were described as “excessive” by the watchdog.") == []
    assert "Labour MP" not in _named("Labour MP for Tottenham David Lammy's speech was called “electrifying” by "
                                     "colleagues.")


def test_what_must_not_change() -> None:
    assert _named("The MP for Tom Reid's constituency, Anna Berg, said the plan was “a mess we cannot afford at "
                  "all”.") == ["Tom Reid", "Anna Berg"]
    assert _named("The Labour MP for Bristol West, Thangam Debbonaire, said the plan was “a mess we cannot afford”."
                  ) == ["Thangam Debbonaire"]


@FAST
@given(st.sampled_from(("Labour", "Conservative", "Green", "Liberal Democrat", "SNP", "Reform UK")),
       st.sampled_from(("MP", "MSP", "MEP", "Councillor")), word,
       st.sampled_from(("office", "expenses", "surgery", "website", "campaign manager")))
def test_a_titled_member_s_seat_owner_is_no_person(party: str, title: str, place: str, thing: str) -> None:
    text = f"The {party} {title} for {place}'s {thing} was criticised on Monday, the watchdog said."
    assert not any(title in name for name in _named(text)), (text, _named(text))


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_people("", text, (), (), "").quotes]


QUOTED = "“a hammer blow to the whole town”"


def test_a_seat_s_last_words_are_no_member() -> None:
    """The breaker's seat fragments: "The MP for St Helens North said" gave the quotation to "Helens North"."""
    for text in (f"The MP for St Helens North said the closure was {QUOTED}.",
                 f"The Labour MP for Milton Keynes North said the closure was {QUOTED}.",
                 f"The MP for Bury St Edmunds said the closure was {QUOTED}."):
        assert _speakers(text) in ([], [None]) and not _named(text), (text, _named(text))
    assert _speakers(f"The MP for Hull West Emma Hardy said the closure was {QUOTED}.") == ["Emma Hardy"]


@FAST
@given(word, word, st.sampled_from(("North", "South", "East", "West", "Central")),
       st.sampled_from(("St {a} {c}", "{a} {b} {c}", "{a} St {b}")))  # (not "{a} upon {b}": a run ends at "upon")
def test_a_seat_of_three_words_names_no_member(a: str, b: str, compass: str, shape: str) -> None:
    seat = shape.format(a=a, b=b, c=compass)
    text = f"The MP for {seat} said the closure was {QUOTED}."
    assert not _named(text) and _speakers(text) in ([], [None]), (text, _named(text))
