"""Comparison keys for names: accent- and case-free forms, and one spelling per transliteration.

    fold("Élysée") == "elysee"
    translit_key("Zelenskiy") == translit_key("Zelenskyy") == "zelensky"

Shared by `names` (transliteration variants are one person) and `spelling` (they are
never misspellings). The rules come from the variants seen in the sample briefing and in
tests/analyse/data/names.yaml: Ukrainian/Russian romanisations differ in -iy/-yy/-y endings,
i/y before a vowel, kh/h and ts/c. Doubled letters are not folded: Borrel/Borrell and
Grosi/Grossi are the commonest typos in the labelled cases.

    reference_forms(["Khalid", "Al", "Nuaimi"]) == ("Nuaimi", "Al Nuaimi")
    reference_forms(["Bashar", "al-Assad"]) == ("al-Assad", "Assad")
    reference_forms(["Catherine", "Vaughan", "Williams"]) == ("Williams", "Vaughan Williams")
    is_reference(["Al", "Nuaimi"]) and is_reference(["Haines"])

How a later mention may name a person given in full earlier (`names` and `quotes` read a
reference as the full name; `NameIndex` maps one never given in full in its article to the
only full name that has it): the surname, the surname with the particles before it
(lexicon.SURNAME_PARTICLES), a surname without the Arabic article written onto it, and the last two
words of a three-word name, or of a four-word one after a two-word given name (`compound_surname`): a two-word surname written without a hyphen ("Vaughan
Williams" after "Catherine Vaughan Williams", "García Márquez" after "Gabriel García Márquez"). A trial
published a person "Williams, Vaughan" with four of the governor's quotes beside "Williams, Catherine
Vaughan".
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from briefgen.analyse.initialnames import fold_initials, spread_initials  # noqa: F401 (names.py reads fold_initials here)
from briefgen.analyse.lexicon import ARABIC_ARTICLES, SURNAME_PARTICLES
from briefgen.analyse.malaytitles import patronymic_at
from briefgen.analyse.nameparticles import POSITION_PARTICLES
from briefgen.load.text import LETTER_FOLD

# Transliteration spellings folded to one form; applied in order to a lower-case, accent-free word.
_TRANSLIT = (
    (re.compile(r"(?:iy|yy|ii|yi|ij|y|i|j)$"), "y"),  # -skiy/-skyy/-sky, Dmitri/Dmitry, Sergei/Sergey
    (re.compile(r"ei$|ey$"), "ey"),
    (re.compile(r"[iy](?=[aeou])"), "y"),                # Podolyak/Podoliak, Yulia/Iulia
    (re.compile(r"kh"), "h"),
    (re.compile(r"ts"), "c"),
)



# Latin letters that Unicode does not decompose into a base letter and a mark, as the press writes them in
# ASCII (load/text.LETTER_FOLD, as slugs and the search fold them): "Sørlie" is "Sorlie", "Kjærgaard"
# "Kjaergaard", "Strauß" "Strauss" (a trial's "Sophie Lovgren" and "Søren Kjaergaard" were second People
# entries of Sophie Løvgren and Søren Kjærgaard, and warned of as misspellings, 2026-12-04).
_LETTERS = str.maketrans(LETTER_FOLD)


def fold(word: str) -> str:
    """Lower case without accents: 'Élysée' → 'elysee', 'Løvgren' → 'lovgren', 'Kjærgaard' → 'kjaergaard'."""
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word.lower().translate(_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def accented_form(spellings: list[str], chosen: str) -> str:
    """Of `spellings` (one person's names as written), the one with the most accented letters among those that differ
    from `chosen` only in accents and case (`fold` equal), `chosen` on a tie: copy drops accents and never adds them, so
    the accented spelling is the name whatever spelling more articles write (T20 #4, FX24: two articles' "Andrés Muñoz"
    and three's "Andres Munoz" gave a page "Andres Munoz"). Spellings that differ otherwise are left to the caller."""
    marked = lambda name: sum(not c.isascii() and c.isalpha() for c in name)  # noqa: E731
    same = [name for name in spellings if fold(name) == fold(chosen) and marked(name) > marked(chosen)]
    return max(same, key=lambda name: (marked(name), -spellings.index(name))) if same else chosen


@lru_cache(maxsize=32768)  # a pure function of one word (five substitutions): every full name's words, in every article
def translit_key(word: str) -> str:
    """One spelling for the transliterations of a word: 'Zelenskiy', 'Zelenskyy' → 'zelensky'."""
    key = fold(word)
    for pattern, replacement in _TRANSLIT:
        key = pattern.sub(replacement, key)
    return key


def person_key(name: Sequence[str]) -> str:
    """One key for the spellings of one full name (its words, title dropped), accents, case and
    transliteration folded: "Sergei Lavrov" and "Sergey Lavrov" are one person, "George W. Bush"
    and "Jeb Bush" two; initials written together are written apart ("S.K. Verma" is "S. K. Verma":
    initialnames.py)."""
    return " ".join(translit_key(word) for word in spread_initials(name))


def reference_forms(name: Sequence[str]) -> tuple[str, ...]:
    """The words by which a later mention may refer to the full name `name` (its words, title
    dropped, two or more): its last word, that word with the particles before it, and the last
    word without an "al-"/"el-" article; a Spanish name's first surname ("Fuentes", "de la Cruz"); an English given
    name's Chinese family name only ("Zhang" of "Vivian Zhang Li", and "Zhang Li"): familynames.py (T17); and both the
    last word and the middle family name where only their spelling told the last ("Peter Chan Young": "Young",
    "Chan"; `familynames.either_family`, BR22: the article's own "Mr Chan" tells); a Hungarian name written family
    name first, its first word ("Nagy" of "Nagy László": hungariannames.py)."""
    from briefgen.analyse.familynames import either_family, english_first, spanish_first_surname  # (reads our fold)
    from briefgen.analyse.hungariannames import hungarian_family_first
    if hungarian_family_first(name):  # "Nagy" of "Nagy László" (hungariannames.py, T19)
        return (name[0],)
    if (at := patronymic_at(name)) is not None:  # "Anwar" of "Anwar bin Ibrahim", never "Ibrahim" (malaytitles.py, T22)
        return (name[at - 1], " ".join(name[at:]))
    if english_first(name):
        return (name[1], " ".join(name[1:])) if len(name) == 3 else (name[1],)
    forms = [name[-1]] + ([name[1]] if either_family(name) else [])  # ("Peter Chan Young": Mr Chan or Mr Young)
    at = len(name) - 2
    while at > 0 and (name[at].lower() in SURNAME_PARTICLES or name[at].lower() in POSITION_PARTICLES):
        forms.append(" ".join(name[at:]))
        at -= 1
    article, _, rest = name[-1].partition("-")
    if rest and article.lower() in ARABIC_ARTICLES and rest[:1].isupper():
        forms.append(rest)
    compound = compound_surname(name)
    if compound:
        forms.append(compound)
    first = spanish_first_surname(name)  # "Fuentes"; "de la Cruz" and "Cruz", as "von der Leyen" and "Leyen"
    for form in (" ".join(name[first[0]:first[1]]), name[first[1] - 1]) if first else ():
        if form not in forms:
            forms.append(form)
    return tuple(forms)


def compound_surname(name: Sequence[str]) -> str:
    """The last two words of a three-word name whose first two are plain words (a given name, then a
    capitalised word that is no particle, initial or abbreviation): the surname a later mention may
    write in two words ("Vaughan Williams"); else "". Three words, and no hyphen, capitals run or
    period in the first two: a title the lexicon does not know stays out ("Secretary-General Jens
    Stoltenberg" gives no "Jens Stoltenberg"); a middle name reads as a surname's first word ("Mary Ann
    Evans" → "Ann Evans"), which is what a later two-word mention of that person writes.

    Or four plain words (none a particle): a two-word given name and a double surname, as Spanish and
    Portuguese names are written ("María José García Ortega" → "García Ortega", "Andrés Manuel López
    Obrador" → "López Obrador"; a trial, T13, 2026-12-06, published "García Ortega" with seven of the union
    leader's quotes beside her full name). `double_surname` gives the same two words."""
    if len(name) == 4:
        return double_surname(name)
    if len(name) != 3:
        return ""
    first, second = name[0], name[1]
    if not (_plain(first) and _plain(second)) or second.lower() in SURNAME_PARTICLES:
        return ""
    return f"{second} {name[2]}"


_GENERATIONS = frozenset(("Jr", "Sr", "Jnr", "Snr"))  # "Martin Luther King Jr": a father's name and "Junior", no double surname


def double_surname(name: Sequence[str]) -> str:
    """The last two words of a name of four plain words (capitalised letters only, a hyphen allowed in the
    last two, no particle, a letter of `_IBERIAN` in it: "María José García Ortega" → "García Ortega"), the double
    surname after a two-word given name; else "". people.filing_order files such a name under it ("García Ortega,
    María José"), as the Chicago Manual of Style (16.85) files Spanish names under the first of the two surnames."""
    if len(name) != 4 or not all(_plain(word) for word in name[:2]) or \
            not all(_plain(part) for word in name[2:] for part in word.split("-")) or \
            any(word.lower() in SURNAME_PARTICLES for word in name) or name[3] in _GENERATIONS or \
            _IBERIAN.isdisjoint("".join(name)):
        return ""
    return f"{name[2]} {name[3]}"


# Letters of Spanish and Portuguese spelling ("María José", "García", "Conceição", "Muñoz"): a four-word name is read
# as given names and a double surname only when it writes one. "George Herbert Walker Bush" is no double surname
# (filed under Bush), nor is "Anna Maria Lee Walker", whom a "Lee Walker, a commuter" of another article joined, his
# quotation with him (BR14, 2026-12-06). An Iberian name written without its accents stays as before: two pages
# at worst, never one person's words on another's.
_IBERIAN = frozenset("áéíóúñãõçÁÉÍÓÚÑÃÕÇ")


def _plain(word: str) -> bool:
    """A capitalised word of letters only, the rest lower case: 'Vaughan', 'García' (not 'NATO', 'W.')."""
    return word.isalpha() and word[:1].isupper() and (len(word) == 1 or word[1:].islower()) and len(word) > 1


def is_reference(words: Sequence[str]) -> bool:
    """Whether a mention may be a reference to a full name: one word, or particles and a surname."""
    return len(words) == 1 or (len(words) > 1 and all(w.lower() in SURNAME_PARTICLES or w.lower() in POSITION_PARTICLES
                                                      for w in words[:-1]))  # ("Ter Horst": nameparticles.py)
