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

from briefgen.analyse.callverbs import not_words
from briefgen.analyse.lexicon import ROLE_NOUNS, SPEECH_ADVERBS, SPEECH_VERBS

# Persons named by a noun: kin, neighbours, witnesses and the lexicon's roles (singular and plural).
_KIN = """daughter son mother father wife husband sister brother partner widow widower aunt uncle niece nephew cousin
grandmother grandfather grandson granddaughter stepmother stepfather girlfriend boyfriend fiancee fiancé fiancée
neighbour neighbor friend relative witness colleague classmate teammate flatmate housemate landlord landlady tenant
parent child teacher nurse doctor carer resident passenger bystander survivor relative""".split() + (
    # and those who speak for a person (a breaker, 2026-12-05: "Tom Reid won the race, her coach said. “…,” he said."
    # and "…, his lawyer said" left the quotation the named person's)
    """lawyer solicitor attorney barrister counsel coach trainer manager agent captain boss employer publicist
    therapist surgeon priest pastor vicar imam rabbi headteacher headmaster headmistress principal mentor guardian
    biographer assistant employee caretaker""".split())
# Whom "she" and "he" can name (a breaker, 2026-12-05: "Anna Berg was rescued, her husband said. “I thought I was going
# to die,” she said." lost Anna Berg to her husband): kin whose sex the word gives, and groups, which are "they".
_FEMALE = frozenset("""daughter mother wife sister widow aunt niece grandmother granddaughter stepmother girlfriend
fiancee fiancée landlady""".split())
_MALE = frozenset("son father husband brother widower uncle nephew grandfather grandson stepfather boyfriend fiancé "
                  "landlord".split())
_GROUPS = frozenset({w + "s" for w in _KIN} | {"witnesses", "police", "family", "relatives", "children", "people", "staff",
                                              "paramedics"})
_PEOPLE = frozenset(ROLE_NOUNS | set(_KIN) | _GROUPS)
# The same lists for agentvoices.py (a person named after such a noun: "his lawyer, Anna Berg, said").
PERSON_NOUNS, FEMALE_NOUNS, MALE_NOUNS, GROUP_NOUNS = _PEOPLE, _FEMALE, _MALE, _GROUPS
_DETERMINERS = r"(?i:his|her|their|its|a|an|the|one|another|our|two|three|several|some)"
_VERBS = rf"(?:(?:{'|'.join(sorted(SPEECH_ADVERBS))})\s+){{0,2}}(?P<verb>{'|'.join(sorted(SPEECH_VERBS))})\b"
# A verb of an errand, not of what was said: "her husband asked to stay", "his father told him to leave"
_ERRAND = re.compile(r"\s+(?:(?:him|her|them|me|us|you)\s+)?to\b")
_OPENS = r"(?:^|[,;\u2014\u2013]|\band\b|\bbut\b)\s*"
_SUBJECT = re.compile(rf"{_OPENS}(?:{_DETERMINERS}\s+(?:[a-z][\w'\u2019-]*\s+){{0,2}})?(?P<head>[A-Za-z][\w'\u2019-]*)\s+{_VERBS}")
_INVERTED = re.compile(rf",\s*{_VERBS}\s+{_DETERMINERS}\s+(?:[a-z][\w'\u2019-]*\s+){{0,2}}?(?P<head>[a-z][\w'\u2019-]*)"
                       r"\s*(?:[.,;!?]|$)")


def another_speaks(masked: str, lo: int, hi: int, pronoun: str = "") -> bool:
    """Whether a person named only by a noun is the subject of a speech verb in masked[lo:hi] (module docstring) and,
    given the `pronoun` ("he"/"she") a later quotation's speaker is named by, one it can name: not a group ("…,
    neighbours said. “…,” she said."), nor kin of the other sex ("…, her husband said. “…,” she said."). A phone call
    ("a neighbour called the fire brigade": callverbs.not_words) and an errand ("asked to stay", "told him to leave")
    are no speech."""
    sentence = masked[lo:hi]
    first = len(sentence) - len(sentence.lstrip())
    for pattern in (_SUBJECT, _INVERTED):
        for found in pattern.finditer(sentence):
            head = found.group("head")
            if not (head.lower() in _PEOPLE and (head.islower() or found.start("head") == first)):  # ("Police said …")
                continue
            if not_words(masked, lo + found.start("verb"), lo + found.end("verb")) or (
                    pattern is _SUBJECT and _ERRAND.match(sentence, found.end("verb"))):
                continue
            if pronoun in ("he", "she") and (head.lower() in _GROUPS or head.lower() in (
                    _MALE if pronoun == "she" else _FEMALE)):
                continue
            return True
    return False
