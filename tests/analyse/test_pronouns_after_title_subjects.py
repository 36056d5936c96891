""""he said"/"she said" right after a sentence whose subject is a title alone ("The chief executive defended the
timetable. “…,” she said.") is the title's holder, the one person the article writes with the title; with no holder
or two, no one — never a person named before that sentence (titledvoices.TitledVoices._pronoun).

Found while checking the ferry trial's title frames (2026-12-05): "Fiona MacAskill, the chief executive, and Ewan
MacDonald, a councillor, met. The councillor attacked the timetable. “We have no spare ship,” she said." gave the
councillor's words to MacAskill, and "The chief executive defended the timetable. “…,” she said." after "Fiona
MacAskill, the chief executive of Northsound Ferries, met councillors" had no speaker.
"""
from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from briefgen.analyse.quotes import quotes_in
from support.madeup import FAST, word

TITLES = ("chief executive", "minister", "harbour master", "councillor", "mayor", "director")
VERBS = ("defended the timetable", "was blunt", "visited the pier on Monday", "rejected the claim")
QUOTE = "“We have no spare ship,”"


def _speaker(text: str) -> str | None:
    return next(q.name for q in quotes_in("", text) if q.text.startswith("We have no spare ship"))


@st.composite
def person(draw: st.DrawFn) -> str:
    given_name, surname = draw(st.lists(word, min_size=2, max_size=2, unique=True))
    return f"{given_name} {surname}"


@FAST
@given(person(), person(), st.sampled_from(TITLES), st.sampled_from(VERBS), st.booleans())
def test_the_pronoun_after_a_title_subject_is_its_holder(holder: str, other: str, title: str, verb: str,
                                                         later: bool) -> None:
    assume(set(holder.split()).isdisjoint(other.split()))
    named = f"{holder}, the {title}, met {other} on Monday."
    said = f"The {title} {verb}. {QUOTE} she said."
    text = f"{said}\n\n{named}" if later else f"{named} {other} asked about the winter.\n\n{said}"
    assert _speaker(text) == holder


@FAST
@given(person(), st.sampled_from(TITLES), st.sampled_from(TITLES), st.sampled_from(VERBS))
def test_a_title_no_one_holds_is_no_earlier_persons(earlier: str, title: str, other: str, verb: str) -> None:
    assume(title.split()[-1] != other.split()[-1])
    text = f"{earlier}, the {other}, spoke first.\n\nThe {title} {verb}. {QUOTE} she said."
    assert _speaker(text) is None


@FAST
@given(st.lists(person(), min_size=2, max_size=2, unique=True), st.sampled_from(TITLES), st.sampled_from(VERBS))
def test_two_holders_name_no_one(holders: list[str], title: str, verb: str) -> None:
    assume(set(holders[0].split()).isdisjoint(holders[1].split()))
    text = f"{holders[0]}, the {title}, met {holders[1]}, the {title} of Acme.\n\nThe {title} {verb}. {QUOTE} she said."
    assert _speaker(text) is None


def test_the_councillors_words_are_not_the_chief_executives() -> None:
    text = ("Fiona MacAskill, the chief executive, and Ewan MacDonald, a councillor, met.\n\nThe councillor attacked "
            "the timetable. “We have no spare ship,” she said.")
    assert _speaker(text) == "Ewan MacDonald"
    text = ("Fiona MacAskill, the chief executive of Northsound Ferries, met councillors on Wednesday.\n\nThe chief "
            "executive defended the timetable. “We have no spare ship,” she said.")
    assert _speaker(text) == "Fiona MacAskill"
