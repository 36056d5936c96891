"""Capitalised runs that read as a person's name by their words but are a place, a room or a job by their context
(names.py asks before it lists a person).

    thing_named(text, start, end, surface)   # -> "place" | "thing" | "" for the person reading text[start:end]

The ransomware trial (tests/stories/ransom/, 2026-12-05) published People pages, each labelled "Person", for
"Great Hall" ("More than 900 students crammed into the Great Hall"), "Castlebridge North" ("the Labour MP for
Castlebridge North"), "Information Officer" ("said Dr Niamh O'Sullivan, Chief Information Officer.") and both
"Learning Hub" and "Castlebridge Learning Hub". Each is a kind, read here:
- a constituency or ward after "MP for", "MSP for", "MEP for", "member for", "councillor for" … (`_SEAT_BEFORE`):
  a place, at every mention of the article ("place"); singular only ("48 MPs for Kemi Badenoch" are backers) and not
  a run followed by a possessive ("The MP for Tom Reid's constituency");
- a run ending in the head word of a job (`OFFICE_HEADS`: officer, director, manager, secretary …) set off by a comma
  after a name ("Dr Niamh O'Sullivan, Chief Information Officer.") and ending its clause, with no list going on
  ("Tom Reid, Ellen Provost and Anna Berg" keeps Ellen Provost): a job title, no person's name ("thing"); not
  elsewhere ("said Anna Director," — a title word ending a name is its surname: tests/analyse/test_title_word_surnames.py);
- a run ending in the head word of a facility (`FACILITY_HEADS`: hub, campus, building, auditorium … — not "Hall",
  "House", "Arena" nor "Plaza", which are surnames): a place ("place"), unless a role is set off after it and no
  "the" before it ("Oliver Hub, a councillor,");
- two or more words right after "the" or "The" (`namecontext.after_the`, which names.py reads only for one word),
  ending in a room's or a building's head word (`ROOM_HEADS`: hall, room, chamber, gallery, palace …) and ended by
  punctuation or a function word ("the Great Hall on Wednesday", "The Great Hall was full"): a room ("thing" for that
  mention only: "the Harvey Weinstein trial", where a noun follows, keeps its person). Until 2026-12-05 12:30 any two
  words, which read "the Keir Starmer who won", "The Taylor Swift of politics", "the Kessler Twins" as things.
- (issue 9's airport briefing, 2026-12-05) a stream after "the" ("the Ashby Brook near Marden Park": `WATER_HEADS`,
  brook, beck, burn, creek, stream — "Glenn Beck", "Peter Brook" have no "the") ended as a room's is: a place; a code
  name, "Project Kestrel", "Operation Yellowhammer" (`CODE_NAME_HEADS` and one or two words, none a job's): a thing;
  an airline's name right before its planes or flights after "a"/"an"/"the" ("A Celtic Skies plane from Belfast",
  "the Celtic Skies flight": `AIRLINE_NOUNS`) or set off as one (", the airline"): a thing (people write "Tom Reid's
  flight"); so is a venue's name before its noun ("The Little Brook pub said", "the Marden Park estate": `VENUE_NOUNS`),
  and one that ends in that noun after "the" ("the owner of the Crown Inn", "runs the Grange Hotel": BR8, 2026-12-06);
- a name of two or three words that a Spanish or Portuguese article opens ("El Toqui", "Las Bambas": `ROMANCE_ARTICLES`,
  T20 #6): a place.
Not for a run with a title ("the Rev Anna Berg": names.py reads the title first) nor a run the article names as a
speaker ("Great Hall said" is left as it was). Pure functions of the text.
"""
from __future__ import annotations

import re

from briefgen.analyse.capitals import CAPITAL
from briefgen.analyse.lexicon import STOPWORDS
from briefgen.analyse.namecontext import after_the
from briefgen.analyse.pricednames import priced_thing
from briefgen.analyse.spokesnames import spoken_for_word  # noqa: F401 (names.py reads it from here: a run no speaker by its context)
from briefgen.analyse.instrumenttails import instrument_tail  # noqa: F401 (names.py reads it from here: "… Convention on Human Rights")

PLACE, THING = "place", "thing"
# The last words of job titles that are no surname a briefing meets ("Chief Information Officer", "Head of Estates
# Director"): not "Major", "King", "Bishop", "Judge", "Dean", "Chancellor", "Marshal", which are also surnames.
OFFICE_HEADS = frozenset("""officer director manager secretary executive editor coordinator co-ordinator administrator
adviser advisor correspondent lecturer registrar treasurer provost commissioner controller superintendent supervisor
chairman chairwoman chairperson spokesperson spokesman spokeswoman""".split())
# The last words of a facility's name ("Castlebridge Learning Hub", "Student Services Building"): no surnames.
FACILITY_HEADS = frozenset("""hub campus building buildings auditorium pavilion annexe annex arena stadium gymnasium
quadrangle atrium concourse refectory theatre theater precinct""".split())
# The last words of a room or a building that "the" opens ("the Great Hall on Wednesday"): not a surname after "the".
ROOM_HEADS = frozenset("""hall halls room rooms chamber chapel library gallery lounge lobby foyer suite centre center
palace terminal""".split())
# The last words of a stream's name that "the" opens ("the Ashby Brook"); without "the" they are surnames (Beck, Brook).
WATER_HEADS = frozenset("brook brooks beck burn creek stream".split())
# Spanish and Portuguese articles that open a mine's, a dam's, a hill's or a paper's name ("El Toqui", "Las Bambas", "Los
# Pelambres", "O Globo"; T20 #6, FX24: the dam "El Toqui" was a person in 13 articles, filed "Toqui, El"). A person's
# name opens with none where no given name or title comes first and the name speaks nowhere in the article (names.py
# asks only then: "Mohamed El Sayed … El Sayed said", "Ignazio La Russa" keep theirs). Not "A", "As": English words.
ROMANCE_ARTICLES = frozenset("el la los las lo o os".split())
# The first word of a code name ("Project Kestrel", "Operation Yellowhammer"): no given name.
CODE_NAME_HEADS = frozenset("project operation".split())
# What an airline's name stands right before ("A Celtic Skies plane", "the Celtic Skies flight"): no person's name.
AIRLINE_NOUNS = frozenset("plane planes flight flights airliner airliners jet jets aircraft airline".split())
# What a venue's name stands right before after "a"/"an"/"the" ("The Little Brook pub said", "the Marden Park estate"):
# its owner's or its place's name, no person's (a breaker, issue 9, 2026-12-05); not "the Tom Reid trial".
VENUE_NOUNS = frozenset("""pub pubs inn tavern hotel bar restaurant cafe café bistro takeaway shop store supermarket estate
farm nursery surgery pharmacy bakery brewery distillery garage marina campsite caravan""".split())
# Words a stream's name stands before ("the Ashby Brook near Marden Park", "the Ashby Brook runs through …").
_WATER_AFTER = frozenset("near past beside below above behind runs flows rises joins meets burst".split())
_DETERMINER_BEFORE = re.compile(r"(?<![\w'\u2019-])(?:[Aa]n?|[Tt]he)[ \t]+$")
_NOUN_AFTER = re.compile(r"[ \t]+([a-z]+)\b")
# The noun must head its appositive (punctuation or a relative word after it): "Tom Reid, the airline's chief
# executive," / "the former airline boss" / "a former airline pilot" are persons (a breaker's P1, 2026-12-05).
_AIRLINE_AFTER = re.compile(r",[ \t]+(?:the|an?)[ \t]+(?:[a-z-]+[ \t]+)?(?:airline|carrier)(?=[ \t]*(?:[,.;:!?)\u2014\u2013\n]|$)|"
                            r"[ \t]+(?:that|which|based|owned|founded)\b)")
# A constituency's or a ward's name after its member: "the Labour MP for Castlebridge North", "MSP for Glasgow Kelvin".
_SEAT_BEFORE = re.compile(r"(?<![\w-])(?:MP|MSP|MS|MLA|MEP|AM|TD|[Mm]ember|[Cc]ouncill?or)[ \t]+for[ \t]+$")
# A run that owns what follows ("the MP for Tom Reid's constituency"): a person's, not a seat.
_POSSESSIVE = re.compile(r"['\u2019]s?\b")
# A run set off by a role of its own ("Oliver Hub, a councillor,", "Maria Arena, the Belgian MEP"): a person.
_ROLE_AFTER = re.compile(r",[ \t]+(?:a|an|the)[ \t]")
# A job title ends its clause; a list goes on ("Tom Reid, Ellen Provost and Anna Berg", "Ellen Provost, Anna Berg").
_TITLE_ENDS = re.compile(rf"[ \t]*(?:[.;:!?)\u201d\"'\u2019]|\n|$|,(?![ \t]*(?:(?:and|or)[ \t]+)?{CAPITAL}))")
# A job title set off after a name: ", " and perhaps title words written before the run ("O'Sullivan, Chief ").
_APPOSITIVE_BEFORE = re.compile(rf"[\w.'\u2019],[ \t]+(?:{CAPITAL}[\w'\u2019-]*[ \t]+){{0,3}}$")
# What ends a run that "the" opens as a name of its own: punctuation, a line's end, or a function word.
_AFTER_THING = re.compile(r"[ \t]*(?:[.,;:!?)\u201d\"'\u2019]|\n|$|(?P<word>[a-z]+)\b)")


# An outlet's context right before "the" and a name: "first published by the Morning Star", "told the Coast Record",
# "according to the Morning Star" (English writes no article before a person's name; issue 9, 2026-12-05).
_OUTLET_BEFORE = re.compile(r"(?<![\w'\u2019])(?:(?:published|reported|revealed|broadcast|quoted|obtained|seen|printed)[ \t]+by"
                            r"|told|according[ \t]+to|writing[ \t]+in|wrote[ \t]+in|interview[ \t]+with)[ \t]+the[ \t]+$")


_ACCORDING_THE = re.compile(r"(?<![\w'\u2019])[Aa]ccording[ \t]+to[ \t]+the[ \t]+$")


def according_to_the(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] follows "according to the" and ends at punctuation or a function word
    ("According to the Morning Star, the talks …"): a body's, a paper's, never a person's (English writes no "the"
    before a person's name), even where a speaker's frame reads it (the breaker's "Morning Star" person, 2026-12-05).
    Not "according to the Tom Reid report" (a noun after it)."""
    if _ACCORDING_THE.search(text, max(0, start - 24), start) is None:
        return False
    follows = _AFTER_THING.match(text, end)
    return follows is not None and (follows.group("word") is None or follows.group("word") in STOPWORDS)


def thing_named(text: str, start: int, end: int, surface: str) -> str:
    """What the untitled person reading `surface` at text[start:end] is by its context: PLACE, THING or "" (a person
    as far as this module knows; module docstring)."""
    words = surface.lower().split()
    if _SEAT_BEFORE.search(text, max(0, start - 24), start) and not _POSSESSIVE.match(text, end):
        return PLACE
    if len(words) < 2:
        return ""
    if words[-1] in FACILITY_HEADS and not (_ROLE_AFTER.match(text, end) and not after_the(text, start)):
        return PLACE
    if (words[-1] in OFFICE_HEADS and _APPOSITIVE_BEFORE.search(text, max(0, start - 60), start)
            and _TITLE_ENDS.match(text, end)):
        return THING  # (not "said Anna Director,": a title word ending a name is its surname, titlewords.NO_SURNAMES)
    if _OUTLET_BEFORE.search(text, max(0, start - 40), start):
        follows = _AFTER_THING.match(text, end)  # (a noun after it is the person's: "told the Tom Reid case had …")
        if follows is not None and (follows.group("word") is None or follows.group("word") in STOPWORDS):
            return THING  # "published by the Morning Star", "told the Coast Record": a paper (not "in the Keir Starmer who")
    if priced_thing(text, start, end):
        return THING  # "the pump price of Premium Motor Spirit" (pricednames.py; T26 F9)
    if words[0] in ROMANCE_ARTICLES and len(words) <= 3:
        return PLACE  # "the El Toqui tailings dam", "Las Bambas", "Los Pelambres": no person's name opens with an article
    if words[0] in CODE_NAME_HEADS and len(words) <= 3 and not set(words) & OFFICE_HEADS:
        return THING  # "called Project Kestrel" (not "Project Manager Anna Berg": a job's word)
    if (_DETERMINER_BEFORE.search(text, max(0, start - 6), start) and (noun := _NOUN_AFTER.match(text, end))
            and (noun.group(1) in AIRLINE_NOUNS or noun.group(1) in VENUE_NOUNS) or _AIRLINE_AFTER.match(text, end)):
        return THING  # "A Celtic Skies plane", "Celtic Skies, the airline,", "The Little Brook pub"
    if words[-1] in ROOM_HEADS | WATER_HEADS | VENUE_NOUNS and after_the(text, start):  # ("the Crown Inn": BR8, 2026-12-06)
        follows = _AFTER_THING.match(text, end)
        if follows is not None and (follows.group("word") is None or follows.group("word") in STOPWORDS or (
                words[-1] in WATER_HEADS and follows.group("word") in _WATER_AFTER)):
            return THING
    return ""
