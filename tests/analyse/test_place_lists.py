"""Places read as people: a preposition's list, one sense per article and per archive (analyse/places.py).

The reported input: the third trial's People page (tests/stories/aftermath/) listed "Merthyr Tydfil" and
"Rhondda Cynon Taf" as people and "Flood Re" as a person: "hearings in Pontypridd and Merthyr Tydfil" (the
preposition governs the whole list), "Merthyr Tydfil and Abercynon also saw flooding" in another article (no
context of its own), "the Rhondda Cynon Taf council leader", "the Flood Re scheme." at a paragraph's end (the
noun after a name was read across the paragraph break). The kind: any town names, in lists of one to four
joined by commas, "and" and "or", after any place preposition; every other mention of such a name in the
article and in the archive; and, on the other side, people after the same prepositions with a possessive or a
title, and people in lists that no place preposition governs.
"""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.lexicon import PLACE_PREPOSITIONS
from briefgen.analyse.names import names_in
from briefgen.analyse.people import find_people, people_of
from support import factories

SYLLABLES = ("pont", "ab", "er", "tyd", "cyn", "llan", "tre", "for", "est", "rhon", "dda", "mor", "wen", "garth")
TOWN_WORD = st.lists(st.sampled_from(SYLLABLES), min_size=2, max_size=3).map(lambda p: "".join(p).capitalize())
TOWNS = st.lists(TOWN_WORD, min_size=1, max_size=2).map(" ".join)
PEOPLE = st.sampled_from(["Gareth Morgan", "Sian Price", "Anna Novak", "Tomas Berg", "Rhian Davies"])


def people(text: str) -> list[str]:
    return [m.full for m in names_in("", text) if m.kind == "person"]


@pytest.mark.parametrize("text, found", [
    ("Dame Helen said she would hold public hearings in Pontypridd and Merthyr Tydfil.", ["Dame Helen"]),  # (the honour kept: titledgiven.py)
    ("Two people died near Treforest, Abercynon or Mountain Ash on Sunday.", []),
    ("Gareth Jenkins, the Rhondda Cynon Taf council leader, said families would struggle.", ["Gareth Jenkins"]),
    ("Merthyr Tydfil and Abercynon also saw flooding. Hearings will be held in Merthyr Tydfil.", []),
    ("Many homes cannot use the Flood Re scheme.\n\nThe charity warned of costs.", []),
    ("There was little confidence in Boris Johnson's plan, said Anna Novak.", ["Boris Johnson", "Anna Novak"]),
    ("Talks between Keir Starmer and Rishi Sunak ended.", ["Keir Starmer", "Rishi Sunak"]),
])
def test_the_reported_inputs(text: str, found: list[str]) -> None:
    assert people(text) == found


@settings(max_examples=examples(200), deadline=None)
@given(st.lists(TOWNS, min_size=1, max_size=4, unique=True), st.sampled_from(sorted(PLACE_PREPOSITIONS)),
       st.sampled_from(["and", "or"]), st.booleans())
def test_a_preposition_governs_its_whole_list(towns: list[str], preposition: str, last: str, again: bool) -> None:
    """"in A, B and C": no town of the list is a person, nor anywhere else in the article (`again`: the last
    town also opens the next sentence, with no context of its own)."""
    listed = towns[0] if len(towns) == 1 else f"{', '.join(towns[:-1])} {last} {towns[-1]}"
    text = f"Rivers burst their banks {preposition} {listed} overnight, the agency said."
    if again:
        text += f" {towns[-1]} also saw flooding."
    assert people(text) == [], text


@settings(max_examples=examples(100), deadline=None)
@given(st.lists(TOWNS, min_size=1, max_size=3, unique=True), PEOPLE, st.sampled_from(sorted(PLACE_PREPOSITIONS)))
def test_people_in_lists_stay_people(towns: list[str], person: str, preposition: str) -> None:
    """A person after a list's preposition with a possessive, and people in a list no preposition governs."""
    text = (f"Floods hit {preposition} {person}'s constituency on Monday. "
            f"{person} and {' and '.join(towns)} were named in the report, said Carys Lloyd.")
    found = people(text)
    assert person in found and "Carys Lloyd" in found, text


START = dt.datetime(2026, 10, 12, 9, 0, tzinfo=dt.timezone.utc)


@given(st.lists(TOWN_WORD, min_size=2, max_size=3).map(" ".join), st.booleans())
def test_a_place_in_one_article_is_a_place_in_the_archive(town: str, quoted: bool) -> None:
    """One article writes the town with no context of its own (twice, so it would be listed), another after a
    preposition: the People page lists no person of that name; quoted, it is an organisation (its council).
    (A one-word name is read only beside a speech verb or a title, where its place context is not recorded: a
    one-word town that "said" stays a person; left alone.)"""
    first = f"{town} and Abercynon also saw flooding. Roads in Abercynon closed. {town} was cut off."
    if quoted:
        first += f" \u201cWe are doing all we can,\u201d {town} said."
    texts = {"a": first, "b": f"Hearings will be held in Pontypridd and {town}, the inquiry said.",
             "c": f"{town} was cut off again, said Carys Lloyd."}
    articles = tuple(factories.article(slug, START + dt.timedelta(hours=k)) for k, slug in enumerate(texts))
    found = {slug: find_people("", text) for slug, text in texts.items()}
    listed = {p.name: p.kind for p in people_of(articles, found, ()).people}
    assert listed.get(town) == ("organisation" if quoted else None), (listed, texts)
    assert listed.get("Carys Lloyd") is None or listed["Carys Lloyd"] == "person"
