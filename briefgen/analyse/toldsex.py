"""Whether the text tells a person's sex, so that "he said" or "she said" cannot stand for them (issue 9,
2026-12-05).

    told_sex(masked, "Alex Morgan")   # "m" for "Mr Morgan met …" or "Alex Morgan and his sister …"; "f", or ""

Given names tell nothing here (speakergender.py). Only words certainly about the person tell their sex (a breaker's
R3, 2026-12-05: "Mr and Mrs Reid …", "Anna Berg said his own MPs …", "said he himself …", "Anna Berg went missing.
Tom Reid and her brother …" lost Tom Reid's and Anna Berg's own "he/she said"):
- a gendered title before a mention in full ("Mrs Alex Morgan": `_MALE_TITLES`, `_FEMALE_TITLES`), or before the bare
  surname (`_own_title`) outside a couple ("Mr and Mrs Reid"), an appositive after a noun ("His mother, Mrs Reid,")
  and a sentence that names the person in full too ("Tom Reid and Mrs Reid run the shop");
- a reflexive within two lower-case words after a mention, no pronoun among them ("Morgan blamed himself"; not
  "Anna Berg said he himself");
- "and his"/"and her" right after a mention when no other capitalised word but the name's and titles stands before it
  in the text ("Alex Morgan and his wife …" opening a report; not "Anna Berg went missing. Tom Reid and her brother").
"his own"/"her own" and a bare "his" tell nothing ("Anna Berg questioned his own judgment", "said his behaviour was
unacceptable"). A mention is the full name or its last word; the last word alone counts only when every capitalised
word written right before it in the text is one of the name's own words or a title ("Mr Harrowgate" tells nothing of
Ines Harrowgate where Tobias Harrowgate is named too). Both sexes told, or none: "".

The reported kind: "Alex Morgan blamed himself for the defeat. “It was never going to work,” she said." and "Mr
Morgan met Sam Jones on Tuesday. “…,” she said." gave the words to Alex Morgan (quotespeakers reads "she" as the last
sentence's subject whatever its sex); now no one's (precision first: which other person "she" is, is not guessed).
A pure function of the masked text.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from briefgen.analyse.capitals import CAPITAL
from briefgen.analyse.lexicon import HONORIFICS, TITLE_WORDS
from briefgen.analyse.namefinds import titled_mentions, words_before
from briefgen.analyse.sentences import first_end

_MALE_TITLES = frozenset(("Mr", "Mr.", "Sir", "Lord"))
_FEMALE_TITLES = frozenset(("Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dame", "Lady"))
_OBJECTS = frozenset("him her them it me us you".split())
_SUBJECTS = frozenset("he she they i we you".split())
_AFTER = re.compile(r"[ \t]+and[ \t]+(?P<pronoun>his|her)[ \t]+[a-z]|(?P<words>(?:[ \t]+[a-z]+){1,2})[ \t]+"
                    r"(?P<self>himself|herself)\b")
_COUPLE = re.compile(r"(?:Mr|Mrs|Ms|Sir|Lady|Lord|Dame|Miss)\.?[ \t]+(?:and|&)[ \t]+$")   # "Mr and Mrs Reid"
_APPOSITIVE = re.compile(r"[a-z][\w'\u2019-]*[ \t]*,[ \t]*$")                          # "his mother, Mrs Reid"
_CAPITALISED = re.compile(rf"(?<![\w'\u2019-]){CAPITAL}[\w'\u2019-]*")
_SENTENCE_END = re.compile(r"[.!?][\s\u201d\u2019\"']")


def told_sex(masked: str, name: str) -> str:
    """"m" or "f" when the text `masked` tells the sex of the person `name` (a full name or a surname), else ""
    (module docstring)."""
    words = name.split()
    if not words or not all(w[:1].isupper() for w in words):
        return ""
    last = words[-1]
    before = words_before(masked, last)
    alone = all(b in words or b.lower().rstrip(".") in TITLE_WORDS or b.lower() in HONORIFICS for b in before)
    mentions = titled_mentions(masked, name, last if alone and len(words) > 1 else "")  # (str.find: no regex a name)
    full = [start for start, end, _ in mentions if masked[start:end].endswith(name)]  # (in full, title or none)
    found: set[str] = set()
    for start, end, title in mentions:
        title = title.strip()
        if (title in _MALE_TITLES or title in _FEMALE_TITLES) and (masked[start:end].endswith(name) or _own_title(
                masked, start, full)):
            found.add("m" if title in _MALE_TITLES else "f")
        after = _AFTER.match(masked, end)
        if after is None or set((after.group("words") or "").split()) & (_OBJECTS | _SUBJECTS):
            continue  # ("Anna Berg said he himself had approved it": his, not hers)
        if after.group("pronoun") and _CAPITALISED.search(masked, 0, start) and any(
                m.group() not in words and m.group().rstrip(".") not in _MALE_TITLES | _FEMALE_TITLES
                for m in _CAPITALISED.finditer(masked, 0, start)):
            continue  # ("Anna Berg went missing. Tom Reid and her brother found her car": hers, not his)
        pronoun = after.group("pronoun") or after.group("self")
        found.add("f" if pronoun.startswith("her") else "m")
    return found.pop() if len(found) == 1 else ""


def _own_title(masked: str, at: int, full: list[int]) -> bool:
    """Whether a title on a bare surname at `at` is certainly the person's named in full at `full` (a breaker's R3,
    2026-12-05): not a couple's ("Mr and Mrs Reid"), not after a noun's comma ("His mother, Mrs Reid,", "widow, Lady
    Reid"), not in a sentence that names the person in full too ("Tom Reid and Mrs Reid run the shop")."""
    head = masked[max(0, at - 40):at]
    if _COUPLE.search(head) or _APPOSITIVE.search(head):
        return False
    return not any(not first_end(_SENTENCE_END, masked, min(f, at), max(f, at)) for f in full)  # ("S. K." ends none)

def run_sex(masked: str, run: Sequence[tuple[int, str]]) -> str:
    """"m"/"f" for a person run ((offset, word) pairs, title included: antecedents.Run) whose title tells a sex ("Mr
    Reid") or whose name the text tells (`told_sex`), else ""."""
    words = [word for _, word in run]
    if words and (words[0] in _MALE_TITLES or words[0] in _FEMALE_TITLES):
        return "m" if words[0] in _MALE_TITLES else "f"
    names = [w for w in words if w.rstrip(".").lower() not in TITLE_WORDS and w.lower() not in HONORIFICS]
    return told_sex(masked, " ".join(names)) if names else ""
