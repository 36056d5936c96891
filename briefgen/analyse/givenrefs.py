"""Which of two people a titled one-word reference names when it is one's surname and the other's given name.

    called_by(text, "Ahmed", {"abiy ahmed": "Abiy Ahmed"}, {"ahmed shide": "Ahmed Shide"})
    # -> {"ahmed shide": "Ahmed Shide"} where the text calls someone else by title and given name ("Mr Abiy"),
    #    {"abiy ahmed": …} where it calls someone by title and surname only, {} (no one) where it does neither

Ethiopian and Eritrean names have no surname: a given name and the father's ("Abiy Ahmed" is Mr Abiy, "Ahmed Shide"
Mr Ahmed; the AP and Reuters style, and the Ethiopian press's), as Somali names (a given name, the father's, the
grandfather's: "Abdi Ali Farah" is Mr Abdi), Malay ones ("Mr Anwar": malaytitles.py) and Icelandic ones are. English
usage titles the surname. fullnames.full_name read a lone "Mr Ahmed" as the last word of a name only, and fell back on a
first word only where no name ended with it: T23 (2026-12-07, a Horn of Africa briefing) had '"…," Mr Ahmed said' after
"Prime Minister Abiy Ahmed and Finance Minister Ahmed Shide" go to Abiy Ahmed, and "Mr Getachew" after "Getachew Reda
and Nebiat Getachew" to Nebiat Getachew. The text's own usage tells which reading it uses: another word written alone
after a title that is only ever a first word of a name the text gives in full ("Mr Abiy", "Prime Minister Abiy") says
it calls people by their given names; one that is only ever a last word ("Mr Reda" of "Getachew Reda"), by their
surnames. With neither, or both, the reference names no one: a wrong speaker is worse than none. Pure.
"""
from __future__ import annotations

import re
from collections.abc import Mapping

from briefgen.analyse.commonsurnames import common_surname
from briefgen.analyse.givensex import EITHER_SEX, given_sex
from briefgen.analyse.lexicon import HONORIFICS, STOPWORDS, TITLE_WORDS
from briefgen.analyse.namekeys import fold
from briefgen.analyse.titlewords import NO_SURNAMES

_WORD = r"[^\W\d_][\w'\u2019\-]*"
# A capitalised word alone after a capitalised title word ("Mr Abiy said", "Prime Minister Abiy and"), no capitalised
# word after it (then it is a name's first word: "Mr Abiy Ahmed"). Periods of abbreviations may be masked (U+2024).
_TITLED_ALONE = re.compile(rf"(?<![\w'\u2019\-])({_WORD})[.\u2024]?[ \t]+({_WORD})(?![\w'\u2019\-])(?![ \t]+[^\W\d_](?<=[^\W\d_a-z]))")


# Titles that take the given name in English usage too ("Sir Nigel", "Dame Judi", "King Charles", "Pope Francis"): they
# tell nothing of how the text calls others (the takeover set's "Sir Nigel" made "Mr Hartley" the store "Hartley Rowe").
GIVEN_BY_RULE = frozenset("sir dame lord lady king queen prince princess pope emperor empress sheikh sheikha".split())


def _usage(text: str, word: str) -> str:
    """"given" when `word` stands in `text` before a capitalised word (a name's first word: "Abiy Ahmed") and never
    after a capitalised word that is no title or sentence word (a name's last: "Abiy Ahmed" for "Ahmed"); "surname"
    the other way round; "" when both or neither."""
    escaped = re.escape(word)
    first = re.search(rf"(?<![\w'\u2019\-]){escaped}[ \t]+[^\W\d_](?<=[^\W\d_a-z])", text) is not None
    last = any(m.group(1).lower().rstrip(".\u2024") not in TITLE_WORDS and m.group(1).lower() not in STOPWORDS
               for m in re.finditer(rf"({_WORD})[ \t]+{escaped}(?![\w'\u2019\-])", text) if m.group(1)[:1].isupper())
    return "given" if first and not last else "surname" if last and not first else ""


def called_by(text: str, surface: str, surnamed: Mapping[str, str], given: Mapping[str, str]) -> dict[str, str] | None:
    """The people a one-word reference `surface` names in `text` (module docstring): `given` (person key -> full name:
    those whose first word it is) when the text calls someone else by a title and a word that is only a given name
    there, `surnamed` (those whose last word it is) when it calls someone by one that is only a surname, else {} (no
    one). None when none of `given` is a person where the text names it (names.names_in: "Hartley Rowe", a department
    store, is no rival of "Jonathan Hartley" for "Mr Hartley"): the reference is read as before, a surname."""
    from briefgen.analyse.names import PERSON, names_in  # (names.py's readings; fullnames.py is read below it)
    persons = {m.full for m in names_in("", text) if m.kind == PERSON}
    if not any(full in persons for full in given.values()):
        return None
    seen = {"given": False, "surname": False}
    for match in _TITLED_ALONE.finditer(text):
        title, word = match.group(1), match.group(2)
        held = title.lower().replace("\u2024", ".")
        if word == surface or not title[:1].isupper() or held not in TITLE_WORDS or held in GIVEN_BY_RULE or (
                held in NO_SURNAMES and held not in HONORIFICS):
            continue  # (a holder's title: "Mr", "Minister", "President"; not "Security", "Foreign", "Prime")
        usage = _usage(text, word)
        if usage:
            seen[usage] = True
    if seen["given"] != seen["surname"]:
        return dict(given) if seen["given"] else dict(surnamed)
    return dict(surnamed) if surname_reading(surnamed, given) else {}


def _given_word(word: str) -> bool:
    """Whether `word` is a known given name (givensex.py's lists)."""
    return bool(given_sex(word)) or fold(word) in EITHER_SEX


def surname_reading(surnamed: Mapping[str, str], given: Mapping[str, str]) -> bool:
    """Whether a one-word reference with no usage evidence (`called_by`: neither or both) names the person whose last
    word it is (`surnamed`, key -> full name) rather than one whose first word it is (`given`), by the names' own
    shapes, English usage titling the surname: every `given` name ends in a common surname (commonsurnames.py: "Lee
    Anderson" is Mr Anderson) that is no known given name, or every `surnamed` name opens with a known given name
    (givensex.py) and no `given` name ends with one ("Stewart Lee" beside "Lee Anderson"). Else no one: T23's "Abiy
    Ahmed" and "Ahmed Shide" ("Abiy" unlisted), "Ahmed Ali" and "Ali Hassan" ("Hassan" a given name: Mr Ali may be
    either). BR33 (2026-12-07): FX55 made "Mr Lee" beside Lee Anderson and Stewart Lee no one (s48: Stewart Lee)."""
    if not surnamed or not given:
        return False
    lasts_of_given = [name.split()[-1] for name in given.values()]
    if all(common_surname(w) and not _given_word(w) for w in lasts_of_given):
        return True
    return all(_given_word(name.split()[0]) for name in surnamed.values()) and not any(_given_word(w) for w in lasts_of_given)
