"""Whether the text tells a person's sex, so that "he said" or "she said" cannot stand for them (issue 9,
2026-12-05).

    told_sex(masked, "Alex Morgan")   # "m" for "Mr Morgan met …" or "Alex Morgan thanked his sister …"; "f", or ""

Given names tell nothing here (speakergender.py). The text tells a person's sex by a gendered title before a mention
("Mr Morgan", "Mrs Alex Morgan": `_MALE_TITLES`, `_FEMALE_TITLES`), by "and his"/"and her" right after a mention
("Alex Morgan and his wife"), or by a reflexive or "his own"/"her own" within two lower-case words after it, no
object pronoun among them ("Morgan blamed himself", "Berg paid her own way"). A bare "his" after a verb tells
nothing: "Anna Berg said his behaviour was unacceptable", "criticised his decision" speak of another man. A mention is the full name or its last word; the last word alone counts only when every capitalised word
written right before it in the text is one of the name's own words or a title ("Mr Harrowgate" tells nothing of Ines
Harrowgate where Tobias Harrowgate is named too). Both sexes told, or none: "".

The reported kind: "Alex Morgan blamed himself for the defeat. “It was never going to work,” she said." and "Mr
Morgan met Sam Jones on Tuesday. “…,” she said." gave the words to Alex Morgan (quotespeakers reads "she" as the last
sentence's subject whatever its sex); now no one's (precision first: which other person "she" is, is not guessed).
A pure function of the masked text.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from briefgen.analyse.lexicon import HONORIFICS, TITLE_WORDS

_MALE_TITLES = frozenset(("Mr", "Mr.", "Sir", "Lord"))
_FEMALE_TITLES = frozenset(("Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dame", "Lady"))
_OBJECTS = frozenset("him her them it me us you".split())
_AFTER = re.compile(r"[ \t]+and[ \t]+(?P<pronoun>his|her)[ \t]+[a-z]|(?P<words>(?:[ \t]+[a-z]+){1,2})[ \t]+"
                    r"(?:(?P<self>himself|herself)\b|(?P<own>his|her)[ \t]+own\b)")


def told_sex(masked: str, name: str) -> str:
    """"m" or "f" when the text `masked` tells the sex of the person `name` (a full name or a surname), else ""
    (module docstring)."""
    words = name.split()
    if not words or not all(w[:1].isupper() for w in words):
        return ""
    last = re.escape(words[-1])
    before = {m.group(1) for m in re.finditer(rf"([A-Z][\w'\u2019.-]*)[ \t]+{last}(?![\w'\u2019-])", masked)}
    alone = all(b in words or b.lower().rstrip(".") in TITLE_WORDS or b.lower() in HONORIFICS for b in before)
    pattern = rf"(?<![\w'\u2019-])(?P<title>[A-Z][\w.]*[ \t]+)?{re.escape(name)}(?![\w'\u2019-])"
    if alone and len(words) > 1:
        pattern += rf"|(?<![\w'\u2019-])(?P<title2>[A-Z][\w.]*[ \t]+)?{last}(?![\w'\u2019-])"
    found: set[str] = set()
    for mention in re.finditer(pattern, masked):
        title = (mention.group("title") or mention.groupdict().get("title2") or "").strip()
        if title in _MALE_TITLES or title in _FEMALE_TITLES:
            found.add("m" if title in _MALE_TITLES else "f")
        after = _AFTER.match(masked, mention.end())
        if after is not None and not set((after.group("words") or "").split()) & _OBJECTS:
            pronoun = after.group("pronoun") or after.group("self") or after.group("own")
            found.add("f" if pronoun.startswith("her") else "m")
    return found.pop() if len(found) == 1 else ""


def run_sex(masked: str, run: Sequence[tuple[int, str]]) -> str:
    """"m"/"f" for a person run ((offset, word) pairs, title included: antecedents.Run) whose title tells a sex ("Mr
    Reid") or whose name the text tells (`told_sex`), else ""."""
    words = [word for _, word in run]
    if words and (words[0] in _MALE_TITLES or words[0] in _FEMALE_TITLES):
        return "m" if words[0] in _MALE_TITLES else "f"
    names = [w for w in words if w.rstrip(".").lower() not in TITLE_WORDS and w.lower() not in HONORIFICS]
    return told_sex(masked, " ".join(names)) if names else ""
