"""A lone surname misspelt beside the full name in its own article: "Comrade Joe Ajaero told reporters … “…,” Ajearo
said" (T26 F10). The archive's counts cannot tell which spelling is right when each is written in one article
(spelling.MIN_RATIO: 1 against 1, no flag, and "Ajearo" had a People page of its own); the article can: a reporter
who wrote the full name and then, alone, a word one slip from its surname meant that person. Read by
spelling.misspellings for a rare lone word that is no surname of a full name (spelling._full_name_of) and no common
surname in its own right (commonsurnames.py, BR27: judged there first).

    same_article_target("Ajearo", ("Joe Ajaero", "Bola Ahmed Tinubu"), flagged)   # -> ("Ajaero", "Joe Ajaero")
"""
from __future__ import annotations

from collections.abc import Callable, Iterable

from briefgen.analyse.namekeys import fold


def same_article_target(surface: str, fulls: Iterable[str], flagged: Callable[[str, str, bool], bool]
                        ) -> tuple[str, str] | None:
    """(the surname as the full name writes it, that full name) for a one-word `surface` that the last word of exactly
    one of its article's person names of two words or more (`fulls`, as written) may misspell (`flagged`:
    spelling.word_pair_flagged, as a surname: one slip, `MIN_LETTERS` letters, no transliteration, no plural); None
    when none or two people fit ("Marhs" beside "Ann Marsh" and "Tom Mars"), or when the word is one of their
    surnames as written. Pure; source: T26 F10."""
    if " " in surface:
        return None
    lasts = {full.split()[-1]: full for full in fulls if len(full.split()) > 1}
    if any(fold(last) == fold(surface) for last in lasts):
        return None
    found = {last: full for last, full in lasts.items() if flagged(surface, last, False)}
    return next(iter(found.items())) if len(found) == 1 else None
