"""A surname particle misspelt by one letter is flagged (spelling.particle_slip).

A ferry trial (2026-12-05): one article's "Captain Pieter van den Berg" beside four articles' "Pieter van der Berg"
had no suggestion, no "also written as" and was not counted on his page: the differing word, a particle, was under
spelling.MIN_LETTERS and read as a first name. Property over made-up names (support.madeup): the rare spelling with
a particle one letter off is flagged towards the frequent one; another person of the same surname ("Marijke van der
Berg", his wife) and a particle more than one letter off are not.
"""
from __future__ import annotations

from hypothesis import assume, given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.names import NameIndex, names_in
from briefgen.analyse.spelling import misspellings

PAIRS = (("van der", "van den"), ("van", "von"), ("de", "da"), ("de la", "de le"), ("di", "du"))


def _flags(texts: dict[str, str]) -> set[tuple[str, str]]:
    index = NameIndex.build((), {slug: names_in("Ferry", text) for slug, text in texts.items()})
    return {(s.surface, s.suggestion) for s in misspellings(index)}


@FAST
@given(word, word, word, st.sampled_from(PAIRS))
def test_a_particle_one_letter_off_is_flagged(given_name, surname, wife, pair):
    assume(len({given_name, surname, wife}) == 3)
    right, slip = (f"{given_name} {pair[0]} {surname}", f"{given_name} {pair[1]} {surname}")
    texts = {f"a{n}": f"Captain {right} said the ship was sound. “It was routine,” he said." for n in range(4)}
    texts["b"] = f"Captain {slip} said the ship was sound. “It was routine,” he said."
    texts["c"] = f"{wife} {pair[0]} {surname} said her husband was tired. “He sounded tired,” she said."
    flags = _flags(texts)
    assert (slip, right) in flags, flags
    assert not any(f"{wife} " in surface for surface, _ in flags), flags


def test_the_trials_input_and_a_far_particle():
    texts = {f"a{n}": "Pieter van der Berg, the master, said the ship was sound." for n in range(4)}
    texts["b"] = "Captain Pieter van den Berg said the ship was sound."
    assert ("Pieter van den Berg", "Pieter van der Berg") in _flags(texts)
    texts["b"] = "Captain Pieter de la Berg said the ship was sound."
    assert not _flags(texts)
