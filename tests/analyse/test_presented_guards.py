"""Guards on a presented person as a pronoun's antecedent (antecedents._PRESENTED, "For <name>, …") and on the
"called" frame (quotecalled.py): a tester's wrong speakers on realistic text (2026-12-05).

A presented person ("Among them was X.", "For X, …") stands for a later "he"/"she" only when the quotation's sentence
comes right after, or every sentence between opens with that pronoun ("Among them is X. He has been given … “…,” he
said."): not past "Her sister spoke to reporters." or "Police were called at midnight.". One of the dead or the
victims is presented to no one. "X denied that she had called the minister “…”" frames no one's words.
"""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.quotes import quotes_in


def _names(text: str) -> list[str | None]:
    return [q.name for q in quotes_in("", text)]


def test_the_testers_sentences():
    cases = [
        "Four people died in the crash. Among the dead was Maria Costa, 34. Her sister spoke to reporters outside the "
        "court. “She was the light of our family,” she said.",
        "Two men were stabbed. One of the victims was Tom Reid, 19. Police were called at midnight. “We are appealing "
        "for witnesses,” he said.",
        "Hundreds of staff lost their jobs. Among them was Tom Reid. Kestrel Water said the cuts were necessary. “We had "
        "no choice,” he said.",
        "For Anna Berg, the award came too late. Her daughter accepted it on her behalf. “She would have been so "
        "proud,” she said.",
        "Anna Berg denied that she had called the minister “a liar who should resign at once”.",
    ]
    for text in cases:
        assert _names(text) == [None], text


@FAST
@given(word, word, st.sampled_from(("Among them was", "Among those affected is")), st.sampled_from(("he", "she")),
       st.sampled_from(("Her sister spoke to reporters.", "Police were called at midnight.",
                        "Kestrel Water said the cuts were necessary.")))
def test_a_presented_person_not_past_another_subject(given_name, surname, lead, pronoun, between):
    name = f"{given_name} {surname}"
    text = f"Hundreds lost their jobs. {lead} {name}. {between} “We had no choice,” {pronoun} said."
    assert _names(text) == [None], text
    near = f"Hundreds lost their jobs. {lead} {name}. “We had no choice,” {pronoun} said."
    assert _names(near) == [name], near  # right after: the presented person's


@FAST
@given(word, word, st.sampled_from(("Among the dead was", "One of the victims was", "Among those killed was")),
       st.sampled_from(("he", "she")))
def test_the_dead_and_victims_are_presented_to_no_one(given_name, surname, lead, pronoun):
    text = f"Two people died. {lead} {given_name} {surname}, 34. “We are appealing for witnesses,” {pronoun} said."
    assert _names(text) == [None], text


@FAST
@given(word, word, st.sampled_from(("he", "she")))
def test_for_a_person_not_past_another_subject(given_name, surname, pronoun):
    possessive = "his" if pronoun == "he" else "her"
    text = (f"For {given_name} {surname}, the award came too late. {possessive.capitalize()} daughter accepted it. "
            f"“It would have meant so much,” {pronoun} said.")
    assert _names(text) == [None], text


@FAST
@given(word, word, st.sampled_from(("denied that she had", "denies she", "never", "rejected claims she")))
def test_a_denied_calling_frames_no_one(given_name, surname, denial):
    name = f"{given_name} {surname}"
    text = f"{name} {denial} called the minister “a liar who should resign at once”."
    assert _names(text) == [None], text
    said = f"{name} was angry. Outside the chamber she called the letter “a postcard, not a plan”."
    assert _names(said) == [name], said  # no denial: still hers
