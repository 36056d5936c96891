"""A denial governs "X called <it> “…”" past commas and asides of its own clause (quotecalled._denied; issue 9,
2026-12-05): a breaker found six callings their speaker denied given to the denier ("Anna Berg denied that, during
the meeting, she had called the minister “…”" → Anna Berg), because the last comma's clause was read as free."""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.quotes import quotes_in

QUOTED = "“a liar who should resign at once”"


def _speakers(text: str) -> list[str | None]:
    return [q.name for q in quotes_in("", text)]


def test_the_breaker_s_denied_callings_have_no_speaker() -> None:
    for text in (
        f"Anna Berg denied that, during the meeting, she had called the minister {QUOTED}.",
        "Anna Berg rejected claims that, in a private email, she had branded the minister “a liar and a fraud”.",
        "Tom Reid rejected claims that, at a party in 2019, he described his rival as “a crook and a coward”.",
        f"Anna Berg denied, through a spokesman, she had called the minister {QUOTED}.",
        "Anna Berg denied the allegation, made by two colleagues, she had called the minister “a liar who should "
        "resign”.",
    ):
        assert _speakers(text) == [None], text


def test_a_denial_s_own_clause_ends_at_and_or_but_or_an_aside() -> None:
    """What must not change: the denial in an aside, or a clause of its own joined by "and"/"but"."""
    for text, name in (
        ("Anna Berg, who never hid her views, branded the plan “a disgrace to the whole city”.", "Anna Berg"),
        ("Anna Berg has never hidden her views and she called the plan “a disgrace to the whole city”.", "Anna Berg"),
        ("Tom Reid disputed the figures and called the report “a work of fiction from start to end”.", "Tom Reid"),
        ("Anna Berg denied the charge but admitted she had called the officer “a pig and a bully”.", "Anna Berg"),
        ("Anna Berg, who rejected the offer, branded it “an insult to every worker here”.", "Anna Berg"),
    ):
        assert _speakers(text) == [name], text


@FAST
@given(word, word, st.sampled_from(("denied that", "rejected claims that", "denied", "disputed reports that",
                                    "has never accepted that")),
       st.lists(word, min_size=1, max_size=3), st.sampled_from(("during", "in", "at", "through", "after")),
       st.sampled_from(("she had called the minister", "she branded the plan", "she had described it as")))
def test_an_aside_inside_a_denial_releases_nothing(given_name: str, surname: str, denial: str, aside: list[str],
                                                    preposition: str, calling: str) -> None:
    """The class: "<Name> <denial>, <preposition> <words>, <she called …> “…”" is never the denier's."""
    name = f"{given_name} {surname}"
    text = f"{name} {denial}, {preposition} the {' '.join(w.lower() for w in aside)}, {calling} {QUOTED}."
    assert name not in _speakers(text), text
