"""Verbs of speech with other senses before an object (quoteframes.CLOSING_VERBS: advised, answered, pleaded, agreed,
shouted, begged) frame a quotation only right after it and at the end of their clause: "“If you need emergency care,
go. It is safe to attend,” she advised." had no speaker in a hospital trial (2026-12-04), after "The report's author,
chief inspector Priya Venkataraman, advised families …" — a subject whose appositive names the person.
"""
from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from support.madeup import FAST, word
from briefgen.analyse.names import names_in
from briefgen.analyse.quoteframes import CLOSING_VERBS
from briefgen.analyse.quotes import quotes_in

verb = st.sampled_from(sorted(v for v in CLOSING_VERBS if v.endswith("ed")))
lead = st.sampled_from(["The report's author, chief inspector", "The inquiry's chair,", "Its author, the inspector",
                        "The hospital's medical director,"])


def test_the_trials_quotation_is_the_inspectors() -> None:
    text = ("The report's author, chief inspector Priya Venkataraman, advised families not to avoid the department. "
            "“If you need emergency care, go. It is safe to attend,” she advised.\n\n"
            "The hospital's medical director has admitted the trust was too slow to act.")
    assert [(q.name, q.frame) for q in quotes_in("", text)] == [("Priya Venkataraman", "pronoun")]


@FAST
@given(lead, word, word, verb)
def test_a_closing_verb_after_the_quotation_frames_it(lead: str, given_name: str, surname: str, verb: str) -> None:
    assume(given_name != surname)
    text = (f"{lead} {given_name} {surname}, spoke to families on Monday. "
            f"“Come to the department if you need it,” she {verb}.")
    assert [q.name for q in quotes_in("", text)] == [f"{given_name} {surname}"]
    named = f"“Come to the department if you need it,” {given_name} {surname} {verb}."
    assert [q.name for q in quotes_in("", named)] == [f"{given_name} {surname}"]


@FAST
@given(word, word, word, verb)
def test_a_closing_verb_with_an_object_frames_nothing(given_name: str, surname: str, other: str, verb: str) -> None:
    assume(len({given_name, surname, other}) == 3)
    text = f"“We are not for sale,” the board said. Anna {other} {verb} the board on the offer on Monday."
    assert all(q.name != f"Anna {other}" for q in quotes_in("", text))
    text = f"“The offer is fair,” {given_name} {surname} {verb} the board before the vote."
    assert [q.name for q in quotes_in("", text)] in ([], [None])
    # a verb that is no speech verb makes no one-word name a person's (names.py reads lexicon.SPEECH_VERBS alone)
    assert not [m for m in names_in("", f"Harcourt and {surname} {verb} on the deal.") if m.surface == surname]
