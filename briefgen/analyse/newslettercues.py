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
over four lead-in items) is read as a report.

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
# An edition's or a newsletter's headline: its words, anywhere in it, or a date as the whole headline
NEWSLETTER_HEAD = re.compile(
    rf"\b(?:briefings?|editions?|newsletters?|digest|bulletin|round-?ups?|dispatch(?:es)?|in\s+brief|news\s+briefs|"
    rf"what\s+we{_A}re\s+(?:watching|reading|following)|what\s+to\s+watch(?:\s+(?:today|this\s+week))?|"
    rf"(?:today|this\s+week){_A}s\s+(?:top\s+)?(?:stories|headlines|news)|top\s+stories|the\s+week\s+ahead|"
    rf"(?:morning|evening|weekend|daily|weekly)\s+(?:read|reads|notes|update|wrap))\s*(?:$|[:|\u2014\u2013-]\s)"
    rf"|^\s*(?:{_DAY},?\s*)?(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}})(?:,?\s+\d{{4}})?\s*$|^\s*{_DAY}\s*$",
    re.IGNORECASE)
GREETING_CHARS = 160  # a block's opening read for a greeting or an announcement (the rest of a long lead: 4x faster)
TOPIC_WORDS = 4  # a topic's words in a headline that lists a newsletter's items ("a joint front")
# A block before the items that greets the reader or announces the items
GREETING = re.compile(
    rf"^(?:good\s+(?:morning|afternoon|evening)|hello|hi|hey|greetings|dear\s+readers?|welcome(?:\s+back)?\s+to|"
    rf"happy\s+(?:{_DAY}|weekend|new\s+year))\b"
    rf"|\bhere{_A}?s\s+what\s+(?:we{_A}re\s+(?:watching|following|reading)|you\s+(?:need\s+to\s+know|missed))"
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
                        "update|wrap|day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec")

# Substrings every roundup label of piecekinds holds
_LABEL_KEYS = re.compile("week|month|year|thing|miss|brief|digest|read|newsletter|round|download|wrap|recap")


def _greets(opening: str) -> bool:
    """Whether a block's `opening` greets or announces (GREETING), read only when it may ("good", "hello", "here" …)."""
    low = opening.lower()
    return (low.startswith(("good", "hello", "hi", "hey", "greetings", "dear", "welcome", "happy"))
            or "here" in low or "in this" in low or "in today" in low) and GREETING.search(opening) is not None


def _topics(head: str) -> bool:
    """Whether headline `head` is wholly a list of short items (piecekinds.lists_items, each of at most TOPIC_WORDS
    words): "Palm oil, levies and lawsuits"; not an interview's "Okafor on beauty, freeholds and a bidder at the door"."""
    return lists_items(head) and all(len(item.split()) <= TOPIC_WORDS for item in re.split(r",|;|\band\b|&", head))


def reactions(items: list[str], labels: list[str]) -> bool:
    """Whether more than half of `items` (blocks, each opening with its lead-in of `labels`, in order) open, after the
    lead-in, with a subject and a verb of reacting (`_REACTING`): one event's reactions by country or body."""
    reacting = 0
    for item, label in zip(items, labels):
        rest = item[len(label):].lstrip(" .:|\u2014\u2013-") if item.startswith(label) else item
        reacting += _REACTING.match(rest) is not None
    return 2 * reacting > len(labels)
