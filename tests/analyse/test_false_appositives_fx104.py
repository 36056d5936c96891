"""A job appositive makes a body's name a person's only when it is a true appositive (FX104, BR61, 2026-12-07): FX97's
rule (companyforms.given_headed: "Emma Electric, a nurse, said …" is a person) made "Victoria Police" a person where
a clause that only looks like one followed — a list ("Victoria Police, a nurse and two paramedics arrived"), a
speech tag's aside ("Victoria Police, a nurse said, had arrived late") or a second clause after a quotation's speaker
('“…,” said Victoria Police, a nurse told reporters.'). stopnames._true_appositive: no "and"/"or" in it or after its
closing comma, no speech verb in it, and when the sentence's end closes it, a speech verb right before the name."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from briefgen.analyse.people import find_people

GIVEN = st.sampled_from(["Emma", "Grace", "Sophie", "John", "Anna", "Mark", "Victoria", "Kenji", "Sara", "Alex"])
HEADS = st.sampled_from(["Police", "Electric", "Bank", "Energy", "Holdings", "Motors", "Industries", "Water"])
JOBS = st.sampled_from(["a nurse", "a teacher", "a retired engineer", "the company's spokeswoman", "a nurse at the local "
                        "hospital", "a bus driver", "an off-duty paramedic"])
OTHERS = st.sampled_from(["two paramedics", "an ambulance", "a fire crew", "three doctors", "the mayor"])
SPEECH = st.sampled_from(["said", "told reporters", "says", "recalled", "added"])
LISTS = st.sampled_from(["{n}, {a} and {o} arrived at the scene.", "{n}, {o} and {a} were at the scene.",
                         "{n}, {a}, and {o} arrived late.", "Officers from {n}, {a} or {o} called the station.",
                         "{n}, {a}, or {o} had the keys."])
ASIDES = st.sampled_from(["{n}, {a} {s}, had arrived late.", "{n}, {a} {s}, cut the power.",
                          "Officers from {n}, {a} {s}, arrived late.", "“It was chaos,” said {n}, {a} {s}."])
TRUE = st.sampled_from(["{n}, {a}, said: “We are exhausted.”", "“We are exhausted,” said {n}, {a}.",
                        "{n}, {a}, told reporters the wards were full.", "{n}, {a}, said the wards were full."])


def _kinds(text: str, name: str) -> tuple[set[str], set[tuple[str, str]]]:
    found = find_people("Wards", text)
    return {n.kind for n in found.named if n.full == name}, {(q.speaker, q.kind) for q in found.quotes}


def test_the_reported_sentences() -> None:
    for text, name in (("Victoria Police, a nurse and two paramedics arrived at the scene.", "Victoria Police"),
                       ("Victoria Police, an ambulance and a nurse were at the scene.", "Victoria Police"),
                       ("Victoria Police, a nurse said, had arrived late.", "Victoria Police"),
                       ("Grace Electric, a nurse said, cut the power.", "Grace Electric"),
                       ("Officers from Victoria Police, a nurse said, arrived late.", "Victoria Police")):
        assert _kinds(text, name)[0] == {"organisation"}, text
    assert _kinds("“It was chaos,” said Victoria Police, a nurse told reporters.", "Victoria Police") == (
        {"organisation"}, {("Victoria Police", "organisation")})
    assert _kinds("Emma Electric, a nurse, said: “We are exhausted.”", "Emma Electric") == (
        {"person"}, {("Emma Electric", "person")})


@settings(max_examples=40, deadline=None)
@given(GIVEN, HEADS, JOBS, OTHERS, LISTS)
def test_a_list_makes_no_person(given_name: str, head: str, job: str, other: str, frame: str) -> None:
    name = f"{given_name} {head}"
    assert "person" not in _kinds(frame.format(n=name, a=job, o=other), name)[0]


@settings(max_examples=40, deadline=None)
@given(GIVEN, HEADS, JOBS, SPEECH, ASIDES)
def test_a_speech_tag_aside_makes_no_person(given_name: str, head: str, job: str, speech: str, frame: str) -> None:
    name = f"{given_name} {head}"
    kinds, said = _kinds(frame.format(n=name, a=job, s=speech), name)
    assert "person" not in kinds and (name, "person") not in said, (kinds, said)


@settings(max_examples=40, deadline=None)
@given(GIVEN, st.sampled_from(["Electric", "Bank", "Energy", "Holdings", "Motors", "Industries", "Water"]), JOBS, TRUE)
def test_a_true_appositive_still_makes_a_person(given_name: str, head: str, job: str, frame: str) -> None:
    name = f"{given_name} {head}"
    kinds, said = _kinds(frame.format(n=name, a=job), name)
    assert kinds == {"person"}, (kinds, said)
