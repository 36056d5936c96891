"""The evidence of a story: the terms its reports share (`shared_terms`), or that join two stories
(`bridging_terms`, a suggestion's), from the term weights grouping scored them with (similarity.TermWeights).
Shown to the editor (`check -v`, `serve`) and on a story's page beside its score (docs/stories.md).
Moved out of similarity.py, which scores pairs, on 2026-12-03.
"""
from __future__ import annotations

import re
from itertools import chain
from typing import Callable, Sequence

from briefgen.analyse.lexicon import SURNAME_PARTICLES
from briefgen.analyse.namekeys import fold
from briefgen.analyse.similarity import Report, TermWeights
from briefgen.analyse.terms import AMPERSAND, term_of, words
from briefgen.analyse.titlewords import (ABBREVIATED_TITLES, CHURCH_TITLES, CLERICAL_TITLES, SPELLED_OUT,
                                         STYLE_TITLES)


def shared_terms(weights: TermWeights, members: Sequence[int]) -> list[tuple[str, float]]:
    """The terms every member holds, most telling first: (term, summed normalised weight); when no term is in every
    member, those in at least two members and half of them, ranked by how many members have the term, then by its
    weight. Linear in the members (a story of 50 articles costs 50 vectors, not 1,225 pairs).

    "Shared" means by all when any term is: a trial's three-report story (2026-12-04) printed "vote, councillors,
    St Wenna, closures, council, gallery, 21, 27" in `check -v` and on its page ("They share …"), and one member had
    no "gallery", "21" or "27" (terms of two of the three were listed after those of all three).
    """
    if len(members) == 2:
        a, b = members
        va, vb = weights.vector(a), weights.vector(b)
        na, nb = weights.norm(a), weights.norm(b)
        pair = [(term, w / na + vb[term] / nb) for term, w in va.items() if term in vb]
        return sorted(pair, key=lambda kv: (-kv[1], kv[0]))
    totals, counts = _totals(weights, members)
    need = len(members) if len(members) in counts.values() else max(2, (len(members) + 1) // 2)
    shared = [(term, total) for term, total in totals.items() if counts[term] >= need]
    return sorted(shared, key=lambda kv: (-counts[kv[0]], -kv[1], kv[0]))


def bridging_terms(weights: TermWeights, first: Sequence[int], second: Sequence[int]) -> list[tuple[str, float]]:
    """Terms that join two groups of articles: each in a member of `first` and in a member of
    `second`, most telling first — in more members, then by summed normalised weight (as
    `shared_terms`). The evidence of a suggested merge: `shared_terms` of the union would also
    list the terms one side's members share among themselves (a trial's suggestion to join a
    container-barge report to a BASF story said "shared: … BASF, Ludwigshafen", words the
    report never used).
    """
    (total_a, count_a), (total_b, count_b) = _totals(weights, first), _totals(weights, second)
    both = [(term, total_a[term] + total_b[term], count_a[term] + count_b[term]) for term in total_a if term in total_b]
    return [(term, total) for term, total, _ in sorted(both, key=lambda t: (-t[2], -t[1], t[0]))]


def _totals(weights: TermWeights, members: Sequence[int]) -> tuple[dict[str, float], dict[str, int]]:
    """Per term of `members`' vectors: the sum of its normalised weights, and in how many members it is."""
    total: dict[str, float] = {}
    count: dict[str, int] = {}
    for a in members:
        norm = weights.norm(a)
        for term, w in weights.vector(a).items():
            total[term] = total.get(term, 0.0) + w / norm
            count[term] = count.get(term, 0) + 1
    return total, count


def outlet_terms(reports: Sequence[Report]) -> frozenset[str]:
    """What a story's evidence leaves out (its page shows it to readers): the terms of the outlets its reports
    are from or credit ("Pharma", "Dispatch", "Pharma Dispatch" for a story Pharma Dispatch broke) and the
    particles of names ("van", "der" of "Pieter van der Berg"): reports share them without telling one event
    (a trial's story page said "They share Dispatch, Pharma, Pharma Dispatch", another "Berg, der, van").
    Accent-free, as `credits.outlet_key` is: look a term up `namekeys.fold`ed. A word of an outlet's name that a
    report writes as a place (`Report.places`, wherenames.py) is shown: "Harcastle" of the Harcastle Echo, when the
    reports tell of Harcastle, is where the event was (a trial's page of the Echo's story hid the town it happened
    in, 2026-12-05); "Journal" of "the Journal" is no place and stays out; "Ferry & Port" of Ferry & Port Week is
    its outlet's as "Ferry", "Port" are (2026-12-05). Nor are a clock time's "07" and a title
    written before names ("Captain" of two captains) shown (`_pieces`, 2026-12-05)."""
    outlets = " ".join(chain.from_iterable((r.source, *r.credited) for r in reports))
    outlets += " " + _AMPERSANDS.sub(AMPERSAND, outlets)  # ("ferry & port week" is also the term "ferry＆port")
    places = {fold(term) for r in reports for term in r.places.split("\n") if term}
    return (frozenset(fold(term) for term in filter(None, map(term_of, words(outlets))) if term not in places)
            | _PARTICLES | _pieces(reports))


_PARTICLES = frozenset(map(fold, SURNAME_PARTICLES))
_AMPERSANDS = re.compile(r"(?<=\w)\s+&\s+(?=\w)")  # (outlet keys are in lower case: terms.join_ampersands' rule)
# Titles written before a name ("Captain Ruth Okafor", "Dame Helen", "Cllr Morag Sinclair"): the title of two people
# is no word they share (spelled out as the BBC's, the Guardian's and AP's style guides write them: titlewords.py);
# not roles that name a job ("Governor", "Senator", "Ambassador"; "Prime Minister", "Vice-President" that "PM", "VP" spell out)
_TITLES = frozenset(
    {w.rstrip(".") for w in ABBREVIATED_TITLES} - {"gov", "sen", "rep", "amb", "ch", "det", "con"}
    | {w for words in SPELLED_OUT.values() for w in words} - {"chief", "police", "community", "support", "officer",
                                                             "assistant", "deputy", "senator", "representative",
                                                             "governor", "ambassador", "detective", "prime",
                                                             "minister", "foreign", "vice", "president"}
    | CLERICAL_TITLES | CHURCH_TITLES | STYLE_TITLES
    | set("mr mrs ms miss mx dr sir dame lord lady commodore reverend".split()))


def _pieces(reports: Sequence[Report]) -> frozenset[str]:
    """Terms that are pieces, not words of the news (2026-12-05, a trial's page said "They share … 07, … Captain"):
    a number with a leading zero ("07" of the clock time "07:58"), and a title (`_TITLES`) that most reports holding
    it write as a name's ("Captain", of two captains)."""
    holding: dict[str, int] = {}
    named: dict[str, int] = {}
    found = set()
    for r in reports:
        as_names = {line.partition("\t")[0] for line in r.names.split("\n") if line}
        for term in r.terms:
            if term[:1] == "0" and len(term) > 1 and term.isdigit():
                found.add(term)
            elif term in _TITLES:
                holding[term] = holding.get(term, 0) + 1
                named[term] = named.get(term, 0) + (term in as_names)
    return frozenset(found | {term for term, n in holding.items() if 2 * named[term] >= n})


def telling_terms(terms: Sequence[str], unshown: frozenset[str],
                  proper: frozenset[str] | None = None) -> list[str]:
    """`terms` (most telling first) less those made only of `unshown` words (`outlet_terms`, looked up `fold`ed)
    and less a word that a two-word term among them holds: "Dunmore Capital" is shown, not also "Dunmore" and
    "Capital" (a trial's story page said "They share … Dunmore, Capital, Dunmore Capital", 2026-12-04). Two-word
    terms that overlap, one's last word the next one's first, are one name's pairs (terms.py makes a term of each
    two adjacent words of a name): they are one entry, its pairs joined by a line break in the name's order, at the
    place of its most telling pair ("maría josé\njosé garcía\ngarcía ortega"; `written_name` shows it; T13,
    2026-12-06: a related link's evidence said "José García, María José" of María José García Ortega), when the word
    they share is one of `proper` (the terms the reports write as proper names; None: any): "Westmarch Rail" and
    "Rail Workers" (of the Federation of Rail Workers) are two names, "rail" no proper name."""
    kept = [t for t in terms if not unshown.issuperset(map(fold, t.split()))]
    within = {word for t in kept if " " in t for word in t.split()}
    kept = [t for t in kept if " " in t or t not in within]
    pairs = [t for t in kept if t.count(" ") == 1]
    starting: dict[str, list[str]] = {}
    ending: dict[str, list[str]] = {}
    for pair in pairs:
        first, last = pair.split(" ")
        starting.setdefault(first, []).append(pair)
        ending.setdefault(last, []).append(pair)

    def after(pair: str) -> str | None:  # the one pair that goes on from `pair`'s last word, if one alone does
        if proper is not None and pair.split(" ")[1] not in proper:
            return None
        following = starting.get(pair.split(" ")[1], [])
        return following[0] if len(following) == 1 and len(ending[pair.split(" ")[1]]) == 1 else None

    def before(pair: str) -> str | None:
        if proper is not None and pair.split(" ")[0] not in proper:
            return None
        going = ending.get(pair.split(" ")[0], [])
        return going[0] if len(going) == 1 and len(starting[pair.split(" ")[0]]) == 1 else None
    name: dict[str, str] = {}  # pair → the entry of its name
    for pair in pairs:
        if pair in name:
            continue
        head, seen = pair, {pair}
        while (earlier := before(head)) is not None and earlier not in seen:
            head = earlier
            seen.add(head)
        chain, seen = [head], {head}
        while (later := after(chain[-1])) is not None and later not in seen:
            chain.append(later)
            seen.add(later)
        words = [chain[0].split(" ")[0]] + [piece.split(" ")[1] for piece in chain]
        if len(set(words)) < len(words):  # ("a b", "b a": no one name)
            chain = [pair]
        entry = "\n".join(chain)
        for piece in chain:
            name[piece] = entry
    shown: dict[str, None] = {}
    for t in kept:
        shown[name.get(t, t)] = None
    return list(shown)


def written_name(entry: str, shown: Callable[[str], str]) -> str:
    """An entry of `telling_terms` as written: a term's form (`shown`), or for one name's pairs, the first pair's
    form and the last word of each next one's ("María José", "José García", "García Ortega": "María José García
    Ortega")."""
    written = ""
    for piece in (shown(pair) for pair in entry.split("\n")):
        written = _overlapped(written, piece) if written else piece
    return written


def written_names(entry: str, shown: Callable[[str], str]) -> list[str]:
    """`written_name` of an entry of `telling_terms`, or its pairs' forms one by one when two of them do not overlap
    as written ("Northsound Ferries" and "Ferry Workers": "ferries" and "ferry" are one term, two names)."""
    pieces = [shown(pair) for pair in entry.split("\n")]
    written = pieces[0]
    for piece in pieces[1:]:
        joined = _overlapped(written, piece)
        if joined == f"{written} {piece}":
            return pieces
        written = joined
    return [written]


def _overlapped(before: str, piece: str) -> str:
    """`before` and `piece` written as one, the longest end of `before` that `piece` opens with, whole words (a space
    or a hyphen either side), written once ("María José" and "José García": "María José García"; "Justice
    Hollis-Brandt" and "Hollis-Brandt", the form of the pair "hollis brandt": "Justice Hollis-Brandt")."""
    for k in range(min(len(before), len(piece)), 0, -1):
        if before.endswith(piece[:k]) and (k == len(before) or before[-k - 1] in " -") and (
                k == len(piece) or piece[k] in " -"):
            return before + piece[k:]
    return f"{before} {piece}"
