"""The speech verb after a closing mark is the quotation's frame only when its subject is not in a
clause of its own, and a name joined to another by "and" is no speaker alone.

A trial: 'Moreau said the union was "playing games with the livelihood of thousands" and Walla
responded that "…"' gave Moreau's words to Walla: quotes._Context._after read "and Walla responded"
as the frame of `“…,” Walla responded`. The same for "but X said", ", while X said", "although X
insisted", "in a letter that X said", ", and the minister, X, said" (quoteframes.opens_clause).
And "Walla and Moreau said" credited Moreau alone with a joint statement, "the Ministry of Trade and
Industry said" a person "Industry" (quoteframes.joined).
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.quotes import quotes_in
from test_speaker_properties import person

FAST = settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.too_slow])
QUOTE = "a disaster for the whole region"
BEFORE = ["{a} said the plan was “{q}”", "{a} called the plan “{q}”", "{a} wrote that the plan was “{q}”",
          "{a} told reporters the plan was “{q},”"]
# A clause of its own after the closing mark, with its own speech verb and subject {b}.
AFTER = ["and {b} responded that it would work", "but {b} said it would work", "while {b} said it would work",
         "although {b} insisted it would work", "whereas {b} argued it would work", "when {b} said it would work",
         "as {b} said it would work", "because {b} had warned it would fail", "in a letter that {b} said he wrote",
         "and the minister, {b}, said it would work", "and in Oslo, {b} said it would work",
         "if {b} is right, as she said"]


@FAST
@given(person, person, st.sampled_from(BEFORE), st.sampled_from(AFTER), st.booleans())
def test_a_clause_after_the_quotation_never_gives_it_its_speaker(a: str, b: str, before: str, after: str,
                                                                  comma: bool) -> None:
    assume(not set(a.split()) & set(b.split()))
    first = before.format(a=a, q=QUOTE)
    if comma and not first.endswith(",”"):
        first = first[:-1] + ",”"
    text = f"{first} {after.format(b=b)}."
    (quote,) = quotes_in("", text)
    assert quote.name == a, text


@FAST
@given(person, person, st.sampled_from(["{a} and {b} said", "{a} or {b} will say", "said {a} and {b}",
                                        "{a} and {b} said in a joint statement"]),
       st.booleans())
def test_one_of_several_speakers_is_no_speaker(a: str, b: str, frame: str, first: bool) -> None:
    assume(not set(a.split()) & set(b.split()))
    said = frame.format(a=a, b=b)
    text = f"“We will fight on until the end,” {said}." if not first else f"{said[0].upper()}{said[1:]}: “We will fight on until the end.”"
    assume(not said.startswith("said") or not first)
    (quote,) = quotes_in("", text)
    assert quote.speaker is None, text


@pytest.mark.parametrize(("text", "speaker"), [
    ('Moreau said the union was "playing games with the livelihood of thousands" and Walla responded that '
     '"the minister has never set foot in the yard."', ["Moreau", "Walla"]),
    ("Moreau said the plan was “a disaster for the whole region,” and the minister, Ana Silva, said it would work.",
     ["Moreau"]),
    # a name with "and" is read whole (test_names_with_and.py); it was no one's, never "Industry"
    ("“We will fight on until the end,” the Ministry of Trade and Industry said.", ["Ministry of Trade and Industry"]),
    ("“We will fight on until the end,” Minister for Trade and Industry Ana Silva said.", ["Ana Silva"]),
    ("“We will fight on until the end,” Walla and Moreau said in a joint statement.", [None]),
    # the frames that stay: an appositive's relative clause, "as X said." ending its clause, a lead-in
    ("“We will fight on until the end,” Walla, who leads the union, said.", ["Walla"]),
    ("“We will fight on until the end,” as Walla said.", ["Walla"]),
    ("“We will fight on until the end,” in a letter to members, Walla said.", ["Walla"]),
    ("“We will fight on until the end,” said Walla, the head of Trade and Industry.", ["Walla"]),
    ("“We will fight on until the end,” Walla said, and Moreau agreed.", ["Walla"]),
])
def test_clause_frames(text: str, speaker: list[str | None]) -> None:
    assert [q.speaker for q in quotes_in("", text)] == speaker


@pytest.mark.parametrize("after", AFTER)
def test_a_claim_then_a_clause_of_its_own_stays_the_claimants(after: str) -> None:
    """FX41's reported claims (reportedclaims.py) gave "A wrote that the plan was “…,” if B is right, as she said." no
    speaker: the frame at the clause's end was read as the claim's reporter. A clause opened after the quotation
    ("if", "while", "and" …) is no frame reporting the claim."""
    text = f"Anna Berg wrote that the plan was “{QUOTE},” {after.format(b='Tom Reed')}."
    (quote,) = quotes_in("", text)
    assert quote.name == "Anna Berg", text


# FX52: a place or time that the frame after the quotation opens with ("in a statement,", "on Monday,") is no clause of
# its own: the claim is the frame's speaker's, as without it (reportedclaims._frame_lead_end); d613cd52's openers stay.
CLAIMS = ["{a} held that “{q},”", "{a} wrote that the plan was “{q},”", "{a} argued in court that it was “{q},”"]
LEADS = ["in a statement", "on Monday", "at the hearing", "in a letter to staff", "on Monday, in a statement",
         "in court filings"]
UNREAD = ["the Treasury said", "his lawyer said", "lawyers for the family said", "the company said",
          "her counsel argued", "the ministry said"]


@FAST
@given(person, st.sampled_from(CLAIMS), st.sampled_from(LEADS), st.sampled_from(UNREAD))
def test_a_lead_phrase_before_the_frame_after_a_claim_leaves_it_the_frames(a: str, claim: str, lead: str,
                                                                            frame: str) -> None:
    text = f"{claim.format(a=a, q=QUOTE)} {lead}, {frame}."
    (quote,) = quotes_in("", text)
    assert quote.speaker is None, text


@pytest.mark.parametrize(("text", "name"), [
    ("Tom Reed held that “the contract was void,” in a statement, his lawyer said.", None),
    ("Tom Reed held that “the contract was void,” in a statement, the Treasury said.", None),
    ("Tom Reed held that “the contract was void,” on Monday, his lawyer, Ana Silva, said.", "Ana Silva"),
    ("Tom Reed held that “the contract was void,” in a letter that Ana Silva said he wrote.", "Tom Reed"),
    ("Tom Reed held that “the contract was void,” and in Oslo, Ana Silva said it would work.", "Tom Reed"),
    ("Tom Reed held that “the contract was void,” in Oslo, while Ana Silva said it would work.", "Tom Reed"),
])
def test_a_lead_phrase_of_the_frame_after_a_claim(text: str, name: str | None) -> None:
    (quote,) = quotes_in("", text)
    assert quote.name == name, text
