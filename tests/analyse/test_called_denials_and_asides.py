""""X called <it> “…”" framed past an aside, blocked only by a denial that governs the calling, and never for a
preposition's object (quotecalled.py; issue 9, 2026-12-05).

"Anna Berg, who never hid her views, branded it “…”" lost its speaker: the frame read no aside between subject and
verb, and any "never" before the verb blocked it (the rule was for "denied that she had called the minister “…”").
"""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.quotes import quotes_in


def _speakers(text: str) -> list[str | None]:
    return [q.name for q in quotes_in("", text)]


def test_the_reported_sentences():
    assert _speakers("Anna Berg, who never hid her views, branded the plan “a disgrace to the whole city”.") == ["Anna Berg"]
    assert _speakers("Anna Berg has never hidden her views and she called the plan “a disgrace to the whole city”.") == [
        "Anna Berg"]


def test_what_must_not_change():
    unnamed = [
        "Anna Berg denied that she had called the minister “a liar who should resign at once”.",
        "Anna Berg denied, in a statement, that she had called the minister “a liar who should resign at once”.",
        "Anna Berg never called the minister “a liar who should resign at once”.",
        "Anna Berg rejected the claim that she had branded the minister “a liar who should resign at once”.",
        "Anna Berg denies having called the minister “a liar who should resign at once”.",
        "A letter to Tom Reid, the council leader, described the plan as “wholly unacceptable to residents”.",
        "The report by Anna Berg branded the scheme “a disgrace to the whole city”.",
        "Unions and Anna Berg called the plan “a betrayal of every worker”.",  # one of several: whose words?
    ]
    for text in unnamed:
        assert _speakers(text) == [None], text
    assert _speakers("Tom Reid disputed the figures and called the report “a work of fiction from start to end”.") == [
        "Tom Reid"]


@FAST
@given(word, word, st.sampled_from(("who never hid her views", "who denied any wrongdoing", "a former judge",
                                    "the chair of the panel")),
       st.sampled_from(("branded the plan", "dubbed it", "called the decision", "labelled the report")))
def test_a_subject_and_its_aside(given_name, surname, aside, verb):
    name = f"{given_name} {surname}"
    text = f"{name}, {aside}, {verb} “a disgrace to the whole city”."
    assert _speakers(text) == [name], text
    owned = f"A letter to {name}, {aside}, {verb} “a disgrace to the whole city”."
    assert _speakers(owned) == [None], owned
