"""Japanese names in Hepburn romanisation: one spelling for a long vowel, and the commonest given names.

    long_vowels("Ōno") == long_vowels("Ohno") == long_vowels("Ouno") == long_vowels("Oono") == "ono"
    long_vowels("Kōno") == long_vowels("Kohno") == "kono";  long_vowels("Satoh") == "sato"
    long_vowels("Inoue") == "inoue"   # i-no-u-e: a u before a vowel is a syllable of its own
    "kenji" in JAPANESE_GIVEN

The press writes a long vowel of a Japanese name five ways: with a macron (Hepburn: "Ōno", "Kōno Tarō"), without
it ("Ono", "Kono Taro", the commonest in English copy), with an h ("Ohno", "Kohno", "Satoh": the spelling of
Japanese passports, which let a holder choose it), as the kana spell it ("Ouno", "Satou": wāpuro romanisation) or
doubled ("Oono", "Yuuki"); a circumflex ("Tôkyô", Kunrei-shiki) is a macron's stand-in. T28 (F3, FX90) found
"Takashi Ohno" and "Takashi Ōno", "Taro Kohno" and "Kōno Tarō", as two people each. `long_vowels` writes every such
spelling as the one without a mark: an "oh" before a syllable's consonant or at the end, an "ou" before a consonant
or at the end, "oo" and "uu". It is meant for a word already read as Japanese (japanesenames.py: two words that
sound Japanese, one of them on a list): "John" keeps its h (an "n" that closes the word opens no syllable), but
"Cohen" would not, so the caller decides. The folding joins what the plain spelling joins already ("Ōno" and "Ono",
which may be two family names, 大野 and 小野, were one key before it, as the press's "Ono" writes both).

`JAPANESE_GIVEN`: the commonest Japanese given names (men's and women's, of the birth-year name rankings of Meiji
Yasuda's annual survey for 1930–2000 and the given names of post-war prime ministers, chief executives and athletes
in the English-language press), without macrons, leaving out the short ones that are also other languages' given
names or family names ("Ken", "Jun", "Shin", "Mai", "Mika", "Emi", "Rina", "Nana", "Sara", "Kai") and those that are
Japanese family names too ("Izumi", "Sakura"): a name whose
second word is one of them and whose first is none is written family name first ("Hondaka Kenji", "Toyoda Akio").
"""
from __future__ import annotations

import re
import unicodedata

from briefgen.analyse.namekeys import fold

JAPANESE_GIVEN = frozenset("""
akihiko akihiro akinori akio akira atsushi daiki daisuke eiichi eiji fumihiko fumio goro hajime haruhiko haruki haruto
hayato hideaki hideki hideo hidetoshi hikaru hiroaki hirofumi hirohito hiroki hiromasa hironori hiroshi hirotaka
hiroto hiroyuki hisashi ichiro isamu jiro junichi junichiro junji kaito katsuhiro katsuya kazuhiko kazuhiro kazuki
kazunori kazuo kazuya keiichi keiji keisuke kenichi kenichiro kenji kenjiro kensuke kenta kentaro kenzo kiyoshi
koichi koichiro koji kosuke kotaro kunio makoto mamoru manabu masaaki masahiko masahiro masaki masanori masao masaru
masashi masato masayoshi masayuki minoru mitsuo mitsuru naoki naoto naruhito nobuhiro nobuo nobuyuki noboru norihiro
osamu ryohei ryoichi ryosuke ryota ryuichi ryuji sadao saburo satoru satoshi seiichi seiji shigeo shigeru shinichi
shinji shinjiro shintaro shinzo shohei shoji shota shuichi shunsuke sota susumu tadashi takahiro takao takashi
takayuki takeshi takumi takuya taro tatsuya tetsuro tetsuya tomoaki tomohiro tomoyuki toru toshiaki toshihiro toshio
toshiyuki tsutomu tsuyoshi yasuhiro yasuo yasushi yoichi yoshiaki yoshihide yoshihiko yoshihiro yoshimasa yoshinori
yoshio yoshiro yoshitaka yosuke yuichi yuichiro yuji yukio yusuke yuta yutaka yuto
aiko akiko asako atsuko ayaka ayako ayumi chiaki chieko chihiro emiko eriko etsuko fumiko hanako haruka haruko harumi
hideko hiroko hisako hitomi kanako kaori kaoru kazuko keiko kimiko kiyoko kumiko kyoko machiko makiko mariko
masako masami mayumi megumi michiko midori mieko misaki mitsuko miyuki mizuki momoko nanako naoko naomi natsuko
noriko nozomi reiko rieko ryoko sachiko sanae sayaka sayuri setsuko shiori shizuka shoko sumiko takako tamiko
teruko tomoko tomomi toshiko wakako yasuko yayoi yoko yoshiko yukari yukiko yuko yumiko yuriko junko
""".split())

# Given names of JAPANESE_GIVEN that are Japanese family names too (庄司 Shōji, 清 Kiyoshi), and Japanese given names
# left off it (its docstring's short ones; "Hina", "Haruna", the girls' names of the 2000s rankings): neither tells
# that the other word of a name is a family name (japanesenames.japanese_family_first; FX94, BR54: "Haruna Shoji",
# "Hina Kiyoshi", "Emi Taro" were filed family name first).
GIVEN_AND_FAMILY = frozenset("shoji kiyoshi".split())
OTHER_GIVEN = frozenset("""
ken jun shin mai mika emi rina nana sara kai hina haruna yui aoi mio rio saki miki aya yu rei ryo sho yuki kei
""".split())

# An "oh" before a syllable's consonant ("Ohno", "Ohtani", "Ohshima") or at the end ("Satoh"); an "ou" before a
# consonant or at the end ("Kouno", "Satou"; not "Inoue"); doubled o and u.
_LONG = ((re.compile(r"oh(?=$|[bcdfgjkmnprstwz]h?[aeiouy])"), "o"), (re.compile(r"ou(?=$|[^aeiou])"), "o"),
         (re.compile(r"oo"), "o"), (re.compile(r"uu"), "u"))


# The long vowels that cannot be two syllables (FX94, BR54): an "oh" before a syllable's consonant or at the end (an h
# opens no syllable there), an "ou" at the end ("Satou"), "oo" and "uu", and a macron or circumflex. Not an "ou" before
# a consonant: "Ouchi" (大内) is O-uchi, "Kouchi" Ko-uchi or Kōchi.
_SURE = ((re.compile(r"oh(?=$|[bcdfgjkmnprstwz]h?[aeiouy])"), "\u014d"), (re.compile(r"(?<![o\u014d])ou$"), "\u014d"),
         (re.compile(r"oo"), "\u014d"), (re.compile(r"uu"), "\u016b"))
_MARKS = str.maketrans({"\u00f4": "\u014d", "\u00fb": "\u016b"})


def long_marked(word: str) -> str:
    """`word` in lower case with each long vowel that cannot be two syllables (`_SURE`) written with a macron, and a
    circumflex as one: 'Ohno', 'Oono', 'Ôno' → 'ōno'; 'Satoh', 'Satou' → 'satō'; 'Yuuki' → 'yūki'; 'Ōuchi' → 'ōuchi';
    'Ouchi', 'Kouno', 'Mori' as they are. A name's key (japanesenames.key_words) keeps these apart from the plain
    spelling ("Mohri", 毛利, is not "Mori", 森), a macron elsewhere or not (FX96)."""
    key = unicodedata.normalize("NFC", word.lower()).translate(_MARKS)
    for pattern, replacement in _SURE:
        key = pattern.sub(replacement, key)
    return key


def long_vowels(word: str) -> str:
    """`word` in lower case, without marks (namekeys.fold), its long vowels written as one vowel (module docstring):
    'Ōno', 'Ohno', 'Ouno', 'Oono' → 'ono'; 'Tarō' → 'taro'; 'Yuuki' → 'yuki'; 'Inoue' → 'inoue'."""
    key = fold(word)
    for pattern, replacement in _LONG:
        key = pattern.sub(replacement, key)
    return key
