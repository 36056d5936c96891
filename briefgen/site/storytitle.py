"""A story's title: its lead's headline without the marks of a live blog, an update or a flash (FX42, 2026-12-07).

A tester's Kenyan briefing (T21) titled a story "LIVE: Mobile-money outage enters second day", its lead a live blog's
headline: the story page's heading, its tab, the related links and the search index named the story by a mark that
says how one outlet ran its coverage, not what happened. A story's title (`StoryEntry.headline`) is its lead's title
without those marks; the article keeps its own title as the editor wrote it (its page, its card in listings).

A mark is a label before the headline, followed by a colon, a dash or a bar: "LIVE:", "Live updates:", "Live blog -",
"UPDATE:", "UPDATE 2-" (a wire's re-issue), "Updated:", "BREAKING:", "Breaking news:", "WATCH:", "Watch live:",
"EXCLUSIVE:", "EXCLUSIVE-", "As it happened:", "Just in:", "Developing:", "Video:", "Listen:"; or a label after it,
behind a dash, a colon, a bar or in brackets: "— live", "– as it happened", ": live updates", "| Live", "(updated)",
"[LIVE]". Several are all removed ("BREAKING: LIVE: …"). A word of the headline is never one: "Live music returns",
"Watch this space", "Breaking Bad star …", "Exclusive deal signed" keep every word (no separator follows the word).
A headline that is only a mark keeps it. A first letter left lower case is made a capital ("WATCH: the moment …").
"""
from __future__ import annotations

import re

_LABEL = (r"(?:live(?:\s+(?:updates?|blog|coverage|report(?:ing)?|news|text|stream))?|watch\s+live|"
          r"(?:latest\s+)?updates?(?:\s*\d+)?|updated|breaking(?:\s+news)?|watch|exclusive|as\s+it\s+happened|"
          r"just\s+in|developing(?:\s+story)?|video|listen|latest(?:\s+news)?)")
# What may close a headline behind a separator: a live blog's and an update's words (not "video", "listen", "watch":
# "Ruto to the opposition: listen" ends with a word of the headline); any label in brackets.
_TAIL = r"(?:live(?:\s+(?:updates?|blog|coverage))?|as\s+it\s+happened|updated|latest(?:\s+updates|\s+news)?)"
# Before the headline: the label, then a colon, a bar or a dash. A hyphen right after the word is a compound's
# ("Live-stream …", "Video-game sales …") unless the label is in capitals: a wire's "UPDATE 1-Kenya …", "EXCLUSIVE-…".
_BEFORE = re.compile(rf"\s*(?P<label>{_LABEL})(?:\s*[:|\u2014\u2013]|\s+-|(?P<hyphen>-))[\s:|\u2014\u2013-]*",
                     re.IGNORECASE)
# After the headline: a spaced dash, a colon or a bar, then a tail; or a label in brackets.
_AFTER = re.compile(rf"(?:\s+[\u2014\u2013-]+|\s*[:|])\s*{_TAIL}\s*[.!]?\s*$|\s*[(\[]\s*{_LABEL}\s*[)\]]\s*$",
                    re.IGNORECASE)


def story_title(headline: str) -> str:
    """`headline` (an article's title, plain text) without the marks of a live blog, an update or a flash before or
    after it (module docstring): "LIVE: Mobile-money outage enters second day" → "Mobile-money outage enters second
    day", "Outage enters second day — live" → "Outage enters second day", "UPDATE 1-Kenya fines KoboCash" → "Kenya
    fines KoboCash". A headline without one, or that is nothing but one, is given back as it is."""
    text = headline
    while ((match := _BEFORE.match(text)) and text[match.end():].strip()
           and not (match.group("hyphen") and not match.group("label").isupper())):
        text = text[match.end():]
    while (match := _AFTER.search(text)) and text[:match.start()].strip():
        text = text[:match.start()]
    text = text.strip()
    if text == headline.strip():
        return headline
    return text[0].upper() + text[1:] if text[0].islower() else text
