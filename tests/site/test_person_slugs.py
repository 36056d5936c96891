"""People's page addresses: unique, and the plain slug goes to the person, not to a misspelling.

A trial (2026-12-03): "Ingrid Sorlie", a misspelling in one article, sorted before "Ingrid Sørlie", named in
seven, and took people/ingrid-sorlie/; her page was people/ingrid-sorlie-2/ and would move once the typo was
fixed. Property: for names that share a slug (accents, case, punctuation), every address is unique, and the
plain one goes to the declared name, else the one named in the most articles.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.names import NameIndex
from briefgen.analyse.people import PeopleFound, PersonFound, sort_name
from briefgen.site.people import person_urls
from briefgen.site.urls import slugify

SPELLINGS = ("Ingrid Sørlie", "Ingrid Sorlie", "ingrid sorlie", "Ingrid Sörlie", "Ingrid  Sorlie", "Ingrid-Sorlie",
             "Li Hui", "Li-Hui", "Li Hui 2", "Lí Huì")


def found(names: list[tuple[str, int, bool]]) -> PeopleFound:
    people = tuple(PersonFound(name, "person", declared, tuple(f"a{k}" for k in range(count)), (), ())
                   for name, count, declared in sorted(names, key=lambda n: sort_name(n[0], "person")))
    return PeopleFound(people, NameIndex({}, {}, ()), {}, {})


@settings(max_examples=examples(200), deadline=None)
@given(st.lists(st.tuples(st.sampled_from(SPELLINGS), st.integers(1, 9), st.booleans()), min_size=1, max_size=6,
                unique_by=lambda n: n[0]))
def test_addresses_are_unique_and_the_plain_one_is_the_persons(names: list[tuple[str, int, bool]]) -> None:
    urls = person_urls(found(names))
    assert len(set(urls.values())) == len(urls) == len(names)
    for base in {slugify(name, fallback="person") for name, _, _ in names}:
        sharing = [n for n in names if slugify(n[0], fallback="person") == base]
        best = max(sharing, key=lambda n: (n[2], n[1]))
        if sum(1 for n in sharing if (n[2], n[1]) == (best[2], best[1])) == 1:
            assert urls[best[0]] == f"people/{base}/"


def test_the_reported_misspelling() -> None:
    urls = person_urls(found([("Ingrid Sørlie", 7, False), ("Ingrid Sorlie", 1, False)]))
    assert urls == {"Ingrid Sørlie": "people/ingrid-sorlie/", "Ingrid Sorlie": "people/ingrid-sorlie-2/"}
