"""Which of a person's quotations are one thing said, and which a People page shows: the grouping of quotations
re-told by several reports (`same_quotation`) and the pieces of a reporter's sentence shown only inside a longer
quotation of theirs (`fragments_joined`). Read by site/people.py (a page's quotes, once each) and by
analyse/people.py (the quotes an article page counts for each person named), so that the two agree: the tester's
airport briefing (issue 9, 2026-12-05) showed "Tom Fairbrook (1 quote)" on an article whose quotation his page did
not show ("no decision is imminent", a piece alone).

Pure functions of the quotations' texts.
"""
from __future__ import annotations

import re
from typing import Collection, Sequence

from briefgen.analyse.housespellings import FOLD

_QUOTE_WORDS = re.compile(r"\w+")
# A word's British spelling as its American one (housespellings.FOLD, in str): "analysing" and "analyzing" are one
# word of a quotation that two house styles print (T12, 2026-12-06: people/corvane-aerospace/ showed the wire's
# "analysing every byte of data" and the Ledger's "analyzing every byte of data" as two quotations).
_HOUSE_FORMS = {british.decode(): american.decode() for british, american in FOLD.items()}
MIN_SHORTENED = 5  # words of a quotation that another report of it may quote inside a longer one


def same_quotation(a: str, b: str) -> bool:
    """Whether two quotations attributed to one person are one thing said, re-told by two reports: the same
    words, read case-folded and without punctuation, so that quotation marks (straight or curly, single or
    double), white space, dashes, a comma dropped before a frame and a house's British or American spelling
    ("analysing"/"analyzing", `quote_words`) do not count; or one of at least
    `MIN_SHORTENED` words, in order, inside the other (a re-telling quotes a shorter piece of it). Joined parts
    of a split quotation ("We will … not back down.", analyse/quotejoin.py) are compared by their words too."""
    return same_words(quote_words(a), quote_words(b))


def quote_words(quotation: str) -> tuple[str, ...]:
    """A quotation's words, case-folded, British spellings in their American forms (`_HOUSE_FORMS`: a house style is
    no other wording), as `same_quotation` compares them."""
    forms = _HOUSE_FORMS.get
    return tuple(forms(word, word) for word in _QUOTE_WORDS.findall(quotation.casefold()))


def same_words(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """`same_quotation` of two quotations' `quote_words`."""
    if len(x) > len(y):
        x, y = y, x
    if x == y:
        return bool(x)
    return len(x) >= MIN_SHORTENED and any(y[i:i + len(x)] == x for i in range(len(y) - len(x) + 1))


def grouped(words: Sequence[tuple[str, ...]]) -> tuple[list[list[int]], list[list[tuple[str, ...]]]]:
    """One person's quotations' `quote_words`, in order, as groups of one thing said (indices into `words`) and each
    group's distinct word sequences (`same_words`). A quotation whose words were seen before joins that one's group
    by a look-up; others are compared only with the distinct word sequences of the groups sharing a run of
    `MIN_SHORTENED` words with them (a person quoted 1,000 times is not 500,000 comparisons; at 10,000 benchmark
    articles, where most quotations recur word for word, the people's entries took 0.15 s of a one-article edit's
    1.5 s before the look-up, py-spy)."""
    groups: list[list[int]] = []  # indices into `words`
    shapes: list[list[tuple[str, ...]]] = []  # each group's distinct word sequences, compared once each
    exact: dict[tuple[str, ...], int] = {}  # word sequence → its group: the same words are one quotation at once
    by_shingle: dict[tuple[str, ...], set[int]] = {}  # every run of MIN_SHORTENED words (a whole shorter quote) → groups
    for k, seq in enumerate(words):
        group = exact.get(seq)
        if group is None:
            heads = {seq[:MIN_SHORTENED]} if len(seq) >= MIN_SHORTENED else {seq}
            runs = runs_of(seq) | heads
            candidates = sorted(set().union(*(by_shingle.get(run, ()) for run in runs)))
            group = next((g for g in candidates if any(same_words(seq, seen) for seen in shapes[g])), None)
            if group is None:
                group = len(groups)
                groups.append([])
                shapes.append([])
            shapes[group].append(seq)
            if seq:  # (no words: never the same quotation as anything, `same_quotation`)
                exact[seq] = group
            for run in runs:
                by_shingle.setdefault(run, set()).add(group)
        groups[group].append(k)
    return groups, shapes


def shown(texts: Sequence[str], statements: Collection[int] = ()) -> frozenset[int]:
    """The indices of one person's quotations `texts` that their People page shows, as its own or as another report
    of a longer one (`fragments_joined`): all but the pieces of a reporter's sentence that no longer quotation of
    theirs holds (`statements`: indices of an organisation's own statement's words, shown as quotations:
    fragments.statement_words)."""
    words = [quote_words(t) for t in texts]
    groups, shapes = grouped(words)
    return frozenset(j for members in fragments_joined(groups, shapes, words, texts, statements) for j in members)


def fragment(quote_words: tuple[str, ...], text: str) -> bool:
    """A quotation that is a piece of a reporter's sentence: fewer than `MIN_SHORTENED` words, opening in lower case
    ("were not the first", "disappointed")."""
    first = next((c for c in text if c.isalpha()), "")
    return len(quote_words) < MIN_SHORTENED and first.islower()


def fragments_joined(groups: list[list[int]], shapes: list[list[tuple[str, ...]]], words: list[tuple[str, ...]],
                      texts: Sequence[str], statements: Collection[int] = ()) -> list[list[int]]:
    """`groups` (indices into `texts`, a person's quotations, and `words`, theirs case-folded) with each group of
    fragments only (`fragment`) joined to the first other group whose words hold its words in order — a re-telling
    quoting three words of a quotation is a report of it — and dropped when none does: alone on a People page,
    "were not the first" (a trial, 2026-12-05) said nothing of who said what."""
    alone = [all(fragment(words[j], texts[j]) and j not in statements for j in members) for members in groups]
    joined = [list(members) for members in groups]
    for g, members in enumerate(groups):
        if not alone[g]:
            continue
        piece = words[members[0]]
        target = next((h for h, shape in enumerate(shapes) if not alone[h] and piece and any(
            _holds(seen, piece) for seen in shape)), None)
        if target is not None:
            joined[target] += members
        joined[g] = []
    return [members for members in joined if members]


def in_part(words: tuple[str, ...], text: str, shown: tuple[str, ...]) -> bool:
    """Whether a report's quotation (`text`, its `quote_words`) of the one a People page shows (`shown`'s words) prints
    only a part of it inside the reporter's own sentence: it holds fewer than all of its words and opens in lower case.
    A shorter re-telling that opens as a sentence does ("We will look at the track, …" of "It is too early to say …
    We will look at the track, …") prints it. site/people.once_each names such a report "in part in", not "also in"
    (T13, 2026-12-06: the wire's "This is a fair deal at last. It took a ballot, …" was "also in Platform Nine", whose
    blog wrote only 'called it "a fair deal at last"')."""
    return not _holds(words, shown) and next((c for c in text if c.isalpha()), "A").islower()


def _holds(longer: tuple[str, ...], piece: tuple[str, ...]) -> bool:
    return any(longer[i:i + len(piece)] == piece for i in range(len(longer) - len(piece) + 1))


def runs_of(words: tuple[str, ...]) -> set[tuple[str, ...]]:
    """Every run of `MIN_SHORTENED` words of a quotation, or the whole of a shorter one."""
    if len(words) < MIN_SHORTENED:
        return {words}
    return {words[i:i + MIN_SHORTENED] for i in range(len(words) - MIN_SHORTENED + 1)}
