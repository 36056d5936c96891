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
"""
from __future__ import annotations

import re

_STORM = re.compile(r"\b(?:Tropical\s+Storm|Winter\s+Storm|Storm|Hurricane|Typhoon|Cyclone)\s+(?P<name>[A-Z][a-z]+)\b")
_HEADS = ("Fire|Wildfire|Blaze|Flood|Floods|Flooding|Earthquake|Quake|Spill|Blackout|Outbreak|Derailment|Explosion|"
          "Collapse|Eruption|Landslide|Mudslide|Tornado|Bombing|Shooting|Crash|Disaster|Fires")
_NAMED = re.compile(r"(?:\b[Tt]he|['\u2019]s)\s+(?P<name>(?:[A-Z][\w'\u2019-]*\s+){1,3}?)(?P<kind>" + _HEADS + r")\b")
_KINDS = {"fires": "fire", "wildfire": "fire", "blaze": "fire", "floods": "flood", "flooding": "flood",
          "quake": "earthquake"}


def lead_incidents(title: str, first: str) -> tuple[str, ...]:
    """The incidents headline `title` and `first`, the lead's first sentence, name, each as "kind<TAB>name" in lower
    case ("storm\\tidris", "fire\\tcedar ridge"), sorted; () when none. Pure."""
    found = set()
    for part in (title, first):
        for m in _STORM.finditer(part):
            found.add(f"storm\t{m.group('name').lower()}")
        for m in _NAMED.finditer(part):
            kind = m.group("kind").lower()
            found.add(f"{_KINDS.get(kind, kind)}\t{' '.join(m.group('name').split()).lower()}")
    return tuple(sorted(found))
