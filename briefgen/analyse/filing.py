"""How the people index files a name: surname first, by the rules of the name's language and of its articles.

    filing_order("Avril Haines", "person")            # ("Haines", "Avril")
    sort_name("Avril Haines", "person")               # ("haines avril", "Avril Haines")

Moved from people.py (FX33, 2026-12-07), which re-exports them; the rules are in `filing_order`'s docstring and
docs/people.md ("The people index").
"""
from __future__ import annotations

import re
from typing import Sequence

from briefgen.analyse.familynames import family_first_three, filed_at
from briefgen.analyse.generations import generation_word
from briefgen.analyse.hungariannames import hungarian_family_first
from briefgen.analyse.japanesenames import japanese_family_first
from briefgen.analyse.malaytitles import patronymic_at
from briefgen.analyse.lexicon import ARABIC_ARTICLES, FAMILY_NAME_FIRST, SURNAME_PARTICLES, VIETNAMESE_FAMILY, VIETNAMESE_SYLLABLE
from briefgen.analyse.namekeys import fold
from briefgen.analyse.nameruns import PERSON


def sort_name(name: str, kind: str, written: Sequence[str] = (), given_first: bool = False,
              particle_first: bool = False) -> tuple[str, str]:
    """Surname first for people ("Haines Avril"; "Xi Jinping" stays: family name first; `written`, `given_first`,
    `particle_first`: `filing_order`'s), the whole name for organisations; case-folded, apostrophes of every kind
    (`FILING_APOSTROPHES`) left out, the name itself breaking ties."""
    filed = filing_order(name, kind, written, given_first, particle_first)
    return ((" ".join(filed) if filed else name).casefold().translate(_NO_APOSTROPHES), name)


# Library filing ignores an apostrophe inside a name ("O'Brien" files as "OBrien", "D'Alessandro" as "DAlessandro":
# ALA Filing Rules (1980) rule 1.2, punctuation ignored); copy writes it straight, curly (U+2019), as a modifier
# letter (U+02BC) or a prime: the index filed "D’Alessandro" after "Durand-Vasseur" (T30 F11, FX111).
FILING_APOSTROPHES = "'\u2019\u2018\u02bc\u2032`"
_NO_APOSTROPHES = dict.fromkeys(map(ord, FILING_APOSTROPHES))


# A lower-case Arabic article written onto a surname with a hyphen: "al-Sisi", "el-Baradei", "ash-Shara".
_JOINED_ARTICLE = re.compile(rf"({'|'.join(sorted(ARABIC_ARTICLES, key=lambda w: (-len(w), w)))})-(?=\w)")


def filing_order(name: str, kind: str, written: Sequence[str] = (), given_first: bool = False,
                 particle_first: bool = False) -> tuple[str, str] | None:
    """(surname, the rest) as an index files a person's name — "Avril Haines" → ("Haines", "Avril"), "Ursula von der
    Leyen" → ("Leyen", "Ursula von der") — or None when it is filed as written (an organisation, one word, a family
    name written first). A lower-case Arabic article joined to the surname goes after the given names, as the Chicago
    Manual of Style (16.76) and library catalogues file Arabic names: "Abdel Fattah al-Sisi" → ("Sisi", "Abdel Fattah
    al-"), under S (a trial of a French briefing filed him under A, as "al-Sisi, Abdel Fattah"); "Al-" capitalised
    stays ("Al Nuaimi, Khalid"). A Vietnamese name — two to four words, a family name first and Vietnamese syllables
    after it, but not a second family name in a name of two ("Mai Tran" is given name first) — is filed as written
    ("Nguyễn Thị Hương", "Vo Nguyen Giap": `lexicon.VIETNAMESE_FAMILY`, `VIETNAMESE_SYLLABLE`), as Chinese and Korean
    names of two words are, and of three whose given name's syllables are apart ("Kim Jong Un", "Lee San Ho":
    familynames.family_first_three), and a Japanese name written family name first ("Takeda Haruki":
    japanesenames.japanese_family_first; "Haruki Takeda" stays given name first) and a Hungarian one ("Nagy László",
    hungariannames.py: under N, as "László Nagy" is filed "Nagy, László"). Four plain words are a two-word
    given name and a double surname, filed under the first ("García Ortega, María José"), as are other Spanish names, an
    English given name before a Chinese name, and three words whose middle one is `written` alone (familynames.filed_at).
    A name of two words whose articles call the person by a courtesy title and the first word (`given_first`: "Ms
    Meseret" for Meseret Alemayehu, an Ethiopian given name and father's name; `given_called`) is filed as written,
    under the given name, as Ethiopian names are cited and catalogued (Meyer and Treis, "How to quote Ethiopian authors
    in linguistic publications", HAL hal-02997055; K. W. Giorgis, "The entry word in Ethiopian names"). Dutch particles
    an article writes capitalised with the surname alone inside a sentence (`particle_first`: "“…,” Van der Merwe said";
    `particles_led`) are filed with it ("Van der Merwe, Pieter": `_particle_led`). A Malay name with a patronymic
    ("Anwar bin Ibrahim", "Norliza binti Kassim": malaytitles.PATRONYMICS) has no surname and is filed as written,
    under the given name, as Malaysian usage calls him Mr Anwar (T22, 2026-12-07). A generation's suffix (generations.GENERATIONS: Jr, Sr, III …) after
    two words or more is set aside: the name before it is filed, the suffix shown after its given names ("Juan Pérez
    Jr" → ("Pérez", "Juan, Jr"); FX110)."""
    words = name.split()
    if kind == PERSON and len(words) >= 2 and generation_word(words[-1]):  # "King, Martin Luther, III" (generations.py, FX110)
        filed = filing_order(" ".join(words[:-1]), kind, written, given_first, particle_first)
        return None if filed is None else (filed[0], f"{filed[1]}, {words[-1]}")
    if kind != PERSON or len(words) < 2 or given_first and len(words) == 2 or (len(words) == 2 and words[0] in FAMILY_NAME_FIRST
                                            and not _JOINED_ARTICLE.match(words[1].lower())) or japanese_family_first(words) \
            or family_first_three(words, written) \
            or hungarian_family_first(words) or patronymic_at(words) is not None:  # ("Nagy László": under N, as Hungarian
        # files it; hungariannames.py; "Anwar bin Ibrahim": a Malay name has no surname, malaytitles.py)
        return None  # ("Shi Al-Amin" is no family name first: a Chinese given name has no Arabic article; "Takeda Haruki":
        # a Japanese family name first, japanesenames.py)
    folded = [fold(word.lower()) for word in words] if len(words) <= 4 else []
    if folded and folded[0] in VIETNAMESE_FAMILY and all(VIETNAMESE_SYLLABLE.fullmatch(w) for w in folded[1:]) and (
            len(words) > 2 or folded[1] not in VIETNAMESE_FAMILY):
        return None
    if particle_first and (at := _particle_led(words)) is not None:  # "Van der Merwe, Pieter"
        return f"{words[at][:1].upper()}{words[at][1:]} {' '.join(words[at + 1:])}", " ".join(words[:at])
    if (at := filed_at(words, written)) is not None:  # "García Ortega, María José", "Zhang Li, Vivian" (familynames.py)
        return " ".join(words[at:]), " ".join(words[:at])
    # A joined article marks where the surname starts: "Aaa Ben al-Amin" is filed under Amin, not "Ben al-Amin"
    # ("Ben", "Abu", "Del" are also capitalised particles, which `surname_start` would take into it).
    at = len(words) - 1 if _JOINED_ARTICLE.match(words[-1]) else surname_start(words)
    surname, rest = words[at:], words[:at]
    joined = _JOINED_ARTICLE.match(surname[0])
    if joined and len(surname[0]) > joined.end():
        article = joined.group(0)
        surname = [surname[0][len(article):], *surname[1:]]
        rest = [*rest, article]
    return " ".join(surname), " ".join(rest)


def surname_start(words: list[str]) -> int:
    """Where the surname of a full name starts: its last word with the capitalised particles before it
    ("Khalid | Al Nuaimi", "Marine | Le Pen"); lower-case ones stay with the given names, as
    libraries file them ("Charles de | Gaulle", "Ursula von der | Leyen"). "St"/"St."/"Saint" before the last word
    opens the surname ("Oliver | St John-Mabey", "Eva | Saint Marie"), as libraries file "St John" (a trial, T11,
    2026-12-06, filed "John-Mabey, Oliver St"); so do the Spanish and Portuguese "San", "Santa", "Santo", "São"
    ("Elena | San Martín", "Rafael | Santa Cruz": T29 F11, 2026-12-07, filed "Martín, Elena San" under M, while "Santa
    Cruz" filed right only because familynames read "Santa" as a first surname and "San" as a Vietnamese syllable)."""
    if patronymic_at(words) is not None:
        return 0  # "Anwar bin Ibrahim": a given name and his father's, no surname ("Mr Ibrahim" is not he: malaytitles.py)
    at = len(words) - 1
    while at > 1 and words[at - 1][:1].isupper() and (words[at - 1].lower() in SURNAME_PARTICLES or (
            at == len(words) - 1 and _saint_opens(words[at - 1], words[at]))):
        at -= 1
    return at


_SAINTS = frozenset({"St", "St.", "Saint", "Ste", "Ste."})  # (a name's particle: a saint's place is no person's name)
# The Spanish and Portuguese saint's words open a surname only before a saint's or a place's name that is Spanish or
# Portuguese: a word with an accent ("San Martín", "São João") or one of `_IBERIAN_SAINTED` ("Santa Cruz", "San
# Juan", "Santo Domingo"). "San" is a Korean, Japanese and Vietnamese name's syllable or honorific too: "Lee San Ho", "Yuki San
# Tanaka" were filed "San Ho, Lee", "San Tanaka, Yuki" after FX100 (FX106, BR62).
_IBERIAN_SAINTS = frozenset({"San", "Santa", "Santo", "São"})
_IBERIAN_SAINTED = frozenset("""Juan José Pedro Pablo Miguel Marcos Lucas Mateo Martin Roman Andres Sebastian Vicente
Antonio Francisco Felipe Jorge Luis Diego Fernando Cristobal Agustin Ignacio Esteban Gil Millan Emeterio Cruz Clara
Ana Maria Cecilia Teresa Rosa Catalina Lucia Elena Isabel Paulo Bento Tiago Domingos Amaro Coloma Germán Domingo
Tomas Tome Salvador Fe Cristo Carlos Jacinto Catarina Barbara Marta Eulalia Sofia Ines Cruz""".split())


def _saint_opens(saint: str, last: str) -> bool:
    """Whether the saint's word `saint` before a name's last word `last` opens its surname: "St", "Saint", "Ste"
    always ("Oliver | St John-Mabey"); `_IBERIAN_SAINTS` only before an accented word or one of `_IBERIAN_SAINTED`
    ("Elena | San Martín", "Rafael | Santa Cruz"; not "Lee San Ho", "Yuki San Tanaka": FX106)."""
    if saint in _SAINTS:
        return True
    return saint in _IBERIAN_SAINTS and last[:1].isupper() and (not last.isascii() or last in _IBERIAN_SAINTED)


# Dutch and Afrikaans particles ("van der Merwe", "van den Berg", "ter Horst", "van 't Hof"): the first of them opens
# the surname (`_DUTCH_LEADS`), the others may follow. Not "de", "den", "der" alone (French, Spanish, Portuguese
# names: "Villepin, Dominique de", "Cruz, Juan de la"), nor German "von", "zu" ("Leyen, Ursula von der").
_DUTCH_LEADS = frozenset("van ver ter ten".split())
_DUTCH_PARTICLES = _DUTCH_LEADS | frozenset("de der den het 't".split())


def _particle_led(words: Sequence[str]) -> int | None:
    """Where the surname starts when it starts with lower-case Dutch particles (`_DUTCH_LEADS`: "Pieter | van der
    Merwe"), else None; `filing_order` files it there when an article writes them capitalised with the surname alone
    inside a sentence (`particles_led`).

    The rule (FX33, T21, 2026-12-07; the T21 briefing filed "Merwe, Pieter van der" under M): the Library of Congress
    enters Afrikaans and English surnames under the prefix and Dutch ones under the part after it (AACR2 22.5D1, its
    table of prefixes by language); Belgian usage files the full name (Van der Poel), the Netherlands' the core word
    (Poel, van der: the Taalunie's taaladvies.net, "Alfabetische rangschikking van namen"). The text does not name the
    language; what it shows is how the bearer's particles are written: capitalised inside a sentence in English copy
    ("“…,” Van der Merwe said") is the Afrikaans, Belgian or English bearer's own form, which the index follows; at a
    sentence's start any particle is capitalised ("Van der Berg said she would …", the hospital set's Dutch economist,
    filed "Berg, Ingrid van der"), and after the given name it is lower case either way, so those say nothing."""
    at = next((i for i in range(1, len(words) - 1) if words[i] in _DUTCH_LEADS), None)
    return at if at is not None and all(w in _DUTCH_PARTICLES for w in words[at:-1]) else None


def particles_led(text: str, mentions: Sequence[tuple]) -> tuple[str, ...]:
    """The article-local full names (people; the surname alone where the article gives no more) whose Dutch particles
    `text` writes capitalised with the surname alone inside a sentence ("“…,” Van der Merwe said": `_particle_led`);
    not where a sentence opens (after . ! ? : or a blank, opening quotes and brackets passed over). `mentions`:
    names.Found."""
    found = []
    for m in mentions:
        words = m[0].split()  # (the full name given in this article, or the surname alone, which the index folds)
        if m[3] != PERSON or m[6] or len(words) < 2 or words[0].lower() not in _DUTCH_LEADS or not words[0][:1].isupper() or (
                not all(w in _DUTCH_PARTICLES for w in words[1:-1])) or not m[4].casefold().endswith(m[0].casefold()):
            continue
        before = text[max(0, m[1] - 12):m[1]].rstrip().rstrip("\u201c\u2018\"'([").rstrip()
        if before and before[-1] not in ".!?:\n" and not (before[-1] in "\u201d\"" and before[-2:-1] in ".!?"):
            found.append(m[4])
    return tuple(dict.fromkeys(found))


# A courtesy title before a word alone ("Ms Meseret", "Mr. Abiy"): `given_called`
_COURTESY_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?[ \t]+$")


def given_called(text: str, mentions: Sequence[tuple]) -> tuple[str, ...]:
    """The article-local full names of two words (people) that `text` calls by a courtesy title and the first word
    ("Meseret Alemayehu … Ms Meseret said"): a given name and a father's name, as Ethiopian and Eritrean names are,
    which the index files as written (`filing_order`'s `given_first`; T21, 2026-12-07). English usage titles the
    surname ("Ms Alemayehu"), so the text itself says the first word is what the person is called by. `mentions`:
    names.Found tuples of `text`."""
    found = [m[4] for m in mentions if m[3] == PERSON and not m[6] and " " not in m[0] and m[4].count(" ") == 1
             and m[4].split(" ", 1)[0] == m[0] and _COURTESY_BEFORE.search(text, max(0, m[1] - 10), m[1]) is not None]
    return tuple(dict.fromkeys(found))
