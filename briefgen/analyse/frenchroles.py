"""French roles around a speaker's name, for quotes.py's frames (French text only: languages.lexicon_of "fr").

French writes a role before the name as an appositive and what the role is of as a complement after "de":
"a déclaré la préfète de la Charente, Sophie Arnaud-Vidal", "La présidente du syndicat agricole Terres du Poitou,
Marie-Hélène de Villiers, a dénoncé …", "L'avocat de la Coopérative de l'eau du Clain, Me Olivier Fabre, …". The
English frames read the name run next to the verb, and a French trial (T15, 2026-12-06) gave the quotations to
"Charente", "Terres du Poitou" and "L'avocat de la Coopérative". Here a run after a role noun and a complement
preposition is that role's object, no speaker (the appositive after the comma is tried next), and a role noun
alone makes the speaker unnamed ("a déclaré un porte-parole"), as English role nouns do.
"""
from __future__ import annotations

from collections.abc import Sequence

from briefgen.analyse import iberianroles
from briefgen.analyse.languages import FRENCH_COMPLEMENT, FRENCH_RELATION_NOUNS, FRENCH_ROLE_NOUNS

_NOUNS = FRENCH_ROLE_NOUNS | FRENCH_RELATION_NOUNS  # a role, or a relation ("le fils de Marie Dubois"): BR18

_ELIDED = ("l'", "l\u2019", "d'", "d\u2019")


def _bare(word: str) -> str:
    """A lower-case word without an elided article or preposition before it ("l'avocat" → "avocat") or the commas
    and colons after it."""
    word = word.rstrip(",:;")
    return word[2:] if word.startswith(_ELIDED) else word


def french_role(lexicon: str, lowered: Sequence[str]) -> bool:
    """Whether the lower-case words `lowered` of a French noun phrase (`lexicon` "fr") hold a role noun
    (languages.FRENCH_ROLE_NOUNS: "préfète", "porte-parole", "l'avocat") or a relation (FRENCH_RELATION_NOUNS: "le
    fils", "une voisine"). Any other lexicon: a Spanish or Portuguese office ("el canciller", "la ministra de …":
    iberianroles.office_alone, which English copy keeps untranslated; T29)."""
    return lexicon == "fr" and any(_bare(w) in _NOUNS for w in lowered) or lexicon != "fr" and iberianroles.office_alone(lowered)


def role_object(lexicon: str, before: Sequence[str]) -> bool:
    """Whether a name run after the words `before` it in its noun phrase (lower case, as written) is what a French
    role is of: a role noun, then a complement preposition (de, du, des, d') among the words after it
    ("la préfète de la Charente", "le maire de Confolens", "la présidente du syndicat agricole [Terres du Poitou]",
    "l'avocat de la [Coopérative]"), or a relation then one ("le fils de [Marie Dubois]": hers, not her words; BR18). Not a name right after its role ("le préfet Jean-Pierre Castaing") or a
    particle that is the name's ("Mme de Villiers": no role before). Any other lexicon than "fr": a Spanish or
    Portuguese office and its complement ("la ministra de [Asuntos Exteriores]": iberianroles.role_object; T29)."""
    if lexicon != "fr":
        return iberianroles.role_object(before)
    roles = [i for i, w in enumerate(before) if _bare(w) in _NOUNS]
    return bool(roles) and any(w in FRENCH_COMPLEMENT or w.startswith(("d'", "d\u2019")) for w in before[roles[0] + 1:])


# Object pronouns a French verb takes before it (and the negation's "ne"): "X l'a annoncé", "X nous a dit", "X s'en est
# indigné", "X le confirme". Before a verb, "le"/"la"/"les" can only be one: an article needs its noun after it.
_CLITICS = frozenset("l le la les lui leur nous vous en y se s ne n me m te t".split())


def clitics_cut(lexicon: str, masked: str, start: int, end: int) -> int:
    """Where the French subject phrase masked[start:end] ends before the object pronouns that close it right before
    its verb (`_CLITICS`): "Jean-Pierre Castaing l'" (of "… l'a annoncé à notre antenne : « … »") → "Jean-Pierre
    Castaing", "Marie-Claire Bonnet nous" → "Marie-Claire Bonnet", "Julien Moreau-Lacaze s'en" → "Julien
    Moreau-Lacaze". Only words in lower case: a name's "Le" or "Y" is no pronoun. A T15 trial (2026-12-06) lost such colon lead-ins: the pronoun read as words after the name made
    the speaker unnamed. Any other lexicon than "fr", or no pronoun there: `end`."""
    if lexicon != "fr":
        return end
    cut = end
    while True:
        stripped = masked[start:cut].rstrip()
        word = stripped.rsplit(None, 1)[-1] if stripped else ""
        parts = [p for p in word.lower().replace("\u2019", "'").split("'") if p]
        if not parts or word != word.lower() or not all(p in _CLITICS for p in parts) or len(stripped) == len(word):
            return cut if cut == end else start + len(stripped)
        cut = start + len(stripped) - len(word)
