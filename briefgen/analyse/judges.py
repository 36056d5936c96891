"""A judge named by a judicial style and a surname.

A judge of the High Court of England and Wales is "Mr/Mrs/Ms Justice Harker", of the Court of Appeal "Lord/Lady
Justice Bean" (the judiciary's forms of address, judiciary.uk "How to address a judge"): the style with one word is
the judge's whole name as written — no given name goes with it —, so it stays in the name as a peer's title does
(lexicon.PEERAGE: "Lord Cranleigh"; `judicial_style`). "Judge Harker", "Recorder Harker", "Justice Kagan" are also
written of a judge named in full elsewhere ("Judge Khalid Al-Hashimi … Judge Al-Hashimi", a trial's briefing):
there the surname stays the name, to be resolved as a lone surname is. Any of these styles names a person "the
judge" may stand for (`judge_tokens`, titledvoices.py). A school-closures trial (2026-12-04) listed "Mrs Justice
Harker" as a person "Harker", and "“…,” the judge wrote in her order" had no speaker though she was the one judge
named.

    judicial_style("Mrs Justice ")      # -> "Mrs Justice"
    judicial_style("Judge ")            # -> ""
    judge_tokens(["Judge", "Harker"], 1)   # -> True
"""
from __future__ import annotations

import re

# The style kept in the name, right before it (a run's words up to its name).
_STYLE = re.compile(r"(?<![\w'\u2019])(?P<style>(?:Mr|Mrs|Ms|Lord|Lady)\.?[ \t]+Justice)[ \t]+$")
JUDGE_WORDS = frozenset(("Justice", "Judge", "Recorder"))
# The word a text calls the holder of each style by ("Mrs Justice Harker … the judge said").
CALLED = {"justice": "judge", "recorder": "judge"}


def judicial_style(before: str) -> str:
    """The judicial style kept in a name that ends `before` (the text right before a one-word name): "Mrs Justice",
    "Lord Justice"; "" when there is none."""
    found = _STYLE.search(before[-40:])
    return re.sub(r"[ \t]+", " ", found.group("style")) if found is not None else ""


def styled_surname(name: str) -> str:
    """The surname of a name that is a judicial style and one word ("Mrs Justice Hollis-Brandt" → "Hollis-Brandt"),
    else "". lonenames.lone_surnames joins such a name to the one person of the archive named in full with that
    surname (a trial, T13, 2026-12-06, listed "Mrs Justice Hollis-Brandt" with five articles beside "Eleanor
    Hollis-Brandt", whom one article called "Mrs Justice Eleanor Hollis-Brandt"); only a person some mention titles
    as a judge (`judged`)."""
    style, _, surname = name.rpartition(" ")
    return surname if style and " " not in surname and judicial_style(style + " ") == style else ""


def judged(occurrences) -> frozenset[str]:
    """The full names (`NameMention.full`) of `occurrences` (names.Occurrence) that some mention titles with a
    judicial word ("Mrs Justice Eleanor Hollis-Brandt", "Judge Khalid Al-Hashimi"): the only people a style and a
    surname may join. BR14 (2026-12-06): "Mr Justice Baker said" in a ferry strike's injunction report joined Tom
    Baker, a signaller quoted in another story, the archive's one Baker named in full, with the judge's words."""
    return frozenset(o.mention.full for o in occurrences if JUDGE_WORDS.intersection((o.mention.title or "").split()))


def judge_tokens(tokens: list[str] | tuple[str, ...], first: int) -> bool:
    """Whether a run's name (`tokens[first:]`, after its title) is one word after a judicial style (any of them)."""
    return first == len(tokens) - 1 and first > 0 and tokens[first - 1] in JUDGE_WORDS
