"""A live blog's entry that is only its time and a greeting or a sign-off is not what a report adds
(analyse/liveblog.py). A trial's story page listed "08:10 Good morning." and "16:00 That is all from us for today."."""
from __future__ import annotations

from hypothesis import example, given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.compare import compare_reports
from briefgen.analyse.liveblog import courtesy

CLOCKS = ["08:10", "8.10am", "4pm", "16h00", "6 p.m.", "21:55", "9:30 GMT"]
COURTESIES = ["Good morning.", "Good afternoon, everyone.", "Hello and welcome to our live coverage of the vote.",
              "Welcome back to our live blog.", "That is all from us for today.", "That’s it for now.",
              "Thanks for following along.", "Good night!", "We'll be back tomorrow morning."]
NEWS = ["The full council meets at 6pm.", "The vote is at six.", "Police closed the road."]


@settings(max_examples=examples(100), deadline=None)
@given(st.sampled_from(CLOCKS), st.sampled_from(COURTESIES), st.sampled_from(NEWS), st.booleans())
@example("08:10", "Good morning.", "Tomorrow the full council votes on the closures.", False)
def test_a_time_and_a_greeting_or_sign_off_is_not_added(clock: str, words: str, news: str, entry: bool) -> None:
    """The courtesy alone is no addition; with news in the same sentence, or without its time, it is a sentence as
    any other (`entry`: the news in the same paragraph, else a block of its own)."""
    body = f"{clock} {words} {news}" if entry else f"{clock} {words}\n\n{news}"
    live = compare_reports([("live", body), ("paper", "The weather stayed dry all week in the north.")])
    added = [live.reports[0].sentences[i] for i in live.reports[0].adds]
    assert f"{clock} {words}" not in added and news in added, (added, live.reports[0].sentences)
    assert courtesy(f"{clock} {words}") and not courtesy(words)
    assert not courtesy(f"{clock} {words.rstrip('.!')}, and {news[0].lower()}{news[1:]}")
