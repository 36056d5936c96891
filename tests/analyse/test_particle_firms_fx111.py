"""A particle and one capitalised word with no given name is no person by its shape alone (T30 F5, FX111, 2026-12-07):
"Dutch contractor Van Oord will build …" and "a Van Oord spokeswoman said" made a person "Van Oord"; "Den Haag" and
"Saint-Denis" were read as persons' names (particlefirms.py, particleplaces.py)."""
from __future__ import annotations

from dataclasses import dataclass

from hypothesis import example, given, settings, strategies as st

from briefgen.analyse.names import names_in
from briefgen.analyse.nameruns import classify
from briefgen.analyse.people import find_people, people_of

PARTICLE = st.sampled_from(["Van", "De", "Den", "Der", "Von", "Di", "Da", "Du", "Le", "La", "Ter", "Ten", "Zu"])
CORE = st.sampled_from(["Oord", "Beers", "Pont", "Wit", "Maio", "Roux", "Horst", "Vries", "Sayn", "Berg"])
FIRM = st.sampled_from(["Dutch contractor {n} will build the farm.", "Dutch marine contractor {n} will build the farm.",
                        "The farm, which the group {n} will build, opens in 2028.",
                        "Shares in {n} rose 3% on Wednesday.",
                        "The farm opens in 2028. “We are ready,” a {n} spokeswoman said.",
                        "{n} said in a statement that it was ready.",
                        "{n}'s chief executive said the farm would open in 2028."])
BARE = st.sampled_from(["The farm opens in 2028, a win for {n} and for Denmark.", "Analysts expect {n} to bid again."])


@dataclass(frozen=True)
class _Slug:
    slug: str


def _listed(*articles: str) -> dict[str, str]:
    found = {str(n): find_people("", text) for n, text in enumerate(articles)}
    return {p.name: p.kind for p in people_of(tuple(_Slug(str(n)) for n in range(len(articles))), found, ()).people}  # type: ignore[arg-type]


@settings(deadline=None)
@given(PARTICLE, CORE, FIRM)
@example("Van", "Oord", "Dutch contractor {n} will build the farm.")
@example("Van", "Oord", "The farm opens in 2028. “We are ready,” a {n} spokeswoman said.")
def test_a_firm_the_text_calls_one_is_no_person(particle: str, core: str, firm: str) -> None:
    name = f"{particle} {core}"
    text = firm.format(n=name)
    assert not [m for m in names_in("", text) if m.kind == "person" and m.full == name], names_in("", text)
    assert _listed(text).get(name) in (None, "organisation")


@settings(deadline=None)
@given(PARTICLE, CORE, BARE)
def test_a_bare_particle_name_is_no_person(particle: str, core: str, bare: str) -> None:
    text = bare.format(n=f"{particle} {core}")
    assert not [m for m in names_in("", text) if m.kind == "person"], names_in("", text)


@settings(deadline=None)
@given(PARTICLE.filter(lambda p: p not in ("La", "Ten", "Ter")), CORE, st.sampled_from(["“We are ready,” {n} said.", "{n}, the Commission's spokesman, declined to comment.",
                                        "Alexander {n} spoke on Monday. Later {n} declined to comment.",
                                        "Commission spokesman Alexander {n} declined to comment."]))
@example("De", "Wit", "“We are ready,” {n} said.")
def test_a_particle_name_with_a_persons_evidence_is_a_person(particle: str, core: str, how: str) -> None:
    """(Not "La" at a sentence's start, "Ten"/"Ter" capitalised mid-name: never read as a name's, nonpersons.py.)"""
    text = how.format(n=f"{particle} {core}")
    assert [m.kind for m in names_in("", text) if m.full.endswith(f"{particle} {core}")][:1] == ["person"], names_in("", text)


def test_t30_van_oord_and_places() -> None:
    assert _listed("BRUSSELS (AFP) — The European Commission on Wednesday approved 1.3 billion euros of Danish state aid "
                   "for the Nordlys offshore wind farm, which Dutch contractor Van Oord will build.",
                   "Dutch marine contractor Van Oord will build the Nordlys wind farm.\n\n“We are ready to start in the "
                   "spring,” a Van Oord spokeswoman said.").get("Van Oord") in (None, "organisation")
    assert classify(["Den", "Haag"]) is None and classify(["Saint-Denis"]) is None
