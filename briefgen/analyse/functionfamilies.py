"""East Asian family names that are English function words too: "He Lifeng", "So Ji-sub", "No Hong-chul" (FX65,
T25 F2: "Vice-Premier He Lifeng told a forum …" and "He Lifeng, the vice-premier, said …" gave a person "Lifeng";
the capitalised "He" was dropped as the pronoun that opens a sentence).

    FUNCTION_FAMILIES                      # frozenset({"he", "so", "no"})
    family_given("He", ["Lifeng"])         # -> True: a Chinese given name after "He"
    family_given("He", ["Said"])           # -> False: the pronoun and a capitalised verb ("He Said", a headline)
    family_given("So", ["Ji-sub"])         # -> True: a Korean given name, hyphenated

Which words: lexicon.STOPWORDS (dropped before a run's name by runparts.parts, parted off by split_run) that are the
family names the press writes first: "He" (何, Chinese pinyin: He Lifeng, He Jiankui), "So" (Korean 소 and Hong
Kong Cantonese 蘇: So Ji-sub, So Kam-leung), "No" (Korean 노 as some passports spell it: No Hong-chul). The
Vietnamese and Korean "Do", "To", "An" were stopnames.py's already (their rule there: Vietnamese syllables after
them). The other family names the brief names ("Yu", "Ma", "Ha", "Ho", "Li", "Oh") are no STOPWORDS: never dropped.

The word is the family name only before a given name spelt as that language spells one (`family_given`): after "He"
a Chinese given name in Pinyin (one syllable closed by nothing, n or ng, two joined, or two with a hyphen; no English
verb form Pinyin spells too: "He Shot", "He Came" are the pronoun, BR38); after "So" and "No" a hyphenated given name (Korean Revised Romanisation, Hong Kong
spelling: "Ji-sub", "Kam-leung"), since their one-syllable readings are English words ("No Man", "So Long"). A
pronoun before a capitalised verb is no name: "He Said", "He Told", "He Warned" are spelt as no Chinese name. The
context rules are stopnames.py's (after a title, inside a sentence, or opening one with a speech verb, a person's
appositive, or the same name inside a sentence of the article), and every one of them asks the spelling for these
words, a speech verb after them too ("He Can said" is no one).
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from briefgen.analyse.familynames import _INITIAL, _VOWELS
from briefgen.analyse.lexicon import PAST_VERBS, SPEECH_VERBS
from briefgen.analyse.namekeys import fold

FUNCTION_FAMILIES = frozenset(("he", "so", "no"))
# Those of them, and of stopnames.NAME_STOPWORDS, that open a Korean or Cantonese name with a hyphenated given name
# after it ("So Ji-sub", "No Hong-chul", "Do Jong-hwan", "An Cheol-soo"): nameruns.romanised_given_name reads that
# given name as a name there, not as an adjective ("German-made"), as it does after lexicon.FAMILY_NAME_FIRST.
KOREAN_STOPWORDS = frozenset(("so", "no", "do", "an"))
_HYPHENATED = re.compile(r"[a-z]+-[a-z]+")
# After "He" (何 in Pinyin): one or two Pinyin syllables, closed only by n or ng (BR38: Cantonese and Wade-Giles
# closings, t, k, p, read "Shot", "Got" as given names: "She said He Shot First" made a person "He Shot"), and no English
# verb form that Pinyin spells too ("He Came", "He Can", "He Won": lexicon.SPEECH_VERBS, PAST_VERBS and `_PINYIN_VERBS`)
_PINYIN_GIVEN = re.compile(rf"(?:{_INITIAL}{_VOWELS}(?:ng|n)?){{1,2}}|{_INITIAL}{_VOWELS}(?:ng|n)?-{_INITIAL}{_VOWELS}(?:ng|n)?")
_PINYIN_VERBS = frozenset("""be can came made ran rang sang sung hung won wore bore tore rode rose chose hid dug sue
sued see seen saw say dine dined gain gained join joined lie lied lose lone mean meant moan pain pose rain rein ruin
sign sing tie tied toe woe zoom jump jumping""".split())


def family_given(family: str, rest: Sequence[str]) -> bool:
    """Whether `rest` (the words after `family`, one of `FUNCTION_FAMILIES` in any case) is a given name as the
    family name's language spells it (module docstring): one word, "Lifeng", "Jiankui", "Ji-sub"."""
    if len(rest) != 1 or not rest[0][:1].isupper() or rest[0][1:2].isupper():
        return False
    word = fold(rest[0]).lower()
    if family.lower() == "he":
        return _PINYIN_GIVEN.fullmatch(word) is not None and word not in SPEECH_VERBS | PAST_VERBS | _PINYIN_VERBS
    return _HYPHENATED.fullmatch(word) is not None
