""""What each report adds" names the speaker of a quotation the people stage joined with its continuation
(site/stories.unnamed_speaker). A trial's vote story (2026-12-04) showed '“None of us came into politics to close
schools,” she said.' with no "— Helen Mabry": her quote was the two quotations around the frame joined, "None of us
… schools. But we did …", which the sentence (with its comma) did not hold."""
from __future__ import annotations

from hypothesis import example, given, settings, strategies as st

from briefgen.site.model import Mention
from briefgen.site.stories import unnamed_speaker
from support.examples import examples

PARTS = ["None of us came into politics to close schools", "But we did come into politics to be honest about money",
         "We have lost a vote, not an argument", "Tonight a lot of children went to bed not knowing where to go"]
MARKS = [("\u201c", "\u201d"), ('"', '"'), ("\u2018", "\u2019")]


@settings(max_examples=examples(80), deadline=None)
@given(st.sampled_from(PARTS), st.sampled_from(PARTS), st.sampled_from(MARKS), st.sampled_from(["first", "second"]),
       st.sampled_from(["she said.", "Mabry said.", ""]))
@example(PARTS[0], PARTS[1], MARKS[0], "first", "she said.")
def test_a_part_of_a_joined_quote_is_its_speakers(first: str, second: str, marks: tuple[str, str], shown: str,
                                                  frame: str) -> None:
    opening, closing = marks
    part = first if shown == "first" else second
    sentence = f"{opening}{part},{closing} {frame}" if frame else f"{opening}{part}.{closing}"
    mentions = (Mention("Elsie Drummond", "people/elsie-drummond/", ("Nobody picked up the phone",)),
                Mention("Helen Mabry", "people/helen-mabry/", (f"{first}. {second}.",)))
    found = unnamed_speaker(sentence, mentions)
    assert (found is None) if "Mabry" in frame else (found is not None and found.person == "Helen Mabry"), sentence
    assert unnamed_speaker(f"{part}, she said.", mentions) is None  # the words unquoted are no quotation of hers
    assert unnamed_speaker(f"{opening}Not knowing,{closing} she said.", mentions) is None  # too short to be a part
