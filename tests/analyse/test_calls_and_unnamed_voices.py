"""A phone call is no speech verb, and a sentence an unnamed person speaks in gives no antecedent to "she said"
(callverbs.py, unnamedvoices.py; issue 9, 2026-12-05).

"Tom Reid called the helpline three times, his daughter said. “He was frightened,” she said." gave the quotation to
Tom Reid: "called" made him the sentence's speaker, and the daughter who speaks there was not read.
"""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.quotes import quotes_in


def _speakers(text: str) -> list[str | None]:
    return [q.name for q in quotes_in("", text)]


def test_the_reported_sentences():
    assert _speakers("Tom Reid called the helpline three times, his daughter said. “He was frightened,” she said.") == [None]
    assert _speakers("Tom Reid called the helpline at 3am “because nobody else would listen”.") == [None]


def test_what_must_not_change():
    kept = {
        "Tom Reid called the helpline three times. “I was frightened and alone,” he said.": ["Tom Reid"],
        "Tom Reid called the decision “a betrayal of every worker”.": ["Tom Reid"],
        "Tom Reid called for “an urgent inquiry into the deaths”.": ["Tom Reid"],
        "Tom Reid called on ministers to “act before it is too late”.": ["Tom Reid"],
        "Kuleba said Lavrov had called the Chinese plan “a basis for discussion”.": ["Lavrov"],
        "The call, which Blinken called “a good thing”, lasted an hour.": ["Blinken"],
        "Tom Reid called Anna Berg “a liar and a coward” in the debate.": ["Tom Reid"],
        "Anna Berg had been warned twice, the report said. “Nobody told me anything about it,” she said.": ["Anna Berg"],
        "Anna Berg won the seat, the BBC said. “It is a great night for us all,” she said.": ["Anna Berg"],
        "Anna Berg said her daughter had called. “I was frightened and alone,” she said.": ["Anna Berg"],
        "Anna Berg, 41, called the council twice. “Nobody ever answered the phone,” she said.": ["Anna Berg"],
        "Commerce Secretary Dana Whitfield on Wednesday called Brazil's new duties on American ethanol and corn "
        "“unjustified and damaging to trade”.": ["Dana Whitfield"],  # (a long object: a first version lost it)
        "Berg called Varga's claim “absurd and insulting to every one of us”.": ["Berg"],
    }
    for text, speakers in kept.items():
        assert _speakers(text) == speakers, text


_VOICES = st.sampled_from(("his daughter said", "a neighbour said", "her husband told reporters", "police said",
                           "said his son", "one friend said", "his former colleague said"))


@FAST
@given(word, word, _VOICES, st.sampled_from(("he", "she")))
def test_a_sentence_an_unnamed_person_speaks_in(given_name, surname, voice, pronoun):
    text = f"{given_name} {surname} lived alone for years, {voice}. “It was hard to watch it happen,” {pronoun} said."
    # (a group, or kin of the other sex, cannot be the pronoun: then the named person's; test_unnamed_voice_agreement.py)
    other = voice == "police said" or (pronoun == "he" and "daughter" in voice) or (pronoun == "she" and (
        "husband" in voice or "son" in voice))
    assert _speakers(text) == ([f"{given_name} {surname}"] if other else [None]), text
    plain = f"{given_name} {surname} lived alone for years. “It was hard to watch it happen,” {pronoun} said."
    assert _speakers(plain) == [f"{given_name} {surname}"], plain


@FAST
@given(word, word, st.sampled_from(("the helpline three times", "police after hearing", "the helpline at 3am",
                                    "an ambulance when he heard")))
def test_a_call_frames_no_quotation(given_name, surname, called):
    text = f"{given_name} {surname} called {called} “a loud bang and then screaming”."
    assert _speakers(text) == [None], text
    naming = f"{given_name} {surname} called the decision “a betrayal of every worker”."
    assert _speakers(naming) == [f"{given_name} {surname}"], naming
