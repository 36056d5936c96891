"""A rank of another language's forces, capitalised before a name, is the name's title, not its first word.

The reported input (T27, 2026-12-07): "A navy spokeswoman, Korvettenkapitän Silke Brandt, said: „…“" gave a person
"Korvettenkapitän Silke Brandt" with her quotation; "Fregattenkapitän Jan Becker said …" did the same. The kind: any
rank of foreignranks.FOREIGN_RANKS (German, French, Nordic, Baltic, Polish), before any name, in the frames a
spokesperson is quoted in.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from support import factories
from support.examples import examples

from briefgen.analyse.people import find_people, people_of

RANKS = ("Korvettenkapitän", "Fregattenkapitän", "Kapitänleutnant", "Oberst", "Oberstleutnant", "Generalleutnant",
         "Flottillenadmiral", "Vizeadmiral", "Kommandørkaptajn", "Orlogskaptajn", "Kommendörkapten", "Överste",
         "Kapteeni", "Komentaja", "Eversti", "Kenraalimajuri", "Kolonel", "Kindral", "Komandor", "Pułkownik",
         "Capitaine", "Commandant")
GIVEN = ("Silke", "Jan", "Mikko", "Lars", "Anna", "Tomasz", "Kadri", "Ingrid")
SURNAMES = ("Brandt", "Becker", "Virtanen", "Holm", "Kowalski", "Tamm", "Lindqvist", "Morel")
FRAMES = ("A navy spokeswoman, {rank} {name}, said: “We are watching closely.”",
          "{rank} {name} said: “We are watching closely.”",
          "“We are watching closely,” said {rank} {name}.",
          "The coast guard's {rank} {name} told reporters: “We are watching closely.”")


def _speakers(body: str) -> dict[str, int]:
    people = people_of((factories.article("a"),), {"a": find_people("Cables", body)}, ())
    return {person.name: len(person.quotes) for person in people.people if person.kind == "person"}


@settings(max_examples=examples(100), deadline=None)
@given(st.sampled_from(RANKS), st.sampled_from(GIVEN), st.sampled_from(SURNAMES), st.sampled_from(FRAMES))
def test_a_foreign_rank_is_a_title(rank: str, given_name: str, surname: str, frame: str) -> None:
    name = f"{given_name} {surname}"
    assert _speakers(frame.format(rank=rank, name=name)) == {name: 1}


def test_the_reported_input() -> None:
    assert _speakers("A navy spokeswoman, Korvettenkapitän Silke Brandt, said: „Wir beobachten das sehr genau.“ "
                     "She added more.") == {"Silke Brandt": 1}


def test_surnames_and_the_holy_see_stay() -> None:
    """Ranks that are common surnames are not in the list ("Hauptmann"), nor "See" of "Kapitän zur See"."""
    assert _speakers("Gerhart Hauptmann wrote: “No.”") == {"Gerhart Hauptmann": 1}
    people = people_of((factories.article("a"),), {"a": find_people("x", "The Holy See said on Monday that it was “deeply concerned”. Holy See spokesman Matteo Bruni said: “We pray.”")}, ())
    assert "Holy See" in {person.name for person in people.people}
