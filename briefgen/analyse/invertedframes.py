"""Who speaks a sentence in an inverted frame after its clause (QW17, 2026-12-06), for antecedents.main_subject:

    inverted_speaker(masked, lo, hi, run)   # True for Tom Reid in "Irrigation is banned, said Tom Reid."

"Irrigation is banned, said Tom Reid. “We have no choice,” he said." gave the quotation to "Irrigation", and "Water
use is banned, said Tom Reid. …" to no one: a sentence's subject was read only before its verb ("…, Tom Reid said."
was Tom Reid's already). A person after a comma and a speech verb (adverbs allowed: ", later said"), with a
lead-in of lower-case words that ends in a role, a title or an occupation allowed before the name (", said farm
manager Tom Reid"), and the sentence or clause ending right after the name (".", ",", ";"), speaks the sentence; so a
"he"/"she" after it stands for them. French the same with its participles and present verbs (", a déclaré Jean
Dupont.", ", souligne Jean Dupont."; languages.py). A verb whose person may be its object is none here (", told Tom
Reid", ", accused Tom Reid"). A pure function of the masked text.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from briefgen.analyse.languages import FRENCH_PARTICIPLES, FRENCH_PRESENT_VERBS
from briefgen.analyse.lexicon import DESCRIPTOR_ROLES, ROLE_NOUNS, SPEECH_ADVERBS, SPEECH_VERBS, TITLE_WORDS
from briefgen.analyse.occupations import opening_occupation
from briefgen.analyse.personnouns import person_noun

_OBJECT_VERBS = frozenset("""told tells telling saying called calls accused accuses dismissed dismisses reminded reminds
informed informs assured assures urged urges""".split())
_VERB = "|".join(sorted(SPEECH_VERBS - _OBJECT_VERBS | FRENCH_PRESENT_VERBS))
_INVERTED = re.compile(rf",[ \t]+(?:(?:(?:{'|'.join(sorted(SPEECH_ADVERBS))})[ \t]+){{0,2}}(?:{_VERB})"
                       rf"|a[ \t]+(?:{'|'.join(sorted(FRENCH_PARTICIPLES))}))[ \t]+(?P<lead>(?:[^\W\d][\w'\u2019-]*[ \t]+){{0,3}})$")
_END = re.compile(r"[ \t]*(?:[.!?;,]|$)")
_DETERMINERS = frozenset("the a an le la l' les un une".split())


def inverted_speaker(masked: str, lo: int, hi: int, run: Sequence[tuple[int, str]]) -> bool:
    """Whether the person `run` ((offset, word) pairs, title included) speaks masked[lo:hi] in an inverted frame
    after a comma (module docstring)."""
    start = run[0][0]
    found = _INVERTED.search(masked, max(lo, start - 80), start)
    if found is None or _END.match(masked, run[-1][0] + len(run[-1][1]), hi) is None:
        return False
    lead = [w.lower() for w in found.group("lead").split()]
    return not lead or all(w.islower() for w in lead) and (lead[-1] in TITLE_WORDS or lead[-1] in ROLE_NOUNS or lead[
        -1] in DESCRIPTOR_ROLES or opening_occupation(lead[-1]) or person_noun(lead[-1])) and lead[0] not in ("to", "à")
