"""FX116 (BR68 on FX112): spellingvariants.variant_key read every c (not before k) as k, and ph as f, y as i, so an
undeclared person's slip of one letter written in its own article beside other people ("Emmanuel Makron", "Nikola
Sturgeon", "Rishi Sunac", "Mark Karney", "Karlos Alcaraz") was taken for a second person and no longer flagged (s64
flagged them). Only T30's pairs stay variants: "Ch"/"K" opening the word, "-sen"/"-son" ending it. Fails on main
ea1c762e.
"""
from __future__ import annotations

from hypothesis import example, given, settings, strategies as st
from support import factories
from support.examples import examples

from briefgen.analyse.people import find_people, people_of
from briefgen.analyse.spelling import misspellings, word_pair_flagged
from briefgen.analyse.spellingvariants import variant_key


def _flags(slip: str, right: str) -> list[tuple[str, str]]:
    """`slip` in one article beside one other person, `right` in three beside another (undeclared): the FX112 frame."""
    bodies = {"w": f"{slip} said the budget was approved. Alexander De Wit said it was proportionate.",
              **{slug: f"{right} said markets were calm. Christine Lagarde said rates would hold."
                 for slug in ("a", "b", "c")}}
    articles = tuple(factories.article(slug) for slug in bodies)
    people = people_of(articles, {slug: find_people("Wind", body) for slug, body in bodies.items()}, ())
    return [(s.surface, s.suggestion) for s in misspellings(people.index)]


REPORTED = (("Emmanuel Makron", "Emmanuel Macron"), ("Nikola Sturgeon", "Nicola Sturgeon"), ("Rishi Sunac", "Rishi Sunak"),
            ("Mark Karney", "Mark Carney"), ("Karlos Alcaraz", "Carlos Alcaraz"))


def test_br68_slips_are_flagged_again() -> None:
    """The breaker's five, as s64 flagged them."""
    for slip, right in REPORTED:
        assert _flags(slip, right) == [(slip, right)], (slip, right)


# (English-looking surnames with a c; each slip writes one c as k, or one k as c, or ph as f, y as i)
SURNAMES = ("Carney", "Macron", "Decker", "Sunak", "Lockwood", "Clarke", "Mackenzie", "Philippe", "Whyte", "Tucker",
            "Carver", "Blackmore", "Cooper", "Dickson", "Brooks", "Fairclough")


def _slips(word: str) -> list[str]:
    out = []
    for at, ch in enumerate(word):
        for a, b in (("c", "k"), ("k", "c"), ("C", "K"), ("K", "C"), ("y", "i")):
            if ch == a:
                out.append(word[:at] + b + word[at + 1:])
    return out + ([word.replace("ph", "f").replace("Ph", "F")] if "ph" in word.lower() else [])


@settings(max_examples=examples(60), deadline=None, database=None)
@given(st.sampled_from(SURNAMES), st.data())
@example("Macron", None)
def test_one_letter_c_k_ph_f_y_i_is_no_variant(surname: str, data: st.DataObject | None) -> None:
    """A single c↔k (not "Ch" opening the word), ph→f or y→i: no variant key; flagged wherever the distance allows it."""
    slip = data.draw(st.sampled_from(_slips(surname))) if data is not None else "Makron"
    if slip.lower().startswith("k") and surname.lower().startswith("ch"):
        return
    assert variant_key(slip) != variant_key(surname), (slip, surname)
    expected = [(f"Jane {slip}", f"Jane {surname}")] if word_pair_flagged(slip, surname, False) else []
    assert _flags(f"Jane {slip}", f"Jane {surname}") == expected, (slip, surname)


def test_t30_variants_stay_variants() -> None:
    """T30's pair and the -sen/-son ending keep FX112's rule."""
    assert variant_key("Kristensen") == variant_key("Christensen")
    assert variant_key("Andersen") == variant_key("Anderson")
    assert _flags("Mette Kristensen", "Mette Christensen") == []
