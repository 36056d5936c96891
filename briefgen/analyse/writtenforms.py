"""How an article writes each of its terms: the evidence shows a term as the reports write it, never as folded.

Story grouping compares folded terms (terms.py): British and American spellings are one term ("organisation" is
`organization`), plurals are folded by Harman's S-stemmer ("members" is `member`, "midwives" `midwive`). The evidence
a story page shows its readers ("They share …") and the editor's suggestions are made of those terms, and a trial
(2026-12-04) found "organization" there where every report wrote "organisation". `written_forms` gives, for each
one-word term of an article, the form the article writes it in most often —
capitalised when more than half its occurrences are (a name's: terms.Terms.shown compared a word only with the same
word in lower case, so one "St Aldric's Hospital" made "Hospital" of an article writing "hospitals" twice), else in
lower case; stories.py shows each term in the form most of a story's
members write (a member with no form here writes the term itself). A term the body never writes is shown as the
headline writes it: as written when the headline is in sentence case ("… visit to Kelsby picket line"), where a
capital marks a name, in lower case when every longer word is capitalised ("Minister Makes Surprise Visit").
Display only: the terms and their weights are unchanged.
"""
from __future__ import annotations

from itertools import compress
from typing import Collection

from briefgen.analyse.terms import Counted, keyword
from briefgen.analyse.wordmemo import word_memo
from briefgen.analyse.textmatch import lower as casefree

LONG_WORD = 4  # a headline with a word this long or longer after its first in lower case is in sentence case


def written_forms(title: Counted, body: Counted, terms: Collection[str]) -> dict[str, str]:
    """Term → the form the article writes it in most often, for each one-word term of `terms` it writes in another
    form than the term itself at least once (module docstring), the term itself when that is still the commonest;
    `title` and `body` are `terms.counted` of the headline and the lead (as the terms were read). Ties: the term itself,
    then the first form written. Pure."""
    tally = body.tally
    forms: dict[str, dict[tuple[str, str], int]] = {}
    others = list(map(_other_form, tally))  # (most words are their term: only the others are looped over)
    for other, n in compress(zip(others, tally.values()), others):
        if other[0] in terms:
            written = forms.setdefault(other[0], {})
            written[other[1]] = written.get(other[1], 0) + n
    found: dict[str, str] = {}
    for term, written in forms.items():
        plain = tally.get(term.encode(), 0)  # (the term as written: "member" beside "members")
        if not plain and len(written) == 1:  # (most: one form, "organisation", "Kelsby")
            found[term] = next(iter(written))[0]
            continue
        if plain:
            written[(term, term)] = plain
        capital = sum(n for (form, lowered), n in written.items() if form != lowered)
        if capital * 2 <= sum(written.values()):  # (a word: its capitals open sentences or names; "Hospital" of one
            counts: dict[str, int] = {}         # name and "hospitals" twice is "hospitals")
            for (_, lowered), n in written.items():
                counts[lowered] = counts.get(lowered, 0) + n
        else:
            counts = {form: n for (form, lowered), n in written.items() if form != lowered}
        found[term] = max(counts, key=lambda form: (counts[form], form == term))
    heading = title.joined.split()
    sentence_case = any(word[:1].islower() and len(word) >= LONG_WORD for word in heading[1:])
    for k, token in enumerate(heading):
        hit = keyword(token)
        if hit is not None and hit[0] in terms and hit[0] not in found and token not in tally:
            term, written_as = hit[0], hit[1] or token.decode("utf-8", "replace")
            found[term] = written_as if sentence_case and k and written_as[:1].isupper() else casefree(written_as)
    return found


@word_memo
def _other_form(token: bytes) -> tuple[str, tuple[str, str]] | None:
    """(term, (the word as written, in lower case)) of a written word (UTF-8) that is not its term as it stands
    ("members", "organisation", "Kyiv", "Marks＆Spencer" as "Marks & Spencer"); None for the term itself or no term."""
    hit = keyword(token)
    if hit is None:
        return None
    form = hit[1] or token.decode("utf-8", "replace")
    return None if form == hit[0] else (hit[0], (form, casefree(form)))
