""""according to X" names a source; the speaker is the subject of a speech frame ("X said") if the
sentence has one, and X only when it has none (an anonymous X, "an official", "a statement": nobody).

A report: "according to" won over "Maria Lopez said". Its two passages ('“…,” Maria Lopez said,
according to an official.', 'Maria Lopez said, according to an official, “…”') were read right
already, but the same frames in other orders were not: 'Maria Lopez said “…,” according to an
official.' had no speaker and '“…,” according to Reuters, Maria Lopez said.' was Reuters's —
quotes._Context.attribute took an "according to" after the closing mark before looking for the
speech frame before the quotation, and "according to X, …" read X before the subject after it.
"""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.quotes import quotes_in
from test_speaker_properties import person

FAST = settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.too_slow])
VERBS = ["said", "told reporters", "added", "warned"]
INVERTED = {"said": "said", "told reporters": "said", "added": "added", "warned": "warned"}  # “…,” said X
ANONYMOUS = ["an official", "officials", "a statement", "a senior EU official", "people familiar with the talks"]
ORGANISATIONS = ["Reuters", "the Kremlin", "the State Department"]
# {q}: the quotation's words, {name}: the speaker, {verb}: the speech verb, {source}: the "according to" object
FRAMES = [
    "“{Q},” {name} {verb}, according to {source}.",                 # quote first
    "“{Q},” {inverted} {name}, according to {source}.",
    "“{Q},” according to {source}, {name} {verb}.",
    "{name} {verb}, according to {source}, “{q}.”",                 # frame first
    "According to {source}, {name} {verb}: “{Q}.”",
    "According to {source}, {name} {verb} “{q}.”",
    "{name} {verb} “{q},” according to {source}.",                  # the frame split around the quotation
    "According to {source}, “{q},” {name} {verb}.",
]
QUOTES = ["there is no date", "we will not sign this deal", "the talks have stalled for now"]


def speakers(text: str) -> list[str | None]:
    return [q.name for q in quotes_in("", text)]


def passage(frame: str, words: str, name: str, verb: str, source: str) -> str:
    text = frame.format(q=words, Q=words[0].upper() + words[1:], name=name, verb=verb, inverted=INVERTED[verb],
                        source=source)
    return text[0].upper() + text[1:]


@FAST
@given(st.sampled_from(FRAMES), st.sampled_from(QUOTES), person, st.sampled_from(VERBS),
       st.one_of(st.sampled_from(ANONYMOUS + ORGANISATIONS), person))
def test_the_speech_frame_names_the_speaker_whatever_the_source(frame: str, words: str, name: str, verb: str,
                                                              source: str) -> None:
    """With a speech frame the speaker is its subject; without one, the source when it is named."""
    text = passage(frame, words, name, verb, source)
    assert speakers(text) == [name], text
    alone = passage("“{Q},” according to {source}." if frame.startswith("“") else "According to {source}, “{q}.”",
                    words, name, verb, source)
    named = source.removeprefix("the ") if source in ORGANISATIONS else None if source in ANONYMOUS else source
    assert speakers(alone) == [named], alone


@FAST
@given(st.sampled_from(FRAMES), st.sampled_from(QUOTES), st.sampled_from(["An official", "One diplomat"]),
       st.sampled_from(VERBS), st.one_of(st.sampled_from(ORGANISATIONS), person))
def test_an_unnamed_speaker_is_not_replaced_by_the_source(frame: str, words: str, unnamed: str, verb: str,
                                                          source: str) -> None:
    """"An official said “…”, according to Reuters": the official spoke; Reuters reported it."""
    text = passage(frame, words, unnamed if frame.startswith("{name}") else unnamed.lower(), verb, source)
    assert speakers(text) == [None], text


@FAST
@given(st.sampled_from(QUOTES), person, st.sampled_from(VERBS), st.one_of(st.sampled_from(ANONYMOUS), person))
def test_he_or_she_in_the_frame_keeps_its_antecedent(words: str, name: str, verb: str, source: str) -> None:
    for text in (f"{name} spoke first. “{words[0].upper() + words[1:]},” she {verb}, according to {source}.",
                 f"{name} spoke first. She {verb} “{words},” according to {source}.",
                 f"{name} did not commit. She said she was ready “{words}”, according to {source} who was there."):
        assert speakers(text) == [name], text


REPORTED = [  # (passage, speakers): the report's passages, then its frame split around the quotation
    ('Maria Lopez said the talks had stalled. "There is no date," according to an official.', [None]),
    ('"There is no date," Maria Lopez said, according to an official.', ["Maria Lopez"]),
    ('Maria Lopez said, according to an official, "there is no date."', ["Maria Lopez"]),
    ('Maria Lopez said "there is no date," according to an official.', ["Maria Lopez"]),
    ('"There is no date," according to Reuters, Maria Lopez said.', ["Maria Lopez"]),
    # the story evaluation set (politico-macron-xi-talks): the quote was Xi's, credited to no one
    ('Xi did not commit to anything specific. He said he was ready to speak with Volodymyr Zelenskyy "when the '
     'conditions and the time are right", according to a French official who was present.', ["Xi"]),
]


def test_the_reported_cases() -> None:
    assert [speakers(text) for text, _ in REPORTED] == [expected for _, expected in REPORTED]
