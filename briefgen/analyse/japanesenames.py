"""A Japanese name written family name first ("Takeda Haruki"), told by a closed list and the sound of both words
(issue 9, T12, 2026-12-06).

    japanese_family_first(["Takeda", "Haruki"])   # -> True: filed as written, under T
    japanese_family_first(["Haruki", "Takeda"])   # -> False: given name first, filed "Takeda, Haruki"

lexicon.FAMILY_NAME_FIRST holds Chinese, Korean and Taiwanese family names, which a two-word name opens with only
when written family name first; a Japanese family name may open either order, since the press writes Japanese names
both ways (the Japanese government has asked for family name first since 2019; many outlets keep given name first).
T12's "Takeda Haruki" (an engineer, five articles) was filed "Haruki, Takeda" under H. A two-word name is read family
name first only when its first word is one of `JAPANESE_FAMILY` and its second is not (a family name second is the
given-name-first order: "Haruki Takeda", "Yoko Ono"), and both words are spelled as Hepburn romanisation spells
Japanese, syllable by syllable (`_MORAE`: consonant(s) and a vowel, or a closing n; "Takeda", "Haruki", "Shinzo",
"Fumio" — not "Smith", "Abel", "Christopher"). `JAPANESE_FAMILY`: the commonest Japanese family names (the first
hundred or so of the ranking of family names by bearers, myoji-yurai.net, as the press romanises them without
macrons) and those of post-war prime ministers; not "Abe" or "Kan", which are given names or Chinese family names in
English texts. A name of other words is filed as before. Used by people.filing_order (and so by sort_name).

Such a name is also the same person as its words in the other order (`given_first`, FX65, T25 F3: "Prime Minister
Kishida Fumio" in a Tokyo paper and "Fumio Kishida" in Reuters, "Saito Ken" and "Ken Saito", were two people pages
each), as a Hungarian name written family name first is (hungariannames.py, whose rules for showing and filing
hold): the family-name lexicon says which word is the family name, so both orders are one name; the one the
briefing's articles write more often is shown (of as many, the given-name-first one, which sorts first), the other
is "also written as"; the index files the family-name-first form as written and the other under the family name,
both under K. Two people whose names are the same two words in two orders cannot be told apart, as two "John
Smith"s cannot.

A family name off the list is read first when the word after it is a Japanese given name (hepburn.JAPANESE_GIVEN) and
it is none ("Hondaka Kenji", "Toyoda Akio", "Mibe Toshihiro"), and long vowels are read in every spelling, in the list
lookups and in the key (`key_words`: "Ōno Takashi", "Takashi Ohno", "Kōno Tarō", "Taro Kohno": hepburn.long_vowels)
of a name that sounds Japanese with a word on either list (`japanese`); T28 F3, FX90: each was a page of its own. The
page shows the order more articles write, in any spelling, with its macron if one is written (`long_vowel_form`).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Sequence

from briefgen.analyse import hungariannames
from briefgen.analyse.givensex import EITHER_SEX, given_sex
from briefgen.analyse.hepburn import GIVEN_AND_FAMILY, JAPANESE_GIVEN, OTHER_GIVEN, long_marked, long_vowels
from briefgen.analyse.namekeys import fold

JAPANESE_FAMILY = frozenset("""
sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida yamada sasaki yamaguchi matsumoto
inoue kimura hayashi shimizu yamazaki mori ikeda hashimoto yamashita ishikawa nakajima maeda fujita ogawa goto okada
hasegawa murakami kondo ishii saito sakamoto endo aoki fujii nishimura fukuda ota miura fujiwara okamoto matsuda
nakagawa nakano harada ono tamura takeuchi kaneko wada nakayama ishida ueda morita hara shibata sakai kudo yokoyama
miyazaki miyamoto uchida takagi ando taniguchi ohno maruyama imai takada fujimoto takeda murata ueno sugiyama masuda
sugawara hirano kojima otsuka chiba kubo matsui iwasaki sakurai kinoshita noguchi matsuo kikuchi nomura arai
kishida suga koizumi hatoyama noda aso obuchi ishiba takaichi kono motegi nakasone miyazawa hosokawa murayama
""".split())
# Hepburn syllables: an optional consonant (or digraph, a doubled consonant before it) and a vowel (long vowels as
# ō, ū, ou, oh, or doubled), or a syllable-closing n; apostrophes and hyphens are no part of these names.
# An h closes a syllable only as a long o's, before a syllable's consonant or at the end ("Ohno", "Satoh"; not "John",
# "Kahn", "Bohn": FX94, BR54).
_MORAE = re.compile(r"(?:(?:[kgsztdnhbpmr]y|sh|ch|ts|[kgsztdnhbpmrwyfj]|kk|ss|tt|pp|tch)?"
                    r"(?:[aiueōū]|o(?:h(?=$|[bcdfgjkmnprstwz]h?[aiueoy]))?)|n)+")


def sounds_japanese(word: str) -> bool:
    """Whether a word is capitalised and spelt as Hepburn spells Japanese, syllable by syllable (`_MORAE`)."""
    return len(word) > 1 and word[:1].isupper() and word[1:].islower() and _MORAE.fullmatch(fold(word)) is not None


_FAMILY = frozenset(long_vowels(name) for name in JAPANESE_FAMILY)  # ("ohno" is "ono", "kono" "kōno")


def japanese_family_first(words: Sequence[str]) -> bool:
    """Whether the two words of a name are a Japanese family name and a given name after it (module docstring): the
    first of `JAPANESE_FAMILY` and the second none, or the second of hepburn.JAPANESE_GIVEN and the first none of
    either list; long vowels read in any spelling ("Ōno Takashi", "Kohno Taro": hepburn.long_vowels)."""
    if len(words) != 2 or not (sounds_japanese(words[0]) and sounds_japanese(words[1])):
        return False
    first, second = long_vowels(words[0]), long_vowels(words[1])
    return (first in _FAMILY and second not in _FAMILY or second in JAPANESE_GIVEN and second not in GIVEN_AND_FAMILY
            and not {first, fold(words[0])} & (JAPANESE_GIVEN | OTHER_GIVEN | _FAMILY) and not western_given(words[0]))


def western_given(word: str) -> bool:
    """Whether `word` is a Western given name (givensex's lists: "Maria", "John", "Kim"), and no Japanese one."""
    return bool(given_sex(word) or fold(word) in EITHER_SEX) and long_vowels(word) not in JAPANESE_GIVEN


def given_first(words: Sequence[str]) -> list[str]:
    """A name's words with a Japanese or Hungarian family name written first put last ("Kishida Fumio" → ["Fumio",
    "Kishida"], "Nagy László" → ["László", "Nagy"]), the order in which `names.NameIndex.build` keys a person; other
    names' words as they are ("Fumio Kishida", "Haruki Takeda", "Xi Jinping")."""
    return [words[1], words[0]] if japanese_family_first(words) else hungariannames.given_first(words)


def _plain(words: Sequence[str]) -> tuple[str, ...]:
    return tuple(fold(long_marked(word)) for word in words)


def long_vowel_evidence(names: Iterable[str]) -> frozenset[tuple[str, ...]]:
    """The Japanese names (`japanese`) of `names` (full names as written) that are written with a macron or
    circumflex, given name first and their long vowels plain (("Takashi", "ono") of "Ōno Takashi"): `key_words`'s
    evidence that a long vowel's other spellings of the same name are that name (FX94)."""
    return frozenset(_plain(ordered) for name in names if not name.isascii() and any(
        mark in name for mark in "\u014d\u00f4\u016b\u00fb\u014c\u00d4\u016a\u00db") and japanese(ordered := given_first(name.split())))


def key_words(words: Sequence[str], attested: Collection[tuple[str, ...]] = frozenset()) -> list[str]:
    """`given_first(words)`, and for a Japanese name (`japanese`) its long vowels in one spelling: the words
    `names.NameIndex.build` keys a person by (T28 F3, FX90). A long vowel that cannot be two syllables
    (hepburn.long_marked: "Ohno", "Oono", "Satoh", "Ōno") is written "oh"/"uu" ("Takashi Ohno" → ["Takashi", "Ohno"]),
    and plain ("Taro Kohno", "Kōno Tarō" → ["Taro", "Kono"]) only where the briefing writes the name with a macron
    (`attested`: long_vowel_evidence of its names), as the plain spelling may be another name ("Mohri", 毛利, and
    "Mori", 森; "Mōri" and "Mori" were one key before FX90: the press drops macrons); "Ouchi" (O-uchi) stays "Ouchi",
    never "Ochi" (FX94, BR54)."""
    ordered = given_first(words)
    if not japanese(ordered):
        return ordered
    if _plain(ordered) in attested:
        return [word.capitalize() for word in _plain(ordered)]
    return [long_marked(word).replace("\u014d", "oh").replace("\u016b", "uu").capitalize() for word in ordered]


JAPANESE_KEYS = _FAMILY | JAPANESE_GIVEN  # (hepburn.long_vowels: "ono", "kono", "sato", "kenji")


def japanese_word(word: str) -> bool:
    """Whether one word is a Japanese name of either list, long vowels in any spelling ("Ohno", "Kohno", "Satoh";
    not "Goh", "Koh", "Noh", "Mohsen", "Rohde", which sound Japanese: FX94, BR54), for search's long-vowel spellings
    (render/searchhepburn.py; search.js reads `JAPANESE_KEYS` from the manifest)."""
    return sounds_japanese(word) and long_vowels(word) in JAPANESE_KEYS


def japanese(words: Sequence[str]) -> bool:
    """Whether a name reads as Japanese: two words that sound Japanese, one of them of `JAPANESE_FAMILY` or
    hepburn.JAPANESE_GIVEN (long vowels in any spelling)."""
    if len(words) != 2 or not (sounds_japanese(words[0]) and sounds_japanese(words[1])):
        return False
    first, second = long_vowels(words[0]), long_vowels(words[1])
    return bool({first, second} & JAPANESE_KEYS)


def long_vowel_form(spellings: Sequence[str], chosen: str, count: Callable[[str], int]) -> str:
    """The spelling to show of one Japanese person's names as written (`spellings`; `chosen`: the index's choice by
    spelling; `count`: a spelling's articles), when `chosen` is `japanese`: of the order more articles write in any
    spelling (of as many, given name first, as for one spelling: BR38), the spelling with a macron or circumflex
    (copy drops them and never adds them, as namekeys.accented_form's accents), else the one more articles write,
    else the one without a long vowel's h, u or doubled letter ("Taro Kono", not "Taro Kohno"): "Takashi Ōno" of
    "Takashi Ono" (2 articles), "Ōno Takashi" (2), "Takashi Ohno" (1) and "Takashi Ōno" (1), T28. Else `chosen`."""
    words = chosen.split()
    if not japanese(words):
        return chosen
    attested = long_vowel_evidence(spellings)
    same = [name for name in spellings if key_words(name.split(), attested) == key_words(words, attested)]
    family_first = {name: given_first(name.split()) != name.split() for name in same}
    ahead = sum(count(name) for name in same if family_first[name]) > sum(count(name) for name in same if not family_first[name])
    return max((name for name in same if family_first[name] == ahead), key=lambda name: (
        sum(not c.isascii() for c in name), count(name), [long_vowels(w) for w in name.split()] == name.lower().split(),
        -spellings.index(name)), default=chosen)
