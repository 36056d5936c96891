"""Whether an unnamed person speaks in a sentence ("Tom Reid called the helpline three times, his daughter said."):
then the person the sentence names is what it reports, not who speaks, and a "she said" after it is not theirs.

    another_speaks(masked, lo, hi)   # True for "…, his daughter said.", "…, said a neighbour.", "Police said …"

antecedents.main_subject gives no subject to a sentence where a pronoun speaks ("Putin is stalling, she said");
the same holds where a person named only by a noun does (issue 9, 2026-12-05: "Tom Reid called the helpline three
times, his daughter said. “He was frightened,” she said." gave the quotation to Tom Reid). The speaker is a noun
phrase opening its clause (after the sentence's start, a comma, a semicolon, a dash, "and" or "but"): a determiner
or possessive and at most two more lower-case words before a person's noun ("his daughter", "a close friend", "one
neighbour") or a plural group alone ("police", "neighbours"), right before a speech verb; or after a speech verb that
follows a comma (", said his daughter"). Only person nouns count (`_PEOPLE`: kin, roles of lexicon.ROLE_NOUNS):
"…, the report said" leaves the named person the subject. A pure function of the masked text.
"""
from __future__ import annotations

import re

from briefgen.analyse.lexicon import ROLE_NOUNS, SPEECH_ADVERBS, SPEECH_VERBS

# Persons named by a noun: kin, neighbours, witnesses and the lexicon's roles (singular and plural).
_KIN = """daughter son mother father wife husband sister brother partner widow widower aunt uncle niece nephew cousin
grandmother grandfather grandson granddaughter stepmother stepfather girlfriend boyfriend fiancee fiancé fiancée
neighbour neighbor friend relative witness colleague classmate teammate flatmate housemate landlord landlady tenant
parent child teacher nurse doctor carer resident passenger bystander survivor relative""".split()
_PEOPLE = frozenset(ROLE_NOUNS | set(_KIN) | {w + "s" for w in _KIN} | {"witnesses", "police", "family", "relatives",
                                                                          "children", "people", "staff", "paramedics"})
_DETERMINERS = r"(?i:his|her|their|its|a|an|the|one|another|our|two|three|several|some)"
_VERBS = rf"(?:(?:{'|'.join(sorted(SPEECH_ADVERBS))})\s+){{0,2}}(?:{'|'.join(sorted(SPEECH_VERBS))})\b"
_OPENS = r"(?:^|[,;\u2014\u2013]|\band\b|\bbut\b)\s*"
_SUBJECT = re.compile(rf"{_OPENS}(?:{_DETERMINERS}\s+(?:[a-z][\w'\u2019-]*\s+){{0,2}})?(?P<head>[A-Za-z][\w'\u2019-]*)\s+{_VERBS}")
_INVERTED = re.compile(rf",\s*{_VERBS}\s+{_DETERMINERS}\s+(?:[a-z][\w'\u2019-]*\s+){{0,2}}?(?P<head>[a-z][\w'\u2019-]*)"
                       r"\s*(?:[.,;!?]|$)")


def another_speaks(masked: str, lo: int, hi: int) -> bool:
    """Whether a person named only by a noun is the subject of a speech verb in masked[lo:hi] (module docstring)."""
    sentence = masked[lo:hi]
    first = len(sentence) - len(sentence.lstrip())
    for pattern in (_SUBJECT, _INVERTED):
        for found in pattern.finditer(sentence):
            head = found.group("head")
            if head.lower() in _PEOPLE and (head.islower() or found.start("head") == first):  # ("Police said …")
                return True
    return False
