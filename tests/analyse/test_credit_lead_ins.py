"""A credit "X reported" after words that open the sentence ("On Tuesday Reuters reported").

A trial of the cycling briefing's re-tellings (tests/stories/doping/): "On Tuesday Reuters reported
…", "In Madrid El País reported …" credited nobody. The form reads the capitalised run before the
verb as the outlet's name, and the run began with the sentence's opening words: "On Tuesday
Reuters" is no outlet, and "On Tuesday Nordic Post" (ending in an outlet word) was credited under
that whole name (analyse/credits.py, `_lead_in`, `_known_tail`).
"""
from __future__ import annotations

from hypothesis import example, given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.credits import credit_finder, detect_credits
from briefgen.analyse.outletkeys import outlet_key
from test_outlet_names_of_the_world import outlet_names

LEAD_INS = ["On Tuesday", "In Madrid", "Earlier", "Last week", "On Friday night", "In Paris on Monday",
            "Meanwhile", "Also on Sunday", "In September", "Late on Thursday", ""]
VERBS = ["reported", "revealed", "wrote", "has learned", "was first to report"]
KNOWN = ["Reuters", "The Wall Street Journal", "El País", "The Nordic Post", "New York Times", "AS", "NOS"]


@settings(max_examples=examples(120), deadline=None, database=None)
@given(st.sampled_from(LEAD_INS), st.one_of(st.sampled_from(KNOWN), outlet_names()), st.sampled_from(VERBS))
@example("On Tuesday", "Reuters", "reported")
@example("In Madrid", "El País", "reported")
@example("On Tuesday", "The Wall Street Journal", "reported")
@example("On Tuesday", "Nordic Post", "reported")
@example("On Tuesday", "AS", "revealed")
@example("On Tuesday", "Mid", "reported")  # an outlet named like a lead-in word (a draw, 2026-12-04)
@example("Earlier", "Now", "reported")
def test_the_outlet_is_credited_without_the_words_before_it(lead_in: str, outlet: str, verb: str) -> None:
    text = f"The rider failed a test. {lead_in} {outlet} {verb} that the sample was positive.".replace("  ", " ")
    credits = detect_credits(text, credit_finder(["El País", "AS", "NOS", outlet]))
    assert [outlet_key(c.outlet) for c in credits] == [outlet_key(outlet)], (text, credits)
    assert [c.cue for c in credits] == [f"{outlet} {verb}"]


def test_names_that_start_like_a_lead_in_keep_it() -> None:
    for text, outlet in [("Sunday Times reported that the sample was positive.", "Sunday Times"),
                         ("On Tuesday Sunday Times reported that it was.", "Sunday Times"),
                         ("New York Times reported that it was.", "The New York Times"),
                         ("Irish Times reported that it was.", "Irish Times")]:
        assert [c.outlet for c in detect_credits(text)] == [outlet], text
    assert detect_credits("Irish Independent reported that it was.") == ()  # not The Independent
