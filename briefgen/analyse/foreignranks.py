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
