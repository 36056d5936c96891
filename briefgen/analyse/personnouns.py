"""Nouns that name a person by what they do or are to someone: "the pharmacist", "my GP", "a caller", "her friend".

    person_noun("pharmacist")   # -> True
    person_noun("Doctor")       # -> True (any case)
    person_noun("members")      # -> False: a plural is "they", no "he" or "she" (those the lists hold aside)
    person_noun("pharmacy")     # -> False

One word in, a bool out; a pure function of the lexicon's lists. Read where a sentence that names no one may still
speak of someone (antecedents.carried_back: "he"/"she" is not carried past it; antecedents.writer_addressed).
"""
from __future__ import annotations

import re

from briefgen.analyse.audience import AUDIENCE_NOUNS
from briefgen.analyse.lexicon import CLERICAL_TITLES, DESCRIPTOR_ROLES, FALSE_TITLES, OCCUPATIONS, ROLE_NOUNS, occupational
from briefgen.analyse.occupations import OFFICE_NOUNS, SEA_TRADES
from briefgen.analyse.unnamedvoices import PERSON_NOUNS

# People by what they are to a patient, a customer or a programme, which no job or kin list holds: a medicine-recall
# trial's blog, "I have taken Vasolor for six years. … My pharmacist this morning was calm and kind. “…,” she said."
# gave the words to the drug (T14, 2026-12-06: "she" was carried back past the pharmacist's sentence).
SERVICE_PEOPLE = frozenset("""gp vet dentist receptionist waiter waitress patient customer client visitor guest host
stranger mum dad mam mom optician pharmacist cardiologist consultant""".split())

# Nouns of one sex: a sentence about "her husband" speaks of no one "she" may stand for, nor one about "his wife" of
# anyone "he" may ("Mary Lee, a teacher, spoke to us. Her husband was at work. “I was alone,” she said." lost its
# speaker: BR17, 2026-12-06).
MALE_NOUNS = frozenset("""man boy husband father son brother grandfather grandson uncle nephew boyfriend dad daddy
stepfather stepson widower fiance fiancé""".split())
FEMALE_NOUNS = frozenset("""woman girl wife mother daughter sister grandmother granddaughter aunt niece girlfriend mum mam
mom mummy stepmother stepdaughter widow fiancee fiancée""".split())


def noun_gender(word: str) -> str:
    """"m" or "f" when `word` (any case) names a man or a woman by sex or kin (MALE_NOUNS, FEMALE_NOUNS), else ""."""
    plain = word.lower()
    return "m" if plain in MALE_NOUNS else "f" if plain in FEMALE_NOUNS else ""


def person_noun(word: str) -> bool:
    """Whether `word` (any case; singular, but for the plurals the lists hold: "officials") names a person by an occupation, a role or a relation: the
    lexicon's false titles, occupations, church titles, role nouns and descriptors, a trade by its ending
    (lexicon.occupational: -ologist, -ician, -ist), a ship's trade (occupations.SEA_TRADES), a kin or a role noun of
    unnamedvoices.PERSON_NOUNS ("daughter", "friend", "lawyer"), an audience's (audience.AUDIENCE_NOUNS: "caller",
    "listener") or one of SERVICE_PEOPLE ("GP", "patient").
    Not the agent nouns in -ator that occupations.opening_occupation takes before a name: "indicator", "radiator"
    are things."""
    plain = word.lower()
    return any(w in PERSON_NOUNS or w in SERVICE_PEOPLE or w in AUDIENCE_NOUNS or w in OCCUPATIONS or w in FALSE_TITLES
               or w in CLERICAL_TITLES or w in SEA_TRADES or w in OFFICE_NOUNS or w in ROLE_NOUNS or w in DESCRIPTOR_ROLES or occupational(w)
               for w in (plain,))


# A sentence that opens with the pronoun's possessive, perhaps after a time phrase ("Her reasoning is blunt.", "This
# week his nets came up brown.", "On Tuesday her shop stayed shut."): it speaks of the person the pronoun stands for
# (antecedents.carried_back). T18 lost a fisherman's '“…,” he said' after "Pham Van Loc has fished the waters … for
# thirty years. This week his nets came up brown." (only an opening "His" was read).
_TIME_LEAD = (r"(?:(?:this|last|that|next|each|every|one)[ \t]+(?:week|month|year|morning|afternoon|evening|night|"
              r"season|summer|winter|spring|autumn|day|time)|(?:on|in|by|since|until)[ \t]+[A-Z]?\w+|today|yesterday|"
              r"tonight|now|then|later|lately|recently)")
_POSSESSIVE_OPENS = {pronoun: re.compile(rf"\s*(?i:(?:{_TIME_LEAD}),?[ \t]+)?(?i:{possessive})[ \t]")
                     for pronoun, possessive in (("he", "his"), ("she", "her"))}


def possessive_opens(text: str, lo: int, hi: int, pronoun: str) -> bool:
    """Whether text[lo:hi], a sentence, opens with the possessive of `pronoun` ("he" → "his", "she" → "her"), perhaps
    after a time phrase ("This week his nets …"): it speaks of the pronoun's person."""
    return _POSSESSIVE_OPENS[pronoun].match(text, lo, hi) is not None
