""""the spokesperson said" stands for the organisation that "a spokesperson for X" introduced just before
(orgvoices.OrganisationVoices._spokesperson_before): a hospital trial (2026-12-04) lost "A spokesperson for Vellmoor
Health Trust said … “Every patient affected has been contacted,” the spokesperson said." Never when the introduction
names a person beside the spokesperson, when two organisations' spokespeople were introduced, when the spokesperson
speaks for a person, or when the noun differs (a spokesman, then "the spokeswoman").
"""
from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from support.madeup import FAST, word
from briefgen.analyse.quotes import quotes_in

head = st.sampled_from(["Health Trust", "County Council", "Water Authority", "Transport Union"])
noun = st.sampled_from(["spokesperson", "spokesman", "spokeswoman"])
QUOTE = "“Every patient affected has been contacted,”"


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.name, q.kind) for q in quotes_in("", text)]


def test_the_trials_spokesperson_speaks_for_the_trust() -> None:
    text = ("A spokesperson for Vellmoor Health Trust said three hundred and twelve non-urgent procedures had been "
            f"rescheduled. {QUOTE} the spokesperson said.\n\nThe union said it had agreed emergency cover.")
    assert _speakers(text) == [("Vellmoor Health Trust", "organisation")]


@FAST
@given(word, head, noun, st.booleans())
def test_the_spokesperson_is_the_organisations(name: str, head: str, noun: str, before: bool) -> None:
    org = f"{name} {head}"
    intro = f"A {org} {noun}" if before else f"A {noun} for {org}"
    text = f"{intro} said procedures had been moved. {QUOTE} the {noun} said."
    assert _speakers(text) == [(org, "organisation")]


@FAST
@given(word, word, word, head, noun)
def test_no_organisation_when_the_spokesperson_may_be_another(given_name: str, surname: str, name: str, head: str,
                                                             noun: str) -> None:
    assume(len({given_name, surname, name}) == 3)
    org = f"{name} {head}"
    named = f"A {noun} for {org}, {given_name} {surname}, said procedures had been moved. {QUOTE} the {noun} said."
    assert _speakers(named)[0][1] != "organisation"
    two = (f"A {noun} for {org} said procedures had been moved. A {noun} for the Kelsby {head} disagreed. "
           f"{QUOTE} the {noun} said.")
    assert _speakers(two) == [(None, None)]
    persons = f"A {noun} for {given_name} {surname} said procedures had been moved. {QUOTE} the {noun} said."
    assert _speakers(persons) == [(None, None)]
    other = "spokeswoman" if noun == "spokesman" else "spokesman"
    assert _speakers(f"A {noun} for {org} said procedures had been moved. {QUOTE} the {other} said.") == [(None, None)]
