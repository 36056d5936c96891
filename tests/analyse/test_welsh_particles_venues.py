"""A Welsh patronymic is one name ("Plaid Cymru MS Rhun ap Iorwerth" listed "Rhun" and "Iorwerth" and gave the words
to "Iorwerth": lexicon.SURNAME_PARTICLES now holds ap/ab/ferch/verch), and a venue's name before its noun is no
person ("The Little Brook pub said" listed a person "Little Brook": nonpersons.VENUE_NOUNS). The breakers' br5/br6
inputs, issue 9, 2026-12-05."""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.people import find_people
from briefgen.analyse.quotes import quotes_in


def _people(text: str) -> set[str]:
    return {n.full for n in find_people("", text).named}


def test_the_reported_inputs():
    for text in ("Plaid Cymru MS Rhun ap Iorwerth said the cuts were “a disgrace”.",
                 "Plaid MS Rhun ap Iorwerth said the cuts were “a disgrace”."):
        assert [q.name for q in quotes_in("", text)] == ["Rhun ap Iorwerth"], text
        assert _people(text) == {"Rhun ap Iorwerth"}, text
    assert _people("The Little Brook pub said it would reopen.") == set()


def test_what_must_not_change():
    assert _people("The Tom Reid trial opened on Monday.") == {"Tom Reid"}
    assert _people("Tom Reid, a pub landlord, said: “We are angry.”") == {"Tom Reid"}
    assert _people("Ursula von der Leyen said: “We are ready.”") == {"Ursula von der Leyen"}


@FAST
@given(word, word, st.sampled_from(("ap", "ab", "ferch")), st.sampled_from(("", "Plaid Cymru MS ", "Labour MS ")))
def test_a_welsh_patronymic_is_one_name(given_name, father, particle, title):
    name = f"{given_name} {particle} {father}"
    text = f"{title}{name} said the cuts were “a disgrace for every family in Wales”."
    assert [q.name for q in quotes_in("", text)] == [name], text
    assert _people(text) == {name}, text


@FAST
@given(word, word, st.sampled_from(("pub", "inn", "hotel", "restaurant", "shop", "farm", "bakery")),
       st.sampled_from(("The", "the", "A")))
def test_a_venues_name_is_no_person(first, second, noun, article):
    text = f"{article} {first} {second} {noun} said it would reopen on Friday."
    if article == "the":
        text = "Staff at " + text[0].lower() + text[1:]
    assert _people(text) == set(), text
