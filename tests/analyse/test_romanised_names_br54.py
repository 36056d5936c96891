"""`check`'s romanisation warning wants a Korean or Chinese given name (BR54, FX94): "Kim Parker"/"Kim Barker", "Lee
Tate"/"Lee Date", "Jo Parker"/"Jo Barker" were warned as one name romanised two ways, since any family name of
romanisations.FAMILY_GROUPS written first made a reading and `loose` writes p/b, t/d, k/g alike
(romanisations.east_asian_given)."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.romanisations import romanised_pairs

_ENGLISH = ("Parker", "Barker", "Tate", "Date", "Carter", "Porter", "Baker", "Potter", "Butler", "Turner", "Tucker",
            "Cooper", "Hooper", "Pickett", "Becket", "Tilden", "Bond", "Todd", "Gates", "Hart", "Ward", "Kidd", "Kemp",
            "Gibbs", "Piper", "Tyler", "Taggart", "Doyle", "Dickens", "Kate", "Pete", "Jude", "Grant", "Kent", "Bates")
_SWAP = {"p": "b", "b": "p", "t": "d", "d": "t", "k": "g", "g": "k", "c": "g"}


def test_the_reported_pairs() -> None:
    assert romanised_pairs(["Kim Parker", "Kim Barker", "Lee Tate", "Lee Date", "Jo Parker", "Jo Barker"]) == []
    assert ("Lee Jae-hoon", "Yi Jae-hoon") in romanised_pairs(["Yi Jae-hoon", "Lee Jae-hoon"])  # (T28, still)
    assert ("Chang Wei-ming", "Zhang Weiming") in romanised_pairs(["Zhang Weiming", "Chang Wei-ming"])


@given(st.sampled_from(["Kim", "Lee", "Jo", "Park", "Choi", "Li", "Yi", "Chang", "Ko", "Go", "Oh", "Chung"]),
       st.sampled_from(["Kim", "Lee", "Jo", "Park", "Choi", "Li", "Yi", "Chang", "Ko", "Go", "Oh", "Chung"]),
       st.sampled_from(_ENGLISH), st.integers(0, 7), st.booleans())
@settings(max_examples=examples(60), deadline=None)
def test_a_korean_family_name_and_an_english_name_are_never_warned(one, other, word, at, last) -> None:
    """A Korean family name's spellings with an English surname or given name, one consonant voiced or not."""
    at = at % len(word)
    low = word.lower()
    swapped = low[:at] + _SWAP.get(low[at], low[at]) + low[at + 1:]
    names = [f"{one} {word}", f"{other} {swapped.capitalize()}"]
    if last:
        names = [f"{word} {one}", f"{swapped.capitalize()} {other}"]
    assert romanised_pairs(names) == [], names
