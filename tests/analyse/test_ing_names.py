"""A name whose first word ends in -ing, opening a sentence, is a name when a speech verb follows it.

A capitalised word in -ing that opens a sentence before another capitalised word is read as a verb ("Showing
Olaf Scholz", "Meeting Lavrov, Kuleba said"), so "Erling Haaland said …", "Sterling Energy said …" and a trial's
"Norling Energy said …" lost their first word (and the firm its name). Property over made-up words: an -ing
word and a name before a speech verb are one name; before anything else the -ing word is still a verb.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from support.examples import examples
from support.madeup import LISTED  # (no word an analysis lists: "Kisen" is a company's since FX89)

from briefgen.analyse.names import names_in

SYLLABLES = ("er", "ster", "nor", "dar", "hal", "vor", "sen", "ma", "ki", "land")
word = st.lists(st.sampled_from(SYLLABLES), min_size=2, max_size=3).map(lambda parts: "".join(parts).capitalize()).filter(lambda w: w.lower() not in LISTED)
ing = word.map(lambda w: w + "ling")


@settings(max_examples=examples(100), deadline=None)
@given(ing, word, st.sampled_from(("said", "told reporters", "added", "warned")), st.sampled_from(("", "Energy")))
def test_an_ing_word_opening_a_speakers_name_is_part_of_it(first: str, second: str, verb: str, head: str) -> None:
    name = f"{first} {second}" if not head else f"{first} {head}"
    text = f"Prices rose on Monday. {name} {verb} the cap was too low."
    assert name in [m.surface for m in names_in("Gas", text)], text


@settings(max_examples=examples(50), deadline=None)
@given(st.sampled_from(("Meeting", "Showing", "Backing", "Visiting")), word)
def test_an_ing_verb_before_a_name_is_still_a_verb(verb: str, name: str) -> None:
    for text in (f"{verb} {name} was a mistake, the minister said.", f"{verb} {name}, the minister said talks went on."):
        assert all(not m.surface.startswith(verb) for m in names_in("Gas", text)), text
