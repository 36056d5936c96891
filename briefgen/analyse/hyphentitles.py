"""A hyphenated title inside a capitalised run ("NATO Secretary-General Jens Stoltenberg", "UN Secretary-General
Antonio Guterres", "Attorney-General Anna Berg") parts the body before it from the person after it.

    titled_parts([(0, "NATO"), (5, "Secretary-General"), (23, "Jens"), (28, "Stoltenberg")])
    # -> [[(23, "Jens"), (28, "Stoltenberg")]]

Takes a run's part as (offset, word) pairs (runparts.speaker_parts); gives its parts. The evaluation set
(tests/stories/eval/, 2026-12-05) gave four of Stoltenberg's quotations to an organisation "NATO Secretary-General
Jens Stoltenberg": a hyphenated title is no word of lexicon.TITLE_WORDS, so the run read whole was an organisation
(the body's acronym first) and, alone, "Secretary-General Jens Stoltenberg" a person whose given name was the title.
A word whose hyphen-joined pieces are all title words (secretary-general, attorney-general, director-general,
governor-general, lieutenant-general, vice-president …), with two name words or more after it, ends what is before
it — a body's name, which names the person's office, not a speaker of its own: dropped, as runparts.speaker_parts
drops a body that leads a titled person — and is dropped from the person's name. Pure.
"""
from __future__ import annotations

from briefgen.analyse.lexicon import TITLE_WORDS


def hyphen_title(word: str) -> bool:
    """Whether `word` is a title of hyphen-joined title words ("Secretary-General", "Vice-President")."""
    pieces = word.lower().split("-")
    return len(pieces) > 1 and all(p in TITLE_WORDS for p in pieces)


def titled_parts(part: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    """The person's words after the first hyphenated title of `part` that two words or more follow (module
    docstring); `[part]` when it holds none."""
    for i, (_, word) in enumerate(part[:-2]):
        if hyphen_title(word):
            return [part[i + 1:]]
    return [part]
