"""An occupation written in lower case before a name ("Ward sister Ilse Marrow said …") is no part of the name and
does not stop the name being its clause's subject: a later "she said" is hers (antecedents._lead_in).

A trial (2026-12-04): "Ward sister Ilse Marrow said … “…,” she said" had no speaker ("sister" was no role word of a lead-in),
nor had "…, and theatre nurse Ilse Marrow said …" (a main clause after ", and").
Property over made-up names, occupations (one or two words, the first capitalised where it opens the sentence),
and the three frames: a pronoun after, a colon lead-in, a clause after ", and". (One capitalised word that
opens a sentence before a two-word name is read by the name runs: lexicon.FALSE_TITLES, "Paramedic"; "Matron" is not
there.)
"""
from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st
from support.examples import examples
from support.madeup import LISTED  # (no word an analysis lists: "Kisen" is a company's since FX89)

from briefgen.analyse.givensex import given_sex
from briefgen.analyse.quotes import quotes_in

SYLLABLES = ("mar", "ta", "il", "se", "ko", "wal", "an", "na", "bre", "da", "lo", "ren")
word = st.lists(st.sampled_from(SYLLABLES), min_size=2, max_size=3).map(lambda parts: "".join(parts).capitalize()).filter(lambda w: w.lower() not in LISTED)
OCCUPATIONS = ("ward sister", "senior nurse", "theatre nurse", "shop steward", "paramedic", "parent governor",
               "hospital chaplain", "union rep", "agency nurse", "staff nurse")


@settings(max_examples=examples(150), deadline=None)
@given(word, word, st.sampled_from(OCCUPATIONS), st.sampled_from(("opening", "colon", "and")))
def test_the_name_after_an_occupation_speaks(given_name: str, surname: str, occupation: str, frame: str) -> None:
    # ("she said" is no man's: a drawn "Sean", a known male given name, rightly got no speaker; a draw, 2026-12-06)
    assume(given_sex(given_name) != "m")
    name = f"{given_name} {surname}"
    if frame == "opening":
        text = f"{occupation.capitalize()} {name} said the ward was short of staff. “We cannot go on like this,” she said."
    elif frame == "colon":
        text = f"The strike began at dawn. {occupation.capitalize()} {name}: “We cannot go on like this.”"
    else:
        text = (f"Nurses gathered early. The strike began at dawn, and {occupation} {name} said the ward was short of staff. “We cannot go on "
                f"like this,” she said.")
    quote, = quotes_in("Strike", text)
    assert quote.name == name, text


def test_the_trial_sentences() -> None:
    quote, = quotes_in("Strike", "Ward sister Ilse Marrow said the ward was short of staff. “We cannot go on like "
                                 "this,” she said.")
    assert quote.name == "Ilse Marrow"
    quote, = quotes_in("Strike", "His sister Ines Harrowgate said the ward was short of staff. “We cannot go on like "
                                 "this,” she said.")
    assert quote.name == "Ines Harrowgate"


def test_two_people_joined_by_and_are_no_one_subject() -> None:
    """", and" after a name joins a second subject to it, not a clause of its own (the age rule's check)."""
    quote, = quotes_in("Bills", "Marta Nowak, 41, and her husband Piotr, 45, said the sums were simple. “The sums "
                                "are simple and nobody can pay them,” he said.")
    assert quote.speaker is None


def test_a_clause_after_and_is_no_subject_of_the_sentence_before() -> None:
    """The subject of the first clause is still the first: "Lavrov arrived, and Marsh greeted him" is Lavrov's."""
    quote, = quotes_in("Talks", "Ilse Marrow arrived late, and Ada Brenn greeted her. “We cannot go on like this,” she said.")
    assert quote.name == "Ilse Marrow"
