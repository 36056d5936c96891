"""The words before an outlet's name in a credit that are not the outlet's: "On Tuesday Reuters reported", "In Madrid
El País reported" (credits.py, "X reported" and "X said").

Takes a capitalised run read before a credit's verb; gives how much of it opens the sentence (`lead_in`) or the known
outlet that ends it (`known_tail`). Moved from credits.py (2026-12-05) unchanged, to keep that module within the house
limit of 400 lines; the rules and their trials are in docs/log/stories.md, Method 2 ("In 'X reported' the words that open
the sentence are not the outlet's").
"""
from __future__ import annotations

import re
from typing import Mapping

from briefgen.analyse.lexicon import MONTHS_DAYS, PLACES, TIME_WORDS
from briefgen.analyse.outletkeys import bare

# Words that open a sentence before its subject: "On", "In", "Earlier" (not "New": New York Times).
LEAD_IN = TIME_WORDS - {"the"} | frozenset(
    "earlier later meanwhile also and but so yesterday today tonight separately then now at".split())
# Conjunctions and adverbs that open a clause, and the time before one ("Hours after", "Weeks before"): before "The"
# or a known outlet they are no part of the outlet's name — "When The Harbour Ledger revealed …" credited an outlet
# "When The Harbour Ledger", "Because Reuters reported it first" credited none (a tester's feed-imported briefing,
# 2026-12-05, late night) — but elsewhere they may open one ("As It Happens", "Only Connect Weekly", "Like Minds
# Herald": a breaker's, the same night), so they are not LEAD_IN.
OPENERS = frozenset("""when whenever once while whilst because although though as since until till after before whereas
    even only still just soon shortly hours days weeks months minutes moments""".split())  # (not "if", "unless", "like",
# "unlike": "If Reuters reports the deal, …" and "Unlike Reuters, the BBC reported …" credit no Reuters: a breaker's)
_INNER_THE = re.compile(r"\sThe\s")  # "The" inside a run: "When The Harbour Ledger", "Hours after The Times"


def lead_in(run: str, after_lead_in: bool = False) -> int:
    """How many characters of a capitalised run before a verb are words that open a sentence, not
    the outlet's: "On Tuesday Reuters" → 11, "Earlier The Nordic Post" → 8. Function and time words,
    then one weekday or month right after one of them ("Sunday Times" is a name; `after_lead_in`: the
    text before the run ends with one, "On" of "On Tuesday The Wall Street Journal"). The last word is the verb's
    subject, never a lead-in ("On Tuesday Mid reported": a draw of 2026-12-04 credited no outlet called Mid). A "The"
    inside the run after clause openers and lead-in words only (`OPENERS`) opens the outlet's name."""
    inner = _INNER_THE.search(run)
    if inner is not None and all(word.lower() in OPENERS | LEAD_IN for word in run[:inner.start()].split()):
        return inner.start() + 1  # (openers before "The": not the outlet's; "BBC Radio The Islands" is a name)
    at, opened, last = 0, after_lead_in, 0
    for word in re.finditer(r"\S+", run):
        last = word.start()
        lowered = word.group(0).lower()
        if word.group(0).isupper() and len(word.group(0)) > 1:  # "AS", "NOS": an acronym is a name
            break
        if lowered in LEAD_IN or (opened and lowered in MONTHS_DAYS):  # one weekday after "On"
            at, opened = word.end() + len(run[word.end():]) - len(run[word.end():].lstrip()), lowered in LEAD_IN
        else:
            break
    return at if at < len(run) else last


def known_tail(run: str, canonical: Mapping[str, str], glued: str = "") -> tuple[str | None, int]:
    """(the longest tail of `run` that is a known outlet, its offset), `canonical`: bare alias → canonical name
    (`credits.CreditFinder.canonical`): "Madrid El País" → El País, "Madrid The Wall Street Journal" → The Wall
    Street Journal. A tail of one word without "The" only after a place, a lead-in word or a clause opener ("Because
    Reuters"): "Irish Times" is not The Times, "Irish Independent" not The Independent. A tail of two words or more
    only after words that open a sentence or place it (`_starts_name`): "Foreign Press Association" is no PA Media,
    "Hull Daily Mail" no Daily Mail (BR35, FX67). `glued`: the text before the run, of which a word's part hyphened
    to it is read with it ("pan-" of "the pan-Arab Al Jazeera": the run opens at "Arab")."""
    words = list(re.finditer(r"\S+", run))
    for before, word in zip(words, words[1:]):
        tail = run[word.start():]
        if bare(tail) not in canonical:
            continue
        if " " in tail and not _starts_name(_glued(glued) + run[:word.start()], tail, canonical):
            return None, 0  # ("The Foreign Press Association", "The Hull Daily Mail": another name, FX67; and no
            # shorter tail inside it: "Foreign Agencia EFE" is no EFE)
        if (" " in tail or tail.isupper() or bare(before.group(0)) in PLACES | LEAD_IN | OPENERS):
            return canonical[bare(tail)], word.start()
    return None, 0


_ARTICLES = frozenset("the el la le les los las die der das il lo de het".split())


def _starts_name(before: str, tail: str, canonical: Mapping[str, str]) -> bool:
    """Whether a known outlet's name `tail` (of two words or more; `canonical` as `known_tail`'s) starts its own name
    after the capitalised words `before` it in a run, not inside another name (BR35, FX67: "The Foreign Press
    Association said", "The Hull Daily Mail reported" credited PA Media and the Daily Mail): when it opens with an
    article ("Madrid El País", "Because The Wall Street Journal"), after words that open a sentence only ("On Tuesday",
    "When": `LEAD_IN`, `OPENERS`, days and months) or the lexicon's places ("In Madrid AA AA", its "In" read
    before), or after words that place or own it (creditplaces.placed, FX56:
    "Britain's", "the London-based"; a possessive only of its home when outletcountries lists one: "Jamaica's
    Press Association" is not PA Media; its home's adjective alone: "the British Press Association")."""
    from briefgen.analyse.outletcountries import placed_at_home  # (creditplaces → capitals: no cycle, kept local)

    words = [w.lower() for w in before.split()]
    if tail.split()[0].lower() in _ARTICLES or all(w in LEAD_IN | OPENERS | MONTHS_DAYS | PLACES for w in words):
        return True
    opening = re.sub(r"^(?:Pan|Privately|Publicly|Independently|State|Government)(?=[\s-])",  # (a sentence's
                     lambda word: word.group(0).lower(), before)  # first word: "Pan-African Al Jazeera reported")
    return placed_at_home(opening, canonical[bare(tail)], lambda owner: bare(owner) in canonical)


def _glued(before: str) -> str:
    """The part of a word hyphened to what follows `before` ("the pan-" → "pan-"), "" when none."""
    found = re.search(r"[\w.]+-$", before)
    return found.group(0) if found else ""
