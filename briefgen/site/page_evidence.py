"""The story page's evidence with each name whole, as the reports write it (2026-12-05).

The grouping's evidence is made of terms, one word or two (analyse/evidence.py), and a trial's story pages
(tests/stories/ferry, 2026-12-05) said "They share … Workers Union, Ferry Workers, Nautical" of the Nautical and Ferry
Workers’ Union, "Dame Helen" and "Cour" of Dame Helen de la Cour, "O’Rourke" and "Declan" apart: one name in pieces,
read as several shared words. `name_runs` finds the names the reports write (capitalised words, with "and", "of",
"the", "&" and surname particles inside) and in how many reports each stands; `named_evidence` shows, in place of the
first of two or more evidence terms that are pieces of one name held by two reports or more, that name as the most
reports write it, and drops the other pieces. A term no shared name holds is shown as it was.

Since 2026-12-05 (the ransomware trial, tests/stories/ransom): "They share … Deputy, Eleanor Fitzgerald-Hale,
Fitzgerald-Hale" and "Professor Amara" (title and given name: one report misspelt the surname). A name is held by
every report that writes it inside a longer run ("Deputy Information Commissioner Eleanor Fitzgerald-Hale", "Dame
Eleanor Fitzgerald-Hale": `name_runs` counts each run's tails of two words or more too); one piece of two words or more
that is no name the reports write but part of one without its last word ("Professor Amara") is shown as the shortest such name most reports
write; a title word alone ("Deputy": lexicon.TITLE_WORDS) is no evidence and is not shown.

Since 2026-12-05 (the same trial, later): "They share Monday, network, Police, …" — the head noun of "Westshire
Police" shown alone, capitalised as a name, which it is not. A one-word evidence term that is an organisation's head
noun (lexicon.ORG_HEADS: "Police", "University", "Council", "Office" — a list kept free of common surnames) is shown
as the one name of two reports or more that ends with it, most held ("Westshire Police"), and in lower case when no
such name, or two held alike, stands in the reports ("police"). `briefgen check -v` shows the evidence through this
step too (advice.story_report), so the editor reads the names the page shows.
"""
from __future__ import annotations

import re
from typing import Iterable, Sequence

from briefgen.analyse.capitals import CAPITAL
from briefgen.analyse.lexicon import ORG_HEADS, SURNAME_PARTICLES, TITLE_WORDS

_INSIDE = "|".join(sorted({"of", "the", "and", "&", "for", *SURNAME_PARTICLES}, key=lambda w: (-len(w), w)))
_OPENERS = ("The|A|An|In|On|At|By|But|And|For|If|As|It|He|She|They|We|This|That|His|Her|Its|Their|After|When|While|"
            "Under|From|With|Of|To|So")
# (its first capital read before the test that it opens no opener, the same matches: the engine skips to a capital,
# where a pattern opening with a look-ahead is tried at every character; ~100 → ~40 ms over c1k's 13,660 compared
# sentences, SP16, docs/log/performance.md SP16)
_RUN = re.compile(rf"{CAPITAL}(?<!(?=(?:{_OPENERS})\b).)[\w\u2019'-]*(?:\s+(?:(?:{_INSIDE})\s+)*{CAPITAL}[\w\u2019'-]*)+")
_WORD = re.compile(r"[^\W_]+")
# "and" joins two names when a name of two words or more stands before it ("Hartley Rowe and Fenwick Lisle", "Pine
# Hollow and Keller Springs"), and is inside one after a single word ("Nautical and Ferry Workers’ Union")
_AND = re.compile(r"\s+and\s+")
_LEADING = re.compile(rf"\S+\s+(?:(?:{_INSIDE})\s+)*")  # a run's first word and the particles after it
_POSSESSIVE = re.compile(r"(?:\u2019s|'s|\u2019|')$")


def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(text.replace("\u2019s ", " ").replace("'s ", " ").casefold()))


def name_runs(reports: Iterable[Sequence[str]]) -> tuple[tuple[str, int], ...]:
    """(a name as most reports write it, how many of `reports` (each its sentences) write it), for every name of
    two words or more, by its words case-folded; most held first, then by name."""
    held: dict[tuple[str, ...], set[int]] = {}
    written: dict[tuple[str, ...], dict[str, int]] = {}
    for r, sentences in enumerate(reports):
        for sentence in sentences:
            for whole in (part for found in _runs(sentence) for part in _names(found)):
                for run in _tails(_POSSESSIVE.sub("", whole)):
                    key = _words(run + " ")
                    held.setdefault(key, set()).add(r)
                    forms = written.setdefault(key, {})
                    forms[run] = forms.get(run, 0) + 1
    found = [(max(written[key], key=lambda form: (written[key][form], form)), len(holders))
             for key, holders in held.items()]
    return tuple(sorted(found, key=lambda pair: (-pair[1], pair[0])))


def _tails(run: str) -> list[str]:
    """`run` and its tails of two words or more that open with a capitalised word ("Dame Eleanor Fitzgerald-Hale":
    also "Eleanor Fitzgerald-Hale"), so that a name written after different titles is held by each report."""
    words = run.split()
    return [" ".join(words[i:]) for i in range(len(words) - 1) if i == 0 or words[i][:1].isupper()]


def _runs(sentence: str) -> list[str]:
    """The runs of capitalised words of `sentence`; a run that opens the sentence also without its first word and the
    particles after it ("Members of the Nautical and Ferry Workers’ Union voted": "Nautical and …")."""
    found = []
    for match in _RUN.finditer(sentence):
        found.append(match.group(0))
        if not sentence[:match.start()].strip(" \"'\u201c\u2018("):
            rest = _LEADING.sub("", match.group(0), count=1)
            if rest != match.group(0) and " " in rest and rest[:1].isupper():
                found.append(rest)
    return found


def _names(run: str) -> list[str]:
    """The names of a run of capitalised words, split at an "and" that follows two words or more (`_AND`)."""
    parts, start = [], 0
    for found in _AND.finditer(run):
        if len(run[start:found.start()].split()) >= 2:
            parts.append(run[start:found.start()])
            start = found.end()
    return [*parts, run[start:]]


def named_evidence(terms: Sequence[str], runs: Sequence[tuple[str, int]]) -> tuple[str, ...]:
    """`terms` (the evidence as shown, most telling first) with the pieces of one shared name (`runs`, as
    `name_runs` gives them; held by two reports or more) shown once as that name, at the first piece's place."""
    # (a piece is written as a name, not a word "museum" or a title alone "Chief": lexicon.TITLE_WORDS)
    pieces = [_words(term + " ") if term != term.lower() and term.lower() not in TITLE_WORDS else () for term in terms]
    shown: list[str] = list(terms)
    dropped: set[int] = set()
    for k, piece in enumerate(pieces):
        if k in dropped or not piece:
            continue
        best = None  # (pieces it holds, reports, -length, name)
        for name, count in runs:
            if count < 2:
                continue
            words = _words(name + " ")
            held = [j for j, other in enumerate(pieces) if j not in dropped and other and _inside(other, words)]
            if k in held and len(held) >= 2:
                rank = (len(held), count, -len(words), name)
                if best is None or rank > best[0]:
                    best = (rank, name, held)
        if best is not None:
            shown[k] = best[1]
            dropped.update(j for j in best[2] if j != k)
        elif len(piece) >= 2:
            shown[k] = _whole(piece, runs) or shown[k]
        elif piece[0] in ORG_HEADS:
            shown[k] = _headed(piece[0], runs) or terms[k].lower()
    dropped.update(k for k, term in enumerate(terms) if term.lower() in TITLE_WORDS and term != term.lower())
    return tuple(dict.fromkeys(term for j, term in enumerate(shown) if j not in dropped))  # (a name once)


def _headed(head: str, runs: Sequence[tuple[str, int]]) -> str | None:
    """The name of two reports or more whose last word is `head` (case-folded), the most held; None when there is
    none or two are held by as many reports ("Westshire Police" and "Northmoor Police": which is meant is unknown)."""
    found = [(count, name) for name, count in runs if count >= 2 and _words(name + " ")[-1:] == (head,)]
    if not found:
        return None
    found.sort(key=lambda pair: -pair[0])
    return found[0][1] if len(found) == 1 or found[1][0] < found[0][0] else None


def _whole(piece: tuple[str, ...], runs: Sequence[tuple[str, int]]) -> str | None:
    """The name of two reports or more that one piece of two words or more is part of, short of the name's last word
    (its surname or head: "Professor Amara" → "Professor Amara Ogunleye"), most held, then shortest; None when the
    piece is such a name itself or part of none."""
    found = []
    for name, count in runs:
        words = _words(name + " ")
        if words == piece and count >= 2:
            return None
        if count < 2 or not _inside(piece, words[:-1]):  # (a piece without the name's last word: its surname, head)
            continue
        found.append((-count, len(words), name))
    return min(found)[2] if found else None


def _inside(piece: tuple[str, ...], words: tuple[str, ...]) -> bool:
    return any(words[i:i + len(piece)] == piece for i in range(len(words) - len(piece) + 1))
