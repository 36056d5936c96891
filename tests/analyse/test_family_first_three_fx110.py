"""A Chinese or Korean name of three words written family name first is filed as written (FX110, 2026-12-07).

"Lee San Ho" was filed "ho lee san" (under Ho), as were "Kim Jong Un", "Moon Jae In", "Park Geun Hye": only two-word
names of lexicon.FAMILY_NAME_FIRST were filed as written. familynames.family_first_three now reads a first word of that
list and two given-name syllables (Chinese or Korean romanisation) as family name first; when the last word is a
family name too ("Lee San Ho", "Wei Ling Tan": a Singaporean given name first), only when the content writes the first
word alone ("Mr Lee") — precision first: as before otherwise. Western names are filed as before ("Lee Harvey Oswald",
"Lee Ann Smith", "Kim Ho King").
"""
from __future__ import annotations

from dataclasses import dataclass

import pytest
from hypothesis import given, strategies as st
from support.madeup import FAST

from briefgen.analyse.filing import sort_name
from briefgen.analyse.people import find_people, people_of
from briefgen.site.people import index_name

KOREAN_FAMILY = st.sampled_from(("Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Yoon", "Moon", "Shin", "Kwon"))
SYLLABLES = st.sampled_from(("Jae", "Min", "Ji", "Hye", "Geun", "Sung", "Yeon", "Jong", "Woo", "Seo", "Hyun", "Soo"))
ENDS = st.sampled_from(("Un", "In", "Seok", "Hee", "Bin", "Yeon", "Sik", "Hwan"))  # (no family name of the list)


@dataclass(frozen=True)
class _Slug:
    slug: str


def _listed(*articles: str) -> list[str]:
    found = {str(n): find_people("", text) for n, text in enumerate(articles)}
    return [p.name for p in people_of(tuple(_Slug(str(n)) for n in range(len(articles))), found, ()).people]


@pytest.mark.parametrize("name, filed", [
    ("Kim Jong Un", "kim jong un"), ("Moon Jae In", "moon jae in"), ("Park Geun Hye", "park geun hye"),
    ("Lee Harvey Oswald", "oswald lee harvey"), ("Lee Ann Smith", "smith lee ann"), ("Kim Ho King", "king kim ho"),
    ("Wei Ling Tan", "tan wei ling"), ("Lee San Ho", "lee san ho"),  # (no word written alone: FX121, Lee among the commonest)
])
def test_filed(name: str, filed: str) -> None:
    assert sort_name(name, "person")[0] == filed


def test_the_reported_name_with_its_family_name_written_alone() -> None:
    assert sort_name("Lee San Ho", "person", ("Lee San Ho", "Lee")) == ("lee san ho", "Lee San Ho")
    assert sort_name("Lee San Ho", "person", ("Lee San Ho", "Ho")) == ("ho lee san", "Lee San Ho")
    assert index_name("Lee San Ho", "person", ("Lee San Ho", "Lee")) == "Lee San Ho"
    listed = _listed('Lee San Ho said: "We will rebuild the plant." Mr Lee added that work would start soon.',
                     'Alan Kwok said: "The plant was old." Mr Kwok has run the union for years.')
    assert listed == ["Alan Kwok", "Lee San Ho"]  # ("Kwok" before "Lee"; under "Ho" it came first)


@FAST
@given(KOREAN_FAMILY, SYLLABLES, ENDS)
def test_a_korean_name_family_name_first(family: str, middle: str, end: str) -> None:
    name = f"{family} {middle} {end}"
    assert sort_name(name, "person") == (name.casefold(), name)
    assert index_name(name, "person") == name


@FAST
@given(KOREAN_FAMILY, st.sampled_from(("Harvey", "Ann", "Marie", "Elizabeth", "Thomas")),
       st.sampled_from(("Smith", "Oswald", "Jones", "Brown", "King", "Young")))
def test_a_western_name_by_its_surname(first: str, middle: str, surname: str) -> None:
    assert sort_name(f"{first} {middle} {surname}", "person")[0].startswith(surname.casefold())
