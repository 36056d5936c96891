"""One capitalised word after "the" is no person: "the Treasury said", "the Frenchman said".

A check of unseen copy: '“Sanctions will follow,” the Treasury said.' put a person "Treasury" among the
article's names and credited the quotation to him, as "the Knesset said", "the Palace said" and
"the Frenchman said" (an institution; someone described, not named) did for every word the lists do not
hold: a lone word before a speech verb was read as a surname ("Salo said"). English writes no article
before a surname, so after "the" (perhaps with a country's initials between: "the U.S. Treasury") a
lone word is no one's name (analyse/namecontext.py): no person in names_in, and the quotation's
speaker is unnamed, as after "the Commission said" (or, after a country's initials, the country's body:
"U.S. Treasury", an organisation). Without the article the surname reading stays.
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.names import names_in
from briefgen.analyse.quotes import quotes_in
from test_speaker_properties import person, word

FAST = settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.too_slow])
ARTICLES = ["the", "The", "the U.S.", "the US", "The U.K."]
FRAMES = [
    "“Sanctions will follow,” {np} said.",
    "“Sanctions will follow,” {np} said on Monday.",
    "{NP} said on Monday that sanctions would follow.",
    "Talks will go on, {np} told reporters.",
]


def _text(intro: str, frame: str, np: str) -> str:
    return intro + frame.format(np=np, NP=np[:1].upper() + np[1:])


@FAST
@given(person, word, st.sampled_from(ARTICLES), st.sampled_from(FRAMES))
def test_a_lone_word_after_the_article_is_no_person_and_no_speaker(
        speaker: str, lone: str, article: str, frame: str) -> None:
    text = _text(f"{speaker} met the envoys on Friday. ", frame, f"{article} {lone}")
    assert all(m.surface not in (lone, f"{article.split()[-1]} {lone}") for m in names_in("", text)
               if m.kind == "person"), text
    # No speaker, and never the person named before; after a country's initials, the country's body ("the U.S.
    # Treasury": a nationality and one word, nameruns._classify) as an organisation
    assert all(q.name is None or (q.kind, q.name.split()[-1]) == ("organisation", lone)
               for q in quotes_in("", text)), text


@FAST
@given(word, st.sampled_from(FRAMES[:2]))
def test_without_the_article_a_lone_word_before_a_speech_verb_is_still_a_surname(lone: str, frame: str) -> None:
    text = _text("", frame, lone)
    assert [(m.surface, m.kind) for m in names_in("", text)] == [(lone, "person")], text
    assert [q.name for q in quotes_in("", text)] == [lone], text


@pytest.mark.parametrize("lone", ["Treasury", "Knesset", "Palace", "Frenchman", "Texan", "Exchequer"])
def test_the_reported_words(lone: str) -> None:
    text = f"Janet Yellen met the envoys. “Sanctions will follow,” the {lone} said."
    assert [m.surface for m in names_in("", text)] == ["Janet Yellen"]
    assert [q.name for q in quotes_in("", text)] == [None]


def test_a_known_institution_after_the_still_speaks() -> None:
    text = "“Sanctions will follow,” the Kremlin said."
    assert [q.name for q in quotes_in("", text)] == ["Kremlin"]
