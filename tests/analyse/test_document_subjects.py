"""A document that says, states or warns is no person (analyse/documents.py, docs/people.md "Documents").

A trial (2026-12-05, a food-safety briefing) gave a leaked memo's words to the minister it was written for: 'The
internal note, written for food minister Tomas Kerrigan in May 2025, says … and that "routine revisits will no
longer be possible in most cases".' Property over documents, the clauses naming a person beside them, verbs and
frames (before and after the quotation, commas or none); the author named after the noun ("a memo by X") speaks.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.documents import document_head
from briefgen.analyse.quotes import quotes_in

NAMES = st.sampled_from(["Tomas Kerrigan", "Helen Mabry", "Ruth Quayle", "Gareth Fenwick"])
DOCS = st.sampled_from("note memo report letter briefing document email review audit statement".split())
DETS = st.sampled_from(["The", "The internal", "A leaked", "The confidential draft", "An"])
CLAUSES = st.sampled_from(["written for food minister {p} in May", "seen by {p}", "sent to {p} last year",
                           "prepared for {p}", "addressed to {p}"])
VERBS = st.sampled_from(["says", "said", "warns", "states", "warned"])
QUOTE = "routine revisits will no longer be possible in most cases"


@settings(max_examples=examples(150), deadline=None)
@given(NAMES, DOCS, DETS, CLAUSES, VERBS, st.booleans(), st.integers(0, 2))
def test_a_document_is_no_speaker(name: str, doc: str, det: str, clause: str, verb: str, commas: bool, form: int) -> None:
    det = "An" if det == "An" and doc[0] in "aeiou" else ("The" if det == "An" else det)
    said = clause.format(p=name)
    np = f"{det} {doc}, {said}," if commas else f"{det} {doc} {said}"
    if form == 0:
        text = f"{np} {verb} the budget would fall and that \u201c{QUOTE}\u201d."
    elif form == 1:
        text = f"\u201c{QUOTE[0].upper()}{QUOTE[1:]},\u201d {np[0].lower()}{np[1:].rstrip(',')}{',' if commas else ''} {verb}."
    else:
        text = f"\u201c{QUOTE[0].upper()}{QUOTE[1:]},\u201d {verb} {np[0].lower()}{np[1:].rstrip(',')}."
    text = f"{name} met the council on Monday. " + text
    found = quotes_in("Budget", text)
    assert found, text
    for quote in found:
        assert quote.name is None and quote.speaker is None, (text, quote)


def test_the_trial_sentence_and_authors() -> None:
    text = ("The internal note, written for food minister Tomas Kerrigan in May 2025, says the regional inspection "
            "budget would fall from \u00a33.1m to \u00a32.2m and that \"routine revisits will no longer be possible in "
            "most cases\".")
    quote, = quotes_in("Memo", text)
    assert quote.speaker is None
    quote, = quotes_in("Memo", "A report by Tomas Kerrigan says \u201cthe budget is not enough for the work\u201d.")
    assert quote.name == "Tomas Kerrigan"  # the author named as one
    quote, = quotes_in("Memo", "\u201cThe budget is not enough,\u201d a memo written by Ruth Quayle says.")
    assert quote.name == "Ruth Quayle"
    # a person who speaks is still the speaker; a report's author is a person, not a document
    quote, = quotes_in("Memo", "Tomas Kerrigan, in a note to staff, said: \u201cThe budget is not enough.\u201d")
    assert quote.name == "Tomas Kerrigan"
    quote, = quotes_in("Memo", "The report's author, Ruth Quayle, said: \u201cThe budget is not enough.\u201d")
    assert quote.name == "Ruth Quayle"
    assert document_head("In a statement, the company") is None
    assert document_head("The report author, Jane Doe,") is None
    assert document_head("The ruling Labour party") is None


# "The statement" after a quotation carried in one: that speaker's (documents.vehicle_of; a trial, 2026-12-06:
# '“…,” the company said in a statement' then '“…,” the statement said' left the second with no speaker).
SPEAKERS = st.sampled_from(["Helen Mabry", "Acme Mining", "Gareth Fenwick"])
VEHICLES = st.sampled_from(["{q},\u201d {s} said in a {d}.", "{q},\u201d {s} said in its annual {d}.",
                            "{q},\u201d said a {d} from {s}.", "{q},\u201d {s} said in a written {d} on Monday."])
CHAINS = st.sampled_from(["\u201c{q},\u201d the {d} said.", "\u201c{q},\u201d the {d} added.",
                          "The {d} added: \u201c{q}.\u201d", "The {d} said that \u201c{q}\u201d."])
BETWEEN = st.sampled_from(["", "The site was closed on Tuesday. ", "Workers gathered at the gate in the rain. "])
OTHER = st.sampled_from(["The regulator issued a {d} too. ", "Ruth Quayle criticised the {d}. ",
                         "\u201cIt is late,\u201d said Ruth Quayle. "])


@settings(max_examples=examples(150), deadline=None)
@given(SPEAKERS, st.sampled_from(["statement", "report", "letter"]), VEHICLES, CHAINS, BETWEEN, st.none() | OTHER)
def test_the_statement_is_its_speakers(speaker: str, doc: str, vehicle: str, chain: str, between: str,
                                       other: str | None) -> None:
    first = "\u201c" + vehicle.format(q="We will pay every family", s=speaker, d=doc)
    second = chain.format(q="Nothing was lost", d=doc)
    text = f"{first} {between}{(other or '').format(d=doc)}{second}"
    found = {q.text.rstrip("."): q for q in quotes_in("Statement", text)}
    assert found["We will pay every family"].name == speaker, text
    quote = found.get("Nothing was lost")
    if other is None:
        assert quote is not None and quote.name == speaker, (text, quote)
    else:  # another's statement, the statement as an object, another speaker since: no speaker
        assert quote is None or quote.speaker is None, (text, quote)


def test_a_new_document_or_one_never_carrying_words_speaks_for_no_one() -> None:
    for text in ("\u201cWe will pay,\u201d said Helen Mabry. \u201cNothing was lost,\u201d a statement said.",
                 "Helen Mabry read the statement aloud. \u201cNothing was lost,\u201d the statement said.",
                 "\u201cWe won,\u201d said Helen Mabry, responding to a statement from Acme Mining. "
                 "\u201cIt is wrong,\u201d the statement said.",
                 # another body's, or another one (BR28): never the speaker before's
                 *(f"\u201cWe will comply,\u201d Acme Bank said in a statement. {other} said \u201cthe bank broke the law\u201d."
                   for other in ("The regulator's statement", "The police statement", "The court's statement",
                                 "The earlier statement", "The auditors' report")),
                 "\u201cWe will comply,\u201d Acme Bank said in its response to a report by the regulator. "
                 "\u201cIt broke the law,\u201d the report said.",
                 "\u201cWe will comply,\u201d Helen Mabry said of the ministry's statement. "
                 "\u201cIt broke the law,\u201d the statement said."):
        for quote in quotes_in("Statement", text):
            assert quote.text.startswith(("We", "Helen")) or quote.speaker is None, (text, quote)
    assert quotes_in("Statement", "Acme Bank said in a written statement on Monday: \u201cWe will comply.\u201d "
                                  "\u201cNothing was lost,\u201d the statement added.")[-1].name == "Acme Bank"
