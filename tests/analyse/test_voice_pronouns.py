"""A pronoun after a sentence that an organisation's voice opens speaks for that organisation (voicepronouns.py).

A ferry trial (2026-12-05) lost "A Northsound spokesman said all four crossings had been cancelled … ‘We regret the
disruption …,’ he said." and "The company said the decision was routine. “Placing the master on leave …,” it said
in a statement.": the pronoun found no person, and an organisation's voice was no antecedent. Properties over
made-up company names (support.madeup): "he"/"she" after a spokesman/spokeswoman of the company, "it" after "The
company said"; a pronoun of the other sex, a person named beside the voice, or no such opening keep no speaker.
"""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.quotes import quotes_in

ORGANISATION = "organisation"
HEADS = ("Holdings", "Technologies", "Ferries", "Group")


@FAST
@given(word, st.sampled_from(HEADS), st.sampled_from((("spokesman", "he"), ("spokeswoman", "she"))),
       st.booleans())
def test_a_spokespersons_pronoun_is_the_companys(stem, head, voice, after):
    company = f"{stem} {head}"
    noun, pronoun = voice
    spoke = f"A spokeswoman for {company}" if noun == "spokeswoman" and after else f"A {company} {noun}"
    text = (f"{company} cancelled its sailings on Monday.\n\n{spoke} said all four crossings had been cancelled. "
            f"“We regret the disruption to everyone,” {pronoun} said.")
    quote, = quotes_in("", text)
    assert (quote.name, quote.kind) == (company, ORGANISATION), text
    other = "she" if pronoun == "he" else "he"
    quote, = quotes_in("", text.replace(f"” {pronoun} said", f"” {other} said"))
    assert quote.name is None, text


@FAST
@given(word, st.sampled_from(HEADS), st.sampled_from(("it said in a statement", "it said", "it added")))
def test_it_after_the_company_said_is_the_companys(stem, head, frame):
    company = f"{stem} {head}"
    text = (f"{company} suspended the service on Monday.\n\nThe company said the decision was routine. "
            f"“Placing the master on leave is standard practice,” {frame}.")
    quote, = quotes_in("", text)
    assert (quote.name, quote.kind) == (company, ORGANISATION), text


@FAST
@given(word, st.sampled_from(HEADS), word, word)
def test_a_person_beside_the_voice_keeps_the_pronoun_unsure(stem, head, given_name, surname):
    company = f"{stem} {head}"
    text = (f"{company} cancelled its sailings.\n\nA {company} spokesman told {given_name} {surname} that all four "
            f"crossings had been cancelled. “We regret the disruption to everyone,” he said.")
    quote, = quotes_in("", text)
    assert quote.name != company, text


def test_the_trials_shape():
    text = ("Harwick Ferries cancelled sailings.\n\nA Harwick Ferries spokesman said all four of the day’s crossings had "
            "been cancelled and that passengers had been offered refunds. ‘We regret the disruption to islanders and "
            "remain ready to talk,’ he said.")
    quote, = quotes_in("", text)
    assert (quote.name, quote.kind) == ("Harwick Ferries", ORGANISATION)
