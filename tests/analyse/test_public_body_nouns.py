""""the trust said", "the union said", "the council said": the one organisation of that kind the article names before,
wherever in its sentence (orgvoices._named_before); two of the kind, or none, give no speaker.

A trial (2026-12-04): "Nurses met managers of Vellmoor Health Trust … “…,” the trust said in a statement" had no
speaker, the trust being named only as an object (the subject rule of `orgvoices._referent` alone read it). Property
over made-up place words, the three kinds, where the body is named and a second body of the kind.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.quotes import quotes_in

SYLLABLES = ("vell", "moor", "kel", "sby", "har", "wick", "ra", "vens", "mere", "ton")
place = st.lists(st.sampled_from(SYLLABLES), min_size=2, max_size=3).map(lambda parts: "".join(parts).capitalize())
KINDS = (("trust", "Health Trust"), ("council", "Borough Council"), ("union", "Transport Workers Union"))
PLACINGS = ("Nurses met managers of {} on Monday.", "A letter was sent to {} last week.",
            "The plan, which {} drew up, was published.")


@settings(max_examples=examples(150), deadline=None)
@given(place, place, st.sampled_from(KINDS), st.sampled_from(PLACINGS), st.booleans())
def test_the_one_body_of_the_kind_speaks(first: str, second: str, kind: tuple[str, str], placing: str, two: bool) -> None:
    noun, head = kind
    body = f"{first} {head}"
    text = placing.format(body) + " The talks went on late."
    if two and first != second:
        text += f" Officials of {second} {head} also attended."
    text += f" “We expect the timetable to be unaffected by the dispute,” the {noun} said in a statement."
    quote, = quotes_in("Talks", text)
    if two and first != second:
        assert quote.name is None, text
    else:
        assert quote.name == body and quote.kind == "organisation", text


def test_the_trial_sentences() -> None:
    quote, = quotes_in("Talks", "Nurses met managers of Vellmoor Health Trust on Monday. The talks went on late. “We "
                                "expect the merger timetable to be unaffected,” the trust said in a statement.")
    assert quote.name == "Vellmoor Health Trust"
    quote, = quotes_in("Talks", "Vellmoor's hospital managers signed the pledge. “We expect the merger timetable to be "
                                "unaffected,” the trust said in a statement.")
    assert quote.name is None  # no trust named: no speaker
