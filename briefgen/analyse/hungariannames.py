"""A Hungarian name written family name first ("Nagy László"), as Hungarian writes it (T19 #3, 2026-12-06).

    hungarian_family_first(["Nagy", "László"])     # -> True: one person with "László Nagy"; filed under N
    hungarian_family_first(["László", "Nagy"])     # -> False: given name first, as English writes it
    given_first(["Szabó", "Gyöngyi"])              # -> ["Gyöngyi", "Szabó"]: the key `names.NameIndex.build` groups by

Hungarian puts the family name first (Nagy László); the foreign press mostly writes the given name first (László
Nagy). A T19 trial had the same spokesman as "Nagy László" in a Hungarian outlet and "László Nagy" in Reuters: two
people pages, filed "László, Nagy" under L and "Nagy, László". A two-word name is read family name first when its
second word is one of `HUNGARIAN_GIVEN` and its first word is no given name (neither Hungarian nor of givensex.py's
lists: "Anna Sophia", "Peter Tamás" stay as written), and when it looks Hungarian: its family name is one of
`HUNGARIAN_FAMILY` or either word writes a letter or digraph only Hungarian spelling has (`_MARKS`: ő ű gy cs zs;
not á é ö ü sz ny …, which German, Polish, Czech write too: "Müller Anna", "Szymańska Anna" stay apart, BR25). "Smith Anna" is not ("Anna" is given in many languages, "Smith" writes nothing Hungarian).

Such a name is the same person as its words in the other order (`given_first`): both orders are one name, as two
spellings are, whichever the articles write more often is shown and the other is "also written as". Two different
people who share a name written in two orders cannot be told apart by the text, as two "John Smith"s cannot; a name
that is not read so (a second word no Hungarian given name, or a first word that is a given name too: "László
Sándor") is never joined to its reverse, and `briefgen check` hints at the pair instead (advice.py). The index files
the family-name-first form as written (people.filing_order: "Nagy László" under N), the given-name-first form under
the family name as usual ("Nagy, László"): both under N.

`HUNGARIAN_GIVEN`: the commonest given names of the Hungarian population register (Belügyminisztérium, the yearly
ranking of given names borne, men's and women's first hundred or so, as spelled there with accents) with the forms
the press writes without accents where those are distinct (Laszlo, Gabor); `HUNGARIAN_FAMILY`: the commonest family
names of the same register's ranking (Nagy, Kovács, Tóth, Szabó, Horváth …), family names that are given names too
(Antal, Sándor, László, Balázs, Simon) left out.
"""
from __future__ import annotations

from collections.abc import Sequence

from briefgen.analyse.givensex import given_sex
from briefgen.analyse.namekeys import fold

HUNGARIAN_GIVEN = frozenset(fold(w) for w in """
László István József János Zoltán Sándor Gábor Ferenc Attila Péter Tamás Zsolt Tibor András Csaba Imre Lajos György
Balázs Gyula Mihály Róbert Norbert Károly Dániel Ádám Krisztián Miklós Béla Dávid Márk Bence Máté Levente Roland
Szabolcs Gergely Viktor Antal Richárd Ákos Pál Jenő Kálmán Endre Dezső Géza Árpád Ottó Vilmos Ernő Barnabás Botond
Zsigmond Kristóf Marcell Milán Olivér Tivadar Lőrinc Bálint Gergő Nándor Elemér Győző Ödön Zsombor Benedek Kornél
Mária Erzsébet Katalin Éva Ilona Anna Zsuzsanna Margit Judit Ágnes Andrea Erika Krisztina Irén Eszter Edit Julianna
Mónika Anita Ildikó Gabriella Szilvia Tímea Rozália Magdolna Piroska Gizella Marianna Anikó Hajnalka Zsófia Orsolya
Enikő Rita Beáta Csilla Nikoletta Viktória Dóra Réka Boglárka Gyöngyi Klára Etelka Terézia Veronika Noémi Emese
Brigitta Renáta Kinga Zsanett Dorina Lilla Fanni Petra Nóra Kitti Zita Melinda Tünde Zsuzsa Ibolya Jolán Borbála
Valéria Henrietta Bernadett Adrienn Vivien Hanna Luca Lili Erzsi Kata Aranka Emőke Gyöngyvér Hedvig Ildikó
""".split())
HUNGARIAN_FAMILY = frozenset(fold(w) for w in """
Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp Takács Juhász Lakatos Mészáros Oláh Rácz
Fekete Szilágyi Török Fehér Gál Kis Szűcs Kocsis Orsós Pintér Fodor Szalai Sipos Magyar Lukács Gulyás Biró Király
Balog Katona Jakab Bogdán Fazekas Kelemen Vincze Hegedűs Bodnár Soós Pásztor Vörös Bakos Orbán Halász Kozma Vass
""".split())
# Hungarian's own: the double acute (ő, ű) and the digraphs cs, gy, zs, which Polish, German, Czech and the others the
# press writes do not use (not á é í ó ö ú ü, nor sz, ny, ly, ty: "Müller Anna", "Szymańska Anna", BR25).
_MARKS = ("ő", "ű", "gy", "cs", "zs")


def _plain(word: str) -> bool:
    return len(word) > 1 and word.isalpha() and word[:1].isupper() and word[1:].islower()


def _looks_hungarian(word: str) -> bool:
    lowered = word.lower()
    return any(mark in lowered for mark in _MARKS)


def hungarian_family_first(words: Sequence[str]) -> bool:
    """Whether a name's words (as written, title dropped) are a Hungarian family name and then a given name: two
    capitalised words, the second one of `HUNGARIAN_GIVEN`, the first no given name (Hungarian or givensex.py's), and
    a Hungarian family name or Hungarian spelling in the name (module docstring). "Nagy László" → True; "László
    Nagy", "Smith Anna", "László Sándor" → False."""
    if len(words) != 2 or not (_plain(words[0]) and _plain(words[1])):
        return False
    family, given = fold(words[0]), fold(words[1])
    if given not in HUNGARIAN_GIVEN or family in HUNGARIAN_GIVEN or given_sex(words[0]):
        return False
    return family in HUNGARIAN_FAMILY or _looks_hungarian(words[0]) or _looks_hungarian(words[1])


def given_first(words: Sequence[str]) -> list[str]:
    """A name's words with a Hungarian family name written first put last ("Nagy László" → ["László", "Nagy"]), the
    order in which `names.NameIndex.build` keys a person; other names' words as they are."""
    return [words[1], words[0]] if hungarian_family_first(words) else list(words)
