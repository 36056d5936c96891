"""Title words that are a name's own word inside it: "Sheikh" in Somali names.

    inner_name_word(("president", "hassan", "sheikh", "mohamud"), 2, 1, lambda: True)   # -> True: a word of his name
    inner_name_word(("sheikh", "sharif", "sheikh", "ahmed"), 0, 0, lambda: True)        # -> False: the title

Read by nameruns._title_end, which takes a title word anywhere in a run for the end of the title ("Foreign Minister
Dmytro Kuleba"). Source: T23 (2026-12-07, a Horn of Africa briefing): "President Hassan Sheikh Mohamud" was the person
"Mohamud", "Sheikh Sharif Sheikh Ahmed" the person "Ahmed". Somali names are a given name, the father's given name and
the grandfather's, and "Sheikh" (an ancestor who was one) is a name word among them: "Hassan Sheikh Mohamud", "Sharif
Sheikh Ahmed", "Abdi Sheikh Ali". A title only as the first word of the name ("Sheikh Tamim", "Emir Sheikh Tamim bin
Hamad", "Sheikh Sharif Sheikh Ahmed"), as lexicon's titles-anywhere are read; as a run's last word after a name it is
read as other title words are there (a surname: "Hassan Sheikh", "Omar Sheikh"; nameruns._title_surname). Pure.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

# "Sheikh" as the Somali and Arabic press spell it in Latin letters (Somali "Sheekh", and "Shaikh", "Sheik").
INNER_NAME_TITLES = frozenset("sheikh shaikh sheekh sheik".split())
# Gulf rulers' titles before "Sheikh" that are given names too ("Emir Kusturica"), so in no list of titles: "Emir
# Sheikh Tamim", "Amir Sheikh Sabah" are the title before the title, no given name before a name word.
RULER_WORDS = frozenset("emir amir sultan".split())


def inner_name_word(lowered: Sequence[str], i: int, first: int, after_names: Callable[[], bool]) -> bool:
    """Whether lowered[i], a lower-cased title word of a run whose name would start at `first`, is a word of that
    name: one of `INNER_NAME_TITLES`, before a name word and after one or more, none of `RULER_WORDS` (`after_names()`:
    whether the words from `first` to i are name words, as nameruns._title_surname reads them) — "Hassan Sheikh
    Mohamud"; False first or last in the name."""
    return (lowered[i] in INNER_NAME_TITLES and first < i < len(lowered) - 1
            and RULER_WORDS.isdisjoint(lowered[first:i]) and after_names())
