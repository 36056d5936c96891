"""A Spanish name whose second surname is led by particles: where its first surname stands (T24 F4, 2026-12-07).

    particle_second_surname(["María", "Fernanda", "Rodríguez", "de", "la", "Fuente"])   # (2, 3): "Rodríguez"
    particle_second_surname(["Alfonso", "López", "de", "Mesa"])                        # (1, 2): "López"
    particle_second_surname(["Javier", "Pérez", "de", "Cuéllar"])                      # (1, 2): "Pérez"
    particle_second_surname(["María", "José", "de", "la", "Fuente"])                   # None: one surname, "de la Fuente"
    particle_second_surname(["Tomás", "Ferreira", "da", "Costa"])                      # None: Portuguese, its last

Spanish names carry two surnames, and the second may be led by particles (de, del, de la, de los, de las): "María
Fernanda Rodríguez de la Fuente", "Alfonso López de Mesa", "Javier Pérez de Cuéllar", "Carlos Gómez del Campo". The
English-language press writes the first surname alone after the full name ("Judge Rodríguez wrote"), and another
report writes the given names and the first surname ("María Fernanda Rodríguez"); Spanish indexes file the name
under the first surname with what follows (Chicago Manual of Style 16.85: "Pérez de Cuéllar, Javier"). Before, only
a particle-led *first* surname ("Rodrigo del Valle Soto") and two plain surnames were read so: a T24 trial
(2026-12-07) published the judge's ruling on a page "María Fernanda Rodríguez" beside "María Fernanda Rodríguez de
la Fuente", and the quotation's frame left "Rodríguez" unresolved.

The shape read: one or two given names (plain words, a hyphen allowed), one plain first surname that is no given
name (`familynames._given_name`: "María José de la Fuente" has one surname, "de la Fuente"), Spanish particles, one
plain last word; and the name Spanish (a Spanish letter in it, or a Spanish given name first), as familynames'
three-word rule asks. Portuguese particles (da, das, do, dos) are no such second surname's: Portuguese names are
written and filed by their last surname ("Tomás Ferreira da Costa" is Mr Costa, "da Costa"), as before
(familynames.spanish_first_surname leaves names with a Portuguese letter or surname to that reading). Spanish "y"
between two surnames ("José Ortega y Gasset") is no particle of the name runs (nameruns.RUN): such a name is read
as "José Ortega", the words after "y" apart.
"""
from __future__ import annotations

from collections.abc import Sequence

_PARTICLES = frozenset(("de", "del", "la", "las", "los"))
_LEADS = frozenset(("de", "del"))  # a particle run opens with one of these ("de la", "de los", "del")


def particle_second_surname(name: Sequence[str]) -> tuple[int, int] | None:
    """(start, stop) of the first surname of `name` (its words, title dropped) when `name` is given names, a first
    surname and a particle-led second surname (module docstring), else None. The caller has ruled out names with a
    letter Spanish never writes or a Portuguese surname (familynames.spanish_first_surname)."""
    from briefgen.analyse.familynames import _SPANISH_GIVEN, _given, _given_name, _plain, _spanish
    from briefgen.analyse.namekeys import fold
    at = next((n for n, word in enumerate(name) if word in _PARTICLES), len(name))
    if not 2 <= at <= 3 or len(name) < at + 2 or name[at] not in _LEADS:
        return None
    stop = at
    while stop < len(name) and name[stop] in _PARTICLES:
        stop += 1
    if stop != len(name) - 1 or not _plain(name[-1]) or not _plain(name[at - 1]) or _given_name(name[at - 1]):
        return None
    if not all(_given(word) for word in name[:at - 1]) or not (_spanish(name) or fold(name[0]) in _SPANISH_GIVEN):
        return None
    return at - 1, at


def surname_owners(found: dict[str, str], key: str) -> dict[str, str]:
    """Of `found` (person key → full name) that a one-word reference (`key`, folded) may name, drop the names that it
    names only as a particle name's first surname ("Rodríguez" of "Ana Rodríguez de la Fuente") when another name
    ends with it ("Carlos Rodríguez"): the short form is the last word's owner's, as before T24 F4 (BR38, 2026-12-07:
    "Carlos Rodríguez, the mayor … Judge Ana Rodríguez de la Fuente … “…,” Mr Rodríguez said" lost the quotation).
    A title's sex is read before (titlefit.titled_choice): "Ms Rodríguez" there is the judge."""
    from briefgen.analyse.namekeys import fold
    ends = {k for k, name in found.items() if fold(name.split()[-1]) == key}
    if not ends or len(ends) == len(found):
        return found
    return {k: name for k, name in found.items() if k in ends or not (
        (at := particle_second_surname(name.split())) is not None and fold(name.split()[at[0]]) == key)}
