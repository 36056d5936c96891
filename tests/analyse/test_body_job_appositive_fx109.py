"""A job appositive after a public body's name makes no person (FX109, item 5): '“…,” said Victoria Police, a nurse
at the hospital.' made the force a person (FX97's companyforms.given_headed reads "<given name> <body head>" as a
surname a person's appositive may make a person's; "Emma Electric, a nurse, said" is one). A public body's head
(companyforms.PUBLIC_BODY_HEADS: Police, Council, Ministry, Authority, …) is no surname: the name stays the body's,
and the quotation, whose sentence contradicts itself, is no one's (quotespeakers)."""
from __future__ import annotations

from hypothesis import example, given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.people import find_people

GIVEN = st.sampled_from(["Victoria", "Emma", "Grace", "Sophie", "John", "Anna", "Kenji", "Sara"])
HEADS = st.sampled_from(["Police", "Council", "Ministry", "Authority", "Constabulary", "Commission", "Agency",
                         "Department", "Parliament", "Hospital"])
JOBS = st.sampled_from(["a nurse at the hospital", "a nurse", "a retired teacher", "a bus driver", "an off-duty paramedic"])
FRAMES = st.sampled_from(["“We are exhausted,” said {n}, {a}.", "{n}, {a}, said: “We are exhausted.”",
                          "“We are exhausted,” {n}, {a}, said."])


def _found(text: str) -> tuple[set[tuple[str, str]], list[str]]:
    found = find_people("Wards", text)
    return {(n.full, n.kind) for n in found.named}, [q.speaker for q in found.quotes]


def test_reported_input() -> None:
    assert _found("“We will count every vote,” said Victoria Police, a nurse at the hospital.") == (
        {("Victoria Police", "organisation")}, [])


@given(st.one_of(GIVEN, word), HEADS, JOBS, FRAMES)
@example("Victoria", "Police", "a nurse at the hospital", "“We are exhausted,” said {n}, {a}.")
@FAST
def test_a_body_with_a_job_is_no_person(first: str, head: str, job: str, frame: str) -> None:
    name = f"{first} {head}"
    named, speakers = _found(frame.format(n=name, a=job))
    assert (name, "person") not in named and speakers == [], (named, speakers)


@given(st.sampled_from(["Emma", "Grace", "Anna"]), st.sampled_from(["Electric", "Energy", "Motors"]), JOBS)
@FAST
def test_a_company_word_with_a_job_stays_a_person(first: str, head: str, job: str) -> None:
    """The control (FX97): a company's word is a surname too, which the job appositive makes a person's."""
    name = f"{first} {head}"
    assert _found(f"{name}, {job}, said: “We are exhausted.”") == ({(name, "person")}, [name])
