"""Occupations written capitalised before a name where a sentence opens ("Mediator Marta Velloso said",
"Curator Tomasz Brodecki said"): a descriptor, as a false title is (lexicon.FALSE_TITLES), not a first name.

    opening_occupation("curator")   # -> True
    opening_occupation("victor")    # -> False

Takes one lower-case word; gives whether it names a job or a role by itself. Read only for the first word of a run
of three or more capitalised words (nameruns._title_end), where a given name would stand: so the list holds no word
that is also a common given name (Victor, Trevor, Connor, Taylor, Hunter, Mason, Porter, Dean).
"""
from __future__ import annotations

from briefgen.analyse.lexicon import CLERICAL_TITLES, DESCRIPTOR_ROLES, FALSE_TITLES, OCCUPATIONS, ROLE_NOUNS, occupational


# A ship's and a harbour's jobs, written before a name ("Harbour master Captain Ruth Okafor said", "Salvage master
# Lars-Erik Nyström says"): a ferry trial's pronouns after them had no antecedent (2026-12-05; antecedents._lead_in reads
# a lead-in that ends in an occupation). Not "mate", "pilot" alone: a friend, a flyer ("pilot" is read by its ending).
SEA_TRADES = frozenset("""master skipper coxswain bosun boatswain purser diver salvor deckhand stevedore ferryman
harbourmaster lockkeeper""".split())
# Public offices of other countries' civil service and local government as English copy writes them, before a name or
# as "the <office> said" (T20 #7, FX24: "said Maria Gomez, the presidential delegate for Atacama" then '"…," the
# delegate added' had no speaker, nor "Presidential delegate Maria Gomez …" a "she said" after it): Chile's and Spain's
# delegates and intendants, France's and Italy's prefects, the Low Countries' burgomasters, consuls, procurators,
# notaries (governor, mayor, ombudsman, commissioner, superintendent: lexicon.TITLE_WORDS and OCCUPATIONS already).
OFFICE_NOUNS = frozenset("""delegate intendant prefect sub-prefect subprefect undersecretary under-secretary consul
vice-consul procurator burgomaster burgomeister governor-general lieutenant-governor mayoress notary""".split())


def opening_occupation(word: str) -> bool:
    """Whether a lower-case word names an occupation or a role, and so is no given name before a two-word name at a
    sentence's start: the lexicon's false titles, role nouns and descriptors, occupations by their ending (-ologist,
    -ician: `lexicon.occupational`; agent nouns in -ator: mediator, negotiator, investigator, administrator),
    `lexicon.OCCUPATIONS` and the church titles that are also surnames, `lexicon.CLERICAL_TITLES` ("Canon Mark Hale":
    titlewords.py)."""
    return (word in FALSE_TITLES or word in OCCUPATIONS or word in CLERICAL_TITLES or occupational(word) or word in SEA_TRADES
            or word in OFFICE_NOUNS
            or (word in ROLE_NOUNS or word in DESCRIPTOR_ROLES) and not word.endswith("s")
            or (len(word) >= 7 and word.endswith("ator")))
