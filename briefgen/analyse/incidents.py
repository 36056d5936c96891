"""Named incidents a lead tells of: "Storm Idris", "the Cedar Ridge Fire", "Hurricane Lena", "the Marlow derailment".

A disaster or an accident that the press names is the matter its follow-ups are told by: the wildfire set's federal
aid, its victims named, its evacuations lifted and its cause found (tests/stories/wildfire/, labels.yaml: all
"follow-up: …" of the fire) each name "the Cedar Ridge Fire" in their headline or lead, and so do the storm set's
insurance bill, claims advice and inquiry ("Storm Idris", tests/stories/aftermath/). Their words are not the fire's
report's: the mean cosine of the stories stayed under stories.RELATED_MIN and none of the 11 wildfire follow-ups
was linked (2026-12-06). relatedlinks.named_incidents links each later story whose lead names an incident to the
story that first reported it — not to each other: two follow-ups of one fire (federal aid, evacuations lifted) are
labelled distinct events —, and not a story whose lead names another incident of the same kind as its own
("Storm Jana … a week after Storm Idris", "Oregon's Juniper Creek Fire …": labelled distinct).

`lead_incidents(title, first)` reads the headline and the lead's first sentence: a storm's name after its kind
("Storm", "Hurricane", "Typhoon", "Cyclone", "Tropical Storm", "Winter Storm": capitalised, then a capitalised name)
and a name of one to three capitalised words before a capitalised incident noun after "the" or a possessive ("the
Cedar Ridge Fire", "Oregon's Juniper Creek Fire"). An agency named like one ("Cal Fire said") has no article: no
incident. English forms.

Not read (BR20, 2026-12-06: each linked two distinct events a briefing held apart): a name run on into an
organisation's ("the London Fire Brigade said", "the National Flood Insurance Program", "the Scottish Fire and Rescue
Service": an incident noun before another capitalised word other than a weekday's or a month's name, or before
"and"/"&" and Rescue, Emergency or Safety; two fires a brigade fought three days apart were linked at 0.24); a
headline in title case, whose capitals tell no name ("Perfect Storm Hits Housing Market": "storm\thits"; its lead's
first sentence is read); a storm's name before a weapon's noun ("Storm Shadow missiles", the eval set's); and an
incident a lead names as the past it measures its own news by ("the deadliest since the Camp Fire", "worse than the
Camp Fire", "five years after the Camp Fire", "on the anniversary of Storm Idris", "last year's Camp Fire", "the
Hillsborough Disaster of 1989"), which would make the new fire's report the old fire's origin.
A team named like one is none either: "The Chicago Fire beat the Columbus Crew 2-1 on Saturday" and "The Chicago Fire
signed … on Tuesday" were linked at 0.09 (what a team does just after the name, "signed with"/"traded to" just
before).
"""
from __future__ import annotations

import re

from briefgen.analyse.capitals import CAPITAL

_WEAPON = r"(?!\s+(?:long-range|air-launched|cruise|missiles?|jets?|fighters?|warplanes?|aircraft|rockets?|drones?)\b)"
_STORM = re.compile(r"\b(?:Tropical\s+Storm|Winter\s+Storm|Storm|Hurricane|Typhoon|Cyclone)\s+(?P<name>[A-Z][a-z]+)\b"
                    + _WEAPON)
_HEADS = ("Fire|Wildfire|Blaze|Flood|Floods|Flooding|Earthquake|Quake|Spill|Blackout|Outbreak|Derailment|Explosion|"
          "Collapse|Eruption|Landslide|Mudslide|Tornado|Bombing|Shooting|Crash|Disaster|Fires")
_CALENDAR = ("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
             "August|September|October|November|December")
# (an incident noun before a capitalised word that is no day's or month's name is an organisation's: "the London Fire
# Brigade"; so is one before "and Rescue", "& Emergency": "the Scottish Fire and Rescue Service", not "… Fire and Cal
# Fire crews")
_NAMED = re.compile(rf"(?:\b[Tt]he|['\u2019]s)\s+(?P<name>(?:{CAPITAL}[\w'\u2019-]*\s+){{1,3}}?)(?P<kind>" + _HEADS + r")\b"
                    r"(?!\s+(?:(?:and|&)\s+(?:Rescue|Emergency|Safety)\b|(?!(?:" + _CALENDAR + rf")\b){CAPITAL}))")
# The words one of which each match of `_STORM` or `_NAMED` holds (as written: neither ignores case).
_KIND_WORD = re.compile(r"Storm|Hurricane|Typhoon|Cyclone|" + _HEADS)
_KINDS = {"fires": "fire", "wildfire": "fire", "blaze": "fire", "floods": "flood", "flooding": "flood",
          "quake": "earthquake"}
# What a lead measures its news by, just before a name: "since the", "than the", "like the", "anniversary of", "five
# years after the", "last year's" (the possessive is the match's own start).
_PAST = re.compile(r"(?:\b(?:since|than|like|anniversary\s+of|years?\s+(?:after|since|on\s+from))(?:\s+the)?"
                   r"|\b(?:years?|decades?|century)['\u2019]s?)\s*\Z", re.IGNORECASE)
# ... or just after it: "the Hillsborough Disaster of 1989", "the Camp Fire in 2018".
_OF_YEAR = re.compile(r"\s+(?:of|in)\s+(?:1[89]|20)\d\d\b")
# A team named like an incident ("the Chicago Fire beat the Columbus Crew 2-1", "signed with the Chicago Fire"): what a
# team does, just after the name, or signing for it, just before ("joined the Cedar Ridge Fire response": no team's).
_TEAM_AFTER = re.compile(r"\s+(?:beat|beats|defeated|defeats|drew|tied|edged|thrashed|routed|hosted|hosts|host|signed|"
                         r"signs|traded|trades|waived|acquired|clinched|lost\s+to|(?:won|lost)\s+\d+-\d+)\b")
_TEAM_BEFORE = re.compile(r"\b(?:signed\s+(?:with|for)|traded\s+to)\s+\Z", re.IGNORECASE)
# A headline in title case: its words of four letters or more (the first and a few prepositions aside) all capitalised.
_LONG_WORD = re.compile(r"(?<![\w'\u2019-])[^\W\d_][\w'\u2019-]{3,}")
_TITLE_CASE_SPARED = frozenset("with from into onto over upon than that after amid about".split())


def title_case(title: str) -> bool:
    """Whether headline `title` is written in title case ("Perfect Storm Hits Housing Market as Rates Climb"): two
    or more of its words of four letters or more, less the first and the prepositions title case may leave in lower
    case ("with", "from", "over" ...), and all of them capitalised. Pure."""
    words = [w for w in _LONG_WORD.findall(title)[1:] if w.lower() not in _TITLE_CASE_SPARED]
    return len(words) >= 2 and all(w[0].isupper() for w in words)


def _past(part: str, at: int, end: int) -> bool:
    return _PAST.search(part, max(0, at - 40), at) is not None or _OF_YEAR.match(part, end) is not None


def lead_incidents(title: str, first: str) -> tuple[str, ...]:
    """The incidents headline `title` and `first`, the lead's first sentence, name, each as "kind<TAB>name" in lower
    case ("storm\\tidris", "fire\\tcedar ridge"), sorted; () when none. A headline in title case is not read, nor a
    name run on into an organisation's, a weapon's, a team's or one the lead measures its news by (module docstring).
    Pure."""
    found = set()
    for part in (first,) if title_case(title) else (title, first):
        if _KIND_WORD.search(part) is None:
            continue  # (most: no incident's word; `_NAMED` is tried at every place, ~10 µs a lead)
        for m in _STORM.finditer(part):
            if not _past(part, m.start(), m.end()):
                found.add(f"storm\t{m.group('name').lower()}")
        for m in _NAMED.finditer(part):
            if _past(part, m.start() if m.group()[0] in "Tt" else m.start("name"), m.end()) or _TEAM_AFTER.match(
                    part, m.end()) or _TEAM_BEFORE.search(part, max(0, m.start() - 30), m.start()):
                continue
            kind = m.group("kind").lower()
            found.add(f"{_KINDS.get(kind, kind)}\t{' '.join(m.group('name').split()).lower()}")
    return tuple(sorted(found))
