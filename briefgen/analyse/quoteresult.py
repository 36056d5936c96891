"""What quote attribution gives: `Quote` (re-exported by quotes.py, where `quotes_in` makes them) and
the speaker a frame names (`Who`, with the three answers that name no one), kept apart from quotes.py
to keep that module readable.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation attributed (or not) to a speaker.

    `text`: the words between the marks (a trailing comma dropped); `start`/`end`: its offsets.
    `speaker`: the name as written in the frame (for a pronoun: its antecedent as written);
    `name`: the article-local full name ("Haines" → "Avril Haines"); `kind`: "person",
    "organisation", "place" or None; `frame`: the rule that decided ("said-after",
    "said-before", "colon", "dash", "according-to", "pronoun", "continued", "reported": a quotation without a frame
    after a sentence that reports the speaker's words, "interrupted": the second part of
    a quotation its frame interrupts, "unnamed", "unsure": a surname or pronoun that may name two people of
    the article, "headline": a headline's quotation the text quotes with its speaker (`echoed`), "none").
    """
    text: str
    start: int
    end: int
    speaker: str | None
    name: str | None
    kind: str | None
    frame: str
    sentence: str
    in_title: bool = False


@dataclass(frozen=True, slots=True)
class Who:
    """The speaker a frame names: as `Quote`'s fields of the same names."""
    speaker: str | None
    name: str | None
    kind: str | None
    frame: str


NOBODY = Who(None, None, None, "none")
UNNAMED = Who(None, None, None, "unnamed")
UNSURE = Who(None, None, None, "unsure")  # "Okafor said" after "Adaeze Okafor" and "Chidi Okafor": no speaker
UNNAMED_SOURCE = Who(None, None, None, "according-to")  # "according to an official": a source, no speaker


_WORDS = re.compile(r"\w+")


def echoed(headline: list[Quote], text: list[Quote]) -> list[Quote]:
    """The headline's quotations, each without a speaker of its own taking the speaker of the first quotation of the
    text that holds its words ("'There was no time': Marlow residents describe fleeing …" and, in the text, “There
    was no time,” said Hatch: Gloria Hatch's, frame "headline"; the wildfire trial missed two such headlines). Two
    words at least, whole words in order: a one-word headline quote may be anyone's word."""
    found = []
    for quote in headline:
        words = " ".join(_WORDS.findall(quote.text.lower()))
        source = next((q for q in text if q.speaker is not None and words.count(" ") > 0
                       and f" {words} " in f" {' '.join(_WORDS.findall(q.text.lower()))} "), None)
        found.append(quote if quote.speaker is not None or quote.frame == "unnamed" or source is None else replace(
            quote, speaker=source.speaker, name=source.name, kind=source.kind, frame="headline"))
    return found


def without_echoes(quotes: list[Quote]) -> list[Quote]:
    """`quotes` (a headline's, then its text's) without the headline's quotations that a quotation of the text by
    the same speaker holds, words in order: one quotation, not two, on the speaker's People page (a trial's
    headline "“We will not freeze,” says Peña" listed her words twice)."""
    body = [(q.name or q.speaker, f" {' '.join(_WORDS.findall(q.text.lower()))} ") for q in quotes if not q.in_title]
    return [q for q in quotes if not q.in_title or q.speaker is None or not any(
        speaker == (q.name or q.speaker) and f" {' '.join(_WORDS.findall(q.text.lower()))} " in words
        for speaker, words in body)]
