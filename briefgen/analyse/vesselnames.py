"""Names of ships, of the sea's places and of carriers and crown bodies: no one's name, whatever their words.

    ship_name("MV Morning Star")                  # -> "Morning Star": a vessel ("MV", "RMS", "HMS" …), no person
    vessel_named(text, start)                     # -> True after "the ferry", "Relief ferry", "the tugs", "MV",
                                                  #    "the Hong Kong-flagged", "the bulk carrier"
    numbered_vessel(text, start, end)             # -> True for "SAR" in "the rescue ship SAR 412"
    shown_vessel(text, "Morning Star")            # -> True where the text writes one of those before it once
    COAST_HEADS, CARRIER_HEADS, crown_body(tokens)

A ferry trial (tests/stories/ferry/, 2026-12-05) published People pages for "Craigan Reef" (16 articles), "Morning
Star", "MV Morning Star", "Island Lass" (ships), "HM Coastguard" and "Marine Accident Investigation Branch", and gave
"Northsound Ferries said it was “disappointed”" to a person. Four kinds, each read by the words of the run
(nameruns._classify) or by the word before it (names._mention), never by a list of names:
- a ship's prefix before a name (`SHIP_PREFIXES`, written in capitals: "MV Morning Star", "RMS Titanic", "HMS
  Victory"): the run is no name, and the name after the prefix is a thing wherever the article writes it;
- a vessel's noun right before a name, lower case (`VESSEL_NOUNS`: "Scottish ferry Morning Star", "the tugs Ardent",
  "chartered the trawler Girl Maree"): the same;
- a last word that is a coast's or the sea's feature and nobody's surname (`COAST_HEADS`: Reef, Sound, Firth, Loch,
  Point, Isle, Skerry …): a place, as placewords.PLACE_HEADS ("Rock" and "Head" are surnames: Chris Rock, Edith
  Head; not here);
- an organisation by its last word or its first: a carrier's plural ("Northsound Ferries", "Cal Lines": `CARRIER_HEADS`,
  whose words before are also the company: orgnames.company_stem), a coastguard, a branch of a body after two words
  or more ("Marine Accident Investigation Branch", not "Taylor Branch"), or a crown prefix ("HM Coastguard", "HM
  Treasury", not "HM King Charles": `crown_body`).
"""
from __future__ import annotations

import re

# Prefixes of a ship's name, as registers and the press write them (capitals only: "Ms Anna Berg" is a person).
SHIP_PREFIXES = frozenset("MV MS RMS HMS SS MT FV RV MY SY HMY HMCS HMAS HMNZS USS USNS NRP RFA".split())
# Lower-case nouns of a vessel before its name ("the ferry Morning Star", "the tugs Ardent and Brodick").
VESSEL_NOUNS = frozenset("""
ferry ferries vessel vessels ship ships tanker tankers trawler trawlers tug tugs yacht yachts boat boats liner liners
freighter freighters barge dredger cutter lifeboat frigate destroyer submarine schooner steamer catamaran ro-ro
""".split())
# Last words of the sea's and the coast's places, none of them a common surname.
COAST_HEADS = frozenset("""
reef reefs sound firth loch lough point isle isles skerry skerries ness sands shoal shoals headland cove inlet fjord
fiord sandbank narrows voe
""".split())
# Plural nouns of a carrier's business, as the last word of its name; a firm's head as lexicon.COMPANY_HEADS are.
CARRIER_HEADS = frozenset("ferries lines cruises freight tankers navigation".split())
# Heads of public bodies that are no common surname ("HM Coastguard", "the Irish Coast Guard" is ORG_HEADS' guard).
BODY_HEADS = frozenset("coastguard coastguards".split())
# A branch of a body ("Marine Accident Investigation Branch", "Special Branch"): after two words or more only.
BRANCH_HEADS = frozenset("branch".split())
# His or Her Majesty's: a crown body's prefix, unless a royal title or a name follows ("HM King Charles").
CROWN_PREFIXES = frozenset("HM HMG".split())
_ROYAL = frozenset("the king queen prince princess".split())


def ship_prefixed(tokens: tuple[str, ...] | list[str]) -> bool:
    """Whether a run of two words or more opens with a ship's prefix (`SHIP_PREFIXES`)."""
    return len(tokens) > 1 and tokens[0] in SHIP_PREFIXES


_SHIP_RUN = re.compile(rf"(?:The[ \t]+)?(?:{'|'.join(sorted(SHIP_PREFIXES))})[ \t]+(?P<name>.+?)(?:['\u2019]s?)?$")


def ship_name(run: str) -> str:
    """The name of the ship a run of capitalised words names by its prefix ("MV Morning Star", "The MV Island
    Lass's" → "Island Lass"); "" for any other run."""
    found = _SHIP_RUN.match(run)
    return found.group("name") if found is not None else ""


def crown_body(tokens: tuple[str, ...] | list[str]) -> bool:
    """Whether a run is a crown body: "HM" before a word that is no royal title ("HM Coastguard")."""
    return len(tokens) > 1 and tokens[0] in CROWN_PREFIXES and tokens[1].lower() not in _ROYAL


def body_headed(lowered: list[str]) -> bool:
    """Whether a run's lower-case words end in a carrier's, a coastguard's or (three words or more) a branch's head."""
    last = lowered[-1]
    return len(lowered) > 1 and (last in CARRIER_HEADS or last in BODY_HEADS) or len(lowered) > 2 and last in BRANCH_HEADS


def vessel_named(text: str, start: int) -> bool:
    """Whether the name at `start` follows a vessel's noun, lower case, or a ship's prefix, after one space ("the ferry
    Morning Star", "Relief ferry Island Lass", "MV Island Lass"; "the ferry's master Anna Berg" is the master's: the
    word before is "master")."""
    if text[start - 1:start] != " ":
        return False
    before = text[max(0, start - 40):start - 1]
    word = before.rpartition(" ")[2]
    return (word in VESSEL_NOUNS or word in SHIP_PREFIXES
            or ("-flagged" in word or "-registered" in word) and _FLAGGED.search(before) is not None
            or word == "carrier" and before[:-8].rstrip().rpartition(" ")[2] in _CARRIED
            or word.endswith(("the", "the\n")) and _CREWED.search(before) is not None)  # (each pattern searched only
    # where `before` ends in its last word: ~40 µs a c1k article before, the patterns tried at every place of it)


# A ship's crew or a place on board before its name ("all 22 crew members of the Jade Horizon", "aboard the Jade
# Horizon"): T18's owner's statement lost '“…,” the company said' to a rival company "the Jade Horizon".
_CREWED = re.compile(r"(?:\b(?:crew|crews|crew members|crewmen|sailors|seafarers)[ \t]+of|\baboard|\bon[ \t]+board)[ \t]+the$")


# A ship's flag state before its name ("the Hong Kong-flagged Hai Feng 8", "a Liberian-flagged tanker"), and the cargo
# before "carrier" ("the bulk carrier Hai Feng 8", not "the carrier Celtic Skies", an airline): T18, 2026-12-06, listed
# "Feng, Hong Kong-flagged Hai" as a person.
_FLAGGED = re.compile(r"[\w.]-(?:flagged|registered)$")
_CARRIED = frozenset("bulk ore lng lpg gas car vehicle container cement livestock chemical".split())
# A number after a name written after a vessel's noun ("the rescue ship SAR 412", "Hai Feng 8"): the ship's.
_HULL_NUMBER = re.compile(r"[ \t]\d{1,4}(?![\d,.]\d|[ \t]*%)")


def numbered_vessel(text: str, start: int, end: int) -> bool:
    """Whether the run at text[start:end] is a ship named with a number ("the rescue ship SAR 412", "the bulk carrier
    Hai Feng 8"): a vessel's noun or flag before it (`vessel_named`), a number after it. Read whatever the run's words
    are, an acronym's too (T18's "SAR" was an organisation of the rescue ship's name)."""
    return _HULL_NUMBER.match(text, end) is not None and vessel_named(text, start)


def shown_vessel(text: str, name: str) -> bool:
    """Whether `text` writes `name` (as a whole word) after a vessel's noun or a ship's prefix at one of its
    occurrences (`vessel_named`): one sense a text, as places.py reads a place ("the Morning Star" after "the ferry
    Morning Star"). A search of the name's occurrences (a few `str.find`; a regex of every vessel's noun over an
    article cost ~300 µs)."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if not text[end:end + 1].isalnum() and not text[at - 1:at].isalnum() and vessel_named(text, at):
            return True
        at = text.find(name, end)
    return False
