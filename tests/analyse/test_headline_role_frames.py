"""A headline's quotation framed by a role — "Minister: '…'", "Strike organiser says '…'", "'…', says minister",
"…, organiser says" — is the person the text writes with that role, or no one's; never the speaker of the text's
quotation of its words when that speaker holds another role (quoteheadlines.py).

The reported inputs (the ferry trial, 2026-12-05): "Union has 'two years' of ferry defect reports, organiser says" was
dropped as a scare quote beside "Declan O'Rourke, the Nautical and Ferry Workers' Union's organiser, told …"; and
"Minister: 'we will act'" took the speaker of the text's “We will act on this,” — a chief executive — because a colon
lead-in that is a role named no one and the text's echo gave its speaker (a wrong person, found by checking).
"""
from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from briefgen.analyse.quotes import quotes_in
from support.madeup import FAST, word

ROLES = ("minister", "chief executive", "organiser", "harbour master", "mayor", "lawyer")
FRAMES = ("{Role}: '{words}'", "{Role} says '{words}'", "'{Words}', says {role}", "Ferry {role} warns '{words}'")
WORDS = "we will act on this"


def _headline(title: str, text: str) -> tuple[str | None, str] | None:
    quote = next((q for q in quotes_in(title, text) if q.in_title), None)
    return (quote.name, quote.frame) if quote is not None else None


def _title(frame: str, role: str, words: str = WORDS) -> str:
    return frame.format(Role=role.capitalize(), role=role, words=words, Words=words.capitalize())


@st.composite
def person(draw: st.DrawFn) -> str:
    given_name, surname = draw(st.lists(word, min_size=2, max_size=2, unique=True))
    return f"{given_name} {surname}"


@FAST
@given(person(), st.sampled_from(ROLES), st.sampled_from(ROLES), st.sampled_from(FRAMES))
def test_an_echo_by_another_role_names_no_one(speaker: str, role: str, other: str, frame: str) -> None:
    assume(role != other and role.split()[-1] != other.split()[-1])
    text = f"{speaker}, the {other}, spoke on Monday. “We will act on this,” {speaker.split()[1]} said."
    assert _headline(_title(frame, role), text) == (None, "unnamed")


@FAST
@given(person(), st.sampled_from(ROLES), st.sampled_from(FRAMES), st.booleans())
def test_the_one_holder_of_the_role_says_it(holder: str, role: str, frame: str, echoed: bool) -> None:
    assume(echoed or not frame.startswith("Ferry"))  # (without an echo, each of the role's words written with them)
    said = f"“We will act on this,” {holder.split()[1]} said." if echoed else "Islanders waited."
    text = f"{holder}, the {role}, spoke on Monday. {said} The ferry did not sail."
    assert _headline(_title(frame, role), text) == (holder, "headline")


@FAST
@given(st.lists(person(), min_size=2, max_size=2, unique=True), st.sampled_from(ROLES), st.sampled_from(FRAMES))
def test_two_holders_name_no_one(holders: list[str], role: str, frame: str) -> None:
    assume(holders[0].split()[1] != holders[1].split()[1] and holders[0].split()[0] != holders[1].split()[0])
    text = f"{holders[0]}, the {role}, spoke on Monday. {holders[1]}, the {role}, did not. The ferry did not sail."
    assert _headline(_title(frame, role), text) == (None, "unnamed")


@FAST
@given(person(), st.sampled_from(ROLES))
def test_a_closing_role_frame_governs_a_short_quotation(holder: str, role: str) -> None:
    text = f"{holder}, the {role}, spoke on Monday. The union says it has defect reports going back two years."
    assert _headline(f"Union has 'two years' of defect reports, {role} says", text) == (holder, "headline")
    assert _headline(f"Union has 'two years' of defect reports, {role} says", "The ferry did not sail.") is None


def test_the_ferry_trials_headline_and_the_wrong_minister() -> None:
    text = ("The union behind next week's ferry strike says it holds defect reports on Northsound ships going back two "
            "years.\n\nDeclan O'Rourke, the Nautical and Ferry Workers' Union's organiser, told the trade paper Ferry & "
            "Port Week that the Morning Star's steering failures in October “were not the first”.")
    assert _headline("Union has 'two years' of ferry defect reports, organiser says", text) == (
        "Declan O'Rourke", "headline")
    text = ("Fiona MacAskill, the chief executive of Northsound Ferries, spoke on Monday. “We will act on this,” she said. "
            "Sir Malcolm Drummond, the islands minister, said: “We had no choice.”")
    assert _headline("Minister: 'we will act'", text) == (None, "unnamed")
    assert _headline("Chief executive: 'we had no choice'", text) == (None, "unnamed")
    assert _headline("Minister: 'we had no choice'", text) == ("Malcolm Drummond", "headline")
