"""A possessive name that opens a sentence about what its person said is that sentence's subject: "Kaja Kallas's
message was blunt. “…,” she said." and "…," the EU foreign policy chief said" are hers (T27, 2026-12-07: no speaker
for either, while "Kallas said" was hers; a possessor was never a subject, antecedents.py: "Lavrov's aide" is the
aide's sentence).

Rule: the person run whose last word is a possessive (`'s`, `’s`, `s'`) opens the sentence (only an adverb or a time
word before it) and owns, after at most one adjective, a noun of what was said (`SAID_NOUNS`: message, answer,
verdict, warning …) — "Kallas's message", "Kallas's blunt answer". Never a person noun ("Lavrov's aide", "Putin's
spokesman": the one they own speaks), and never when another person is named in the sentence: the pronoun or the
office noun of the next frame then has no such subject, as before. `possessor_speaks` is the frame half of it: what
follows the name says that the person spoke (titledvoices reads "the <office>" by it as it reads "X said").

FX83 (BR43, 2026-12-07) narrowed it, for the possessor fed older wrong readings: "Kaja Kallas's message was blunt.
“…,” her spokesman said" was Kallas's, "… he said" labelled Kallas a man, "… the defence minister said" gave her an
office the text never did, "Kaja Kallas's message was read out by an aide. “…,” he said." was hers. Now the possessor
is the referent of "he"/"she" only when the sex known of the person (givensex.person_sex: the given name, a gendered
title, what the text tells) agrees, never of another pronoun ("her spokesman"), of an office noun only when the run
itself gives the person an office ("EU foreign policy chief Kaja Kallas's message …": titledvoices wants title words
before the name, and the office noun among them), and never when the sentence names a person by a noun (unnamedvoices.PERSON_NOUNS:
"aide", "spokesman"). T27's "Kaja Kallas's message was blunt. “…,” she said" has no speaker again ("Kaja" is in no
given-name list): T27 F3 is open for an unlisted given name.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from briefgen.analyse.givensex import person_sex, pronoun_sex
from briefgen.analyse.unnamedvoices import PERSON_NOUNS

# What a possessive may own when its owner is the one who speaks: "His message was short: “…”", "Kallas's message was
# blunt." (a trial's two quotations went unnamed; antecedents.possessed_lead_in reads "his"/"her" before them).
# Not a person ("His spokesman was blunt:" is the spokesman's).
SAID_NOUNS = frozenset("""message answer reply response verdict words view advice warning point argument retort
reaction comment comments assessment explanation summary conclusion promise pledge instruction plea appeal remarks
statement speech tone""".split())
_OWNS = re.compile(r"[ \t]+(?P<first>[a-z][a-z\-]*)(?:[ \t]+(?P<second>[a-z]+)\b)?")
_POSSESSIVE = re.compile(r"(?:['\u2019]s|s['\u2019])$")
_OPENING = re.compile(r"[\s\W]*(?:(?:[A-Z][a-z]+ly|Meanwhile|Later|Earlier|Then|Afterwards|Today|Yesterday),?[ \t]+)?")


def possessor_speaks(masked: str, end: int, hi: int, tokens: Sequence[str]) -> bool:
    """Whether the person run whose words are `tokens`, ending at `end` in masked[:hi], is a possessive that owns a
    noun of what was said ("Kallas's message", "Kallas's blunt answer": `SAID_NOUNS`)."""
    if not tokens or not _POSSESSIVE.search(tokens[-1]) or len(tokens[-1]) < 3:
        return False
    found = _OWNS.match(masked, end, hi)
    return found is not None and (found.group("first") in SAID_NOUNS or found.group("second") in SAID_NOUNS)


def possessor_subject(masked: str, lo: int, hi: int, persons: Sequence[Sequence[tuple[int, str]]], pronoun: str = ""
                      ) -> Sequence[tuple[int, str]] | None:
    """The one person run of the sentence masked[lo:hi] (`persons`: each (offset, word) pairs, title words included)
    when it opens the sentence and `possessor_speaks` (module docstring), and `pronoun` (the next frame's "he"/"she",
    else "") agrees with the sex known of the person, or with no pronoun the run gives the person an office; else
    None (FX83 in the module docstring)."""
    if len(persons) != 1:
        return None
    run = persons[0]
    words = [w.lower() for _, w in run]
    if PERSON_NOUNS & (set(re.findall(r"[a-z]+", masked[lo:hi].lower())) - set(words)):
        return None  # ("Kaja Kallas's message was read out by an aide.": the aide's)
    if pronoun:
        name = " ".join(_POSSESSIVE.sub("", w) for _, w in run[-2:])
        sex = pronoun_sex(pronoun)
        if not sex or person_sex(masked, name) != sex:
            return None  # ("…,” he said" of Kaja Kallas; "…,” her spokesman said": not hers)
    elif len(run) < 3:
        return None  # ("…,” the defence minister said": no office of hers the text gives; titledvoices wants a title)
    end = run[-1][0] + len(run[-1][1])
    opening = _OPENING.match(masked, lo, run[0][0])
    if opening is None or opening.end() != run[0][0]:
        return None
    return run if possessor_speaks(masked, end, hi, [w for _, w in run]) else None
