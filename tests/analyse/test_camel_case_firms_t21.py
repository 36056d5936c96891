"""Companies written as one word with an inner capital are organisations (FX33, T21, 2026-12-07).

"“We accept the ruling,” BlackRock said on Monday.", "said SoftBank", "PayPal said", "ChapaPesa said in a statement"
gave no speaker: a word in CamelCase past a name prefix was a product, no name at all (orgnames.product_shaped); now
one such word alone is an organisation (camelnames.camel_name). A property over made-up CamelCase words × frames, the
reported inputs, and what must not move: a person's "McDonald", "MacLeod", "DeSantis", "LeBron James"; an acronym's
plural ("NGOs"); a hashtag or a handle ("#BlackLivesMatter", "@PayPal": no name); a product its article shows to be
one ("PowerCell Mini").
"""
from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from briefgen.analyse.camelnames import camel_name, product_shaped
from briefgen.analyse.names import ORGANISATION, PERSON, names_in
from briefgen.analyse.people import find_people
from briefgen.analyse.quotes import quotes_in
from support.madeup import FAST, word

FIRM_FRAMES = ('"We accept the ruling," {name} said on Monday.', '"We accept," said {name}.',
               '{name} said: "We accept."', '"It is good," {name} said in a statement.',
               '{name} told reporters: "We accept."', '"We accept," {name}, the payments company, said.')
camel = st.tuples(word, word).map(lambda p: p[0] + p[1])


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.kind) for q in quotes_in("", text)]


@FAST
@given(camel, st.sampled_from(FIRM_FRAMES))
def test_a_camel_case_company_speaks_as_an_organisation(name: str, frame: str) -> None:
    assume(product_shaped(name))
    text = frame.format(name=name)
    assert _speakers(text) == [(name, ORGANISATION)], text
    assert [(n.full, n.kind) for n in find_people("", text).named] == [(name, ORGANISATION)], text


@pytest.mark.parametrize(("text", "speaker"), [
    ('"We accept the ruling," BlackRock said on Monday.', "BlackRock"),
    ('"We accept," said SoftBank.', "SoftBank"),
    ('PayPal said it would "review everything".', "PayPal"),
    ('ChapaPesa said in a statement that it \u201caccepts the directive\u201d.', "ChapaPesa"),
    ('"It is good," YouTube said.', "YouTube"), ('"It is good," LinkedIn said.', "LinkedIn"),
    ('"No," said WhatsApp, the messaging service.', "WhatsApp"), ('"Yes," GlaxoSmithKline said.', "GlaxoSmithKline"),
    ('"It is good," JPMorgan said.', "JPMorgan")])
def test_the_reported_companies(text: str, speaker: str) -> None:
    assert _speakers(text) == [(speaker, ORGANISATION)]


@pytest.mark.parametrize("name", ["McDonald", "MacLeod", "DeSantis", "LeBron James", "Ronald McDonald", "Ian MacLeod",
                                  "Ellen DeGeneres", "Fiorello LaGuardia"])
@pytest.mark.parametrize("frame", FIRM_FRAMES[:5])
def test_people_with_a_name_prefix_stay_people(name: str, frame: str) -> None:
    assert _speakers(frame.format(name=name)) == [(name, PERSON)]


@pytest.mark.parametrize("text", ['Users posting #BlackLivesMatter said "enough".', '"Fine," @PayPal said.',
                                  'The NGOs said "no" to it.', '"Fine," MPs said.', 'The IDPs said "no".'])
def test_hashtags_handles_and_acronym_plurals_are_no_names(text: str) -> None:
    assert all(speaker is None for speaker, _ in _speakers(text)) and not find_people("", text).named, text


@FAST
@given(camel)
def test_a_hashtag_or_a_handle_is_no_name(name: str) -> None:
    assume(product_shaped(name))
    for text in (f"Posts tagged #{name} spread on Monday.", f"The account @{name} posted it."):
        assert not names_in("", text), text


def test_acronym_plurals_and_covid_are_no_camel_names() -> None:
    assert not any(map(camel_name, ["NGOs", "MPs", "CEOs", "IDPs", "COVID-19", "McDonald", "DeSantis", "MacLeod"]))
    assert all(map(camel_name, ["BlackRock", "SoftBank", "PayPal", "ChapaPesa", "YouTube", "BlackRock\u2019s"]))


def test_a_product_its_article_shows_stays_no_name() -> None:
    text = ("Brightwell Technologies is recalling 410,000 PowerCell Mini chargers. Owners of the PowerCell Mini "
            "should stop using them, Brightwell said.")
    assert "PowerCell" not in {n.full for n in find_people("", text).named}
