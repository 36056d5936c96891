"""Spanish and Portuguese articles and courtesy titles that a name run may hold alone, never a name (FX106, BR62).

    article_run(["los"]), article_run(["el", "sr"]), article_run(["sr"])   # True
    article_run(["la", "paz"]), article_run(["los", "angeles"])              # False

A sentence's opening article is capitalised ("Los vecinos del barrio dijeron: “…”", "La fiscal del caso, Ana Gil,
dijo:"), and the name finder read it as a one-word name: a breaker (BR62, 2026-12-07) found the colon frame gave the
quotation to "Los", "La", "El Sr", "Sr". `IBERIAN_ARTICLES`: el, la, los, las, o, os ("A", "As" are English
stopwords already: lexicon.STOPWORDS); `COURTESY`: Sr, Sra, Srta, Dña, Don, Dona, Doña, Dom written alone (their
abbreviations' dot cut off by the run), courtesy titles (titlewords.IBERIAN_HONORIFICS). A run of these alone, or an
article then one of them, names no one; an article before a name ("La Paz", "Los Angeles", "El Salvador") is read as
before.
"""
from __future__ import annotations

IBERIAN_ARTICLES = frozenset("el la los las o os".split())
COURTESY = frozenset("sr sra srta dña dna don dona doña dom".split())


def article_run(lowered: list[str]) -> bool:
    """Whether the words of a name run (lower case, as written; a trailing dot ignored) are a Spanish or Portuguese
    article alone, a courtesy title alone, or an article and a courtesy title (module docstring): no name."""
    words = [w.rstrip(".") for w in lowered]
    if not words or len(words) > 2:
        return False
    if len(words) == 1:
        return words[0] in IBERIAN_ARTICLES or words[0] in COURTESY and words[0] not in ("don", "dona", "dom")
    return words[0] in IBERIAN_ARTICLES and words[1] in COURTESY
