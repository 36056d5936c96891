"""Things the T21 briefing (FX33, 2026-12-07) filed as people: a state's formal name ("Republic, Democratic" from "the
Democratic Republic of Congo"), a group that names itself ("Shadow, Simba" from "A hacker group calling itself Simba
Shadow"), an amount of money in a currency's letters ("N14" from "N14 billion"). A property per kind over made-up
names, and the reported inputs.
"""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefgen.analyse.amountwords import CURRENCY_LETTERS, amount_word
from briefgen.analyse.names import ORGANISATION, PERSON, names_in
from briefgen.analyse.people import find_people
from briefgen.analyse.statenames import STATE_ADJECTIVES
from support.madeup import FAST, word


def _named(text: str) -> list[tuple[str, str]]:
    return [(n.full, n.kind) for n in find_people("", text).named]


@FAST
@given(word, word, st.sampled_from(sorted(STATE_ADJECTIVES - {"people's", "peoples'"})),
       st.sampled_from(("Republic", "Kingdom", "Emirates", "Sultanate")), word, st.booleans())
def test_a_states_formal_name_is_no_one(given_name: str, surname: str, adjective: str, form: str, place: str,
                                        the: bool) -> None:
    state = f"{adjective.capitalize()} {form} of {'the ' if the else ''}{place}"
    text = f"{given_name} {surname} said on Monday that users in Kenya and the {state} were cut off."
    assert [n for n in _named(text) if n[1] == PERSON] == [(f"{given_name} {surname}", PERSON)], text
    assert not any(form in full for full, _ in _named(text)), text


@pytest.mark.parametrize("text", [
    "The platform has 21 million registered users in Kenya, Uganda and the Democratic Republic of Congo.",
    "Fighting in the Democratic Republic of the Congo went on.", "He visited the Islamic Republic of Iran.",
    "It spread to the Central African Republic and the United Arab Emirates."])
def test_the_reported_states(text: str) -> None:
    assert _named(text) == []


NOUNS = ("hacker group", "gang", "collective", "hackers", "ransomware group", "network", "movement")
NAMING = ("calling itself", "known as", "called", "which calls itself", "dubbed", "named")


@FAST
@given(word, word, st.sampled_from(NOUNS), st.sampled_from(NAMING))
def test_a_group_named_so_is_an_organisation(first: str, second: str, noun: str, naming: str) -> None:
    name = f"{first} {second}"
    naming = "calling themselves" if noun == "hackers" and naming == "calling itself" else naming
    text = f"A {noun} {naming} {name} claimed on Tuesday that it had broken in. The post by {name} demanded bitcoin."
    assert _named(text) == [(name, ORGANISATION)], text


@FAST
@given(word, word)
def test_a_person_called_so_stays_a_person(first: str, second: str) -> None:
    text = f'A man called {first} {second} said "we lost everything".'
    assert _named(text) == [(f"{first} {second}", PERSON)], text


def test_the_reported_group() -> None:
    text = ("A hacker group calling itself Simba Shadow claimed on Tuesday that it had broken in. The post by Simba "
            "Shadow demanded bitcoin.")
    assert _named(text) == [("Simba Shadow", ORGANISATION)]


@FAST
@given(st.sampled_from(sorted(CURRENCY_LETTERS)), st.integers(1, 999), st.sampled_from(("", ".5", ",500")),
       st.sampled_from(("", "bn", "m", "k", " billion", " million")), word)
def test_an_amount_in_a_currencys_letters_is_no_name(letters: str, figure: int, decimals: str, scale: str,
                                                    bank: str) -> None:
    text = f"{bank} Trust Bank has about {letters}{figure}{decimals}{scale} in unsettled transfers. It said so."
    assert _named(text) == [(f"{bank} Trust Bank", ORGANISATION)], text
    assert amount_word(f"{letters}{figure}")


def test_the_reported_amount_and_acronyms_with_figures() -> None:
    assert _named("Lagoon Trust Bank has about N14 billion in unsettled transfers. N14 billion is a tenth of its "
                  "funds.") == [("Lagoon Trust Bank", ORGANISATION)]
    for amount in ("KSh2.5bn", "R300m", "GH\u20b55m", "Rs500", "KES 40"):
        assert _named(f"The fund lost {amount} on Monday, Lagoon Trust Bank said.") == [
            ("Lagoon Trust Bank", ORGANISATION)], amount
    assert [(m.full, m.kind) for m in names_in("", "The G20 met in Rome.")] == [("G20", ORGANISATION)]
