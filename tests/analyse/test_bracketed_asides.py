"""A short aside in brackets after a speaker's name — a party and state, an age, "(pictured)" — is no
clause break: the name before it is still the frame's subject.

A trial (American style, beside tests/analyse/hospital/): 'Sen. Marcus Bellweather (D-Harwick) said:
“This is a scandal.”' and 'Adaeze Okafor (pictured) said: “…”' had no speaker: a bracket broke the
clause (quoteframes.CLAUSE_BREAK), and the subject read was "D-Harwick)". quotemask.masked_text now
blanks such asides (at most 40 characters, no quotation marks) in the text frames read.
"""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.quotes import quotes_in
from test_speaker_properties import person, word

FAST = settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.too_slow])
asides = st.one_of(st.tuples(st.sampled_from("DRI"), word).map(lambda t: f"({t[0]}-{t[1]})"),
                   st.integers(18, 95).map(lambda n: f"({n})"), st.sampled_from(["(pictured)", "(left)", "(above)"]))
FRAMES = ["{t}{p} {a} said: “This is a scandal, and everyone knows it.”",
          "“This is a scandal, and everyone knows it,” said {t}{p} {a}.",
          "“This is a scandal, and everyone knows it,” {t}{p} {a} told reporters.",
          "{t}{p} {a}, who chairs the panel, said the bill was “dead on arrival, and everyone knows it”."]


@FAST
@given(st.sampled_from(["", "Sen. ", "Rep. ", "Gov. ", "Dr "]), person, asides, st.sampled_from(FRAMES))
def test_a_bracketed_aside_after_the_name_keeps_the_speaker(title: str, p: str, aside: str, frame: str) -> None:
    text = frame.format(t=title, p=p, a=aside)
    assert [q.name for q in quotes_in("", text)] == [p], text


def test_the_trials_senator() -> None:
    text = "Sen. Marcus Bellweather (D-Harwick) said: “This is a scandal.”"
    assert [q.name for q in quotes_in("", text)] == ["Marcus Bellweather"]


def test_an_aside_with_a_quotation_is_not_blanked() -> None:
    text = "Anna Berg (who once called it “a farce”) said: “We will not sign.”"
    assert [q.text for q in quotes_in("", text)][-1] == "We will not sign."
