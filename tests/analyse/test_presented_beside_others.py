"""A presented person ("Among them is X.") stands for "he"/"she" only when no other person named in full in that
sentence or the pronoun's own may be the one (quotespeakers._pronoun; issue 9, 2026-12-05).

The reported "Among them is Youssef al-Haddad. “…,” she said." is left as it was: nothing in the text says the
pronoun is not his (given names tell no sex here, speakergender.py), and the ransomware trial's labelled "Among them
is Youssef al-Haddad. He has been given … “It is a start,” he said." is his.
"""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.quotes import quotes_in


def _speakers(text: str) -> list[str | None]:
    return [q.name for q in quotes_in("", text)]


def test_the_reported_kind():
    assert _speakers("Among them is Youssef al-Haddad, whom Helen Mabry hired. “It is a start,” she said.") == [None]


def test_what_must_not_change():
    kept = {
        "Hundreds lost their jobs. Among them is Youssef al-Haddad. “It is a start,” he said.": ["Youssef al-Haddad"],
        "Helen Mabry runs the lab. Among them is Youssef al-Haddad. “It is a start,” she said.": ["Youssef al-Haddad"],
        "Welfare officer Priya Raghunathan said the union would act. Among them is Youssef al-Haddad. He has been given "
        "an extension. “It is a start,” he said.": ["Youssef al-Haddad"],
        "For Dr Katarzyna Wróblewska, a lecturer at Castlebridge, the probe is no surprise. “The regulator does not "
        "fine you for being attacked,” she said.": ["Katarzyna Wróblewska"],
    }
    for text, speakers in kept.items():
        assert _speakers(text) == speakers, text


@FAST
@given(word, word, word, word, st.sampled_from(("he", "she")))
def test_another_person_beside_the_presented_one(a, b, c, d, pronoun):
    presented, other = f"{a} {b}", f"{c} {d}"
    if presented.split()[-1] == other.split()[-1]:
        return
    text = f"Hundreds lost their jobs. Among them is {presented}, whom {other} hired. “It is a start,” {pronoun} said."
    assert _speakers(text) == [None], text
