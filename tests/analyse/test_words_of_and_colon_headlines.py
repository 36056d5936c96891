"""Two frames T12's lunar-lander briefing (issue 9, 2026-12-06) left with no speaker: "In Takeda's words, “…”"
(quotewords.py: read as "Takeda said, “…”") and a headline that opens with a quotation and a colon, then the person
and a verb of the present ('"On my authority": Ambery accepts blame …', quoteheadlines._named_after)."""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.quotemask import MASK
from briefgen.analyse.quotes import quotes_in


def _speakers(title: str, text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.name) for q in quotes_in(title, text)]


def test_the_reported_inputs():
    text = ("Takeda Haruki, Corvane's guidance lead, gave evidence. Second, Takeda’s account of the filter matches the "
            "telemetry. In Takeda’s words, “we did not tune it for a crater wall”.")
    assert _speakers("", text) == [("we did not tune it for a crater wall", "Takeda Haruki")]
    title = "“On my authority”: Ambery accepts blame for skipped Tern-1 test"
    text = ("Hollis Ambery sat alone at the witness table for most of a three-hour hearing on Wednesday, and by the end "
            "had accepted that the decision to skip Tern-1's final software rehearsal was his.")
    assert _speakers(title, text) == [("On my authority", "Hollis Ambery")]


def test_what_must_not_change():
    text = "Hollis Ambery gave evidence on Wednesday."
    for title in ("“Murder”: police charge Ambery", "“Thief”: Ambery charged", "“Disgrace”: Ambery’s team hits back",
                  "“On my authority”: Berg accepts blame", "“Shameful”: Labour attacks plan"):
        assert all(name is None for _, name in _speakers(title, text)), title
    for text in ("Tom Reid and Anna Berg met. In their words, “we agree on the plan”.",
                 "Anna Berg spoke. In other words, “the plan is finished for good”.",
                 "Tom Reid and Anna Reid met. In Reid’s words, “we agree on the plan”.",
                 "In Takeda’s words, the plan was “a mess”."):
        assert all(name is None for _, name in _speakers("", text)), text
    assert _speakers("", "Anna Berg insisted the money had been, in her words, “well spent”.") == [("well spent", "Anna Berg")]
    assert MASK == "\x1a"  # (quotewords._OPENING holds it as a literal)


@FAST
@given(st.lists(word, min_size=2, max_size=2, unique=True), st.sampled_from(("In {s}’s words,", "In {s}'s own words,",
       "In the words of {s},", "It was, in {s}’s words,")), st.booleans())
def test_in_someones_words_names_the_speaker(names, phrase, full):
    first, last = names
    who = f"{first} {last}" if full else last
    text = f"{first} {last} gave evidence on Wednesday. {phrase.format(s=who)} “we did not plan for a wall of rock”."
    assert _speakers("", text) == [("we did not plan for a wall of rock", f"{first} {last}")], text


@FAST
@given(st.lists(word, min_size=2, max_size=2, unique=True), st.sampled_from(("accepts", "defends", "attacks", "vows")),
       st.sampled_from(("On my authority", "We will not back down from this", "Never again")))
def test_a_quotation_colon_and_a_named_person_in_a_headline(names, verb, words):
    first, last = names
    title = f"“{words}”: {last} {verb} the blame for the lost lander"
    text = f"{first} {last} sat alone at the witness table for most of a three-hour hearing on Wednesday."
    assert _speakers(title, text) == [(words, f"{first} {last}")], title
    assert all(name is None for _, name in _speakers(f"“{words}”: {last}’s team {verb} the plan", text))
