"""A job's word before a surname the article gives with a given name is that person's title (issue 9, T12, 2026-12-06).

    job_titled(title, ["Astronaut", "Osterhagen"], 0, context=article)   # True: the article names "Leif Osterhagen"

A two-word run reads as a given name and a surname (nameruns.classify). When its first word is an occupation's or a
role's (occupations.opening_occupation: titlewords.OCCUPATIONS, the lexicon's false titles, role nouns, descriptors
and the endings of jobs: "Astronaut", "Pilot", "Engineer", "Striker", "Coach", "Chef") and the article (or the text
read, or the names read before it, `earlier`) names a person of that surname with a given name that is no such word
("Leif Osterhagen", "Veldmark astronaut Leif Osterhagen"), the word is that person's title, not a given name: T12's
headline 'Astronaut Osterhagen: "We must fly again, and soon"' made a second person "Astronaut Osterhagen" (People
page, the interview's quotation) beside Leif Osterhagen. The surname then refers to the full name as "Mr Osterhagen"
does (two people of that surname: to neither). Without such a full name the run stays as it was (precision first: a
job word that is also someone's given name loses nothing). "Dean" before three words is read by deans.py, as before.
"H.E." or "H.H." before a surname the text gives with given names they do not fit is the style (His or Her
Excellency: "William Ruto … H.E. Ruto said"); otherwise they are initials ("H.E. Bates": initialnames.styled_surname).
A named title that is a given name too ("Nana", "Alhaji", "Kumari": titlewords.GIVEN_NAME_TITLES) is a surname's
title where that person's full name stands earlier, not in the same sentence ("Aliko Dangote … Alhaji Dangote"), and
a name of its own where it comes first or beside the other ("Nana Walren and Dase Walren spoke": two people):
givennametitles.py (FX119, FX123). A pure function of its arguments.
"""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from briefgen.analyse.capitals import CAPITAL
from briefgen.analyse.deans import dean_titled
from briefgen.analyse.givennametitles import given_name_titled
from briefgen.analyse.initialnames import styled_surname
from briefgen.analyse.lexicon import TITLE_WORDS
from briefgen.analyse.titlewords import DOTTED_STYLES, GIVEN_NAME_TITLES
from briefgen.analyse.nameparticles import POSITION_PARTICLES, name_word
from briefgen.analyse.namekeys import fold
from briefgen.analyse.occupations import opening_occupation

_POSSESSIVE = re.compile(r"['\u2019]s?$")
_PARTICLES = "|".join(sorted(POSITION_PARTICLES | {"van", "von", "de", "der", "den", "del", "da", "di", "du", "le", "la"},
                             key=lambda w: (-len(w), w)))


def _given(word: str, job: str) -> bool:
    """A given name's word: a name's word (nameparticles.name_word) that is no job, title or the job word itself."""
    lowered = word.lower()
    return (lowered != job and name_word(word) and not opening_occupation(lowered) and lowered not in TITLE_WORDS
            and lowered.rstrip(".") not in TITLE_WORDS)


def _full_in(source: str, surname: str) -> str:
    """The first full name `source` writes with `surname`: one or two given names (`_given`) and the surname; else ""."""
    pattern = rf"(?<![\w'\u2019.-])((?:{CAPITAL}[\w'\u2019-]*[ \t]+){{1,2}})(?:(?:{_PARTICLES})[ \t]+)*{re.escape(surname)}(?![\w-])"
    for found in re.finditer(pattern, source):
        given = [w for w in found.group(1).split() if _given(w, "")]
        if given:
            return " ".join([*given, surname])
    return ""


def _named_in_full(source: str, surname: str, job: str) -> bool:
    """Whether `source` writes `surname` after a given name (module docstring)."""
    pattern = rf"(?<![\w'\u2019.-])({CAPITAL}[\w'\u2019-]*)[ \t]+(?:(?:{_PARTICLES})[ \t]+)*{re.escape(surname)}(?![\w-])"
    return any(_given(m.group(1), job) for m in re.finditer(pattern, source))


def job_titled(text: str, tokens: Sequence[str], at: int, context: str = "",
               earlier: Mapping[str, str] | None = None) -> bool:
    """Whether the first of the run `tokens` (at `at` in `text`) is a title: "Dean" before two name words where the
    article shows a dean (deans.dean_titled), or a job's word before a surname that `text`, `context` or the full
    names read before (`earlier`: a folded surname -> the full name, as names.py keeps them) give with a given name
    (module docstring)."""
    if dean_titled(text, list(tokens), at):
        return True
    if len(tokens) == 2 and tokens[0].lower().replace("\u2024", ".") in DOTTED_STYLES:  # "H.E. Ruto" after "William
        surname = _POSSESSIVE.sub("", tokens[1])  # Ruto": the style; "H.E. Bates": initials (initialnames, FX40)
        known = (earlier or {}).get(fold(surname)) or _full_in(text, surname) or _full_in(context, surname)
        return styled_surname(f"{tokens[0]} {surname}", known)
    if len(tokens) != 2 or not opening_occupation(tokens[0].lower()) or not tokens[0][:1].isupper():
        return False
    job, surname = tokens[0].lower(), _POSSESSIVE.sub("", tokens[1])
    if not name_word(surname):
        return False
    if job in GIVEN_NAME_TITLES:  # (a given name too: a title where the full name stands earlier: givennametitles.py)
        return given_name_titled(text, tokens[0], surname, at, context, earlier)
    full = (earlier or {}).get(fold(surname), "").split()
    if len(full) > 1 and _given(full[0], job):
        return True
    return _named_in_full(text, surname, job) or bool(context) and _named_in_full(context, surname, job)
