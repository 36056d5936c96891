"""Military, naval and police ranks of other languages, written capitalised before a name in English copy as in their
own: "Korvettenkapitän Silke Brandt", "Kommandørkaptajn Lars Holm", "Kapteeni Mikko Virtanen" are Silke Brandt, Lars Holm
and Mikko Virtanen (T27, 2026-12-07: people/korvettenkapitan-silke-brandt/ held a navy spokeswoman's quotation).

Takes nothing; gives `FOREIGN_RANKS`, lower-case words that lexicon.TITLE_WORDS reads as title words (everything up
to the last title word of a run is its title: names.py). The lists are the ranks of the German Bundeswehr, the French
armed forces, and the Danish, Norwegian, Swedish, Finnish, Estonian, Latvian, Lithuanian and Polish forces (the languages
the Baltic and Nordic briefings' sources write; languages.LEXICONS reads German and French), as each ministry of
defence publishes them. Left out: ranks that are common surnames or English words ("Hauptmann", "Marschall",
"Kapitan", "Major" and "General" are English title words already), and enlisted ranks, which the press rarely puts
before a name. "Kapitän zur See" and "capitaine de frégate": the words after the particle are title words too.
"""
from __future__ import annotations

from collections.abc import Collection, Sequence

_GERMAN = """
kapitän korvettenkapitän fregattenkapitän kapitänleutnant leutnant oberleutnant oberst oberstleutnant
generalleutnant generalmajor brigadegeneral generalinspekteur flottillenadmiral konteradmiral vizeadmiral
hauptfeldwebel stabsfeldwebel polizeihauptkommissar polizeioberkommissar kriminalhauptkommissar
"""
_FRENCH = """
capitaine commandant lieutenant-colonel contre-amiral vice-amiral amiral général général-major frégate corvette vaisseau
"""
_NORDIC = """
kommandør kommandørkaptajn kommandørkaptein orlogskaptajn orlogskaptein kaptajn kaptein oberstløjtnant oberstløytnant
løjtnant løytnant premierløjtnant kontreadmiral viceadmiral flagkommandør flaggkommandør
kommendör kommendörkapten örlogskapten kapten överste överstelöjtnant löjtnant konteramiral viceamiral amiral
generallöjtnant flottiljamiral
kapteeni kapteeniluutnantti komentaja komentajakapteeni kommodori eversti everstiluutnantti kenraali kenraalimajuri
kenraaliluutnantti luutnantti yliluutnantti majuri amiraali kontra-amiraali vara-amiraali
"""
_BALTIC_POLISH = """
kolonel kolonelleitnant kindral kindralmajor kindralleitnant leitnant mereväekapten pulkvedis pulkvežleitnants
kapteinis pulkininkas komandor komandor-porucznik kontradmirał wiceadmirał pułkownik podpułkownik generał porucznik
"""

FOREIGN_RANKS = frozenset((_GERMAN + _FRENCH + _NORDIC + _BALTIC_POLISH).split())


def rank_alone(lowered: Sequence[str], org_heads: Collection[str]) -> bool:
    """Whether a run (its words in lower case) opens with a rank of `FOREIGN_RANKS` and is no bare title, though every
    word of it is a title word: one such word alone, a surname ("Singer Conor Oberst said … Later Oberst said": Oberst,
    Kapten, Porucznik, Amiral, Leutnant, Commandant are surnames too), or before a body's head word last (`org_heads`,
    lexicon.ORG_HEADS: "Commandant Energy", a company). A foreign rank is a title only before a name (FX81, a breaker
    of FX77's ranks: both lost the person or the organisation and its quotation)."""
    return bool(lowered) and lowered[0] in FOREIGN_RANKS and (len(lowered) == 1 or lowered[-1] in org_heads)
