"""A Spanish or Portuguese compound surname opened by a saint's word is filed under it (T29 F11, FX100, 2026-12-07):
the People index filed "Elena San Martín" as "Martín, Elena San" (under M) while "Rafael Santa Cruz" filed as "Santa
Cruz, Rafael" — only because familynames read "Santa" as the first of two surnames, and "San" is a Vietnamese syllable
that it skips. filing.surname_start now opens the surname at San/Santa/Santo/São before the last word, and such a word
is no first surname ("Santa" alone is nobody's reference form)."""
from __future__ import annotations

from hypothesis import given, strategies as st

from briefgen.analyse.filing import sort_name
from briefgen.analyse.namekeys import reference_forms
from support.madeup import FAST, word


def test_t29_elena_san_martin_files_under_san_martin() -> None:
    assert sort_name("Elena San Martín", "person", ("Elena San Martín", "San Martin"))[0] == "san martín elena"
    assert sort_name("Juan San Román", "person")[0] == "san román juan"
    assert sort_name("Rafael Santa Cruz", "person")[0] == "santa cruz rafael"  # (as before)
    assert sort_name("José de San Martín", "person")[0] == "san martín josé de"  # (as before)


def test_a_saints_word_is_no_first_surname() -> None:
    assert "Santa" not in reference_forms(["Rafael", "Santa", "Cruz"])
    assert "San Martín" in reference_forms(["Elena", "San", "Martín"])


@FAST
@given(st.sampled_from(("Elena", "Juan", "Lucía", "Mateus", "Ana")), st.sampled_from(("San", "Santa", "Santo", "São")),
       word.map(lambda w: f"{w}ón") | st.sampled_from(("Martín", "Cruz", "Juan", "José", "Román", "João")))
def test_saint_compound_surnames_file_under_the_saint(given_name: str, saint: str, last: str) -> None:
    # (FX106 narrowed the last word to an accented one or a listed saint's: "Lee San Ho" is no saint's compound)
    assert sort_name(f"{given_name} {saint} {last}", "person")[0] == f"{saint} {last} {given_name}".casefold()


@FAST
@given(word, word)
def test_a_saint_not_before_the_last_word_changes_nothing(first: str, last: str) -> None:
    # ("Aung San" style: "San" as the last word is the surname itself)
    assert sort_name(f"{first} {last} San", "person")[0] == f"san {first} {last}".casefold()
