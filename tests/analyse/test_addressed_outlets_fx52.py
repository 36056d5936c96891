"""An outlet the company spoke to is no antecedent of "it" (FX52, addressedoutlets.py): "ChapaPesa told Reuters the
fee was legal. “We comply,” it said in a statement." gave the words to Reuters (quotespeakers._it read the last
organisation named); "the company said" was ChapaPesa's already and stays so. An outlet that speaks for itself
("Reuters reported …: “…,” it said") is still its own voice."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.quotes import quotes_in
from test_speaker_properties import word

FAST = settings(max_examples=examples(80), deadline=None, suppress_health_check=[HealthCheck.too_slow])
OUTLETS = ["Reuters", "the Financial Times", "Bloomberg", "the BBC", "the Associated Press", "the Harbour Chronicle",
           "Valley Radio", "AFP"]
TOLD = ["{c} told {o} the fee was legal.", "{c} told {o} on Monday that the fee was legal.",
        "{c} said in an interview with {o} that the fee was legal.", "According to {o}, {c} raised the fee in May.",
        "{c} confirmed the fee to {o}."]
FRAMES = ["it said in a statement", "it said", "it added", "the company said in a statement", "the company said"]


@FAST
@given(word, st.sampled_from(OUTLETS), st.sampled_from(TOLD), st.sampled_from(FRAMES))
def test_an_outlet_spoken_to_never_speaks_for_the_company(name: str, outlet: str, told: str, frame: str) -> None:
    company = f"{name}Pesa"
    text = f"{told.format(c=company, o=outlet)} “We comply with every rule,” {frame}."
    quote = quotes_in("", text)[-1]
    assert quote.name == company, text


@pytest.mark.parametrize(("text", "name"), [
    ("ChapaPesa told Reuters the fee was legal. “We comply,” the company said in a statement.", "ChapaPesa"),
    ("ChapaPesa told Reuters the fee was legal. “We comply,” it said in a statement.", "ChapaPesa"),
    ("ChapaPesa told the Financial Times the fee was legal. “We comply,” it said in a statement.", "ChapaPesa"),
    ("Reuters reported the fee on Monday. “We stand by our story,” it said.", "Reuters"),
])
def test_reported_outlets(text: str, name: str) -> None:
    assert quotes_in("", text)[-1].name == name, text
