"""An aside "as X noted/reported at the time" or "… in May" recalls background, not the source of the report
(credit_times.past_report; BR39, 2026-12-07: "The talks had stalled in May, as the BBC noted at the time." after the
lead made El Altiplano's independent report a re-telling of the BBC). Fails on the code before (main b6abe761)."""
from __future__ import annotations

from hypothesis import example, given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.credits import detect_credits

LEAD = "Cecobre will take a 51% stake in Salar Alto, the lithium venture, from 2031. The company confirmed it."
OUTLETS = ("the BBC", "Reuters", "Bloomberg", "the Financial Times")
VERBS = ("noted", "reported", "wrote", "revealed")
WHEN = ("at the time", "in May", "in March", "last year")


@settings(max_examples=examples(200), deadline=None, database=None)
@given(st.sampled_from(OUTLETS), st.sampled_from(VERBS), st.sampled_from(WHEN), st.sampled_from(("", " first")))
@example("the BBC", "noted", "at the time", "")
def test_an_as_aside_of_a_past_time_is_no_credit_and_as_first_reported_by_is(outlet: str, verb: str, when: str,
                                                                           first: str) -> None:
    text = f"{LEAD} The talks had stalled in May, as {outlet}{first} {verb} {when}."
    assert detect_credits(text) == (), (text, detect_credits(text))
    kept = f"{LEAD} The talks had stalled, as first reported by {outlet} {when if when != 'last year' else ''}."
    assert [c.outlet for c in detect_credits(kept)] and not detect_credits(f"{LEAD} Shares rose.")
    plain = f"{LEAD} The deal is done, as {outlet} {verb} on Monday."
    assert len(detect_credits(plain)) == 1, plain
