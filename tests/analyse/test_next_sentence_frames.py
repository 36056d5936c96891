"""A sentence that opens with its own frame into a quotation is that quotation's frame, never the one
before it; a frame after a closing mark is never read in the next paragraph.

A trial (tests/analyse/hospital/): 'One nurse shouted back: “Then the country should stop paying
agencies.”' then a paragraph 'Ó Súilleabháin said later: “I came to listen …”' gave the nurse's
words to the minister, and the minister's to "the Department of Health", whose sentence came next;
'« … were gone. »' then a paragraph 'Prof. Ingrid van der Berg, who invited her, said the comparison
was « … »' gave Brandenberger's words to van der Berg. The frame after a closing mark read the next
sentence ("X said later" ends a clause for “Why wait?” Kallas asked later.) even when its clause ran
on into another quotation, and its noun phrase read across a blank line; a spaced French closing
mark (« … . ») hid the period that ends the quotation's sentence.
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.quotes import quotes_in
from test_speaker_properties import person

FAST = settings(max_examples=examples(50), deadline=None, suppress_health_check=[HealthCheck.too_slow])
MARKS = [("“", "”"), ('"', '"'), ("« ", " »"), ("«", "»"), ("„", "“"), ("„", "”"), ("「", "」"), ("‘", "’")]
FIRST = ["One nurse shouted back: {o}Then the country should stop paying the agencies{end}{c}",
         "A caller from the docks was blunt: {o}Nobody asked the crews what they wanted{end}{c}",
         "{o}Nobody asked the crews what they wanted{end}{c}"]
NEXT = ["{b} said later: {o}I came to listen, and I heard some hard things.{c}",
        "{b} added, {o}We are not going to reopen the offer this year.{c}",
        "{b} replied: {o}You are exactly the people we were striking for.{c}",
        "{b}, who invited her, said the comparison was {o}uncomfortable but useful{c} for the ministers.",
        "{b} told reporters on Friday that the offer was {o}the most this country can afford right now{c}."]


@FAST
@given(person, st.sampled_from(MARKS), st.sampled_from(FIRST), st.sampled_from(NEXT), st.sampled_from([".", "!", "?"]),
       st.sampled_from([" ", "\n\n", "\n"]))
def test_a_sentence_framing_the_next_quotation_is_not_the_previous_ones(b: str, marks: tuple[str, str], first: str,
                                                                        following: str, end: str, gap: str) -> None:
    o, c = marks
    assume(gap != " " or o not in "„\"")  # „…“ after „…“ in one paragraph: the marks pair across
    text = first.format(o=o, c=c, end=end) + gap + following.format(b=b, o=o, c=c)
    quotes = quotes_in("", text)
    assert len(quotes) == 2, (text, quotes)
    assert quotes[0].name is None, text
    assert quotes[1].name == b, text


@FAST
@given(person, person, st.sampled_from(MARKS), st.sampled_from(["said the plan was dead.",
                                                                  "said the comparison was useful, mostly.",
                                                                  "spoke later and said nothing new."]))
def test_a_frame_after_a_quotation_stops_at_its_paragraph(a: str, b: str, marks: tuple[str, str], rest: str) -> None:
    assume(not set(a.split()) & set(b.split()))
    o, c = marks
    text = f"{a} was asked about it at the gate. {o}We will not move, not now{c}\n\n{b} {rest}"
    (quote,) = quotes_in("", text)
    assert quote.name != b, text


@pytest.mark.parametrize(("text", "speakers"), [
    ("One nurse shouted back: “Then the country should stop paying agencies.”\n\nÓ Súilleabháin said later: "
     "“I came to listen, and I heard some hard things. That is what the job is.”\n\nThe Department of Health said "
     "in a statement that it would “consider any proposal that is affordable”.",
     [None, "Ó Súilleabháin", "Department of Health"]),
    ("Ursula Brandenberger ran a hospital. « When politicians told us ‹ there is no money ›, we showed them what the "
     "agencies cost », Brandenberger said. « Within two years the agencies were gone. »\n\nProf. Ingrid van der Berg, "
     "who invited her, said the comparison was « uncomfortable but useful » for British ministers.",
     ["Ursula Brandenberger", "Ursula Brandenberger", "Ingrid van der Berg"]),
    ("“Why wait?” Kallas asked later. “We can act now.”", ["Kallas", "Kallas"]),  # a frame of its own, then continued
])
def test_next_sentence_frames(text: str, speakers: list[str | None]) -> None:
    assert [q.name for q in quotes_in("", text)] == speakers
