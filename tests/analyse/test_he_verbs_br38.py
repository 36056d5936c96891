"""After "He", a capitalised English verb form is the pronoun's verb, not a Chinese given name (BR38, 2026-12-07;
functionfamilies.family_given): "She said He Shot First." made a person "He Shot" — the test read Cantonese and
Wade-Giles closings (t, k, p) after a family name that is Pinyin. Fails before the fix.
"""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST

from briefgen.analyse.people import find_people

VERBS = st.sampled_from(("Shot", "Got", "Hit", "Sat", "Met", "Cut", "Put", "Let", "Set", "Bet", "Fit", "Came", "Can",
                         "Won", "Made", "Ran", "Rose", "Chose", "Jumped", "Said"))
GIVEN = st.sampled_from(("Lifeng", "Jiankui", "Wei", "Yong", "Jiechi", "Xiaoming", "Yafei", "Guoqiang", "Kang"))


def _named(text: str) -> set[str]:
    return {n.full for n in find_people("Trade", text).named}


def test_the_reported_input():
    assert _named('She said He Shot First. "He did," said Tom Harris.') == {"Tom Harris"}


@FAST
@given(VERBS, GIVEN)
def test_a_verb_after_he_is_no_given_name(verb, given_name):
    assert not any(n.startswith("He ") for n in _named(f'She said He {verb} First. "He did," said Tom Harris.'))
    assert not any(n.startswith("He ") for n in _named(f'Then He {verb} the ball, Tom Harris said.'))
    named = _named(f'Vice-Premier He {given_name} met officials. "Talks were candid," He {given_name} said.')
    assert f"He {given_name}" in named, named
