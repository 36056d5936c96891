"""A generation's suffix after a person's name ("Martin Luther King III", "Juan Pérez Jr.", "Henry Ford II").

    GENERATIONS                                            # the closed list: Sr, Sr., Jr, Jr., Snr, Jnr, II, III, IV
    generation_read(("Martin", "Luther", "King", "III"), classify)   # ("person", 0): the name with its suffix

The suffix belongs to the name before it and is no name of its own. nameruns.classify read "King" of "Martin Luther
King III" as a royal's title and the suffix as the titled person: a page "III" (and "Jr" of "Martin Luther King Jr.",
"John King Jr"; FX110, 2026-12-07). filing.filing_order files such a name under the surname and shows the suffix
after the given names, as the Chicago Manual of Style (16.41: "King, Martin Luther, Jr.") and library catalogues do.
Pure.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

GENERATIONS = frozenset(("Sr", "Sr.", "Jr", "Jr.", "Snr", "Jnr", "II", "III", "IV"))


def generation_word(word: str) -> bool:
    """Whether `word` is a generation's suffix (`GENERATIONS`; an abbreviation's period may be masked as "\u2024",
    as quotemask.py writes it)."""
    return word.replace("\u2024", ".") in GENERATIONS


def generation_read(tokens: Sequence[str],
                    classify: Callable[[tuple[str, ...]], tuple[str, int] | None]) -> tuple[str, int] | None:
    """(PERSON, index of the name's first word) of a run of three words or more that ends with a generation's suffix
    when the words before it are a person's name, read by `classify` (nameruns._classify): the suffix is part of the
    name ("Martin Luther King III" → ("person", 0); "King Charles III" → ("person", 1), the regnal numeral the
    king's). None for any other run ("World War II": then the run is read as before)."""
    if len(tokens) < 3 or not generation_word(tokens[-1]):
        return None
    read = classify(tuple(tokens[:-1]))
    return read if read is not None and read[0] == "person" else None


def suffix_stop_end(text: str, end: int) -> int:
    """`end` (a character offset, after a run's last word) moved past a generation suffix's stop: "John Smith Jr. said"
    masked as "John Smith Jr\u2024 said" reads its run as "John Smith Jr" and left the stop after it as a word of its
    own, which made the name no speaker's ("“…,” John Smith Jr. said" had none; FX115). `end` itself for any other
    word or no stop there."""
    word = text[:end].rpartition(" ")[2]
    return end + 1 if text[end:end + 1] in (".", "\u2024") and generation_word(word) and not word.endswith(".") else end
