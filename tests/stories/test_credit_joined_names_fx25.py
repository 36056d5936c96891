"""Outlets' names with "&" or "and" are credited whole, never their tail; "X has the story" credits X.

T20 trial (2026-12-06, finding 3): "…, Oil & Gas Journal reported." was credited to "Gas Journal", an outlet that does
not exist; "as first reported by Tailings & Ore Weekly", "Tailings and Ore Weekly", "Mining & Metals Weekly" credited
nothing; "Tailings & Ore Weekly has the story everyone in the trade was afraid of" (a blog's re-telling) credited
nothing: three re-tellings of the trade paper's scoop showed as "Independent report" (creditjoins.py, creditscoops.py).
"""
from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from briefgen.analyse.credits import credit_finder, detect_credits

REPORTED = [
    ("Sensors had been switched off, as first reported by Tailings & Ore Weekly on Thursday.", ["Tailings & Ore Weekly"],
     "Tailings & Ore Weekly"),
    ("Sensors had been switched off, as first reported by Tailings and Ore Weekly on Thursday.", ["Tailings and Ore Weekly"],
     "Tailings and Ore Weekly"),
    ("Sensors had been switched off, as first reported by Mining & Metals Weekly.", ["Mining & Metals Weekly"],
     "Mining & Metals Weekly"),
    ("Sensors had been switched off, the trade paper Tailings & Ore Weekly reported on Thursday.", ["Tailings & Ore Weekly"],
     "Tailings & Ore Weekly"),
    ("The wall had cracked a year before, Oil & Gas Journal reported.", [], "Oil & Gas Journal"),
    ("Tailings & Ore Weekly has the story everyone in the trade was afraid of: the piezometers were off.",
     ["Tailings & Ore Weekly"], "Tailings & Ore Weekly"),
]


def test_the_reported_inputs() -> None:
    for text, sources, outlet in REPORTED:
        assert [c.outlet for c in detect_credits(text, credit_finder(sources))] == [outlet], text


# Made-up heads and tails of trade papers' names; the tail ends in an outlet's word, so read alone it was credited
HEADS = st.sampled_from(["Oil", "Tailings", "Mining", "Pulp", "Steel", "Grain", "Ports", "Copper Ore", "Rail"])
TAILS = st.sampled_from(["Gas Journal", "Ore Times", "Metals Digest", "Paper Post", "Freight News", "Cargo Monitor"])
BEFORE = st.sampled_from(["The wall had cracked, {n} reported.", "The wall had cracked, {n} reported on Tuesday.",
                          "The wall had cracked, {n}, which first reported the leak, said.",
                          "Cobrebras, {n} reported, had switched the sensors off."])
AFTER = st.sampled_from(["The wall had cracked, according to {n}.", "The engineer told {n} on Tuesday.",
                         "The wall had cracked, as first reported by {n}.", "It was in documents seen by {n}."])


@given(HEADS, st.sampled_from([" & ", " and "]), TAILS, st.one_of(BEFORE, AFTER), st.booleans())
@example("Oil", " & ", "Gas Journal", "The wall had cracked, {n} reported.", False)
@example("Tailings", " and ", "Ore Times", "The wall had cracked, as first reported by {n}.", True)
def test_a_joined_name_is_credited_whole_never_its_tail_or_head(head: str, join: str, tail: str, frame: str,
                                                                 configured: bool) -> None:
    name = f"{head}{join}{tail}"
    credits = detect_credits(frame.format(n=name), credit_finder([name] if configured else []))
    assert [c.outlet for c in credits] == [name], (frame, name, credits)


@given(st.sampled_from(["Reuters", "Bloomberg", "The Times", "AP"]), st.sampled_from(["Reuters", "AFP", "BBC News"]))
def test_two_outlets_joined_by_and_stay_two(first: str, second: str) -> None:
    if first == second:
        return
    for text in (f"The wall had cracked, {first} and {second} reported.", f"The engineer told {first} and {second}."):
        assert len({c.outlet for c in detect_credits(text)}) == 2, text


def test_no_person_joins_a_name_and_no_opening_list_is_read_as_one() -> None:
    assert [c.outlet for c in detect_credits("Mr Reid and The Times reported it.")] == ["The Times"]
    assert detect_credits("The engineer told Mr Reid and Gas Journal.") == ()
    assert detect_credits("Oil and Gas Journal reported the leak.") == ()  # (a name, or a list? never "Gas Journal")
    assert [c.outlet for c in detect_credits("The leak, Oil and Gas Journal reported, was small.")] == ["Oil and Gas Journal"]


def test_an_outlet_that_has_the_story() -> None:
    assert [(c.outlet, c.cue) for c in detect_credits("Reuters had the story first.")] == [("Reuters", "Reuters had the story")]
    finder = credit_finder(["Tailings & Ore Weekly", "Cobrebras"])
    assert detect_credits("Smith broke the story to his family.", finder) == ()
    assert [c.outlet for c in detect_credits("The Echo broke the scoop on Monday.", credit_finder(["The Echo"]))] == ["The Echo"]
