"""A place's name after "the" is no rival company before "the company said" (rivalcompanies.py, 2026-12-05).

The bakery trial's gazette-salmonella-outbreak: "… custard slices bought from Hartwell's Bakeries … bought the
pastries from Hartwell's shops in the Marrow Valley … '“The safety of our customers …,” the company said.'" had no
speaker: "the Marrow Valley", a name after "the" of two capitalised words, was read as another company standing
nearer. A name whose last word is a place's head word (valley, road, street, river, county …) is a place.
"""
from __future__ import annotations

from hypothesis import example, given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.quotes import quotes_in

HEADS = ["Valley", "Road", "Street", "River", "Square"]


@FAST
@given(word, word, st.sampled_from(HEADS))
@example("Hartwell", "Marrow", "Valley")
def test_a_place_after_the_is_no_rival(owner: str, place: str, head: str) -> None:
    text = (f"Twenty people fell ill after eating slices bought from {owner}\u2019s Bakeries, inspectors said. All "
            f"bought them from shops in the {place} {head} last week.\n\n"
            f"\u201cThe safety of our customers comes first,\u201d the company said.")
    assert [q.name for q in quotes_in("Outbreak", text)] == [f"{owner}\u2019s Bakeries"]
    rival = text.replace(f"the {place} {head}", f"The {place} Players")
    assert [q.name for q in quotes_in("Outbreak", rival)] == [None]  # (a troupe: rival_between, as before)
