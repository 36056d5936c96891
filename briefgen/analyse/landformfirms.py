"""Companies named with a Malay or Indonesian landform word: "Tanjung Emas Agri", "Bukit Asam", "Sungai Budi" (T22 #5,
FX45, 2026-12-07).

    landform_firm(("Bukit", "Asam"))                       # -> True: a landform word, then a name's words
    landform_firm(("Kuala", "Lumpur"))                     # -> False: a place (lexicon.PLACES)
    speaking_firm(text, at, reading)                       # reading as an organisation's, when a speech verb follows

placewords.PLACE_LEADS opens a place with a landform word, "Tanjung" (cape), "Bukit" (hill), "Sungai" (river), "Pulau"
(island), "Teluk" (bay), "Gunung" (mountain) …, so a run so opened is no one's name (nameruns._classify: "Tanjung Priok"
is a port). Malaysian and Indonesian companies are named so too (the coal miner Bukit Asam, the planter Sungai Budi,
T22's Tanjung Emas Agri), and T22's '"We do not use fire," Tanjung Emas Agri said in a statement.' had no speaker and
the company no page. Two rules read such a run as a company's:

- a company word or a legal form ends it (companyforms.COMPANY_WORDS: Agri, Agro, Plantations, Perkebunan, Sawit;
  LEGAL_FORMS: Bhd, Berhad, Tbk; lexicon.ORG_HEADS: Group, Holdings, Resources, Mining, Energy, Capital …), wherever
  it stands: nameruns._classify reads those before the landform (companyforms.company_formed);
- it is the subject of a speech verb ("Bukit Asam said", "said Bukit Asam"): a landform of Malay or Indonesian
  (`MALAY_LANDFORMS`) then one to three words of a name, no known place (lexicon.PLACES: "Kuala Lumpur said" is the
  government's, read as a place). A place named so does not speak in the news; a company does.

Other landform words (Mount, Lake, Cape, Port, San, Santa …) open places and saints' names in English and Romance
languages, whose companies carry a company word ("Mount Gibson Iron", "Cape Cod Potato Chips Inc"): the first rule
only.
"""
from __future__ import annotations

import re
from dataclasses import replace

from briefgen.analyse.lexicon import PLACES, SPEECH_VERBS
from briefgen.analyse.nameruns import ORGANISATION, PERSON

# The landform words of placewords.PLACE_LEADS that are Malay or Indonesian.
MALAY_LANDFORMS = frozenset("bukit gunung sungai pulau pulo tanjung tanjong teluk selat danau".split())
_SPEAKS = re.compile(r"[ \t]+(?:%s)\b" % "|".join(sorted(SPEECH_VERBS)))
_PLACE_BEFORE = re.compile(r"\b(?:of|in|at|near|from|to|outside|around|across)[ \t]+$")
_SAID_BEFORE = re.compile(r"\b(?:said|says|added|told)[ \t]+$")


def landform_firm(tokens) -> bool:
    """Whether the words `tokens` (as written) are a Malay or Indonesian landform word and one to three name words that
    no known place is (module docstring)."""
    return 2 <= len(tokens) <= 4 and tokens[0].lower() in MALAY_LANDFORMS and " ".join(tokens).lower() not in PLACES and all(
        t[:1].isupper() and t[1:].islower() for t in tokens[1:])


def speaking_firm(text: str, at: int, reading):
    """`reading` (runparts.Reading, offsets from `at` in `text`: the person's reading of a landform-led run,
    runparts._landform_person) as an organisation's, when its words are `landform_firm`'s and a speech verb follows
    it or "said" comes before it ("Bukit Asam said", "“…,” said Bukit Asam"); else None."""
    if reading is None or reading.kind != PERSON or not landform_firm(reading.surface.split()) or place_before(text, at + reading.start):
        return None  # ("the port of Tanjung Priok said", "in Pulau Pinang": a place)
    if _SPEAKS.match(text, at + reading.end) is None and _SAID_BEFORE.search(text, max(0, at + reading.start - 12), at + reading.start) is None:
        return None
    return replace(reading, kind=ORGANISATION, title="", single=False, references=(), particled=False)


def place_before(text: str, start: int) -> bool:
    """Whether a preposition of place ("of", "in", "at", "near" …) stands right before `start` in `text`: a
    landform-led name there is a place's ("the port of Tanjung Priok")."""
    return _PLACE_BEFORE.search(text, max(0, start - 12), start) is not None
