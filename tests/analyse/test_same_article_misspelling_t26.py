"""A lone surname one slip from the surname of a full name in its own article is flagged whatever the archive's
counts (samearticlespelling.py; T26 F10: "Comrade Joe Ajaero told reporters … “…,” Ajearo said." in one article and
a bare "Ajaero" in one other was 1 against 1, under spelling.MIN_RATIO, and not flagged)."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from support import factories
from support.examples import examples

from briefgen.analyse.lexicon import MONTHS_DAYS, ORG_NAMES, PLACES, ROLE_NOUNS, STOPWORDS, TITLE_WORDS
from briefgen.analyse.people import find_people, people_of
from briefgen.analyse.spelling import misspellings

SYLLABLES = ("zo", "ku", "vi", "nje", "ya", "tsu", "bo", "mi", "ja", "lo", "wu", "fe")
_LISTED = STOPWORDS | TITLE_WORDS | PLACES | ROLE_NOUNS | ORG_NAMES | MONTHS_DAYS
word = (st.lists(st.sampled_from(SYLLABLES), min_size=2, max_size=3).map(lambda parts: "".join(parts).capitalize())
        .filter(lambda w: w.lower() not in _LISTED))
surname = st.lists(st.sampled_from(SYLLABLES), min_size=3, max_size=3).map(lambda parts: "".join(parts).capitalize())


def _suggested(bodies: dict[str, str]) -> set[tuple[str, str, str]]:
    articles = tuple(factories.article(slug) for slug in bodies)
    found = {slug: find_people("Strike", body) for slug, body in bodies.items()}
    return {(s.article, s.surface, s.suggestion) for s in misspellings(people_of(articles, found, ()).index)}


def test_the_reported_article() -> None:
    bodies = {"abh-strike": "Comrade Joe Ajaero told reporters the strike would go on. “If one worker is touched, all of "
                            "us are touched,” Ajearo said.",
              "sentinel-subsidy": "“Nigerian workers cannot carry this burden alone,” Ajaero said on Monday."}
    assert ("abh-strike", "Ajearo", "Ajaero") in _suggested(bodies)


@settings(max_examples=examples(60), deadline=None)
@given(word, surname, st.integers(min_value=1, max_value=4))
def test_a_slip_beside_the_full_name_is_flagged(given_name: str, name: str, at: int) -> None:
    slipped = name[:at] + name[at + 1] + name[at] + name[at + 2:]  # two neighbours swapped
    if slipped.lower() == name.lower():
        return
    bodies = {"a": f"{given_name} {name} told reporters the strike would go on. “We stay out,” {slipped} said.",
              "b": f"“We will talk,” {name} said on Monday."}
    assert ("a", slipped, name) in _suggested(bodies)
    right = {"a": f"{given_name} {name} told reporters the strike would go on. “We stay out,” {name} said."}
    assert not _suggested(right)


@settings(max_examples=examples(30), deadline=None)
@given(word, word, surname)
def test_two_fitting_full_names_flag_nothing(one: str, other: str, name: str) -> None:
    twin, slipped = name[:2] + "r" + name[3:], name[:2] + "x" + name[3:]  # one letter from each other and from `name`
    if len({one, other}) < 2:
        return
    bodies = {"a": f"{one} {name} and {other} {twin} met the union. “We stay out,” {slipped} said."}
    assert not {s for s in _suggested(bodies) if s[1] == slipped}
