"""An appositive that names a person's job makes a given name and an organisation's head word a person's name (FX97,
2026-12-07): "Emma Electric, a nurse, said …" was an organisation — "Electric" is a head of the older list
(lexicon.ORG_HEADS), which made a company after any first word, and the person's frame that decides for a company
word ("Sara Robotics, a nurse": FX21, FX92) was not read for it (companyforms.given_headed, surname_worded). A company
appositive ("a supplier of parts", "the maker of cables", "the carmaker") keeps the company; an owner's word is no head
("the company's spokeswoman" is a person: stopnames.person_appositive), and a pronoun alone ("Victoria Police, which
she joined") makes no body a person."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from briefgen.analyse.people import find_people
from support.examples import examples

GIVEN = st.sampled_from(["Emma", "Tom", "Sophie", "John", "Anna", "Mark", "Grace", "Kenji", "Sara", "Alex", "Hiroko"])
HEADS = st.sampled_from(["Electric", "Bank", "Energy", "Group", "Holdings", "Foundation", "Motors", "Industries",
                         "Fisheries", "Oil", "Water", "Trust"])
JOBS = st.sampled_from(["a nurse", "a teacher", "a retired engineer", "the company's spokeswoman", "a nurse at the local "
                        "hospital", "54, a nurse", "a spokesman for the company", "the union's chair", "a bus driver"])
FIRMS = st.sampled_from(["a supplier of parts", "the maker of cables", "the carmaker", "the lender", "a subsidiary of "
                         "the nurses' union", "the state's police force", "the children's charity", "a chain of "
                         "nurseries"])
FRAMES = st.sampled_from(["{n}, {a}, said: “We are exhausted.”", "“We are exhausted,” said {n}, {a}.",
                          "{n}, {a}, said the wards were full. “We are exhausted,” {n} said."])


def _kinds(text: str, name: str) -> tuple[set[str], set[tuple[str, str]]]:
    found = find_people("Wards", text)
    return {n.kind for n in found.named if n.full == name}, {(q.speaker, q.kind) for q in found.quotes}


def test_the_reported_sentence() -> None:
    assert _kinds("Emma Electric, a nurse, said: “We are exhausted.”", "Emma Electric") == (
        {"person"}, {("Emma Electric", "person")})
    assert _kinds("Emma Electric, a nurse, said the wards were full.", "Emma Electric")[0] == {"person"}


def test_bodies_stay_bodies() -> None:
    for text, name in (("Victoria Police, which she joined in 2001, said: “We are ready.”", "Victoria Police"),
                       ("Emma Electric said: “We are ready.”", "Emma Electric"),
                       ("Emma Electric was hurt when she fell. “It hurt,” said Emma Electric.", "Emma Electric"),
                       ("Emma Ltd, a nurse, said: “We are ready.”", "Emma Ltd"),
                       ("Zubo Electric, the carmaker, said: “We are ready.”", "Zubo Electric")):
        assert _kinds(text, name) == ({"organisation"}, {(name, "organisation")}), text


@given(GIVEN, HEADS, JOBS, FRAMES)
@settings(max_examples=examples(200), deadline=None)
def test_a_job_appositive_makes_a_person(first: str, head: str, job: str, frame: str) -> None:
    name = f"{first} {head}"
    kinds, said = _kinds(frame.format(n=name, a=job), name)
    assert kinds == {"person"} and said == {(name, "person")}, (kinds, said)


@given(GIVEN, HEADS, FIRMS, FRAMES)
@settings(max_examples=examples(200), deadline=None)
def test_a_company_appositive_keeps_the_company(first: str, head: str, firm: str, frame: str) -> None:
    name = f"{first} {head}"
    kinds, said = _kinds(frame.format(n=name, a=firm), name)
    assert kinds == {"organisation"} and said == {(name, "organisation")}, (kinds, said)
