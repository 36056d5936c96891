"""A Japanese name written family name first is the same person as its words in the other order (T25 F3, 2026-12-07):
"Prime Minister Kishida Fumio" (a Tokyo paper) and "Japanese Prime Minister Fumio Kishida" (Reuters), "Saito Ken"
and "Ken Saito", were two People pages each; japanesenames.JAPANESE_FAMILY served only the filing order. The rule:
japanesenames.given_first, keyed by names.NameIndex.build as a Hungarian name's (hungariannames.py)."""
from __future__ import annotations

from hypothesis import example, given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.names import NameIndex, names_in
from briefgen.analyse.people import filing_order

_FAMILY = ("Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Kobayashi", "Takeda", "Kishida",
           "Ishiba", "Koizumi", "Saito", "Nakano", "Matsumoto", "Fujiwara")
_GIVEN = ("Haruki", "Fumio", "Shinzo", "Kenji", "Akira", "Hiroshi", "Yoshihide", "Sanae", "Taro", "Ken", "Hiromasa",
          "Shigeru", "Yuko", "Kazuo")
_TITLE = st.sampled_from(["Prime Minister", "Economy Minister", "Mr", "Professor", "spokesman", "Ambassador"])


def _index(*texts: str) -> NameIndex:
    return NameIndex.build((), {f"a{k}": names_in("", text) for k, text in enumerate(texts)})


@given(st.sampled_from(_FAMILY), st.sampled_from(_GIVEN), _TITLE, st.booleans())
@example("Kishida", "Fumio", "Prime Minister", False)
@example("Saito", "Ken", "Economy Minister", True)
@settings(max_examples=examples(80), deadline=None)
def test_both_orders_are_one_person(family: str, given_name: str, title: str, more_family_first: bool) -> None:
    family_first, western = f"{family} {given_name}", f"{given_name} {family}"
    texts = [f'{title} {family_first} told reporters the measures were "narrow and defensive". Mr {family} spoke in Tokyo.',
             f'Japanese {title} {western} said the rules were "in line with our allies".']
    texts.append(f"{title} {family_first if more_family_first else western} visited Seoul on Monday.")
    index = _index(*texts)
    shown = index.canonical(family_first)
    assert shown == index.canonical(western) == (family_first if more_family_first else western), texts
    assert filing_order(family_first, "person") is None and filing_order(western, "person") == (family, given_name)


@given(st.sampled_from([("Kim", "Jones"), ("Abe", "Fortas"), ("Mori", "Smith"), ("Sato", "Tanaka"),
                        ("Lee", "Ken"), ("Ito", "Christopher")]))
def test_other_names_in_both_orders_stay_apart(pair: tuple[str, str]) -> None:
    """No join without a Japanese family name first and a Japanese given name after it that is no family name: a
    given name and an English surname ("Kim Jones", "Abe Fortas", "Mori Smith"), two family names ("Sato Tanaka": which is it?), a
    word no Hepburn spelling writes."""
    first, second = pair
    index = _index(f'"We are ready," said {first} {second}, the spokesman.',
                   f'"We are ready," said {second} {first}, the spokesman.')
    assert index.canonical(f"{first} {second}") != index.canonical(f"{second} {first}")
