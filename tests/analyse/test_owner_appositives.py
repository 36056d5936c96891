"""A subject set off by an appositive whose owner is a name of several words ("Dana Whitcombe, Halvern Capital's
managing partner, made the remarks …") is the sentence's subject, and a "she" after it hers (antecedents.py's
`_OWNER_APPOSITIVE`; the tester's airport briefing, issue 9, 2026-12-05: "She insisted “we are not villains”" had
no speaker)."""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.quotes import quotes_in


def _speakers(text: str) -> list[str | None]:
    return [q.name for q in quotes_in("", text)]


def test_the_reported_sentence():
    text = ("Dana Whitcombe, Halvern Capital's managing partner, made the remarks in an interview with an American "
            "newspaper. She insisted “we are not villains” and said the firm had spent $40 million on the airport, "
            "the newspaper reported.")
    assert _speakers(text) == ["Dana Whitcombe"]


def test_what_must_not_change():
    kept = {
        "Anna Berg, Tom Reid and Sam Jones met. “We are innocent of all of it,” she said.": [None],
        "Vladimir Putin, she said, had “no intention of stopping at the border at all”.": [None],
        # (a breaker's W2 against 44de196c, 2026-12-05: a person as the owner, or another person in the sentence)
        "Mark Hughes, Anna Berg's solicitor, read a statement. She said: “I am innocent of every charge.”": [None],
        "Tom Reid, Acme Holdings' chief executive, met Anna Berg. She said: “It was a frank meeting all round.”": [None],
        "Tom Reid, Anna Berg's lawyer, spoke outside court. She was “relieved”, he said. “I just want to go home "
        "now,” she said.": [None],
    }
    for text, speakers in kept.items():
        assert _speakers(text) == speakers, text


_BODIES = st.sampled_from(("Capital", "Holdings", "Group", "Partners", "Airways", "Council"))
_ROLES = st.sampled_from(("managing partner", "chief executive", "lawyer", "founder"))


@FAST
@given(word, word, word, _BODIES, _ROLES, st.sampled_from(("she", "he")))
def test_a_subject_with_an_owners_appositive_carries_the_pronoun(given_name, surname, owner, body, role, pronoun):
    text = (f"{given_name} {surname}, {owner} {body}'s {role}, made the remarks in an interview. {pronoun.capitalize()} "
            f"insisted “we have never been anything but honest with this town”.")
    assert _speakers(text) == [f"{given_name} {surname}"], text


@FAST
@given(word, word, word, word, _ROLES, st.sampled_from(("she", "he")))
def test_a_persons_appositive_gives_no_speaker(given_name, surname, owner, owner2, role, pronoun):
    """A person as the owner ("Mark Hughes, Anna Berg's solicitor, …"): the pronoun may be either (W2, 2026-12-05)."""
    text = (f"{given_name} {surname}, {owner} {owner2}'s {role}, made the remarks in an interview. {pronoun.capitalize()} "
            f"insisted “we have never been anything but honest with this town”.")
    assert _speakers(text) == [None], text


@FAST
@given(word, word, word, word, word, _BODIES, st.sampled_from(("she", "he")))
def test_another_person_in_the_sentence_gives_no_speaker(given_name, surname, other, other2, owner, body, pronoun):
    text = (f"{given_name} {surname}, {owner} {body}'s chief executive, met {other} {other2} on Monday. "
            f"{pronoun.capitalize()} insisted “we have never been anything but honest with this town”.")
    assert _speakers(text) == [None], text
