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
lookups (hepburn.long_vowels), and in the key every spelling that must be long (`key_words`: "Ōno Takashi", "Takashi
Ohno", "Takashi Oono"; "Kōno Tarō", "Kohno Tarou") of a name that sounds Japanese with a word on either list
(`japanese`); T28 F3, FX90: each was a page of its own. The plain spelling ("Takashi Ono", "Taro Kono") is a key of its
own, a macron or not elsewhere in the briefing: it may be another name (小野 and 大野; FX96, BR57). The
page shows the order more articles write, in any spelling, with its macron if one is written (`long_vowel_form`).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

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


def key_words(words: Sequence[str]) -> list[str]:
    """`given_first(words)`, and for a Japanese name (`japanese`) its long vowels in one spelling: the words
    `names.NameIndex.build` keys a person by (T28 F3, FX90). A long vowel that cannot be two syllables
    (hepburn.long_marked: "Ohno", "Oono", "Ôno", "Ōno", "Satoh", "Satou") is written "oh"/"uu" ("Takashi Ōno" →
    ["Takashi", "Ohno"], "Kōno Tarō" → ["Taroh", "Kohno"]); a plain spelling stays plain, word by word, even where
    the briefing writes the name with a macron: "Ono" (小野) is not "Ōno" (大野), "Mori" (森) not "Mōri" or "Mohri"
    (毛利), "Yuko" (裕子) not "Yūko" (優子), and copy that drops a macron cannot be told from another name (FX96, BR57:
    a macron on one word joined the plain spellings of the other, "Yūko Mori" and "Yuko Mohri"; and a macron
    joined "Ono" to "Ohno"). "Ouchi" (O-uchi) stays "Ouchi", never "Ochi" (FX94, BR54)."""
    ordered = given_first(words)
    if not japanese(ordered):
        return ordered
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
    "Takashi Ono" (2 articles), "Ōno Takashi" (2), "Takashi Ohno" (1) and "Takashi Ōno" (1), T28, were they one person
    (they are two, "Ono" and the rest, since FX96: key_words). Else `chosen`."""
    words = chosen.split()
    if not japanese(words):
        return chosen
    same = [name for name in spellings if japanese(name.split())]
    family_first = {name: given_first(name.split()) != name.split() for name in same}
    ahead = sum(count(name) for name in same if family_first[name]) > sum(count(name) for name in same if not family_first[name])
    return max((name for name in same if family_first[name] == ahead), key=lambda name: (
        sum(not c.isascii() for c in name), count(name), [long_vowels(w) for w in name.split()] == name.lower().split(),
        -spellings.index(name)), default=chosen)


def long_vowel_pairs(names: Sequence[str]) -> list[tuple[str, str]]:
    """(one, other), `one` sorting first, for each two of `names` (the People list's person names, each once) that are
    one Japanese name (`japanese`) but for a long vowel written short ("Takashi Ono", "Taro Kono") and long ("Takashi
    Ōno", "Takashi Ohno", "Kōno Tarō"), in either order, one word of the two so ("Yūko Mori" and "Yuko Mohri", both, are no pair): `key_words` keeps them apart, since the plain spelling may be
    another name (小野 and 大野), and `briefgen check` names them for the editor, who knows (advice._romanised; FX96,
    BR57, as romanisations.romanised_pairs names a Korean or Chinese name romanised two ways). Pure."""
    by_key: dict[tuple[str, ...], list[str]] = {}
    for name in sorted(set(names)):
        ordered = given_first(name.split())
        if japanese(ordered):
            by_key.setdefault(tuple(long_vowels(word) for word in ordered), []).append(name)
    return [(one, other) for bearers in by_key.values() for at, one in enumerate(bearers) for other in bearers[at + 1:]
            if sum(a != b for a, b in zip(key_words(one.split()), key_words(other.split()))) == 1]
