"""A colon lead-in whose subject was asked: "Van der Berg, asked by the chair whether he read the June report: “I did.
…”" — the answer is the named subject's (T14's hearing live blog, 2026-12-06: no speaker, for "asked" was read as the
lead-in's speech verb and the name part was not one of two capitalised words: "Van der Berg").

    asked_subject(masked, np_start, np_end)   # [(start, end)] of "Van der Berg" for such a lead-in, else []
    asked_end(masked, np_start, np_end)       # np_end for such a lead-in, else np_start
    after_clock(masked, start, end)           # past "10:48 " ("At 10:48, ") before such a lead-in, past "6.00 am: " before any

The lead-in (the words before the colon, as quoteframes.BEFORE_COLON_NAME's "np" gives them) is a name — capitalised
words, surname particles between (lexicon.SURNAME_PARTICLES: "Van der Berg", "Anna von Thurn"), or one word that is no
stopword nor a time's ("Reid", not "Earlier") — then a comma and a passive participle of questioning ("asked", "pressed", "questioned", "quizzed", "challenged",
"grilled", "when asked", "after being asked"), with no other comma, and nothing after it. Pure functions.
"""
from __future__ import annotations

import re

from briefgen.analyse.colonleads import appositive_lead, party_lead
from briefgen.analyse.lexicon import MONTHS_DAYS, STOPWORDS, SURNAME_PARTICLES, TIME_WORDS
from briefgen.analyse.capitals import CAPITAL

_WORD = rf"{CAPITAL}[\w'\u2019\-]*"
_NOT_NAMES = STOPWORDS | MONTHS_DAYS | TIME_WORDS | frozenset("earlier later then meanwhile separately again".split())
# A live blog's time stamp opening an entry: "10:48 ", and as South Asian and British papers write it, the hour with a
# period, "am"/"pm" and a colon of its own ("6.00 am: ", "12.40 am: ", "11.15pm: ": T16, 2026-12-06).
# Also as a sentence opens with it, a preposition before and a comma or a dash after ("At 08:20, Emil Zak: “…”": the
# clock's own colon ended the lead-in, and the entry had no speaker; FX21).
_CLOCK = re.compile(r"\s*(?:[*_]{1,2})?(?:(?:[Aa]t|[Bb]y|[Aa]round|[Ff]rom|(?:[Ss]hortly|[Jj]ust|[Ss]oon)[ \t]+(?:after|before))[ \t]+)?"
                    r"\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?[ \t]*(?P<colon>:)?(?:[*_]{1,2})?(?:[ \t]*[,\u2014\u2013-])?[ \t]+")  # (bold in Markdown)
_PARTICLES = "|".join(sorted(SURNAME_PARTICLES, key=lambda p: (-len(p), p)))  # (a fixed order: regexcache)
_ASKED = re.compile(rf"[ \t]*(?P<name>{_WORD}(?:[ \t]+(?:(?:{_PARTICLES})[ \t]+)*{_WORD})*)[ \t]*,[ \t]*"
                    r"(?:when[ \t]+|after[ \t]+being[ \t]+|on[ \t]+being[ \t]+)?"
                    r"(?:asked|pressed|questioned|quizzed|challenged|grilled)\b[^,;:.!?\u2014\u2013]*")
# A lead-in that ends in a name of two words or more ("Faisal bin Hamid", "SLDC chief engineer K. Chandrasekhar Reddy",
# "Leader of the Opposition Faisal bin Hamid"), no preposition's object ("Reaction from Lena Kowalczyk at the trust").
_NAMED_LEAD = re.compile(rf"(?:[^\n:]*?[ \t])?{_WORD}\.?(?:[ \t]+(?:(?:{_PARTICLES})[ \t]+)*{_WORD}\.?)+[ \t]*")
_OBJECT = re.compile(r"(?<![\w'\u2019])(?:from|at|with|to|by|about|after|on|in|over|against)(?![\w'\u2019])")


def asked_subject(masked: str, start: int, end: int) -> list[tuple[int, int]]:
    """The name's offsets, as the one part of the lead-in masked[start:end] to read for its speaker, when the lead-in
    is a name and a participle clause of its being asked (module docstring); else [] (colonleads.colon_subjects
    reads it then)."""
    found = _ASKED.fullmatch(masked, start, end)
    if found is None or " " not in found.group("name") and found.group("name").lower() in _NOT_NAMES:
        return []  # ("Earlier, asked about the report:": no one's name)
    return [found.span("name")]


def after_clock(masked: str, start: int, end: int) -> int:
    """Where a lead-in masked[start:end] ending in a colon starts after a live blog's clock time ("10:48 Van der
    Berg, asked …:"), when the rest is such a lead-in; else `start`. The clock's own colon would end the lead-in
    (quoteframes.BEFORE_COLON_NAME); only an asked subject's lead-in is read past a bare clock ("10:05 Reaction from
    Lena Kowalczyk at the trust:" is read as before) and one that ends in a name of two words or more and holds no
    preposition before it ("10:48 Faisal bin Hamid:", "10:48 SLDC chief engineer K. Chandrasekhar Reddy:", "11:20
    Spokeswoman Shu Jueting at the briefing:", `_named_lead`), one word that may be a name ("10:40 Häkkänen:",
    `_lone_name`; its speaker is whoever the word names, none for "Update") or a name and the
    party its person speaks for ("09:32 — Ms Achieng Odhiambo, for ChapaPesa:", colonleads.party_lead; T21), or its
    appositive ("12:40 Ursula von der Leyen, at the end of the news conference:", colonleads.appositive_lead; FX112), any
    lead-in past a time stamp that ends in a colon of its own
    ("6.00 am: Leader of the Opposition Faisal bin Hamid: “…”", "12.40 am: SLDC chief engineer K. Chandrasekhar Reddy:
    “…”": the entry's own lead-in, read as the clause that opens a sentence is; T16, 2026-12-06)."""
    clock = _CLOCK.match(masked, start, end)
    if clock is None:
        return start
    colon = masked.rfind(":", clock.end(), end)
    return clock.end() if colon > 0 and not masked[colon + 1:end].strip() and (
        clock.group("colon") is not None and ":" not in masked[clock.end():colon] and (
            _LONE.fullmatch(masked, clock.end(), colon) is None or _lone_name(masked, clock.end(), colon)) or _named_lead(masked, clock.end(), colon)
        or _lone_name(masked, clock.end(), colon) or asked_subject(masked, clock.end(), colon)
        or party_lead(masked, clock.end(), colon) or appositive_lead(masked, clock.end(), colon)) else start


# One word alone before the colon, as a live blog names a person it has named in full before ("**10:40** Häkkänen: “…”":
# T27, 2026-12-07, no speaker, while the same entry without its time was his): a capitalised word no stopword nor a
# time's ("10:05 Earlier:", "10:05 Update:" stay as before: no person's name, so no speaker), and one the text also
# writes after another capitalised word, as the surname of a person named in full ("Antti Häkkänen"): a breaker (BR43,
# FX83) had "**10:40** Watch:", "Analysis:", "BREAKING:", "Reuters:", "Nato:", "Helsinki:", "10:40 Ukraine:" speak.
_LONE = re.compile(rf"[ \t]*(?P<name>{_WORD})[ \t]*")
# Words before a capitalised word that make it a place's or a body's, not a surname ("Southern Finland", "Greater
# Helsinki", "Thomson Reuters")
_NOT_GIVEN = _NOT_NAMES | frozenset("""northern southern eastern western central greater upper lower new north south east
west thomson breaking live watch analysis summary update quote""".split())


def _lone_name(masked: str, start: int, end: int) -> bool:
    """Whether masked[start:end] (a lead-in after a clock) is one capitalised word that may be a name (`_LONE`) and
    that the text writes elsewhere after a capitalised word, as a person's surname (module comment above)."""
    found = _LONE.fullmatch(masked, start, end)
    if found is None or found.group("name").lower() in _NOT_NAMES or found.group("name").isupper():
        return False
    full = re.compile(rf"(?<![\w'\u2019\-])(?P<given>{_WORD})[ \t]+{re.escape(found.group('name'))}(?![\w'\u2019\-])")
    return any(named.group("given").lower() not in _NOT_GIVEN and not named.group("given").isupper()
               for named in full.finditer(masked))


# Where a named lead-in may say where its person speaks, after the name (T25: "**11:20** Spokeswoman Shu Jueting at the
# ministry's briefing:" had no speaker, for its "at" was read as a preposition before the name, as in "Reaction from Lena
# Kowalczyk at the trust:", whose name is the object of "from").
_SETTING = re.compile(r"(?:at|in|on|during|after|outside|inside)[ \t]")


def _named_lead(masked: str, start: int, end: int) -> bool:
    """Whether masked[start:end] (a lead-in after a clock) ends in a name of two words or more (`_NAMED_LEAD`), and then
    perhaps a phrase of where or when its person speaks (`_SETTING`), with no preposition before the name (`_OBJECT`)."""
    found = _OBJECT.search(masked, start, end)
    if found is None:
        return _NAMED_LEAD.fullmatch(masked, start, end) is not None
    return _SETTING.match(masked, found.start(), end) is not None and _NAMED_LEAD.fullmatch(masked, start, found.start()) is not None


def asked_end(masked: str, start: int, end: int) -> int:
    """`end` when masked[start:end] is such a lead-in (its "asked" is no speech verb of the speaker's), else `start`:
    where quotes.py looks for a lead-in's speech verbs from."""
    return end if asked_subject(masked, start, end) else start
