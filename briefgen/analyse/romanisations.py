"""Two names that may be one Korean or Chinese person romanised two ways, for `briefgen check` (advice.py) to name.

    romanised_pairs(["Yi Jae-hoon", "Lee Jae-hoon", "Rhee Min-ho"])       # -> [("Lee Jae-hoon", "Yi Jae-hoon", …)]
    romanised_pairs(["Zhang Weiming", "Chang Wei-ming"])                   # -> [("Chang Wei-ming", "Zhang Weiming", …)]

T28 (F4, FX90): "Yi Jae-hoon" (Reuters) and "Lee Jae-hoon" (a Seoul paper), one company's executive with one quotation,
and "Zhang Weiming" (pinyin) and "Chang Wei-ming" (Wade-Giles, as Taiwan writes its names), were two People pages each,
and `check` said nothing. They are not joined: 이 is written Lee, Yi, Rhee or Ri, and Lee Jae-hoon is a common name;
"Chang" is the Wade-Giles spelling of pinyin Zhang (张) and pinyin's own Chang (常), so two people may well be written
so. The editor, who knows, is told instead (precision first, as a misspelling is only suggested: spelling.py).

A pair: two names of two words, each a family name of `FAMILY_GROUPS` or lexicon.FAMILY_NAME_FIRST and a given name,
in either order ("Lee Jae-hoon", "Jae-hoon Lee": a given name first only when hyphenated, as Korean and Taiwanese
names are; "Anna Lee" and "Anna Li" are no pair), whose family names are one Korean family name's spellings
(`FAMILY_GROUPS`: the Revised Romanization, McCune-Reischauer and the spellings families chose, as the National
Institute of Korean Language's 2009 survey of surname romanisations lists them) or one spelling under `loose`, and
whose given names are one under `loose`. `loose` writes alike what Wade-Giles and pinyin, and the Korean systems,
write apart: the hyphen and apostrophe, hs/x, ts/tz/c/z, ch/zh/j/q, k/g, p/b, t/d, -ih/-i, -ung/-ong, -uo/-o,
-ieh/-ie, -ien/-ian; Korean eo/ŏ/o, eu/ŭ/u, oo/u. It is no transliteration (it writes "Kuo" and "Ko" apart from
pinyin "Ge"): only a test of whether two spellings may be one name. The given name must look Korean or Chinese
(`east_asian_given`, FX94): "Kim Parker"/"Kim Barker", "Lee Tate"/"Lee Date", "Jo Parker"/"Jo Barker" are no pair. Pure.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from briefgen.analyse.commonsurnames import common_surname
from briefgen.analyse.givensex import EITHER_SEX, given_sex
from briefgen.analyse.lexicon import FAMILY_NAME_FIRST
from briefgen.analyse.namekeys import fold

# Korean family names' spellings (and Chinese 李's Lee and Li), each group one name.
FAMILY_GROUPS = tuple(frozenset(group.split()) for group in """
lee yi rhee ri rhie li|park pak bak|choi choe chey|jung jeong chung cheong joung|yoon yun youn|lim im rim yim
seo suh|ahn an|ryu yoo yu rhyu lyu you|noh roh no rho|heo huh hur|baek paik paek baik|oh o|woo u|shin sin
sohn son|joo ju chu choo|um eom uhm|byun byeon pyun pyon|kwon gwon|kwak gwak|sung seong|moon mun|ko go koh|kim gim
kang gang|cho jo|jang chang zhang|bae pae|hwang whang|jeon chun jun chon""".replace("\n", " ").split("|"))
_GROUP = {name: min(group) for group in FAMILY_GROUPS for name in group}
_FAMILY = frozenset(_GROUP) | frozenset(name.lower() for name in FAMILY_NAME_FIRST)
_LOOSE = tuple((re.compile(pattern), replacement) for pattern, replacement in (
    (r"[-'\u2019\u02bc\u2018 ]", ""), ("hs", "x"), ("tz|ts", "z"), ("zh|ch|q", "j"), ("c", "z"), ("k", "g"), ("p", "b"),
    ("t", "d"), ("ieh", "ie"), ("ien", "ian"), ("(?<=[jxs])ih", "i"), ("ung", "ong"), ("uo", "o"), ("eo", "o"),
    ("eu", "u"), ("oo", "u")))


# A syllable of pinyin or Wade-Giles (an initial, aspirated with an apostrophe, and a final), and a hyphenated
# part of a Korean or Taiwanese given name (consonants, one to three vowels, a closing consonant: "Jae", "hoon", "kuo").
_PINYIN = re.compile(r"(?:erh?|(?:(?:zh|ch|sh|hs|ts|tz|[bpmfdtnlgkhjqxrzcsyw])'?)?(?:iang|iong|uang|ueng|iao|ian|ien|ieh|"
                     r"ing|uai|uan|ang|eng|ong|ung|ai|ei|ao|ou|an|en|ia|ie|iu|in|ih|ua|uo|ui|un|ue|a|o|e|i|u))")
_PINYIN_WORD = re.compile(f"(?:{_PINYIN.pattern})+")
_PART = re.compile(r"[bcdfghjklmnpqrstvwxyz]{0,3}'?[aeiouy]{1,3}(?:ng|[nmlkpthr])?")
# A Korean given name written as one word ("Jaehoon", "Seoyeon"): two syllables, one with a vowel pair English
# names seldom hold (a landing check drew "Lee Jaehoon" against "Lee Jae-hoon", named by FX90 and no longer by FX94)
_KOREAN_WORD = re.compile(f"(?:{_PART.pattern}){{2}}")
_KOREAN_VOWELS = re.compile(r"eo|eu|ae|oe|ui|oo|ye|wo")
_SILENT_E = re.compile(r"[^aeiou]*[aeiou][bcdfgklmnpstvz]e")  # "Tate", "Date", "Kate", "Jude": English, not pinyin ta-te


def east_asian_given(word: str) -> bool:
    """Whether `word` may be a Korean or Chinese given name as the press romanises it (FX94, BR54: "Kim Parker" and
    "Kim Barker", "Lee Tate" and "Lee Date" were warned as one name): hyphenated short syllables ("Jae-hoon",
    "Wei-ming", "Ching-kuo"), pinyin or Wade-Giles syllables only ("Weiming", "Jinping"), or two Korean syllables with a
    vowel pair ("Jaehoon"); no Western given name
    (givensex's lists: "Jean-Paul", "Kate"), common surname ("Parker") or English silent-e word ("Tate", "Date")."""
    key = fold(word).replace("\u2019", "'")
    parts = key.split("-")
    if any(given_sex(part) or part in EITHER_SEX or common_surname(part.capitalize()) for part in parts):
        return False
    if len(parts) > 1:
        return all(_PART.fullmatch(part) for part in parts)
    return (_PINYIN_WORD.fullmatch(key) is not None and not _SILENT_E.fullmatch(key)
            or _KOREAN_WORD.fullmatch(key) is not None and _KOREAN_VOWELS.search(key) is not None)


def loose(word: str) -> str:
    """`word` in lower case without marks, hyphens and apostrophes, and the spellings of the module docstring alike:
    'Wei-ming' and 'Weiming' → 'weiming'; 'Ching-kuo' and 'Jingguo' → 'jinggo'; 'Jae-hoon', 'Jaehun', 'Chae-hun' → 'jaehun'."""
    key = fold(word)
    for pattern, replacement in _LOOSE:
        key = pattern.sub(replacement, key)
    return key


def _readings(name: str) -> list[tuple[str, str]]:
    """(family key, given key) of each order a two-word name may be read in: its family name first or last."""
    words = name.split()
    if len(words) != 2:
        return []
    found = []
    for family, given_name in ((words[0], words[1]), (words[1], words[0])):
        key = fold(family)
        if key in _FAMILY and family[:1].isupper() and len(given_name) > 1 and (family == words[0] or "-" in given_name) \
                and east_asian_given(given_name):
            found.append((_GROUP.get(key, loose(family)), loose(given_name)))
    return found


def romanised_pairs(names: Sequence[str]) -> list[tuple[str, str]]:
    """(one, other) for each two of `names` (the People list's person names, each once) that may be one person
    romanised two ways (module docstring); `one` sorts before `other`. Names the same but for order ("Kim Jones",
    "Jones Kim") or accents are left to the callers' other checks."""
    by_key: dict[tuple[str, str], list[str]] = {}
    for name in sorted(set(names)):
        for key in dict.fromkeys(_readings(name)):
            by_key.setdefault(key, []).append(name)
    pairs: dict[tuple[str, str], None] = {}
    for bearers in by_key.values():
        for at, one in enumerate(bearers):
            for other in bearers[at + 1:]:
                if sorted(fold(one).split()) != sorted(fold(other).split()):
                    pairs[(one, other)] = None
    return list(pairs)
