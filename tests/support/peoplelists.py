"""The People page's entries of a few article texts, read as a build reads them (find_people per article, then
people_of over all): `listed_people(articles)` → {name: spellings}. Shared by the acronym tests of FX30 and FX35."""
from __future__ import annotations

from dataclasses import dataclass

from briefgen.analyse.people import find_people, people_of


@dataclass(frozen=True)
class _Slug:
    slug: str


def listed_people(articles: list[str]) -> dict[str, tuple[str, ...]]:
    """Each listed person's or organisation's name and the spellings shown for it, over `articles` (plain texts)."""
    found = {str(n): find_people("", text) for n, text in enumerate(articles)}
    people = people_of(tuple(_Slug(str(n)) for n in range(len(articles))), found, ())  # type: ignore[arg-type]
    return {p.name: p.spellings for p in people.people}
