"""German and French forms of a credit, for `credits.py`: "wie die Süddeutsche Zeitung berichtete", "wie die
Nachrichtenagentur AFP meldete", "laut Reuters", "selon Le Monde", "selon le quotidien Le Monde", "a rapporté
l'AFP", "rapporte Le Figaro".

A trial of a German and a French briefing (2026-12-02) counted every such re-telling as an independent report:
the story named no original. The English forms and the rules that tell an outlet from a person are `credits.py`'s
(`laut Scholz`, `selon Élisabeth Borne` credit nothing: people are never outlets).
"""
from __future__ import annotations

_GERMAN_DESCRIPTORS = r"(?:Nachrichtenagentur|Agentur|Zeitung|Tageszeitung|Wochenzeitung|Zeitschrift|Sender|Magazin)"
_FRENCH_DESCRIPTORS = r"(?:quotidien|hebdomadaire|journal|agence|chaîne|magazine|site)"
_GERMAN_VERBS = r"(?:berichtete|berichtet|meldete|meldet|schrieb|schreibt|enthüllte)"
# Words one of which every form holds (findspans.triggers: only the text around them is searched)
FOREIGN_TRIGGERS = ("berichtet", "meldet", "schrieb", "schreibt", "enthüllte", "aut ", "elon ", "rapport", "révél")


def foreign_cue(name: str) -> str:
    """The regular expression of the German and French forms, given `name`, the pattern of an outlet's name;
    the outlet is group `outlet` (German: before its verb) or `outlet2` (after "laut", "selon", "a rapporté")."""
    return (rf"(?:\b[Ww]ie\s+(?:die\s+|der\s+|das\s+|den\s+|dem\s+)?(?:{_GERMAN_DESCRIPTORS}\s+)?"
            rf"(?P<outlet>{name})\s+(?:zuerst\s+|zuvor\s+|am\s+\w+\s+)?{_GERMAN_VERBS}"
            rf"|\b(?:[Ll]aut|[Ss]elon|a\s+rapporté|rapporte|a\s+révélé|révèle)\s+"
            rf"(?:(?:le|la|les|l['\u2019])\s*(?:{_FRENCH_DESCRIPTORS}\s+)?)?(?P<outlet2>{name}))")
