"""A person named only by a noun who speaks ("…, her husband said.") takes a later "he"/"she" only when they agree,
and a phone call or an errand is no speech (unnamedvoices.another_speaks; issue 9, 2026-12-05). A breaker found the
rule that lets "his daughter said" take the next "she said" also took "he said" and "she said" from groups, from kin
of the other sex and from "a neighbour called the fire brigade": the named person, right before, lost the quotation."""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.quotes import quotes_in


def _speakers(text: str) -> list[str | None]:
    return [q.name for q in quotes_in("", text)]


def test_the_breaker_s_lost_speakers() -> None:
    for text, name in (
        ("Tom Reid called the helpline three times, his daughter said. “I was frightened and alone,” he said.", "Tom Reid"),
        ("Anna Berg spent six hours on the roof before she was rescued, her husband said. “I thought I was going to die "
         "up there,” she said.", "Anna Berg"),
        ("Anna Berg was rescued from the roof, neighbours said. “I thought I was going to die,” she said.", "Anna Berg"),
        ("Tom Reid retired on Friday, and colleagues said he would be missed. “It has been a privilege,” he said.",
         "Tom Reid"),
        ("Anna Berg was at work when the fire started, and a neighbour called the fire brigade. “I lost everything I "
         "owned,” she said.", "Anna Berg"),
        ("Anna Berg moved to Leeds in 2019, but her husband asked to stay in London. “It was the hardest year of my "
         "life,” she said.", "Anna Berg"),
    ):
        assert _speakers(text) == [name], text


def test_an_unnamed_voice_that_agrees_still_speaks() -> None:
    """What must not change: the pronoun may be the unnamed person's, so it is no one's (precision first)."""
    for text in (
        "Tom Reid called the helpline three times, his daughter said. “He was frightened,” she said.",
        "Tom Reid died on Sunday, a family spokesman said. “He was a giant of the town,” he said.",
        "Anna Berg was rescued from the roof, her husband said. “She is a fighter,” he said.",
        "Anna Berg was rescued from the roof, a neighbour said. “She was lucky to be alive,” she said.",
    ):
        assert _speakers(text) == [None], text


FEMALE = ("her daughter", "his mother", "his wife", "her sister", "his widow", "her aunt")
MALE = ("her son", "his father", "her husband", "his brother", "her uncle", "her grandfather")
GROUPS = ("neighbours", "police", "staff", "colleagues", "paramedics", "witnesses")


@FAST
@given(word, word, st.sampled_from(("she", "he")), st.sampled_from((*FEMALE, *MALE, *GROUPS)),
       st.sampled_from(("was rescued from the flooded house", "spent the night in hospital", "left the company in May")))
def test_a_voice_that_cannot_be_the_pronoun_leaves_the_named_person(given_name: str, surname: str, pronoun: str,
                                                                     voice: str, event: str) -> None:
    """The class: "<Name> <event>, <voice> said. “…,” <pronoun> said." is the named person's where the voice is a group
    or kin of the other sex, and no one's where the voice may be the pronoun's."""
    name = f"{given_name} {surname}"
    text = f"{name} {event}, {voice} said. “It was the worst day of my whole life,” {pronoun} said."
    other = voice in GROUPS or (voice in FEMALE if pronoun == "he" else voice in MALE)
    assert _speakers(text) == ([name] if other else [None]), text
