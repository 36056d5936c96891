"""A person, "of" and the body she works for is two names, never one (a trial, 2026-12-05):

    “We are following every lead,” said DI Rhona Vale of Harcastle Police.
    “No comment,” a police spokeswoman said.

published a People page "DI Rhona Vale of Harcastle Police" (an organisation: its last word is a body's head word)
beside "Rhona Vale", and gave it the force's "No comment". The run read whole is no name
(nameruns._person_of_body), and a body's voice is read from a run's parts (orgvoices._parts), so that the
spokeswoman speaks for the one force named, Harcastle Police, and Rhona Vale is one person.
"""
from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from support.madeup import FAST, word
from briefgen.analyse.nameruns import ORGANISATION, classify
from briefgen.analyse.names import names_in
from briefgen.analyse.quotes import quotes_in

TITLES = ["", "DI ", "Det Supt ", "Supt ", "Detective Inspector ", "Chief Superintendent ", "Cllr ", "Prof ",
          "Dr ", "Professor "]
BODIES = [("Police", "police"), ("Council", "council"), ("Museum", "museum"), ("University", "university"),
          ("Constabulary", "constabulary"), ("Health Trust", "trust")]


def _read(text: str) -> tuple[list[tuple[str | None, str | None]], set[str]]:
    quotes = [(q.name, q.kind) for q in quotes_in("Inquiry widens", text)]
    return quotes, {m.surface for m in names_in("Inquiry widens", text)}


@FAST
@given(word, word, word, st.sampled_from(TITLES), st.sampled_from(BODIES), st.booleans(), st.booleans())
def test_a_person_of_a_body_is_two_names(given_name: str, surname: str, place: str, title: str,
                                         body: tuple[str, str], the: bool, spokes: bool) -> None:
    assume(len({given_name, surname, place}) == 3)
    head, noun = body
    org = f"{place} {head}"
    of = f"of the {org}" if the else f"of {org}"
    frame = f"a {noun} spokeswoman said" if spokes else f"the {noun} said in a statement"
    text = (f"Detectives widened the inquiry on Monday.\n\n“We are following every lead,” said {title}{given_name} "
            f"{surname} {of}.\n\n“We will not comment on an open case,” {frame}.")
    quotes, surfaces = _read(text)
    assert quotes[0] == (f"{given_name} {surname}", "person")
    assert quotes[1] in ((org, ORGANISATION), (None, None))
    assert not any(" of " in s for s in surfaces), surfaces
    assert classify(f"{title}{given_name} {surname} {of}".split()) is None


@FAST
@given(word, st.sampled_from(["Bank of England", "Museum of London", "University of Harcastle", "Friends of the Earth",
                              "Royal College of Nursing", "Ministry of Defence"]))
def test_a_bodys_own_of_stays_one_name(place: str, name: str) -> None:
    assert classify(name.split()) == (ORGANISATION, 0)
    if not name.startswith("Friends"):
        assert classify(f"{place} {name}".split()) == (ORGANISATION, 0)


def test_the_trials_detective_and_force() -> None:
    for title in ("DI ", "Det Supt ", "Supt ", ""):
        text = (f"Police widened the Harcastle Museum theft inquiry on Monday.\n\n\"We are following every lead,\" "
                f"said {title}Rhona Vale of Harcastle Police.\n\n\"No comment,\" a police spokeswoman said.")
        quotes, surfaces = _read(text)
        assert quotes == [("Rhona Vale", "person"), ("Harcastle Police", ORGANISATION)], (title, quotes)
        assert "Rhona Vale" in surfaces and not any(" of " in s for s in surfaces)


def test_a_title_and_a_surname_of_a_body() -> None:
    """"Supt Vale of Harcastle Police": a title and one name word are a person too (runparts._person_of_organisation;
    the run was no name at all, and both quotes had no speaker)."""
    for title in ("Supt ", "DI ", "Cllr ", "Prof "):
        text = (f"\"We are following every lead,\" said {title}Vale of Harcastle Police.\n\n"
                f"\"No comment,\" a police spokeswoman said.")
        quotes, surfaces = _read(text)
        assert quotes == [("Vale", "person"), ("Harcastle Police", ORGANISATION)], (title, quotes)
        assert not any(" of " in s for s in surfaces), surfaces


@FAST
@given(first=st.sampled_from(["Constabulary", "Police"]), second=st.sampled_from(["", "Constabulary", "Police"]),
       noun=st.sampled_from(["A police spokeswoman said", "A police spokesman said", "The police said",
                             "A constabulary spokesperson said"]))
def test_a_police_noun_is_the_one_force_named_whatever_its_name_ends_in(first: str, second: str, noun: str) -> None:
    """"A police spokeswoman" speaks for the one force the article names, "Harcastle Constabulary" as "Harcastle
    Police"; with two forces named, for none (a re-test, 2026-12-05: a Constabulary's quote had no speaker, and
    beside a Police went to the Police)."""
    forces = [f"Harcastle {first}"] + ([f"Dunmore {second}"] if second else [])
    text = (f"Officers from {' and '.join(forces)} searched the moor on Tuesday.\n\n"
            f"{noun}: \u201cThe search will resume at dawn.\u201d")
    quotes, _ = _read(text)
    assert quotes == ([(forces[0], ORGANISATION)] if len(forces) == 1 else [(None, None)]), (text, quotes)
