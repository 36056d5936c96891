"""A report's sentences' figures read when a rule asks for them, and which sentences may hold a slip's figure.

A story page's comparison (compare.py) gave the figure slips (slips.py) the figures of every sentence of every report,
so every sentence was read (figures.figures, ~40 µs a sentence on c1k, a quarter of the comparison's CPU), though a
slip is looked for only between figures of two significant digits or more, and the other figures of a report are
consulted only when two such figures are a slip ("a report that writes both 340 and 430 counts two things").
A sentence with no digit and no number word of ten or more (figuregates.spelled_number) gives no figure of two
digits: its figures are counts under ten and ordinals in words (smallfigures.py), fractions' words and durations,
each of one significant digit (figures.py). So the slips pair only the sentences `may_slip` passes, and read the
rest of a report only when a slip asks for every figure of it; the sentences whose counterparts are compared
(compare._same_figures) are read there as before. 2026-12-07, SP13: c1k's 199 comparisons read 10,755 sentences of
18,990 (figures' CPU 0.96 → 0.74 s a pass), the same pairs.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from briefgen.analyse.figuregates import spelled_number
from briefgen.analyse.figures import Figure, figures
from briefgen.analyse.withdrawnfigures import withdrawn

_DIGIT = re.compile(r"\d")  # (as figures.figures and smallfigures.small_numbers read a digit: any decimal digit)


def report_figures(sentence: str) -> tuple[Figure, ...]:
    """figures.figures(sentence) less those the sentence itself withdraws (withdrawnfigures.py: a correction note's
    "an earlier version of this story said 82%"): the figures a story page's comparison and its slips read."""
    return withdrawn(sentence, figures(sentence))[0]


def may_slip(sentence: str) -> bool:
    """False when `sentence` gives no figure (figures.figures) of two significant digits or more, nor a range with
    such an end: it holds no digit and no number word of ten or more. True when it may (then read its figures)."""
    return _DIGIT.search(sentence) is not None or spelled_number(sentence)


class ReadFigures(Sequence[tuple[Figure, ...]]):
    """`report_figures` of each of `sentences`, read when first asked for and kept in `read` (sentence → its
    figures: compare.py's dict, which `figurewords.figures_read` fills for reports in other languages than English).
    A sequence: `found[i]` is sentence i's figures; iterating reads them all."""

    __slots__ = ("_sentences", "_read")

    def __init__(self, sentences: Sequence[str], read: dict[str, tuple[Figure, ...]]) -> None:
        self._sentences = sentences
        self._read = read

    def __len__(self) -> int:
        return len(self._sentences)

    def __getitem__(self, index):  # type: ignore[no-untyped-def,override]  (an int; a slice gives a list)
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        sentence = self._sentences[index]
        found = self._read.get(sentence)
        if found is None:
            found = self._read[sentence] = report_figures(sentence)
        return found

    def candidates(self) -> list[int]:
        """The indices of the sentences that may hold a slip's figure (`may_slip`), ascending."""
        return [i for i, sentence in enumerate(self._sentences) if may_slip(sentence)]
