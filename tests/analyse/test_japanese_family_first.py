"""A Japanese name written family name first is filed as written (japanesenames.py; issue 9, T12, 2026-12-06): the
People index filed the engineer "Takeda Haruki" as "Haruki, Takeda" under H. Given name first ("Haruki Takeda") is
still filed under the family name, and a name that does not sound Japanese is filed as before."""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.people import filing_order, sort_name

_FAMILY = ("Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Kobayashi", "Takeda", "Kishida",
           "Ishiba", "Koizumi", "Hatoyama", "Nakasone", "Matsumoto", "Fujiwara", "Ono")
_GIVEN = ("Haruki", "Fumio", "Shinzo", "Yoko", "Kenji", "Akira", "Naomi", "Hiroshi", "Yoshihide", "Sanae", "Taro",
          "Ichiro", "Shigeru", "Yuko", "Kazuo", "Jun")


def test_the_reported_input():
    assert filing_order("Takeda Haruki", "person") is None
    assert sort_name("Takeda Haruki", "person")[0] == "takeda haruki"
    assert filing_order("Haruki Takeda", "person") == ("Takeda", "Haruki")


def test_what_must_not_change():
    assert filing_order("Park Seo-yeon", "person") is None
    assert filing_order("Yoko Ono", "person") == ("Ono", "Yoko")
    assert filing_order("Abe Fortas", "person") == ("Fortas", "Abe")
    assert filing_order("Mori Smith", "person") == ("Smith", "Mori")
    assert filing_order("Kato Tanaka Smith", "person") == ("Smith", "Kato Tanaka")


@FAST
@given(st.sampled_from(_FAMILY), st.sampled_from(_GIVEN), word)
def test_a_japanese_family_name_first_is_filed_as_written(family, given_name, other):
    assert filing_order(f"{family} {given_name}", "person") is None
    assert filing_order(f"{given_name} {family}", "person") == (family, given_name)
    assert filing_order(f"{other} {family}", "person") == (family, other)
    assert filing_order(f"{family} {other}x", "person") == (f"{other}x", family)  # (no Hepburn syllable ends in x)
    assert filing_order(f"{family} {other}-{other}", "person") == (f"{other}-{other}", family)
