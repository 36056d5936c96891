"""Whom an article's rare spelling of a listed person names, for its "People named".

    misspelt_named(where, shown, kinds, declared)   # -> {"Seán Ó Brian": "Seán Ó Briain"}

An article page lists the people it names who have a People page (analyse/people.py, `named_in`). A person written
in one article under a misspelling has no page of their own (named once, not quoted: people.MIN_ARTICLES), so the
article listed no one for them: a trial (T13, 2026-12-06, a rail-strike briefing) named "Seán Ó Brian" once beside
eighteen articles' "Seán Ó Briain", and that article's "People named" left the chief executive out. Such a spelling
is listed there as the person it may misspell, linked to their page, by the rules `briefgen check` warns by
(spelling.py: rare, one word one edit away, the person named in twice as many articles or declared); the person's
own page and counts are not changed, and `check` still warns the editor: misspellings are never merged on the
People pages. A spelling that may be two listed people's names none.
"""
from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from briefgen.analyse.namekeys import fold


def misspelt_named(where: Mapping[str, Sequence[str]], shown: Collection[str], kinds: Mapping[str, str],
                   declared: Collection[str]) -> dict[str, str]:
    """Each person's name that has no page (a key of `where`, name → the articles naming it, not in `shown`) and may
    be a misspelling of one person who has (module docstring) → that person's name. `kinds`: name → kind (a name
    not in it is a person's); `declared`: the declared names, a target whatever its count."""
    buckets: dict[tuple[str, ...], list[str]] = {}
    for name in shown:
        if kinds.get(name, "person") == "person":
            words = [fold(w) for w in name.split()]
            for n in range(len(words)):
                buckets.setdefault((*words[:n], "*", *words[n + 1:]), []).append(name)
    found: dict[str, str] = {}
    for name, articles in where.items():
        if name in shown or kinds.get(name, "person") != "person" or not buckets:
            continue
        words = name.split()
        folded = [fold(w) for w in words]
        hits = [(n, target) for n in range(len(words)) for target in buckets.get((*folded[:n], "*", *folded[n + 1:]), ())]
        if not hits:
            continue
        from briefgen.analyse.spelling import MAX_RARE_ARTICLES, MIN_RATIO  # (rapidfuzz's imports: only for a hit)
        targets = {target for n, target in hits if len(articles) <= MAX_RARE_ARTICLES and (
            target in declared or len(where.get(target, ())) >= MIN_RATIO * len(articles)) and _one_slip(
            words[n], target.split()[n], n < len(words) - 1)}
        if len(targets) == 1:
            found[name] = targets.pop()
    return found


def _one_slip(word: str, other: str, first_name: bool) -> bool:
    """Whether `word` may be a misspelling of `other` (spelling.word_pair_flagged, spelling.particle_slip)."""
    from briefgen.analyse.spelling import particle_slip, word_pair_flagged

    return fold(word) != fold(other) and (word_pair_flagged(word, other, first_name) or particle_slip(word, other))
