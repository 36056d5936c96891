"""Colon lead-ins a fifth trial lost (2026-12-04), by kind: their speaker was named, and no one was given the quote.

- An occupation before the name: 'Union organiser Anders Lykke: “We did not choose this week.”' (a lead-in of
  lower-case words before the name made it no one's; "Kuleba was blunt:" names its speaker first).
- A predicate whose object is a role or a speech noun: 'Lena Marsk praised the minister: “…”' (a role noun after the
  name was read as her role: "the Kremlin spokesman"), 'Lena Marsk welcomed the comments: “…”' ("comments" was read
  as a speech verb, so the lead-in was no colon frame, and then no frame at all).
Other kinds stay: "The Kremlin's statement ended with a warning — “…”" is the Kremlin's; "Moreau's deputy was
blunt:" no one's; "Officials praised Anders Lykke:" not Lykke's.
"""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.quotes import quotes_in

PEOPLE = ["Anders Lykke", "Lena Marsk", "Petra Halvorsen", "Jonas Brekke"]
QUOTE = "\u201cWe did not choose this week. The council did.\u201d"


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(PEOPLE), st.sampled_from(["Union organiser", "Shop steward", "Local resident", "Councillor",
                                                 "Campaigner", "Marine biologist", "The union's"]),
       st.sampled_from(["", "The strike began at dawn. "]))
def test_an_occupation_before_the_name_of_a_colon_lead_in(person: str, lead: str, before: str) -> None:
    (quote,) = quotes_in("Bins", f"{before}{lead} {person}: {QUOTE}")
    assert quote.name == person, quote


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(PEOPLE), st.sampled_from(["praised the minister", "welcomed the comments", "answered the critics",
                                                 "thanked the spokesman", "rejected the remarks", "was blunt"]))
def test_a_predicate_after_the_name_is_no_part_of_it(person: str, predicate: str) -> None:
    (quote,) = quotes_in("Bins", f"{person} {predicate}: {QUOTE}")
    assert quote.name == person, quote


def test_what_stays_no_ones() -> None:
    (officials,) = quotes_in("Bins", f"Officials praised Anders Lykke: {QUOTE}")
    assert officials.name != "Anders Lykke", officials
    (deputy,) = quotes_in("Bins", f"Moreau's deputy was blunt: {QUOTE}")
    assert deputy.name is None, deputy
