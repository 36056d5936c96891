"""What an abbreviated title spells out: "DI" is a detective inspector, "Cllr" a councillor.

    spelled_out("di")      # -> ("detective", "inspector")
    rank_head("dci")       # -> "inspector"
    rank_head("inspector") # -> "inspector"

Takes a lower-case title word without its period; gives the words of the full title (the word itself when it is no
abbreviation listed here). The press names a person once with the abbreviation and then by the full title's words,
or the other way round ("DI Ruth Caldwell … “…,” the detective said"; "Detective Inspector Ruth Caldwell … DI
Caldwell said"): a trial (2026-12-05) lost the first and needed the second to tell two Caldwells apart. The
abbreviations are the police forces' own (College of Policing ranks), the civic, church and military ones the
BBC's and the Guardian's style guides write, and the US ones of AP style (lexicon.SPELLED_OUT, titlewords.py).
"""
from __future__ import annotations

from briefgen.analyse.lexicon import SPELLED_OUT  # (the list: titlewords.py)


def spelled_out(word: str) -> tuple[str, ...]:
    """The words of the full title an abbreviated title word stands for (`SPELLED_OUT`), or the word itself."""
    return SPELLED_OUT.get(word.rstrip(".\u2024"), (word,))


def rank_head(word: str) -> str:
    """The head word of the title a title word is or abbreviates ("dci" → "inspector", "sgt" → "sergeant")."""
    return spelled_out(word)[-1]
