"""A programme after its outlet's possessive is the outlet's: "told ABC's This Week", "NBC's Meet the Press reported".

    programme_credits(text, canonical)   # -> ((outlet, cue, start, title_start, title_end), ...)

FX32 read "told the BBC's Focus on Africa" as a credit of the BBC (the name at the head of the run after "told").
Last sessions' finding (FX39, 2026-12-07): the other forms of the class were lost or misread — "told ABC's This
Week" and "ABC's This Week reported" credited no one, "CBS's Face the Nation reported" and "CNN's State of the Union
reported" no one, and "NBC's Meet the Press reported" credited the Associated Press (the run before "reported" was
"Meet the Press", whose last word is an outlet word, read as the one known outlet ending in "Press").

Rules:
- "<outlet>'s <Programme>" — a known or site outlet's name (credits.CreditFinder.canonical), then "'s" and a title of
  capitalised words or numbers, perhaps joined by "the", "of", "on", "at", "in", "and" ("Face the Nation", "60
  Minutes", "Focus on Africa"; "programme", "program" or "show" may follow) — in a credit's frame: after "told",
  "in an interview with", "speaking to (with)", "spoke to (with)", "confirmed to", "explained to", "interviewed by",
  "according to" ("the" may stand between), or before "reported", "reports", "revealed", "learned", "first reported"
  — credits the outlet, never the title's words (no credit starting inside the title stands: credits.py).
- Networks written by bare initials that name other bodies too ("ABC": a Spanish daily, Australia's broadcaster;
  "CBS", "NBC": knownoutlets.bare_network) credit their network only with one of its own programmes
  (`NETWORK_PROGRAMMES`), unless the site's `sources:` give an outlet of those initials, which they then name.
  Source: the networks' own schedules of their news programmes (abcnews.go.com, cbsnews.com, nbcnews.com).
The possessive is "'s" or the apostrophe alone after a final s ("Reuters' Breakingviews reported"); a commentary
column (`COLUMNS`, or a title "column" ends) credits its outlet with "said" too ("Reuters' Breakingviews said the deal
was too expensive", "the FT's Lex column said": BR31 #10b, 2026-12-07), and any title with "wrote".
Not: "the BBC's Lyse Doucet said" (a correspondent who says: no reporting verb), "CNN's chief executive reported"
(no title), "ABC's Four Corners reported" (Australia's ABC: no programme of ABC News; credits no one).
"""
from __future__ import annotations

import re
from collections.abc import Mapping

from briefgen.analyse.outletkeys import bare

# Bare initials → (the network they name with one of its programmes, its programmes)
NETWORK_PROGRAMMES: dict[str, tuple[str, tuple[str, ...]]] = {
    "ABC": ("ABC News", ("This Week", "Good Morning America", "World News Tonight", "Nightline", "20/20", "GMA")),
    "CBS": ("CBS News", ("Face the Nation", "60 Minutes", "CBS Mornings", "Evening News", "CBS Evening News",
                         "48 Hours", "Sunday Morning")),
    "NBC": ("NBC News", ("Meet the Press", "Today", "Nightly News", "NBC Nightly News", "Dateline")),
}
_WORD = r"[A-Z0-9](?:[\w/\-]|\.(?=\w))*"
_TITLE = rf"{_WORD}(?:\s+(?:(?:the|of|on|at|in|and|&)\s+)*{_WORD})*(?:\s+(?:programme|program|show|column))?"
_BEFORE = re.compile(r"(?:\b(?:told|telling|tells|in\s+an\s+interview\s+with|interviewed\s+by|speaking\s+(?:to|with)"
                     r"|spoke\s+(?:to|with)|confirmed\s+to|explained\s+to|according\s+to)\s+(?:the\s+)?)$", re.IGNORECASE)
_AFTER = re.compile(r"\s+(?:has\s+|had\s+)?(?:first\s+)?(?:reported|reports|revealed|learned|wrote|writes)\b")
# What a column says is its outlet's commentary ("Reuters' Breakingviews said the deal was too expensive"): "said" credits
# after a known column's title or one that "column" follows, not after a correspondent's name ("the BBC's Lyse Doucet")
_SAID = re.compile(r"\s+(?:said|says|argued|argues)\b")
# Outlets' commentary columns, as the outlets' sites title them (reuters.com/breakingviews, ft.com/lex,
# wsj.com's Heard on the Street, nytimes.com/dealbook, economist.com's columns)
COLUMNS = frozenset({"Breakingviews", "Lex", "Heard on the Street", "DealBook", "Bagehot", "Charlemagne", "Schumpeter",
                     "Buttonwood", "Free Exchange", "Lexington", "Banyan", "Bartleby"})
# The possessive: "'s", or the apostrophe alone after a name's final s ("Reuters' Breakingviews", "The Times' Lex";
# BR31 #10b, 2026-12-07)
_POSSESSIVE = re.compile(rf"(?:['\u2019]s|(?<=[sS])['\u2019])\s+(?P<title>{_TITLE})")


def _named(text: str, at: int, canonical: Mapping[str, str]) -> int | None:
    """Where the longest known or site outlet's name (`canonical`'s keys, bare) of up to five words ending at `at`
    starts, or None (dictionary look-ups: a names pattern searched before every possessive cost ~25 µs an article)."""
    words = text[max(0, at - 60):at].split(" ")
    if at > 60:
        words = words[1:]  # (the first may be cut)
    for count in range(min(5, len(words)), 0, -1):
        name = " ".join(words[-count:])
        if name and "\n" not in name and bare(name) in canonical:
            return at - len(name)
    return None


def _column(title: str) -> bool:
    """Whether `title` (a programme's title as `_TITLE` reads it) is a commentary column's: one of `COLUMNS`, or a
    title that "column" ends ("the FT's Lex column")."""
    return title in COLUMNS or title.endswith(" column")


def network_programme(cue: str) -> bool:
    """Whether a credit's words `cue` name a network by its bare initials with one of its programmes ("CBS's Face the
    Nation reported", "according to NBC's Meet the Press"): the network's (knownoutlets.bare_network)."""
    return any(re.search(rf"\b{initials}['\u2019]s\s+{re.escape(show)}\b", cue)
               for initials, (_, shows) in NETWORK_PROGRAMMES.items() for show in shows)


def programme_credits(text: str, canonical: Mapping[str, str]
                      ) -> tuple[tuple[str, str, int, int, int], ...]:
    """(outlet's canonical name, the crediting words, where they start, where the programme's title starts and
    ends) for each programme of an outlet named in a credit's frame in `text` (module docstring). `canonical`:
    credits.CreditFinder's bare name → outlet (its known and site outlets, by every form)."""
    owners = []
    for mark in ("'s ", "\u2019s ", "s' ", "s\u2019 ", "S' ", "S\u2019 "):  # (only the names right before a possessive
        at = text.find(mark)                                              # and a title: a capital or a digit)
        while at >= 0:
            letter = text[at + len(mark):at + len(mark) + 1]
            at += mark[0] in "sS"  # ("Reuters' ": the name ends with its s)
            if letter.isupper() or letter.isdigit():
                named = _named(text, at, canonical)
                if named is not None:
                    owners.append((named, at, canonical[bare(text[named:at])]))
                elif text[max(0, at - 4):at] in (" ABC", " CBS", " NBC") or text[:at] in ("ABC", "CBS", "NBC"):
                    owners.append((at - 3, at, None))  # (bare initials of no outlet's name: ABC)
            at = text.find(mark, at + 1)
    found = []
    for start, end, outlet in owners:
        title = _POSSESSIVE.match(text, end)
        if title is None:
            continue
        network, shows = NETWORK_PROGRAMMES.get(text[start:end], ("", ()))
        if network and outlet in (None, network):  # (bare initials of no site outlet: its own programmes only)
            if re.sub(r"\s+(?:programme|program|show)$", "", title.group("title")) not in shows:
                continue
            outlet = network
        if outlet is None:
            continue
        at = start - 4 if text[max(0, start - 4):start].lower() == "the " else start
        frame = _BEFORE.search(text, max(0, at - 30), at)
        after = _AFTER.match(text, title.end()) or (_SAID.match(text, title.end()) if _column(title.group("title"))
                                                    else None)
        if frame is None and after is None:
            continue
        cue_start, cue_end = (frame.start(), title.end()) if frame else (at, after.end())
        found.append((outlet, " ".join(text[cue_start:cue_end].split()), cue_start, title.start("title"),
                      title.end("title")))
    return tuple(found)
