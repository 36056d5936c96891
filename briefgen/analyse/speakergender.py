"""Which of the people of the archive sharing a surname an article's "Mr Harrowgate said" names (people.people_of).

    frame_gender(quote)                               # "m" for "“…,” he said", "Mr Harrowgate said"; else ""
    gendered_owner(("Ines Harrowgate", "Tobias Harrowgate"), "m", {"Ines Harrowgate": {"f"}})   # "Tobias Harrowgate"

A surname that two people of the archive bear and an article writes alone ("Mr Harrowgate wants … “…,” he said" in
an article naming neither Ines nor Tobias Harrowgate in full) is listed as no one's (`lonenames.lone_surnames`). The
quotation's own frame may tell the speaker's gender: the pronoun of a pronoun frame ("he said"), or a gendered title
right before the speaker's name in its sentence ("“…,” Mr Harrowgate said"). What the archive's quotations tell of
each bearer the same way ("“…,” she said" of Ines Harrowgate, three times) then leaves one the quotation may be: a
bearer is excluded only when every quotation that tells their gender tells the other one; the quotation is the one
left's when exactly one is (a trial, 2026-12-04: consultants-letter-mtw.md's quotation was on no page). Given
names tell nothing there.

A surname written alone that one person of the archive bears is theirs unless the quotation's frame tells the other
sex (`fits_sex`): what the archive's quotations tell of that person, else their given name (givensex.py). A trial
(T17) put '“…,” Ms Zhang said' on the page of Zhang Wei, the one Zhang named in full elsewhere, whom "Mr Zhang said"
tells a man; it is on no page now, as a surname two people bear is.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from briefgen.analyse.givensex import given_sex
from briefgen.analyse.quoteresult import Quote

_PRONOUN = re.compile(r"\b(he|she)\b", re.I)
_MALE_TITLES = ("Mr", "Sir", "Lord")
_FEMALE_TITLES = ("Ms", "Mrs", "Miss", "Dame", "Lady")


def frame_gender(quote: Quote) -> str:
    """"m" or "f" when the quotation's frame tells its speaker's gender (module docstring), else ""."""
    if quote.kind != "person" or not quote.speaker:
        return ""
    if quote.frame == "pronoun":
        at = quote.sentence.find(quote.text)
        after = quote.sentence[at + len(quote.text):] if at != -1 else ""
        found = _PRONOUN.search(after)
        return "" if found is None else ("f" if found.group(1).lower() == "she" else "m")
    sentence, speaker = quote.sentence, quote.speaker
    if speaker[0].isspace():  # (then \s+ may leave it its first spaces: the pattern itself)
        found = re.search(rf"{_TITLED.pattern}{re.escape(speaker)}\b", sentence)
        return "" if found is None else "m" if found.group(1) in _MALE_TITLES else "f"
    for titled in _TITLED.finditer(sentence):  # (the first title right before the speaker's name, as a word)
        if sentence.startswith(speaker, titled.end()) and _EDGE.match(sentence, titled.end() + len(speaker)):
            return "m" if titled.group(1) in _MALE_TITLES else "f"
    return ""


# A gendered title before a name: read once a sentence, the name compared as written (a pattern made for each speaker,
# rf"\b(Mr|…)\.?\s+{re.escape(speaker)}\b", compiled one per name of the archive and pushed the others out of re's
# cache of 512); `_EDGE`: the word boundary (\b) after the name.
_TITLED = re.compile(rf"\b({'|'.join(_MALE_TITLES + _FEMALE_TITLES)})\.?\s+")
_EDGE = re.compile(r"\b")


def gendered_owner(bearers: Iterable[str], gender: str, genders: Mapping[str, set[str]]) -> str | None:
    """The one of `bearers` (canonical names) that a quotation whose frame tells `gender` ("m"/"f") may be of, given
    what quotations tell of each (`genders`: canonical name → the genders its quotations' frames tell); None when
    none or several may be."""
    other = "f" if gender == "m" else "m"
    fits = [b for b in bearers if genders.get(b) != {other}]
    return fits[0] if gender and len(fits) == 1 else None


def fits_sex(person: str, gender: str, genders: Mapping[str, set[str]]) -> bool:
    """Whether a quotation whose frame tells `gender` ("m"/"f", or "": tells nothing) may be `person`'s (a canonical
    name): not when every quotation that tells their sex tells the other one (`genders`), nor, when none tells it,
    when their given name (the first of two words or more) is of the other sex (module docstring)."""
    if not gender:
        return True
    told = genders.get(person) or ({given_sex(person.split()[0])} - {""} if " " in person else set())
    return told != {"f" if gender == "m" else "m"}
