"""The one a spokesperson or a lawyer speaks "for" is the employer when the reported clause calls it a company
(spokesnames.firm_spoken_for, FX30): "A spokesman for H.J. Heinz said the company would appeal" listed a person
"H.J. Heinz" (initials and a surname are a person's form too). A person spoken for stays a person: "he"/"she" in the
clause, or a name that opens with a given name."""
from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.names import ORGANISATION, PERSON, names_in

FAST = settings(max_examples=examples(150), deadline=None)
FIRMS = ["H.J. Heinz", "W.R. Grace", "J.C. Penney", "A.P. Moller", "Heinz", "Tarrant Wood"]
NOUNS = ["A spokesman", "A spokeswoman", "A spokesperson", "A lawyer", "An attorney", "A representative"]
CLAUSES = ["said the company would appeal.", "said its lawyers would appeal.", "said that the firm had no comment.",
           "told reporters the group would appeal.", "added that its plant stayed shut.", "said the ketchup maker would pay."]


@FAST
@given(st.sampled_from(NOUNS), st.sampled_from(FIRMS), st.sampled_from(CLAUSES))
@example("A spokesman", "H.J. Heinz", "said the company would appeal.")
def test_a_company_s_spokesperson_names_an_organisation(noun: str, firm: str, clause: str) -> None:
    text = f"{noun} for {firm} {clause} Sales fell in March."
    assert [(m.full, m.kind) for m in names_in("", text)] == [(firm, ORGANISATION)], (text, names_in("", text))


@FAST
@given(st.sampled_from(NOUNS), st.sampled_from(["J.D. Vance", "O.J. Simpson", "Anna Berg", "Tom Holding"]),
       st.sampled_from(["said he would appeal.", "said she would appeal.", "said the company would appeal.",
                        "declined to comment.", "said it was a mistake."]))
def test_a_person_s_spokesperson_names_a_person(noun: str, name: str, clause: str) -> None:
    """A given name first is a person's whatever the clause says; initials and a surname only with "he"/"she" or
    no company in the clause (as before: precision first; "it" may be anything)."""
    if name[1] == "." and "company" in clause:
        return  # ("a lawyer for O.J. Simpson said the company …": read as a company's, the rule's known cost)
    text = f"{noun} for {name} {clause}"
    assert [m.kind for m in names_in("", f"{noun} for Kuleba said it was a mistake.")] == []  # (no company; no one's
    # name since FX40 either: "said" is the spokesperson's verb, and one word needs a title or a full name before)
    assert [(m.full, m.kind) for m in names_in("", text)] == [(name, PERSON)], (text, names_in("", text))
