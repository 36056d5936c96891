"""A credit inside a quotation is the speaker's words, no credit (FX67, 2026-12-07).

    spoken(text, credit)   # -> bool: whether `credit`'s words stand inside a quotation of `text`

BR35: '"We have read what dpa reported and it is false," the minister said.' credited dpa, and '"According to
Reuters, we are finished," he joked.' Reuters: the speaker tells of a report, or jokes; the text reports neither.
A credit whose cue lies wholly inside one pair of double quotation marks (quotemarks.quotations: straight or curly)
credits no one; a name in quotation marks with its cue outside them ("wie die „Süddeutsche Zeitung“ berichtete", a
headline's title quoted after "reported") is not inside, and stays a credit.
"""
from __future__ import annotations

from briefgen.analyse.quotemarks import has_marks, quotations


def spoken(text: str, credit: object) -> bool:
    """Whether the words of `credit` (a credits.Credit: .cue, .start, offsets into `text`) stand wholly inside one
    quotation of `text` that holds more than them (a quoted name alone is a title, no speech)."""
    cue, start = credit.cue, credit.start  # type: ignore[attr-defined]
    if not has_marks(text):
        return False
    end = start + len(cue)
    return any(begin <= start and end <= stop and stop - begin > len(cue) + 2 for begin, stop in quotations(text))
