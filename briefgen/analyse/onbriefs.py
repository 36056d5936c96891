"""A title's brief after "on" ("Special Envoy on Climate John Kerry"): the brief's words opening the next run are the
title's, not the name's.

    brief_skip(text, start, "Climate John Kerry")   # -> 8: the run at `start` follows "Special Envoy on "; the name
                                                     #    starts 8 characters in ("John Kerry")

Runs of capitalised words join across "of" and "for" (nameruns.RUN: "Secretary of State Antony Blinken"), and the
title's brief is read there (nameruns._title_end, with "and" inside: briefends.py); "on" joins no run (it follows names
far too often: "Smith on Monday"), so "Special Envoy on Climate John Kerry said" made a person "Climate John Kerry"
(FX60, 2026-12-07; a UN "Special Rapporteur on …" the same). Now a run right after a capitalised title word and "on"
is read as the brief and name after "for" would be (the same rules: the brief's known words, "and", then a name of two
words or more, or three that open a name for sure); where no name is left, or the run is no person's with the brief,
nothing is dropped. "on the" is read as "on" ("Special Rapporteur on the Situation of Human Rights Defenders Mary
Lawlor": FX74), and a brief word no list holds before a word that opens a name for sure ends the brief there
(briefends.name_after). Used by names.py (as seats.seat_skip) and quotespeakers.py for a frame's speaker and its runs. Pure.
"""
from __future__ import annotations

import re

from briefgen.analyse.lexicon import TITLE_WORDS
from briefgen.analyse.nameruns import PERSON, RUN, classify

# "Envoy on", "Rapporteur on", "Coordinator on": a title word (lexicon.TITLE_WORDS, or a UN brief's holder) and "on".
_HOLDERS = TITLE_WORDS | frozenset({"rapporteur", "coordinator", "czar", "tsar"})
_ON_BEFORE = re.compile(r"(?<![\w'\u2019\-])([A-Z][\w\-]*)[ \t]+on[ \t]+(?:the[ \t]+)?((?:[A-Z][\w\-]*[ \t]+)+(?:and|&)[ \t]+)?$")
_TOKEN = re.compile(r"\S+")
_ON_AFTER = re.compile(r"[ \t]+on[ \t]+(?:the[ \t]+)?(?=[A-Z])")
_LAST_WORD = re.compile(r"([A-Za-z][\w\-]*)$")


def brief_skip(text: str, start: int, run: str) -> int:
    """How many characters of `run` (at `start` in `text`) are a brief after a title and "on" (module docstring): the
    offset of the name's first word in `run`, else 0."""
    if not text.endswith(("on ", "and ", "& ", "\ton ", "on\t", " the ", "\tthe "), max(0, start - 5), start):
        return 0  # (most runs: read no further)
    before = _ON_BEFORE.search(text, max(0, start - 80), start)  # (a run "and" split: "on Housing and | Homelessness …")
    if before is None or before.group(1).lower() not in _HOLDERS:
        return 0
    words = [(m.start(), m.group()) for m in _TOKEN.finditer(run)]
    if len(words) < 3:
        return 0  # ("Envoy on Climate said": no name after the brief)
    lead = ["for", *(before.group(2) or "").split()]
    classified = classify([before.group(1), *lead, *(w for _, w in words)])
    at = classified[1] - 1 - len(lead) if classified is not None and classified[0] == PERSON else -1
    return words[at][0] if 0 < at < len(words) else 0


def holder_before(text: str, end: int) -> bool:
    """Whether the run ending at offset `end` of `text` ends in a title's holder word (`_HOLDERS`) that "on" (or "on
    the") and a brief and a name follow (`brief_skip` of the next run): "UN Special Rapporteur | on Torture Alice
    Edwards". That run is the person's title, no organisation and no speaker ('“…,” said UN Special Rapporteur on
    Torture Alice Edwards.' gave the quotation to an organisation "UN Special Rapporteur": FX74); read by names.py and
    quotes.py."""
    after = _ON_AFTER.match(text, end)
    if after is None:
        return False
    last = _LAST_WORD.search(text, max(0, end - 30), end)
    if last is None or last.group(1).lower() not in _HOLDERS:
        return False
    run = RUN.match(text, after.end())
    return run is not None and brief_skip(text, after.end(), run.group()) > 0
