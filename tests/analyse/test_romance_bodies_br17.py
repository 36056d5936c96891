"""A Spanish, Portuguese, Italian or French body's name is an organisation, in every frame (BR17, 2026-12-06):
"Banco de Sabadell called the offer “hostile”", "Universidad de Chile said: “…”", "Atlético de Madrid said: “…”" gave
people "Banco de Sabadell", "Universidad de Chile", "Atlético de Madrid" (the name runs knew no body noun that opens a
name before de/da/del/di/du; 9c9daa86's particles in the "called" frame made that frame read them so too).
orgnames.romance_body, read by nameruns' classification. People with particles stay people."""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.names import names_in
from briefgen.analyse.quotes import quotes_in

HEADS = ("Banco", "Universidad", "Caixa", "Atlético", "Instituto", "Fundación", "Banque", "Società", "Grupo", "Club")
LINKS = ("de", "da", "del", "di", "du", "dos")
FRAMES = ("{} called the ruling “an injustice”.", "{} said: “The ruling is an injustice.”",
          "“The ruling is an injustice,” said {}.")


def kinds(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.kind) for q in quotes_in("N", text)]


def test_the_reported_bodies() -> None:
    assert kinds("Banco de Sabadell called the offer “hostile”.") == [("Banco de Sabadell", "organisation")]
    assert kinds("Universidad de Chile said: “The cuts are brutal.”") == [("Universidad de Chile", "organisation")]
    assert kinds("Atlético de Madrid called the decision “a scandal”.") == [("Atlético de Madrid", "organisation")]
    assert [(m.surface, m.kind) for m in names_in("", "Caixa Geral de Depósitos called the plan “sound”.")] == [
        ("Caixa Geral de Depósitos", "organisation")]


@FAST
@given(st.sampled_from(HEADS), st.sampled_from(LINKS), word, st.sampled_from(FRAMES))
def test_a_body_named_by_its_noun_and_a_particle_is_an_organisation(head: str, link: str, place: str, frame: str) -> None:
    name = f"{head} {link} {place}"
    assert kinds(frame.format(name)) == [(name, "organisation")], frame.format(name)


def test_people_with_particles_stay_people() -> None:
    for name in ("Ana de Armas", "Charles de Gaulle", "Ursula von der Leyen", "Luiz Inácio da Silva"):
        assert kinds(f"{name} called the ruling “an injustice”.") == [(name, "person")], name
