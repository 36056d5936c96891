"""Whether an article shows one capitalised word to be a person's name (FX117, item 1): evidence that beats
placeuses' place reading ("Mr Jordan said: … The team trained in Jordan." keeps Mr Jordan the speaker; FX109 had
dropped him).

    used_as_person("Jordan, 24, said: “We won.” The team trained in Jordan.", "Jordan")  # -> True

The forms (the FX117 brief's: a title, a job or age appositive, a person's relative clause, a full name; the word
as written, anywhere in the article):
- an honorific before it (lexicon.HONORIFICS: "Mr Jordan", "Dr. Jordan");
- an age after it ("Jordan, 24,");
- an appositive of a job or role after it ("Jordan, a striker,", "Trump, the president,"), not of a place ("Osaka,
  a city of …": `_PLACE_NOUNS`), and not where the word stands after a place's preposition ("in Jordan, a country");
- "who" after it, not after a place's preposition ("Jordan, who grew up", "said Jordan who");
- a given name before it (givensex: "Michael Jordan"; a name of either sex too).
"""
from __future__ import annotations

import re

from briefgen.analyse.givensex import EITHER_SEX, given_sex
from briefgen.analyse.lexicon import HONORIFICS
from briefgen.analyse.namekeys import fold

_PLACE_NOUNS = frozenset("""city town village country nation state province region county district capital port island
islands republic kingdom territory area suburb neighbourhood neighborhood municipality prefecture emirate enclave
resort valley coast""".split())
_PLACE_BEFORE = re.compile(r"(?:\b(?:in|near|outside|across|throughout|from|to|of|at)\s+)\Z")


def used_as_person(text: str, word: str) -> bool:
    """Whether `text` (an article) shows `word` (one word as written, "Jordan") to be a person's name in one of the
    module docstring's forms, anywhere (case-sensitive for the word; honorifics and given names any case)."""
    name = re.escape(word)
    for found in re.finditer(rf"(?<![\w'\u2019-]){name}(?![\w\-])", text):
        before = text[max(0, found.start() - 30):found.start()]
        previous = before.split()[-1:] or [""]
        if previous[0].lower() in HONORIFICS or previous[0][:1].isupper() and previous[0].isalpha() and (
                given_sex(previous[0]) or fold(previous[0]) in EITHER_SEX):
            return True
        if _PLACE_BEFORE.search(before):
            continue
        after = text[found.end():found.end() + 40]
        if re.match(r",\s+\d{1,3},", after) or re.match(r",?\s+who\b", after):
            return True
        job = re.match(r",\s+(?:a|an|the)\s+(?:[a-z]+\s+){0,2}?([a-z]+)[,.]", after)
        if job and job.group(1) not in _PLACE_NOUNS and not set(after[:job.end()].split()) & _PLACE_NOUNS:
            return True
    return False
