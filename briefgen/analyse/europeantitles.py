"""Courtesy titles and offices of other European languages, written before a name in English copy: "Herr zu Sayn",
"Frau Vogel", "Mevrouw van den Berg", "Signora Bianchi", "Taoiseach Ciarán Ó Súilleabháin" are zu Sayn, Vogel, van den
Berg, Bianchi and Ciarán Ó Súilleabháin (T30 F4, FX111, 2026-12-07: people/taoiseach-ciaran-o-suilleabhain/ held four
quotations, and "Herr zu Sayn said" was a second person beside Friedrich-Wilhelm zu Sayn).

Takes nothing; gives lower-case words that lexicon.HONORIFICS and TITLE_WORDS read in every site language (languages.HONORIFICS
reads "Frau", "Herr", "Mme", "M." only in German and French text, where they are the text's own).
- `EUROPEAN_HONORIFICS`: the courtesy titles as each language's reference grammar gives them (Duden, "Anrede": Herr,
  Frau; the Taalunie's taaladvies.net, "Aanspreekvormen": meneer/mijnheer, mevrouw and the abbreviations dhr., mevr.,
  mw.; Treccani, "titoli di cortesia": signor,
  signora, signorina, sig., sig.ra; the RAE's Diccionario panhispánico de dudas, "tratamiento": señor, señora,
  señorita; Portuguese senhor, senhora). Never a name's word: the word after one is a name as after "Mr".
  Left out: "M." (an initial: "M. Night Shyamalan"), "Don"/"Dona"/"Dom" (given names), "Fräulein" (out of use), and
  "Monsieur"/"Madame"/"Mademoiselle", which English copy writes in names of firms and works ("Madame Tussauds said in
  a statement" would be a person "Tussauds"; "Mme" and "Mlle" are English honorifics already, and French text reads
  all four: languages.HONORIFICS).
- `IRISH_OFFICES`: the Irish head of government and deputy, Taoiseach and Tánaiste (Bunreacht na hÉireann, Art. 28;
  written with or without the fada), title words as "Prime Minister" is.
"""
from __future__ import annotations

_COURTESY = """
herr frau meneer mijnheer mevrouw dhr dhr. mevr mevr. mw. signor signora signorina sig. sig.ra
señor señora señorita senhor senhora
""".split()
EUROPEAN_HONORIFICS = frozenset(_COURTESY)
IRISH_OFFICES = frozenset("taoiseach tánaiste tanaiste".split())
# Their sex, for a pronoun after them (titlefit: "Herr Vogel … he said").
MALE_COURTESY = frozenset("herr meneer mijnheer dhr signor señor senhor".split())
FEMALE_COURTESY = frozenset("frau mevrouw mevr mw signora signorina señora señorita senhora".split())
