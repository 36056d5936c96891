"""A quotation framed by a sea trade's role ("the harbour master said") is the one person the article writes with that
role, before or after it, or describes as running what the role names.

The reported inputs (the ferry trial, tests/stories/ferry/, 2026-12-05): '"The reef is charted and lit," the harbour
master said on Tuesday morning. "Every master on this route knows where it is," added Captain Ruth Okafor, who has run
Port Carrick harbour since 2019.' and the live blog's '"She's floating," the harbour master told us from the pilot
boat.' before "Harbour master Captain Ruth Okafor says …" had no speaker: "master" was no title
(titledvoices.ROLE_TITLES), "Harbour master" before a name wrote none, and "who has run … harbour" held no role
(titledvoices.runs_what). The kind: any sea trade with its modifier, the holder written before the name, as an
appositive, or described by what they run; never "the master" alone (a ship's captain), never one who runs something
else ("who runs a café on the pier"), never one of two holders.
"""
from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from briefgen.analyse.quotes import quotes_in
from support.madeup import FAST, word

ROLES = ("harbour master", "salvage master", "pier master", "skipper", "coxswain", "bosun")
QUOTE = "“The channel is charted and lit,”"


def _speaker(text: str, words: str) -> str | None:
    return next(q.name for q in quotes_in("", text) if q.text.startswith(words))


@st.composite
def holder(draw: st.DrawFn, roles: tuple[str, ...] = ROLES) -> tuple[str, str, str]:
    """(a sentence naming a holder of a sea role, the holder's full name, the role)."""
    given_name, surname = draw(st.lists(word, min_size=2, max_size=2, unique=True))
    role = draw(st.sampled_from(roles))
    name = f"{given_name} {surname}"
    form = draw(st.sampled_from(["before", "captain", "appositive", "headed"]))
    sentence = {"before": f"{role.capitalize()} {name} watched from the quay.",
                "captain": f"{role.capitalize()} Captain {name} watched from the quay.",
                "appositive": f"{name}, the {role}, watched from the quay.",
                "headed": f"The {role}, {name}, watched from the quay."}[form]
    return sentence, name, role


@FAST
@given(holder(), st.booleans())
def test_the_role_is_its_holders_named_before_or_after(found: tuple[str, str, str], later: bool) -> None:
    sentence, name, role = found
    frame = f"{QUOTE} the {role} said on Tuesday."
    text = f"The ferry ran aground.\n\n{frame}\n\n{sentence}" if later else f"{sentence}\n\n{frame}"
    assert _speaker(text, "The channel") == name


@FAST
@given(st.sampled_from(ROLES).flatmap(lambda role: st.tuples(holder((role,)), holder((role,)))))
def test_two_holders_of_the_role_name_no_one(holders: tuple[tuple[str, str, str], tuple[str, str, str]]) -> None:
    first, second = holders
    assume(first[1] != second[1])
    text = f"{first[0]} {second[0]}\n\n{QUOTE} the {first[2]} said."
    assert _speaker(text, "The channel") is None


@FAST
@given(word, word, st.sampled_from(["harbour", "salvage", "pier"]))
def test_one_who_runs_what_the_role_names_holds_it(given_name: str, surname: str, modifier: str) -> None:
    assume(given_name != surname)
    text = (f"{QUOTE} the {modifier} master said. “Everyone knows it,” added Captain {given_name} {surname}, who has "
            f"run the Port Carrick {modifier} since 2019.")
    assert _speaker(text, "The channel") == f"{given_name} {surname}"


@FAST
@given(word, word, st.sampled_from(["harbour", "salvage", "pier"]))
def test_one_who_runs_something_else_holds_no_role(given_name: str, surname: str, modifier: str) -> None:
    assume(given_name != surname)
    text = (f"{QUOTE} the {modifier} master said. “Everyone knows it,” added {given_name} {surname}, who runs a café "
            f"on the {modifier}.")
    assert _speaker(text, "The channel") is None


@FAST
@given(word, word, st.sampled_from(["Harbour master", "Salvage master"]))
def test_the_master_alone_is_no_harbour_master(given_name: str, surname: str, role: str) -> None:
    assume(given_name != surname)
    text = f"{role} {given_name} {surname} watched from the quay. {QUOTE} the master said."
    assert _speaker(text, "The channel") is None


@pytest.mark.parametrize("text, words", [
    ("The ship's master, Captain Pieter van der Berg, was the last to leave.\n\n“The reef is charted and lit,” the "
     "harbour master said on Tuesday morning. “Every master on this route knows where it is,” added Captain Ruth "
     "Okafor, who has run Port Carrick harbour since 2019. She would not speculate on the cause.", "The reef"),
    ("07:58 The Morning Star is off the reef. “She’s floating,” the harbour master told us from the pilot boat. "
     "“Slowly, but she’s floating.”\n\n08:40 Harbour master Captain Ruth Okafor says the ship is being towed.",
     "She’s floating"),
])
def test_the_ferry_trials_harbour_master(text: str, words: str) -> None:
    assert _speaker(text, words) == "Ruth Okafor"
