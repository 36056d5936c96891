"""A titled surname written as a relative of the person of that surname is another person: "Tom Reid's mother, Mrs
Reid, … “…,” she said" gave the mother's words to Tom Reid (the breakers' br5/br6 inputs, issue 9, 2026-12-05:
kinnames.kin_titled, used by fullnames.full_name and names._mention)."""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.people import find_people
from briefgen.analyse.quotes import quotes_in


def _speakers(text: str) -> list[str | None]:
    return [q.name for q in quotes_in("", text)]


def test_the_reported_inputs():
    for text in ("Tom Reid's mother, Mrs Reid, was in court. “He is innocent,” she said.",
                 "Tom Reid's widow, Lady Reid, spoke to the BBC. “He was a good man,” she said.",
                 "Tom Reid's mother, Mrs Reid, said: “He is a good boy.”",
                 "Tom Reid, 19, was stabbed on Friday. His mother, Mrs Reid, said he was “a gentle boy”."):
        assert _speakers(text) in ([None], []), text  # (a short fragment with no speaker is not returned)
        assert {n.full for n in find_people("", text).named} == {"Tom Reid"}, text


def test_what_must_not_change():
    kept = {
        "Tom Reid's late father, Mr Reid, was a miner. Tom Reid said: “I miss him.”": ["Tom Reid"],
        "Tom Reid was jailed. Mr Reid said: “I am innocent.”": ["Tom Reid"],
        "Tom Reid's mother, Mrs Reid, wept. Reid said: “I love her.”": ["Tom Reid"],
        "Anna Berg met Tom Reid's mother. Ms Berg said: “She was kind.”": ["Anna Berg"],
    }
    for text, speakers in kept.items():
        assert _speakers(text) == speakers, text


_KIN = st.sampled_from(("mother", "father", "wife", "husband", "widow", "sister", "late father", "elder brother"))
_TITLES = st.sampled_from(("Mr", "Mrs", "Ms", "Lady", "Sir", "Dame"))


@FAST
@given(word, word, _KIN, _TITLES, st.booleans(), st.booleans())
def test_a_relatives_titled_surname_is_not_the_person(given_name, surname, kin, title, owner_named, pronoun_frame):
    owner = f"{given_name} {surname}'s" if owner_named else f"{given_name} {surname} was in court on Monday. His"
    if pronoun_frame:
        text = f"{owner} {kin}, {title} {surname}, spoke outside. “It has been a nightmare,” she said."
    else:
        text = f"{owner} {kin}, {title} {surname}, said: “It has been a nightmare.”"
    assert f"{given_name} {surname}" not in _speakers(text), text
    assert {n.full for n in find_people("", text).named} <= {f"{given_name} {surname}"}, text
