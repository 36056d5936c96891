"""A particle surname written alone is its whole particle run, matched against the full names whose surname it is
(T30 F3, FX111, 2026-12-07): "Van den Berg told parliament …", on a site naming Pieter and Anna van den Berg, was a
person page "Van den Berg"; lower-case "van den Berg"/"Mr. van den Berg" were warned of as "Berg"
(lonenames.lone_surnames, particleleads.py)."""
from __future__ import annotations

from dataclasses import dataclass

from hypothesis import example, given, settings, strategies as st

from briefgen.analyse.people import find_people, people_of

RUNS = st.sampled_from(["van", "van der", "van den", "de", "der", "den", "ten", "ter", "von", "von der", "zu", "di",
                        "da", "du", "le", "la", "Ó", "Ní", "Nic", "Mac"])
CORE = st.sampled_from(["Berg", "Merwe", "Vries", "Sayn", "Horst", "Leyen", "Silva", "Maio", "Pont", "Roux",
                        "Súilleabháin", "Bhriain", "Lochlainn"])
GIVEN = st.sampled_from([("Pieter", "Anna"), ("Joost", "Marieke"), ("Ciarán", "Siobhán"), ("Klaus", "Ursula")])
HOW = st.sampled_from(["{run} {core} told parliament that Europe should \"stay calm.\"",
                       "In Den Haag, {run} {core} told parliament that Europe should \"stay calm.\"",
                       "\"Stay calm and stay united,\" Mr. {run} {core} said.",
                       "\"Stay calm and stay united,\" {run} {core} said."])


@dataclass(frozen=True)
class _Slug:
    slug: str


def _found(*articles: str):
    found = {str(n): find_people("", text) for n, text in enumerate(articles)}
    return people_of(tuple(_Slug(str(n)) for n in range(len(articles))), found, ())  # type: ignore[arg-type]


def _written(how: str, run: str, core: str) -> str:
    text = how.format(run=run, core=core)
    return text if not text[0].isalpha() else text[0].upper() + text[1:]  # (a sentence's start: "Van den Berg told")


@settings(deadline=None)
@given(RUNS, CORE, GIVEN, HOW)
@example("van den", "Berg", ("Pieter", "Anna"), "{run} {core} told parliament that Europe should \"stay calm.\"")
@example("van den", "Berg", ("Pieter", "Anna"), "In Den Haag, {run} {core} told parliament that Europe should \"stay calm.\"")
@example("van den", "Berg", ("Pieter", "Anna"), "\"Stay calm and stay united,\" Mr. {run} {core} said.")
def test_two_bearers_are_warned_of_by_the_whole_run(run: str, core: str, given_names: tuple[str, str], how: str) -> None:
    one, two = (f"{g} {run} {core}" for g in given_names)
    listed = _found(f"Dutch economy minister {one} said the Netherlands \"supports strict enforcement.\"\n\n"
                    f"{two}, an Amsterdam lawyer, said: \"This is the remedy our clients asked for.\"",
                    "The ministers said on Wednesday that the EU would answer any US tariffs together.\n\n"
                    + _written(how, run, core))
    assert sorted(p.name for p in listed.people) == sorted([one, two])  # no page for the short form
    assert [(name.casefold(), owners) for name, owners, _ in listed.ambiguous] == \
        [(f"{run} {core}".casefold(), tuple(sorted([one, two])))]


@settings(deadline=None)
@given(RUNS, CORE, GIVEN, HOW)
@example("van den", "Berg", ("Pieter", "Anna"), "{run} {core} told parliament that Europe should \"stay calm.\"")
@example("van den", "Berg", ("Pieter", "Anna"), "\"Stay calm and stay united,\" Mr. {run} {core} said.")
def test_one_bearer_is_the_person(run: str, core: str, given_names: tuple[str, str], how: str) -> None:
    one = f"{given_names[0]} {run} {core}"
    listed = _found(f"Dutch economy minister {one} said the Netherlands \"supports strict enforcement.\"",
                    "The ministers said on Wednesday that the EU would answer any US tariffs together.\n\n"
                    + _written(how, run, core))
    assert [p.name for p in listed.people] == [one]
    assert not listed.ambiguous
