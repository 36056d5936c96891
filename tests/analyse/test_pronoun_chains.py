"""A pronoun's antecedent through a viewpoint lead-in, a presented person and a pronoun that spoke before (antecedents.py).

The ransomware trial (tests/stories/ransom/, 2026-12-05) lost three people's words: "For Dr Katarzyna Wróblewska, a
cyber security lecturer at Castlebridge, the probe is no surprise. “…,” she said." (`viewpoint_holder`); "Among them
is Youssef al-Haddad. He has been given a one-month extension … “It is a start,” he said." (a presented person is
the subject); "…, Priya Raghunathan, proposed the motion. Speaking to Castle FM after the vote, she said … “…,” she
said." (`pronoun_speaker`: the "she" that spoke before stands for the same person). Properties over made-up names
(support.madeup); a subject of its own in the sentence, a name not set off by a comma, or another pronoun keep
the old readings.
"""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.quotes import quotes_in

TITLES = ("", "Dr ", "Professor ")
QUOTE = "“The regulator does not fine you for being attacked,” {p} said."


@FAST
@given(word, word, st.sampled_from(TITLES), st.sampled_from(("he", "she")))
def test_for_a_person_the_pronoun_is_theirs(given_name, surname, title, pronoun):
    name = f"{given_name} {surname}"
    text = f"For {title}{name}, a lecturer at the college, the probe is no surprise. " + QUOTE.format(p=pronoun)
    quote, = quotes_in("", text)
    assert quote.name == name, text
    other = f"For {title}{name}, a lecturer, the inspector Olwen Pryde was wrong. " + QUOTE.format(p=pronoun)
    assert quotes_in("", other)[0].name != name, other  # a person named as the clause's subject may be the one


@FAST
@given(word, word, st.sampled_from(("Among them is", "Among those affected is", "One of them is")),
       st.sampled_from(("he", "she")))
def test_a_presented_person_is_the_next_pronouns(given_name, surname, lead, pronoun):
    name = f"{given_name} {surname}"
    possessive = "his" if pronoun == "he" else "her"
    text = (f"The union will focus on postgraduates whose data is offline. {lead} {name}. {pronoun.capitalize()} has "
            f"been given an extension to {possessive} deadline. “It is a start,” {pronoun} said.")
    quote, = quotes_in("", text)
    assert quote.name == name, text


@FAST
@given(word, word, word, st.sampled_from(("he", "she")))
def test_a_pronoun_that_spoke_before_carries_its_person(given_name, surname, station, pronoun):
    name = f"{given_name} {surname}"
    text = (f"The union's welfare officer, {name}, proposed the motion. Speaking to {station} FM after the vote, "
            f"{pronoun} said the turnout showed how angry students were. “Nine hundred people don't come out on a "
            f"Wednesday night unless something is badly wrong,” {pronoun} said.")
    quote, = quotes_in("", text)
    assert quote.name == name, text
    other = "she" if pronoun == "he" else "he"
    mixed = text.replace(f"vote, {pronoun} said", f"vote, {other} said")
    assert quotes_in("", mixed)[0].name is None, mixed  # another person's pronoun between: unsure


def test_the_trials_sentences():
    ledger = ("For Dr Katarzyna Wróblewska, a cyber security lecturer at Castlebridge, the probe is no surprise. “The "
              "regulator does not fine you for being attacked. It fines you for leaving the door open,” she said. "
              "“Whether a patch was missing for three months is exactly what they will ask.”")
    rally = ("Welfare officer Priya Raghunathan said the union would now focus on postgraduates whose research data is "
             "still offline. Among them is Youssef al-Haddad. He has been given a one-month extension to his thesis "
             "deadline. “It is a start,” he said.")
    assert [q.name for q in quotes_in("", ledger)] == ["Katarzyna Wróblewska"] * 2
    assert [q.name for q in quotes_in("", rally)] == ["Youssef al-Haddad"]
