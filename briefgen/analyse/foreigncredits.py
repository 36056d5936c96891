"""German and French forms of a credit, for `credits.py`, read only in text in that language (languages.py):
German "wie die Süddeutsche Zeitung berichtete", "wie die Nachrichtenagentur AFP meldete", "laut Reuters";
French "selon Le Monde", "selon le quotidien Le Monde", "a rapporté l'AFP", "rapporte Le Figaro".

A trial of a German and a French briefing (2026-12-02) counted every such re-telling as an independent report:
the story named no original. The English forms and the rules that tell an outlet from a person are `credits.py`'s
(`laut Scholz`, `selon Élisabeth Borne` credit nothing: people are never outlets). A trial that read these forms
in every text was reverted with the German and French quote frames (an English "Laut" is a surname).
"""
from __future__ import annotations

from briefgen.analyse.findspans import triggers

_GERMAN_DESCRIPTORS = r"(?:Nachrichtenagentur|Agentur|Zeitung|Tageszeitung|Wochenzeitung|Zeitschrift|Sender|Magazin)"
_FRENCH_DESCRIPTORS = r"(?:quotidien|hebdomadaire|journal|agence|chaîne|magazine|site)"
_GERMAN_VERBS = r"(?:berichtete|berichtet|meldete|meldet|schrieb|schreibt|enthüllte)"
# German writes a paper's name in quotation marks as often as not ("wie die „Süddeutsche Zeitung“ berichtete",
# "laut „Spiegel“"; French « Le Monde »): read through them (a hostile test, 2026-12-02, found those uncredited)
_OPEN = "(?:[\u201e\u201c\u201a\u00bb\u00ab\"][\u00a0\u202f ]?)?"
_CLOSE = "(?:[\u00a0\u202f ]?[\u201c\u201d\u2018\u00ab\u00bb\"])?"
# "selon nos confrères de La Voix du Poitou", "d'après nos collègues du …": another outlet's reporting, as "according
# to"; and a statement given to an outlet, as English "told Reuters": "a indiqué le préfet Jean-Pierre Castaing à
# l'AFP", "a-t-il déclaré à La Voix du Poitou", "a confié au quotidien …" (a speech verb, up to 60 characters of its
# subject, then "à"/"au"; T15, 2026-12-06: neither was read, and "Selon nos confrères …" made a re-telling independent)
_COLLEAGUES = r"(?:nos\s+(?:confrères|consœurs|collègues)\s+(?:de\s+|du\s+|d['\u2019]\s*)?)?"
_TOLD_VERBS = "déclaré indiqué confié expliqué précisé assuré affirmé annoncé raconté souligné ajouté répondu confirmé"
_FRENCH_TOLD = (rf"\b(?:a|a-t-il|a-t-elle|ont)\s+(?:{'|'.join(_TOLD_VERBS.split())})(?:\s+[^.;:!?\u00ab\u00bb\n]{{0,60}}?)?"
                r"\s+(?:à\s+|au\s+)")
FIRST_CUE = 3  # the index of the first of these in CreditFinder.cues (after the three English ones)


def foreign_cues(name: str) -> tuple[str, str]:
    """The regular expressions of the German and the French forms (in that order, as `LANGUAGE_SEARCHES`
    numbers them), given `name`, the pattern of an outlet's name; the outlet is group `outlet`, or in German
    `outlet2` after "laut" (one pattern may not name two groups alike)."""
    german = (rf"\b[Ww]ie\s+(?:die\s+|der\s+|das\s+|den\s+|dem\s+)?(?:{_GERMAN_DESCRIPTORS}\s+)?{_OPEN}(?P<outlet>{name})"
              rf"{_CLOSE}\s+(?:zuerst\s+|zuvor\s+|am\s+\w+\s+)?{_GERMAN_VERBS}"
              rf"|\b[Ll]aut\s+(?:(?:der|dem|des)\s+(?:{_GERMAN_DESCRIPTORS}\s+)?)?{_OPEN}(?P<outlet2>{name}){_CLOSE}")
    french = (rf"\b(?:[Ss]elon|[Dd]['\u2019]après|a\s+rapporté|rapporte|a\s+révélé|révèle)\s+{_COLLEAGUES}"
              rf"(?:(?:le|la|les|l['\u2019])\s*(?:{_FRENCH_DESCRIPTORS}\s+)?)?{_OPEN}(?P<outlet>{name}){_CLOSE}"
              rf"|{_FRENCH_TOLD}(?:la\s+|le\s+|l['\u2019]\s*)?(?:{_FRENCH_DESCRIPTORS}\s+)?{_OPEN}(?P<outlet2>{name}){_CLOSE}")
    return german, french


# (cue index, words one of which every form holds: only the text around them is searched, characters before
# and after), as credits._SEARCHES, by lexicon (languages.lexicon_of)
LANGUAGE_SEARCHES = {
    "de": ((FIRST_CUE, triggers(("berichtet", "meldet", "schrieb", "schreibt", "enthüllte", "aut ")), 110, 110),),
    "fr": ((FIRST_CUE + 1, triggers(("elon ", "rapport", "révél", "après ", *_TOLD_VERBS.split())), 110, 110),),
}
