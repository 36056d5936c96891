"""Members' seats the seat rule never reached (seats.py, runparts.split_run, names._mentions, quotespeakers._runs;
issue 9, a breaker's findings left on 2026-12-05).

"Member of Parliament for Bath Wera Hobhouse said" gave "Bath Wera Hobhouse"; "Labour TD for Dublin Bay South Ivana
Bacik said" a person "Labour TD" with the quotation; "Cabinet Member for Housing Tom Reid said" a person "Cabinet
Member"; "The MP for Newcastle upon Tyne said" a person "Tyne"; "the councillor for Westbury North Helen Mabry said"
one person of seat and name. A member's title before "for" (in the run or just before it) names no one, the seat no
one, and the member is the two words after a seat of one name word (seats.seat_end), else no one.
"""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support.examples import examples
from support.madeup import FAST, word

from briefgen.analyse.people import find_people
from briefgen.analyse.quotes import quotes_in

SMALL = settings(FAST, max_examples=examples(40))


def _read(text: str) -> tuple[list[str | None], list[str]]:
    return [q.name for q in quotes_in("", text)], [n.full for n in find_people("", text).named if n.kind == "person"]


def test_the_reported_sentences():
    reported = {
        "Member of Parliament for Bath Wera Hobhouse said the cuts were “cruel to the poorest families”.":
            (["Wera Hobhouse"], ["Wera Hobhouse"]),
        "The Member for Sutton Coldfield Andrew Mitchell said the plan was “nonsense from start to finish”.":
            (["Andrew Mitchell"], ["Andrew Mitchell"]),  # (a place-shaped second seat word, seats._PLACE_ENDINGS, 2026-12-05)
        "Labour TD for Dublin Bay South Ivana Bacik said the budget was “a failure for renters everywhere”.":
            (["Ivana Bacik"], ["Ivana Bacik"]),  # (the seat runs to its last compass word: a second breaker, 2026-12-05)
        "Cabinet Member for Housing Tom Reid said the scheme was “a success for the whole city”.": (["Tom Reid"], ["Tom Reid"]),
        "The MP for Newcastle upon Tyne said the cuts were “cruel to the poorest families”.": ([None], []),
        "Speaking on Monday, the councillor for Westbury North Helen Mabry said the plan was “a mess we cannot afford”.":
            (["Helen Mabry"], ["Helen Mabry"]),
        "The member for Bath Wera Hobhouse said the cuts were “cruel to the poorest families”.":
            (["Wera Hobhouse"], ["Wera Hobhouse"]),
    }
    for text, read in reported.items():
        assert _read(text) == read, text


def test_what_must_not_change():
    kept = {
        "Andrew Mitchell, the MP for Sutton Coldfield, said it was “nonsense from start to finish”.":
            (["Andrew Mitchell"], ["Andrew Mitchell"]),
        "The Minister for Fisheries Colm Brophy said the quota was “fair to every fleet”.": (["Colm Brophy"], ["Colm Brophy"]),
        "The MP for Tom Reid's constituency said the cuts were “cruel to the poorest families”.": ([None], ["Tom Reid"]),
        "The Labour MP for Bristol West, Thangam Debbonaire, said the plan was “a mess we cannot afford”.":
            (["Thangam Debbonaire"], ["Thangam Debbonaire"]),
        "Tom Reid, the councillor for Westbury North, said the plan was “a mess we cannot afford”.": (["Tom Reid"], ["Tom Reid"]),
        "Anna Berg voted for Tom Reid. “He is the best we have,” she said.": (["Anna Berg"], ["Anna Berg", "Tom Reid"]),
        "Senator for Queensland Anna Berg said the plan was “a mess we cannot afford”.": (["Anna Berg"], ["Anna Berg"]),
        "The Secretary of State for Wales Jo Stevens said it was “a good day for Wales”.": (["Jo Stevens"], ["Jo Stevens"]),
        "Campaigning for Tom Reid, Anna Berg said the plan was “a mess we cannot afford”.": (["Anna Berg"], ["Tom Reid", "Anna Berg"]),
        "He has been a member for Bath Rugby Club since 2001. “It is my second home,” Tom Reid said.":
            (["Tom Reid"], ["Tom Reid"]),
        "Shadow Minister for Housing Anna Berg said the plan was “a mess we cannot afford”.": (["Anna Berg"], ["Anna Berg"]),
    }
    for text, read in kept.items():
        assert _read(text) == read, text
    club = "He has been a member for Bath Rugby Club since 2001. “It is my second home,” Tom Reid said."
    assert [n.full for n in find_people("", club).named if n.kind == "organisation"] == ["Bath Rugby Club"]


@SMALL
@given(word, word, word, st.sampled_from(("Member of Parliament for", "Labour TD for", "the councillor for",
                                          "the member for", "Cabinet Member for", "The Member for")))
def test_a_seat_of_one_word_then_the_member(seat, given_name, surname, title):
    text = f"Speaking on Monday, {title} {seat} {given_name} {surname} said the plan was “a mess we cannot afford”."
    assert _read(text) == ([f"{given_name} {surname}"], [f"{given_name} {surname}"]), text


@SMALL
@given(word, word, word, word, st.sampled_from(("Labour TD for", "the councillor for", "The Member for")))
def test_a_longer_seat_names_no_one(one, two, given_name, surname, title):
    text = f"Speaking on Monday, {title} {one} {two} {given_name} {surname} said the plan was “a mess we cannot afford”."
    assert _read(text) == ([None], []), text
