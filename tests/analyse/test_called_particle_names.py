"""The "X called <it> “…”" frame names the whole speaker (quotecalled._SUBJECT, T15, 2026-12-06): "Ursula von der
Leyen called the plan “a first step”" gave the words to "Leyen" and "Charles de Gaulle called it …" to "Gaulle" (no
page of anyone), "Émile Zola called …" to "Zola": the frame read capitals A-Z only and no particle between a name's
words. Over names with particles and Latin-1 capitals, in the frame's verbs and objects: the full name."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.quotes import quotes_in

_NAMES = st.sampled_from(["Ursula von der Leyen", "Charles de Gaulle", "Marie-Hélène de Villiers", "Émile Zola",
                          "Seán Ó Briain", "Pieter van der Berg", "Tom Reid", "Luiz Inácio da Silva", "Anna Berg"])
_VERBS = st.sampled_from(["called", "branded", "described", "dubbed", "has called"])
_OBJECTS = st.sampled_from(["it", "the plan", "the ruling", "her rival's offer"])


@given(_NAMES, _VERBS, _OBJECTS)
@settings(max_examples=examples(200), deadline=None)
def test_the_frame_names_the_whole_speaker(name: str, verb: str, thing: str) -> None:
    text = f"The talks went on. {name} {verb} {thing} “a step in the wrong direction”."
    assert [q.speaker for q in quotes_in("N", text)] == [name]


def test_the_reported_lines() -> None:
    assert [q.speaker for q in quotes_in("N", "Ursula von der Leyen called the plan “a first step”.")] == [
        "Ursula von der Leyen"]
    assert [q.speaker for q in quotes_in("N", "Charles de Gaulle called it “a certain idea of France”.")] == [
        "Charles de Gaulle"]
