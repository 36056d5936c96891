"""An outlet's name with "&" or "and" inside, read whole by the credits (credits.py), never its tail or its head.

    joined_name(text, at, raw, before=True, own=is_outlet, name=NAME)   # -> (name, where it starts), or None

A credit's cue reads an outlet's name by its shape (credits.py: capitalised words and the particles of titles), which
stops at "&" and "and": the T20 trial's "…, Oil & Gas Journal reported." was credited to **"Gas Journal"**, an outlet
that does not exist, and "as first reported by Mining & Metals Weekly" read "Mining", no outlet (2026-12-06, finding
3). A site's own outlets are read as `sources:` writes them (creditcues.py); this reads the names no list holds. The
run a cue read (`raw`, at `at` of `text`) is joined to the capitalised run on its other side of an "&" or "and" —
before it for the cues that read a name before their verb ("X reported", `before`), after it for those that read
it after their words ("according to X") — when that makes one name: the run is no outlet whole (`own`: a known or
site outlet, or a name that ends in an outlet's word) on the side that would be cut off, and neither run is a titled
person's nor holds a known outlet's name after the first ("Reuters and AP reported", "told Reuters and Bloomberg
News", "told Mr Reid and The Times" stay two). "Oil & Gas Journal", "Tailings and Ore Weekly", "Dow Jones & Co" are
read whole; the credit goes to the whole name if it is an outlet's by the credits' rules, else to no one. One case
is left unread: "and" after a sentence's first word alone ("Oil and Gas Journal reported." opening a sentence; as
likely "Officials and Mining Journal reported"): `joined_name` gives ("", at), which credits nothing, never a tail.

The same holds past a particle (FX120, 2026-12-08): the name's shape joins capitalised words by the particles of titles
(creditcues.PARTICLES: "Corriere della Sera"), so a title typed with a lower-case word after one was cut before it,
and the cut credited another outlet: "told The Times of india" The Times, "told the Italian daily Corriere della sera"
an outlet "Corriere", "according to the Brazilian daily Folha de S.Paulo" one "Folha de S". Read after the cue's
words (`particle_name`): "of" and a place in lower case (placewords.PLACES, oneeventlists.COUNTRIES: "of india",
"of new york") is the name's, read whole as if capitalised ("The Times of India", another newspaper; "the Times of
london" is The Times: outletlookalikes.within_known); any other particle and a lower-case word ("della sera", "de
sao paulo") make a name that cannot be told whole: nothing is credited; a capital after a full stop with no space is
the name's ("S.Paulo"). "of" and any other lower-case word goes on with the sentence ("told The Times of his plans"),
as do the particles that are English words ("do", "van", "den") and Latin ("de facto"); a particle that ends the
run in capitals ("The Times Of india") is read as one in lower case.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from briefgen.analyse.creditcues import PARTICLES
from briefgen.analyse.findspans import search_end
from briefgen.analyse.namekeys import fold
from briefgen.analyse.nameruns import CAPITALS
from briefgen.analyse.oneeventlists import COUNTRIES
from briefgen.analyse.placewords import PLACES


@lru_cache(maxsize=4)
def _joins(name: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a run of the name pattern `name` and a joining "&" or "and" before the point searched to, the same after)."""
    return (re.compile(rf"(?<![\w'\u2019.&-])(?P<head>{name})(?P<join>\s+(?:&|and)\s+)$"),
            re.compile(rf"(?P<join>\s+(?:&|and)\s+)(?P<tail>{name})"))


def joined_name(text: str, at: int, raw: str, before: bool, own: Callable[[str], bool], person: Callable[[str], bool],
                known: re.Pattern[str], name: str, listed: Callable[[str], bool] | None = None) -> tuple[str, int] | None:
    """The name the run `raw` at `at` of `text` is part of, joined by "&" or "and" (module docstring), and where
    it starts; None when it is no part of one (the run alone is read, as before); ("", at) when it may be either
    (nothing is credited). `own(run)`: whether a run is an outlet's name whole; `person(run)`: a titled person's;
    `known`: the known and site outlets' names; `name`: the pattern of a name's run (credits.py); `listed(name)`: whether
    a name is a known or site outlet's, given to read a name past a particle too (`particle_name`; the English cues'
    only: "le", "de" go on with a French sentence)."""
    raw = raw.rstrip(".,")
    if before:
        found = search_end(_joins(name)[0], ("&", "and"), True, text, max(0, at - 120), at)  # (a search only where
        # the span ends in a join: the pattern, opening with a look behind, was tried at each of 120 places, ~40 µs)
        if found is None:
            return None
        head, first, joined = found.group("head"), found.start("head"), found.group("join").strip()
        if own(head) or person(head) or known.search(raw):
            return None  # ("Reuters and AP reported", "Smith and The Times": two)
        if joined == "and" and " " not in head and re.search(r"(?:^|[.!?:;\"\u201c\u201d]\s*)$", text[max(0, first - 3):first]):
            return "", at  # ("Oil and Gas Journal reported." opening a sentence: a name, or a list?)
        return text[first:at + len(raw)], first
    particled = None if listed is None else particle_name(text, at + len(raw), raw, listed, lambda run: bool(
        listed(run) or known.search(run) or own(run) or _ARTICLED.match(run)))
    if particled is not None:
        return particled, at
    found = _joins(name)[1].match(text, at + len(raw))
    if found is None or own(raw) or person(raw) or known.search(found.group("tail")) or known.search(raw):
        return None  # ("told Reuters and Bloomberg News", "told Mr Reid and Gas Journal")
    return text[at:found.end("tail")], at


# After a run: a capital after a full stop and no space ("Folha de S.Paulo"), or a lower-case particle and the lower-case
# words after it (up to three); the particles that are English or Latin words go on with an English sentence
_DOTTED = re.compile(rf"\.[{CAPITALS}][\w\-]*")
_INITIAL = re.compile(rf"[{CAPITALS}]")  # (the one capital a dot joins to the word after it: "S.Paulo"; FX122)
# A title opening with its own article is a whole name ("La Repubblica", "El Diario", "Le Monde"; FX122)
_ARTICLED = re.compile(rf"(?:El|La|Le|Les|Los|Las|Il|Lo|O|Der|Die|Das|Het|The)\s+[{CAPITALS}]")
_PARTICLE_WORDS = re.compile(rf"(?P<particle>\s+(?:{'|'.join(PARTICLES)}))?(?P<words>(?:\s+[a-z][\w\-]*){{1,3}})")
_ENGLISH_PARTICLES = frozenset(("do", "van", "den"))
_LATIN = frozenset(("facto", "jure"))


def particle_name(text: str, end: int, raw: str, listed: Callable[[str], bool], kept: Callable[[str], bool]
                  ) -> str | None:
    """The name a run `raw` that ends at `end` of `text` (read after a cue's words: "told X") is the start of, past a
    particle or a dotted capital (module docstring): the longer name as it reads whole ("Times of India" for "Times"
    before " of india"; "Folha de S.Paulo"), "" when the name goes on in words that cannot be read whole ("Corriere"
    before " della sera": nothing is credited), None when the run ends the name (it is read alone, as before).
    `listed(name)`: whether a name is a known or site outlet's; `kept(raw)`: whether the run is an outlet's name by
    itself (it holds a known or site outlet's name, is an outlet by the credits' rules, or opens with a title's own
    article: "La Repubblica"). Such a run is read longer only into a listed name ("Times of india" of a site's "Times
    of India"), else alone ("told Reuters of india's rules", "the Guardian of turkey shortages", "Le Monde la semaine
    dernière": FX122); a dot joins an initial ("S.Paulo") or makes a listed name ("CEO.Com"), never a missing space
    ("told NPR.Later that day")."""
    dotted = _DOTTED.match(text, end)
    if dotted is not None:
        whole = raw + dotted.group(0)
        return whole if _INITIAL.fullmatch(raw.split()[-1] if raw.split() else "") or listed(whole) else None
    last = raw.split()[-1] if raw.split() else ""
    found = _PARTICLE_WORDS.match(text, end)
    if found is None or found.group("particle") is None and fold(last) not in PARTICLES:
        return None
    spans = [m.span() for m in re.finditer(r"[a-z][\w\-]*", found.group("words"))]
    for count in range(len(spans), 0, -1):  # (a listed name, longest first: "Corriere della sera", "Times of india")
        if listed(longer := raw + text[end:found.start("words") + spans[count - 1][1]]):
            return longer
    if kept(raw):
        return None  # (a known or site outlet's credit is never lost or moved by the words after it: FX122)
    particle = found.group("particle").strip() if found.group("particle") else fold(last)
    words = found.group("words").split()
    if particle == "of":  # (the longest place of the words after it, capitalised as a name writes it)
        for count in range(len(words), 0, -1):
            if fold(" ".join(words[:count])) in PLACES | COUNTRIES:
                last_end = found.start("words") + spans[count - 1][1]
                return raw + re.sub(r"(?<![\w\-])[a-z]", lambda m: m.group(0).upper(), text[end:last_end]).replace(
                    " Of ", " of ")
        return "" if found.group("particle") is None else None  # ("The Times Of his …": a name cut, unread)
    if particle in _ENGLISH_PARTICLES or words[0] in _LATIN:
        return None
    return ""
