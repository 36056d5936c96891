"""One Japanese person in both orders and every spelling of a long vowel (T28 F3, FX90): "Hondaka Kenji" (a family
name off japanesenames.JAPANESE_FAMILY) and "Kenji Hondaka", "Ōno Takashi", "Takashi Ohno" and "Takashi Ōno", "Kōno
Tarō" and "Taro Kohno" were separate People pages, and "Hondaka Kenji" was filed "Kenji, Hondaka". The rules:
hepburn.long_vowels (ō = o = oh = ou = oo), hepburn.JAPANESE_GIVEN (a known given name second tells the family name
first), japanesenames.key_words (names.NameIndex.build's key) and long_vowel_form (the page shows the macron)."""
from __future__ import annotations


from hypothesis import assume, example, given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.hepburn import JAPANESE_GIVEN, long_marked, long_vowels
from briefgen.analyse.japanesenames import JAPANESE_FAMILY
from briefgen.analyse.names import NameIndex, names_in
from briefgen.analyse.people import filing_order, sort_name

_MORAE = ("ka", "ta", "mi", "ho", "da", "ra", "ze", "no", "shi", "be", "ga", "ku", "na", "to", "yo", "fu")
_GIVEN = ("Kenji", "Takashi", "Taro", "Akio", "Toshihiro", "Yuko", "Hiroshi", "Makoto", "Sanae", "Kazuo", "Koji",
          "Shohei", "Yosuke")
# A long o as the press writes it: with a macron, without, with an h, as the kana spell it, doubled.
_LONG_O = ("\u014d", "o", "oh", "ou", "oo")


@st.composite
def _family(draw) -> tuple[str, list[str]]:
    """A made-up Japanese family name with a long o in it, in every spelling: (its plain spelling, the spellings)."""
    before = draw(st.lists(st.sampled_from(_MORAE), min_size=0, max_size=2))
    consonant = draw(st.sampled_from(["k", "t", "s", "n", "h", "m", "y", "r", "g", "d", ""]))
    after = draw(st.lists(st.sampled_from(_MORAE), min_size=1, max_size=2))
    assume(not after[0].startswith(("y", "h")))  # ("Kohyo" is ko-hyo, "Kohho" no one writes: an h there is a syllable's)
    spellings = ["".join(before) + consonant + long + "".join(after) for long in _LONG_O]
    spellings = [s[:1].upper() + s[1:] for s in spellings]
    plain = spellings[1]
    assume(long_vowels(plain) not in JAPANESE_GIVEN and plain.lower() not in JAPANESE_FAMILY)
    assume(long_marked(plain) == plain.lower())  # (FX96: "Hooka" is no plain spelling; "Ho" + "ō" + "ka" no name)
    return plain, spellings


def _index(*texts: str) -> NameIndex:
    return NameIndex.build((), {f"a{k}": names_in("", text) for k, text in enumerate(texts)})


def _texts(names: list[str]) -> list[str]:
    return [f'"We are deeply sorry," said {name}, the chairman. The board met in Tokyo.' for name in names]


@given(_family(), st.sampled_from(_GIVEN), st.lists(st.tuples(st.sampled_from([0, 2, 4]), st.booleans()), min_size=2, max_size=4))
@example(("Hondaka", ["Hondaka"] * 5), "Kenji", [(0, True), (0, False)])
@settings(max_examples=examples(40), deadline=None)
def test_one_person_in_both_orders_and_all_long_vowels(family, given_name, written) -> None:
    """(FX94: "ou" before a consonant may be two syllables, "Ouchi": test_japanese_names_br54.py. FX96: the plain
    spelling, "Ono", is another name than the long one's, "Ohno", a macron written or not:
    test_japanese_long_vowels_br57.py.)"""
    _, spellings = family
    names = [f"{spellings[k]} {given_name}" if family_first else f"{given_name} {spellings[k]}" for k, family_first in written]
    index = _index(*_texts(names))
    assert len({index.canonical(name) for name in names}) == 1, names
    for name in names:  # filed under the family name in both orders
        assert long_vowels(sort_name(name, "person")[0].split()[0]) == long_vowels(family[0]), name


@given(_family(), st.sampled_from(_GIVEN), st.sampled_from(_GIVEN), st.booleans(), st.booleans())
@settings(max_examples=examples(30), deadline=None)
def test_two_given_names_are_two_people(family, one, other, first_order, second_order) -> None:
    """The same family name with two given names stays two people, in any order and spelling ("Sato Ken" and "Kenji
    Sato", "Kenji Hondaka" and "Kenta Hondaka")."""
    assume(long_vowels(one) != long_vowels(other))
    _, spellings = family
    a = f"{spellings[0]} {one}" if first_order else f"{one} {spellings[2]}"
    b = f"{spellings[3]} {other}" if second_order else f"{other} {spellings[1]}"
    index = _index(*_texts([a, b]))
    assert index.canonical(a) != index.canonical(b)


def test_the_reported_names() -> None:
    texts = [
        '"We are sorry," President Takashi Ohno said. Chairman Hondaka Kenji bowed. "We betrayed you," said Kōno Tarō, a lawmaker.',
        '"We are sorry," President Takashi Ōno said. Chairman Kenji Hondaka bowed. "We betrayed you," said Taro Kono, a lawmaker.',
        'Ōno Takashi, the president, spoke. Toyoda Akio and Akio Toyoda were named.']
    index = _index(*texts)
    assert index.canonical("Takashi Ohno") == index.canonical("Takashi Ōno") == index.canonical("Ōno Takashi") == "Takashi Ōno"
    assert index.canonical("Hondaka Kenji") == index.canonical("Kenji Hondaka")
    assert index.canonical("Kōno Tarō") == index.canonical("Taro Kono") == "Taro Kono"  # (a tie: given name first, BR38)
    assert index.canonical("Toyoda Akio") == index.canonical("Akio Toyoda")
    assert filing_order("Hondaka Kenji", "person") is None and filing_order("Ōno Takashi", "person") is None
    assert filing_order("Kenji Hondaka", "person") == ("Hondaka", "Kenji")


@given(st.sampled_from([("Yoko Ono", "Ono Yoko", True), ("Sato Kenji", "Kenji Sato", True), ("Sato Ken", "Kenji Sato", False),
                        ("Takashi Ono", "Takashi Oda", False), ("John Kohno", "Jon Kono", False), ("Kim Jones", "Jones Kim", False),
                        ("Sato Tanaka", "Tanaka Sato", False), ("Anna Cohen", "Anna Coen", False), ("Mika Hakkinen", "Hakkinen Mika", False),
                        ("Yumi Inoue", "Yumi Inoe", False), ("Satoh Kenji", "Kenji Satō", True),
                        ("Satoh Kenji", "Kenji Sato", False), ("Mohri Kenji", "Kenji Mori", False), ("Ouchi Hiroshi", "Ochi Hiroshi", False), ("Ohno Yōko", "Yōko Ōno", True),
                        ("Ohno Yoko", "Yōko Ōno", False)]))
def test_what_is_one_and_what_is_two(case) -> None:
    """A Japanese name's orders and long vowels are one person; two names, or a name that is not read as Japanese
    (no word on either list: "John Kohno" has one, but "John" keeps its h), are two. FX96: "Ohno Yoko" and "Yōko Ōno"
    are two (the plain "Yoko" is no "Yōko", and "Ohno" joins "Ōno" only by its own long spelling; a split, never a
    merge)."""
    a, b, same = case
    index = _index(*_texts([a, b]))
    assert (index.canonical(a) == index.canonical(b)) is same


def test_the_page_shows_the_order_more_articles_write_with_its_macron() -> None:
    """T28: "Takashi Ono" (2 articles), "Ōno Takashi" (2), "Takashi Ohno" (1), "Takashi Ōno" (1) showed "Ōno Takashi"
    (one spelling against one: the macron won); given name first is written in 4 articles, and its macron is "Takashi
    Ōno" (japanesenames.long_vowel_form)."""
    index = _index(*_texts(["Takashi Oono", "Takashi Oono", "Ōno Takashi", "Ōno Takashi", "Takashi Ohno", "Takashi Ōno"]))
    assert index.canonical("Takashi Oono") == index.canonical("Ōno Takashi") == "Takashi Ōno"  # (FX96: "Ono" is another key)
    index = _index(*_texts(["Ohno Takashi", "Ohno Takashi", "Takashi Oono"]))
    assert index.canonical("Takashi Oono") == "Ohno Takashi"  # (no macron written: the spelling more articles write)
