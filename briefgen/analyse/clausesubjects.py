"""Whether a name stands as its sentence's subject, with no one before it who may be a later "he"/"she"'s antecedent
(FX115, 2026-12-07).

    sentence_subject("Aston Martin cut jobs after she left.", 0)                           # True
    sentence_subject("In May, the carmaker Aston Martin cut jobs when she left.", 21)      # True
    sentence_subject("Jane Roe joined Aston Martin when she was 30.", 16)                  # False (an object)

wordedpersons._referred reads "he"/"she" after a name as the name's (FX92, FX110: "Aroha Robotics was hurt when she
fell"). BR67 found it read the pronoun of another subject: "Jane Roe joined Aston Martin when she was 30" and "Jane
Roe left Aston Martin, which she joined in 2019" made the carmaker a person. A pronoun is read first as the
preceding subject's (centering theory ranks the subject highest: Grosz, Joshi & Weinstein, "Centering", Computational
Linguistics 21(2), 1995), so the rule FX115 was given: a name is evidence only where it is its clause's subject and
no other person-subject precedes it in the sentence — nothing before it in its sentence but an opening adverbial in
lower case ("Later,", "In May 2019,", "But") and a determiner with nouns in lower case ("the carmaker", "its
parent"). A capitalised word there may be another person, a verb there makes the name an object: both no evidence
(precision first). Pure.
"""
from __future__ import annotations

import re

from briefgen.analyse.sentences import ends

_MONTHS_DAYS = ("January|February|March|April|May|June|July|August|September|October|November|December|Monday|"
                "Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday")
# The sentence's start: the text's start, a line's, or a sentence's end mark and space (a closing quote may follow it)
_SENTENCE_END = re.compile(r"(?:^|\n|[.!?][\u201d\u2019\"')]*\s+)", re.MULTILINE)
# What may stand before a sentence's subject: an opening quote, a conjunction or an adverbial phrase (lower-case words,
# numbers, months and days; a comma after it), then a determiner and up to three nouns in lower case
_PREFIX = re.compile(
    r"[\u201c\u2018\"'(]?"
    r"(?:(?:And|But|Yet|So|Then|Now|Still|Later|Meanwhile|However|Instead|Today|Yesterday|Earlier)\b,?\s+"
    rf"|[A-Z][a-z]+(?:\s+(?:[a-z]+|\d+|{_MONTHS_DAYS}))*,\s+)?"
    r"(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]|[Aa]n)\s+(?:[a-z][a-z'-]*\s+){1,3})?")


def sentence_subject(text: str, start: int) -> bool:
    """Whether the name at `text[start:]` (a character offset) is its sentence's subject with nothing before it in the
    sentence that may name someone else (module docstring): the sentence's text before it is empty or an opening
    adverbial and a determiner's noun phrase in lower case."""
    begin = 0
    for end in ends(_SENTENCE_END, text, 0, start):  # (the shared rule: "Mr. Jane Roe" is one sentence)
        begin = end.end()
    return _PREFIX.fullmatch(text, begin, start) is not None
