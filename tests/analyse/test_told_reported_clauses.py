"""Words quoted inside reported speech far from its verb (quoteframes.governs, 2026-12-05). A trial's court report had
"The prosecutor, Anjali Rowe, told the court the prosecution would rely on phone records and “a substantial quantity”
of forensic material" (11 words from the verb, no "that": the fragment reach was 8) and "X told the court on Tuesday
that …" with a long clause (the reach of 16 counted from the verb, not from the "that"). A verb that tells someone
opens reported speech after its object, and a "that" after the verb's object and adjuncts opens it where it stands.
A short quotation far from a verb that reports nothing ("said the weather … “treacherous”") is still no one's.
"""
from __future__ import annotations

from hypothesis import example, given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.quotes import quotes_in

PEOPLE = ["Anjali Rowe", "Amelia Frost", "Marcus Feld", "Tomasz Brodecki"]
SUBJECTS = ["{p}", "The prosecutor, {p},", "Prosecutor {p}", "District Judge {p}", "{p}, the prosecutor,",
            "Deputy District Judge {p}", "Circuit Judge {p}", "The district judge, {p},", "Senior Coroner {p}"]
OBJECTS = ["the court", "the jury", "magistrates", "reporters", "them", "the hearing", "the BBC"]
ADJUNCTS = ["", " on Tuesday", " in Harcastle on Tuesday", " at a short hearing"]
CLAUSES = ["the prosecution would rely on phone records and", "the Crown would rely on phone records, bank statements and",
           "the case rested on phone records, witness accounts and"]


@settings(max_examples=examples(80), deadline=None)
@given(st.sampled_from(PEOPLE), st.sampled_from(SUBJECTS), st.sampled_from(["told", "tells"]), st.sampled_from(OBJECTS),
       st.sampled_from(ADJUNCTS), st.sampled_from(["", " that"]), st.sampled_from(CLAUSES))
@example("Anjali Rowe", "The prosecutor, {p},", "told", "the court", "", "", CLAUSES[0])
@example("Anjali Rowe", "{p}", "told", "the court", " on Tuesday", " that", CLAUSES[1])
def test_a_fragment_in_what_someone_told_an_audience(person: str, subject: str, verb: str, audience: str, adjunct: str,
                                                      that: str, clause: str) -> None:
    text = (f"Two men appeared in court.\n\n{subject.format(p=person)} {verb} {audience}{adjunct}{that} {clause} "
            f"\u201ca substantial quantity\u201d of forensic material.")
    (quote,) = quotes_in("Court", text)
    assert (quote.text, quote.name) == ("a substantial quantity", person), quote


@settings(max_examples=examples(40), deadline=None)
@given(st.sampled_from(PEOPLE), st.sampled_from(["said", "added", "wrote"]),
       st.sampled_from([" in Harcastle on Tuesday that", " after the hearing that", " that"]))
def test_a_that_after_adjuncts_opens_the_reported_clause(person: str, verb: str, lead: str) -> None:
    text = (f"{person} {verb}{lead} the prosecution would rely on phone records, bank statements, witness accounts "
            f"and \u201ca substantial quantity\u201d of forensic material.")
    (quote,) = quotes_in("Court", text)
    assert quote.name == person, quote


@settings(max_examples=examples(30), deadline=None)
@given(st.sampled_from(PEOPLE), st.sampled_from(["said", "noted", "arrived and said"]))
def test_a_scare_quote_far_from_a_verb_without_reported_clause_is_no_ones(person: str, verb: str) -> None:
    text = (f"{person} {verb} the weather had been poor for most of the week and the roads near the court were "
            f"\u201ctreacherous\u201d again.")
    assert not [q for q in quotes_in("Court", text) if q.name is not None]
