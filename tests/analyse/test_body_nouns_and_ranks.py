"""Speakers a trial (2026-12-05) missed, each a kind:

- a public body's noun stands for the one such body the article names, its head word last or before "of"
  (orgvoices.HEAD_REFERENCES, _fits): "“…,” the museum said in a statement." after "Harcastle Museum of Art", "A police
  spokesman said:" after "Northvale Police"; two museums named give no speaker;
- "the detective" is the one person named with a rank that spells it ("DI Ruth Caldwell": ranks.spelled_out,
  titledvoices.written_titles), and "DI Caldwell" the one written with that rank when two share the surname
  (titlefit.titled_choice);
- an occupation before a name is a subject's lead-in, so "he said" after "Security guard Owen Caldwell, whose …, said
  …" is his (antecedents.subject_lead_in, occupations.opening_occupation).
"""
from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from support.madeup import FAST, word
from briefgen.analyse.quotes import quotes_in


def _speakers(text: str) -> list[str | None]:
    return [q.name for q in quotes_in("t", text)]


@FAST
@given(word, word, st.sampled_from(["Museum of Art", "Museum", "Police", "Museum of Modern Art"]),
       st.booleans())
def test_a_bodys_noun_is_the_one_body_named(place: str, other: str, body: str, spokes: bool) -> None:
    assume(place != other)
    noun = body.split()[0].lower() if "of" in body else body.split()[-1].lower()
    frame = f"a {noun} spokesman said" if spokes else f"the {noun} said in a statement"
    text = f"The {place} {body} was closed on Monday. “We are shocked and saddened,” {frame}."
    assert _speakers(text) == [f"{place} {body}"]
    two = f"The {place} {body} and the {other} {body} were closed on Monday. “We are shocked and saddened,” {frame}."
    assert _speakers(two) == [None]


def test_the_trials_museum_and_police() -> None:
    assert _speakers("The Harcastle Museum of Art opened late. “We are shocked and saddened,” the museum said in a "
                     "statement.") == ["Harcastle Museum of Art"]
    assert _speakers("Northvale Police searched the river. A police spokesman said: “The divers have found nothing.”"
                     ) == ["Northvale Police"]


@FAST
@given(word, word, st.sampled_from([("DI", "detective"), ("DCI", "detective"), ("DS", "detective"),
                                    ("PC", "constable"), ("Insp", "inspector"), ("Supt", "superintendent"),
                                    ("Cllr", "councillor"), ("Prof", "professor")]))
def test_the_rank_spelled_out_is_the_person_named_with_it(given_name: str, surname: str, rank: tuple[str, str]) -> None:
    assume(given_name != surname)
    short, spelled = rank
    text = f"{short} {given_name} {surname} welcomed the move. “A reward can loosen tongues,” the {spelled} said."
    assert _speakers(text) == [f"{given_name} {surname}"]


@FAST
@given(word, word, word, st.sampled_from([("DI", "Detective Inspector"), ("DI", "DI"), ("Sgt", "Sergeant"),
                                          ("Cllr", "Councillor")]))
def test_a_rank_before_a_shared_surname_names_the_one_with_that_rank(first: str, other: str, surname: str,
                                                                     rank: tuple[str, str]) -> None:
    assume(len({first, other, surname}) == 3)
    short, written = rank
    text = (f"{written} {first} {surname} led the search. {other} {surname}, a guard, was not there. "
            f"“We know the painting was moved,” {short} {surname} said.")
    assert _speakers(text) == [f"{first} {surname}"]


@FAST
@given(word, word, st.sampled_from(["Security guard", "Curator", "Gallery attendant", "Museum guard", "Archivist"]))
def test_he_after_an_occupation_and_a_long_relative_clause(given_name: str, surname: str, job: str) -> None:
    assume(given_name != surname)
    text = (f"{job} {given_name} {surname}, whose account of a broken sensor was first published by the Gazette, said "
            "he took no satisfaction in the news. “She was always decent to us on the floor,” he said.")
    assert _speakers(text) == [f"{given_name} {surname}"]
