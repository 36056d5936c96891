"""BR30's regressions of FX33 (T21), items 4-7 (FX38, 2026-12-07).

ebba0b43 put the African titles (Oba, Mallam, Mzee …) among the church titles: "The Oba of Lagos said …" gave a
person "Lagos", and "Oba said", "said Mr Oba", "Mr Mzee said" lost their speakers. Now they are titles only before a
given name and a surname (titlewords.SURNAME_TITLES), and one word after a title's "of" is its seat, no name
(nameruns._classify). bab332a0 made every CamelCase word alone an organisation: "KwaZulu-Natal", "PlayStation consoles",
"in PowerPoint", "the new AirPods", "PlayStation 5" became organisations. Now a hyphenated word is no CamelCase name and
one written as a thing is no name (camelnames.camel_thing); a speaker or an actor stays an organisation.
"""
from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from briefgen.analyse.camelnames import product_shaped
from briefgen.analyse.names import ORGANISATION, PERSON
from briefgen.analyse.people import find_people
from briefgen.analyse.quotes import quotes_in
from briefgen.analyse.titlewords import AFRICAN_NAMED_TITLES
from support.madeup import FAST, word


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.kind) for q in quotes_in("", text)]


def _named(text: str) -> list[tuple[str, str]]:
    return [(n.full, n.kind) for n in find_people("", text).named]


_TITLES = sorted(AFRICAN_NAMED_TITLES)


@FAST
@given(st.sampled_from(_TITLES), word)
def test_a_title_of_a_place_names_no_one(title: str, place: str) -> None:
    for text in (f"The {title.title()} of {place} said the bridge was safe.",
                 f'"We are ready," said the {title.title()} of {place}.'):
        assert place not in {n for n, _ in _named(text)}, text
        assert all(speaker != place for speaker, _ in _speakers(text)), text


@pytest.mark.parametrize("title", _TITLES)
@pytest.mark.parametrize("frame", ['"We are ready," {t} said.', '"We are ready," said Mr {t}.',
                                   '"We are ready," Mr {t} said.'])
def test_a_title_word_as_a_surname_speaks(title: str, frame: str) -> None:
    name = title.title()
    assert _speakers(frame.format(t=name)) == [(name, PERSON)]


@pytest.mark.parametrize("text", ["The Oba of Lagos said the bridge was safe.",
                                  '"We are ready," said the Oba of Benin.', "The Bishop of Ely said it was safe."])
def test_the_reported_seats(text: str) -> None:
    assert not _named(text) and all(speaker is None for speaker, _ in _speakers(text))


THING_FRAMES = ("The company sells {n} consoles.", "He wrote the plan in {n}.", "The new {n} went on sale.",
                "The {n} 5 sold out on Monday.", "Millions play on {n} every day.")


@FAST
@given(st.tuples(word, word).map(lambda p: p[0] + p[1]), st.sampled_from(THING_FRAMES))
def test_a_camel_case_thing_is_no_organisation(name: str, frame: str) -> None:
    assume(product_shaped(name))
    text = frame.format(n=name)
    assert name not in {n for n, _ in _named(text)}, text


@pytest.mark.parametrize("text", ["Floods hit KwaZulu-Natal on Monday.", "The company sells PlayStation consoles.",
                                  "He wrote it in PowerPoint.", "The new AirPods went on sale.",
                                  "The PlayStation 5 sold out, Sony said."])
def test_the_reported_things_and_places(text: str) -> None:
    assert not {"KwaZulu-Natal", "PlayStation", "PowerPoint", "AirPods"} & {n for n, _ in _named(text)}, text


@pytest.mark.parametrize("text", ['"We accept the ruling," BlackRock said.', "BlackRock bought a stake in the firm.",
                                  '"No," said WhatsApp, the messaging service.'])
def test_an_acting_company_stays_an_organisation(text: str) -> None:
    assert ("BlackRock" if "Black" in text else "WhatsApp", ORGANISATION) in _named(text) + _speakers(text), text
