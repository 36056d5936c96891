"""Slugs of names keep every Latin letter (site/urls.slugify).

A trial on a Nordic fisheries briefing: "Kringvarp Føroya" became sources/kringvarp-froya/,
"Ingrid Sørbø-Halvorsen" people/ingrid-srb-halvorsen/, "Erin Priddle-Østby" people/erin-priddle-stby/:
letters that Unicode decomposition keeps whole (ø, æ, ß, ł, ð, þ …) were dropped by the ASCII
encoding, while the search already folded them (render/searchtext.FOLD).
"""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefgen.render.searchtext import FOLD
from briefgen.site.urls import LETTER_FOLD, is_slug, slugify

LETTERS = "abcdefghijklmnopqrstuvwxyzàáâãäåçèéêëìíîïñòóôõöùúûüýÿāăąćčďēęěğīįľńňőřśşšţťūůűźżž" + "".join(LETTER_FOLD)
name = st.text(alphabet=st.sampled_from(LETTERS + LETTERS.upper() + " -'’."), min_size=1, max_size=30)


@given(name)
def test_every_latin_letter_of_a_name_is_in_its_slug(text: str) -> None:
    letters = sum(ch.isalpha() for ch in text)
    slug = slugify(text)
    if letters:
        assert is_slug(slug), (text, slug)
        assert len(slug.replace("-", "")) >= letters, (text, slug)


@pytest.mark.parametrize(("text", "slug"), [
    ("Kringvarp Føroya", "kringvarp-foroya"),
    ("Ingrid Sørbø-Halvorsen", "ingrid-sorbo-halvorsen"),
    ("Erin Priddle-Østby", "erin-priddle-ostby"),
    ("Ola Bjørnstad-Eide", "ola-bjornstad-eide"),
    ("Ólafur Þórðarson", "olafur-thordarson"),
    ("Süddeutsche Zeitung", "suddeutsche-zeitung"),
    ("Frankfurter Allgemeine, Straße", "frankfurter-allgemeine-strasse"),
    ("Gazeta Wyborcza: Łukasz Żółw", "gazeta-wyborcza-lukasz-zolw"),
])
def test_the_trial_names(text: str, slug: str) -> None:
    assert slugify(text) == slug


def test_urls_and_search_fold_letters_by_one_table() -> None:
    assert FOLD == LETTER_FOLD
