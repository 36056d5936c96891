"""Whether a piece presents itself as a newsletter: the cue that a body's list is a roundup's, not one event's parts.

    newsletter_cued("Tuesday's briefing", [])                       # -> True: an edition's headline
    newsletter_cued("Palm oil, levies and lawsuits", [])            # -> True: a headline listing several items
    newsletter_cued("Nairobi floods", ["Good morning."])            # -> True: a newsletter's greeting
    newsletter_cued("Valencia floods", [])                          # -> False: a plain headline, no intro
    reactions(["Germany: Chancellor Olaf Scholz condemned the attack …", "France: President Macron said …", …])  # -> True

bodyroundups.listed_roundup read any body of three or more lead-in items telling different events as a newsletter's
roundup (FX54), and oneeventlists.py took back one event's parts by the cues it names (FX57: "the latest", "what we
know", a news lead "… on Tuesday night", lead-ins that are names). One event's aspects under a plain headline with no
such cue ("Valencia floods" over "Death toll. … / Missing. … / Rescue. … / Warnings. …") were still a roundup (note46):
the cues of one event's account are an open list. A newsletter shows itself instead, and the rule now asks for that
(FX62, 2026-12-07): its headline names an edition or a newsletter (NEWSLETTER_HEAD: "Tuesday's briefing", "Saturday
edition", "What we're watching", "The Nairobi newsletter", "Africa in brief", a headline that is a date; piecekinds'
labels too: "Morning briefing", "Weekly round-up"), or lists several items ("Palm oil, levies and lawsuits":
piecekinds.lists_items, items of TOPIC_WORDS words at most; not "Reale, Tulley and Nasution charged", "… as Milton hits
Florida", nor an interview's "Okafor on beauty, freeholds and a bidder at the door"), or a block before the
items greets the reader or announces them (GREETING: "Good morning.", "Welcome to the weekly palm oil newsletter.",
"Here's what we're watching:"). A piece with none of these is told as one event's parts, whatever its items: "Hurricane
Milton batters Florida" or "Valencia floods" over lead-in items is a report. The cost, accepted (a missed roundup is the
lesser harm, BR32): a newsletter headed by its top story's headline with no greeting ("Indonesia raises palm oil levy"
over four lead-in items) is read as a report. FX69 (BR37) narrowed each cue to a newsletter's own frame (the comments
at NEWSLETTER_HEAD, GREETING and EVENT_WORDS): a story's own words ("Welcome to Kharkiv, where …", "Pentagon briefing:
…", "Floods, landslides and power cuts hit Valencia") are none.

Under a newsletter's cue, lead-ins that are places are a newsletter's by place ("Jakarta. …", "**Nairobi** — …",
"Riau. …": each place's own news) unless the items are reactions (`reactions`: more than half open with a subject and a
verb of reacting — "Chancellor Olaf Scholz condemned …", "Beijing's foreign ministry called on …", "Officials condemned
…": one event's reactions by country, FX57's test). English forms. Pure.
"""
from __future__ import annotations

import re

from briefgen.analyse.piecekinds import ROUNDUP, lists_items, piece_kind

_A = r"(?:'|\u2019)"
_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|"
          r"nov(?:ember)?|dec(?:ember)?)")
# An edition's or a newsletter's headline: its label (the whole headline, or the words before its first ":", "|" or
# dash) names the edition, or the whole headline is a date. A briefing, an update or a dispatch is an edition's only
# after a time's word or "the"/"your" ("Tuesday's briefing", "The Morning Brief", "Your weekend read"): "Pentagon
# briefing: US strikes Houthi sites" is a press briefing, "Kyiv dispatch: a night under fire" a correspondent's piece,
# and words after an event's name ("Hurricane Milton: Thursday morning update", "Valencia floods: the week ahead") are
# that event's (FX69, BR37). A bare day ("Sunday") is no edition's headline either.
_TIME = (rf"(?:{_DAY}(?:{_A}s)?|today{_A}s|tonight{_A}s|this\s+week{_A}s|the\s+week{_A}s|morning|evening|afternoon|"
         rf"midday|weekend|daily|weekly|nightly|early|late|first|overnight)")
NEWSLETTER_HEAD = re.compile(
    rf"^\s*(?:(?:the|your|our)\s+)?(?:{_TIME}\s+){{0,2}}(?:briefings?|editions?|bulletin|round-?ups?|dispatch(?:es)?|"
    rf"brief|update|wrap|notes|reads?|mail)\s*(?:$|[:|\u2014\u2013-]\s)"
    rf"|^\s*(?:(?:the|your|our)\s+)?(?:[\w'\u2019&.-]+\s+){{0,3}}?(?:newsletters?|digest|in\s+brief|news\s+briefs)"
    rf"\s*(?:$|[:|\u2014\u2013-]\s)"
    rf"|^\s*(?:what\s+we{_A}re\s+(?:watching|reading|following)|what\s+to\s+watch(?:\s+(?:today|this\s+week))?|"
    rf"(?:today|this\s+week){_A}s\s+(?:top\s+)?(?:stories|headlines|news)|top\s+stories|the\s+week\s+ahead)"
    rf"\s*(?:$|[:|\u2014\u2013-]\s)"
    rf"|^\s*(?:{_DAY},?\s*)?(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}})(?:,?\s+\d{{4}})?\s*$",
    re.IGNORECASE)
GREETING_CHARS = 160  # a block's opening read for a greeting or an announcement (the rest of a long lead: 4x faster)
TOPIC_WORDS = 4  # a topic's words in a headline that lists a newsletter's items ("a joint front")
# A block before the items that greets the reader or announces the items: a greeting alone, addressed or from a place
# ("Good morning.", "Good morning, readers", "Hello from Jakarta, and happy Friday."), a welcome to something a
# newsletter's word names ("Hello and welcome to the Morning Brief", "Welcome to the weekly palm oil newsletter"), an
# announcement of the day's items ("Here's what we're watching:"). Not a greeting's words opening a name or a lede
# (FX69, BR37): "Hello! magazine said …", "Good Morning Britain presenter …", "Hi-tech sensors …", "Welcome to Kharkiv,
# where the sirens never stop.", "Good morning from Kyiv, where the lights went out", nor an explainer's "Here's what
# you need to know about the floods."
_SALUTE = (rf"(?:good\s+(?:morning|afternoon|evening)|hello|hi|hey|greetings|dear\s+readers?|"
           rf"happy\s+(?:{_DAY}|weekend|new\s+year))")
_ADDRESSED = r"(?:readers|everyone|all|folks|friends|again|there)"
_NEWSLETTER_WORD = (r"(?:newsletters?|briefings?|brief|editions?|digest|bulletin|round-?ups?|update|wrap|notes|reads?|"
                    r"mail|download|dispatch(?:es)?)")
GREETING = re.compile(
    rf"^(?:{_SALUTE}\s+and\s+)?welcome(?:\s+back)?\s+to\s+[^.!?,;]{{0,60}}?\b{_NEWSLETTER_WORD}\b"
    rf"|^{_SALUTE}(?:,?\s+{_ADDRESSED})?(?:\s+from\s+[^.!?,;]{{1,40}}?)?"
    rf"(?:\s*(?:[.!:]|\u2014)\s*(?:$|(?-i:[A-Z\"\u201c]))|\s*,\s*(?:and\s+)?(?:{_ADDRESSED}|happy|welcome|here|it|this|"
    rf"today|we|i)\b|\s*$)"
    rf"|\bhere{_A}?s\s+what\s+(?:we{_A}re\s+(?:watching|following|reading)|you\s+(?:need\s+to\s+know|missed))"
    rf"(?:\s+(?:today|tonight|this\s+(?:morning|evening|week|weekend)|overnight))?\s*[:.!\u2014]"
    rf"|\bhere\s+(?:are|is)\s+(?:today{_A}s|this\s+week{_A}s|the\s+day{_A}s|the\s+week{_A}s|your)\s+(?:top\s+)?"
    rf"(?:stories|headlines|news|briefing)|\bin\s+(?:today{_A}s|this\s+week{_A}s|this)\s+(?:briefing|edition|newsletter)\b",
    re.IGNORECASE)
# A subject (up to six words) and a verb of reacting opening an item, after its lead-in
_REACTING = re.compile(
    r"^(?:\S+\s+){0,8}?(?:condemned|condemns|urged|urges|called|calls|expressed|expresses|said|says|warned|warns|"
    r"welcomed|welcomes|denounced|denounces|demanded|demands|asked|voiced|rejected|backed|praised|appealed|pledged|"
    r"vowed|criticised|criticized|accused|insisted|stressed|deplored|offered|hailed|slammed|reiterated|responded|"
    r"reacted|mourned|sent\s+condolences|described)\b", re.IGNORECASE)


def newsletter_cued(title: str, intro: list[str]) -> bool:
    """Whether headline `title` or a block of `intro` (the plain blocks before a body's first item) shows a newsletter
    (module docstring): an edition's headline, a roundup's label (piecekinds), a headline listing several items, a
    greeting or an announcement."""
    head = title.strip()
    low = head.lower()
    # (substrings first: each regex read every headline and lead, 4x the cost of the whole body rule before FX62)
    return (_HEAD_KEYS.search(low) is not None and NEWSLETTER_HEAD.search(head) is not None
            or any(_greets(block[:GREETING_CHARS]) for block in intro)
            or ("," in head or ";" in head) and _topics(head)
            or _LABEL_KEYS.search(low) is not None and piece_kind(head) == ROUNDUP)


# Substrings every NEWSLETTER_HEAD match holds (its words, a day's or a month's name, a date's digits)
_HEAD_KEYS = re.compile("brief|edition|newsletter|digest|bulletin|round|dispatch|watch|stor|headline|week|read|notes|"
                        "update|wrap|mail|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec")

# Substrings every roundup label of piecekinds holds
_LABEL_KEYS = re.compile("week|month|year|thing|miss|brief|digest|read|newsletter|round|download|wrap|recap")


def _greets(opening: str) -> bool:
    """Whether a block's `opening` greets or announces (GREETING), read only when it may ("good", "hello", "here" …)."""
    low = opening.lower()
    return (low.startswith(("good", "hello", "hi", "hey", "greetings", "dear", "welcome", "happy"))
            or "here" in low or "in this" in low or "in today" in low) and GREETING.search(opening) is not None


def _topics(head: str) -> bool:
    """Whether headline `head` is wholly a list of short items (piecekinds.lists_items, each of at most TOPIC_WORDS
    words) of several subjects: "Palm oil, levies and lawsuits"; not an interview's "Okafor on beauty, freeholds and a
    bidder at the door", nor one event's parts or a sentence (`_one_events_list`)."""
    items = [item.strip() for item in re.split(r",|;|\band\b|&", head)]
    return (lists_items(head) and all(len(item.split()) <= TOPIC_WORDS for item in items)
            and not _one_events_list(head, items))


# One event's parts and moods, told as a headline's list (FX69, BR37): "Floods, landslides and power cuts hit
# Valencia", "Missiles, drones and blackouts", "Rain, mud and anger in Valencia", "Mud, grief and fury". A newsletter
# lists subjects ("Palm oil, levies and lawsuits"); these are the words of a disaster, an attack or its aftermath.
EVENT_WORDS = frozenset("""flood floods flooding rain rains mud landslide landslides mudslide mudslides storm storms
wind winds surge gale gales snow ice heat heatwave drought fire fires wildfire wildfires blaze blazes smoke quake quakes
earthquake earthquakes aftershock aftershocks tsunami eruption ash tornado tornadoes hurricane typhoon cyclone
blackout blackouts outage outages cuts missile missiles drone drones rocket rockets shelling strikes airstrikes
air raid raids sirens siren explosions explosion blasts blast bombs bombing bombings attack attacks gunfire shooting
clashes fighting casualties dead deaths death toll injured wounded missing rescue rescues evacuation evacuations
rubble debris damage ruins destruction anger fury grief fear fears panic chaos mourning tears shock despair outrage
looting""".split())
# A headline's verb of one event's telling, after its subject ("… power cuts hit Valencia", "… as Milton hits")
_EVENT_VERB = re.compile(r"\s(?:hit|hits|lash|lashes|batter|batters|pound|pounds|sweep|sweeps|swamp|swamps|rock|rocks|"
                         r"grip|grips|ravage|ravages|devastate|devastates|kill|kills|leave|leaves|bring|brings|"
                         r"follow|follows|greet|greets|engulf|engulfs|plague|plagues|paralyse|paralyses)\s",
                         re.IGNORECASE)


def _one_events_list(head: str, items: list[str]) -> bool:
    """Whether headline `head`, split into `items`, is one event's list: a name with an event's word before a colon
    ("Storm Bert: Wales, Scotland, Ireland"), a verb telling the event ("… and power cuts hit Valencia"), or most items
    headed by an event's word (EVENT_WORDS: "Missiles, drones and blackouts")."""
    label, colon, _ = head.partition(":")
    if colon and _event_worded(label):
        return True
    if _EVENT_VERB.search(head):
        return True
    return 2 * sum(_event_worded(item) for item in items if item) > len([item for item in items if item])


def _event_worded(text: str) -> bool:
    return any(word.strip(".,'\u2019!?\"").lower() in EVENT_WORDS for word in text.split())


def reactions(items: list[str], labels: list[str]) -> bool:
    """Whether more than half of `items` (blocks, each opening with its lead-in of `labels`, in order) open, after the
    lead-in, with a subject and a verb of reacting (`_REACTING`): one event's reactions by country or body."""
    reacting = 0
    for item, label in zip(items, labels):
        rest = item[len(label):].lstrip(" .:|\u2014\u2013-") if item.startswith(label) else item
        reacting += _REACTING.match(rest) is not None
    return 2 * reacting > len(labels)
