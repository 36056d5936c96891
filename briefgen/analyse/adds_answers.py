"""A Q&A's prompts and answers, for the story page's comparison (compare.py, 2026-12-05).

A trial's story page (tests/stories/ferry, 2026-12-05) listed, as what a Q&A adds, its interviewer's prompt "Ferry &
Port Week: The company says the repairs were signed off." (a prompt with no question mark asserts nothing of the
interview's own) and the answers cut into bare sentences: "It has been tolerated.", "Declan O’Rourke: Two things.",
"My mother lives on Skerrin.", "She tells me exactly what people think of me." — a reader could not tell who spoke.

Rules, as interviews.py reads a transcript (docs/people.md, "Interviews"), on a report's paragraphs:
- a labelled paragraph opens with a label of at most `interviews.MAX_LABEL_WORDS` words and a colon;
- a label asks when it is a question word ("Q", "Question", "Interviewer") or a name (capitalised words, no digit,
  day, month or label word: "Ferry & Port Week") one of whose paragraphs ends with "?"; every paragraph of a label
  that asked is a prompt, its sentences none of the report's facts;
- after the first prompt, a paragraph of another label is an answer: its sentences are one answer (`interview_parts`
  numbers them), which the page shows as one item, its label first (site/stories.py).
A report with no label that asks has no prompts and no answers.
"""
from __future__ import annotations

import re
from typing import Sequence

from briefgen.analyse.interviews import LABEL_WORDS, MAX_LABEL_WORDS, NAME_PARTICLES, QUESTION_LABELS
from briefgen.analyse.lexicon import MONTHS_DAYS

_LABEL = re.compile(r"(?P<label>[^\W\d_][^:\n]{0,80}?)\s*:\s+\S")


def label_of(sentence: str) -> str:
    """The label a paragraph's first sentence opens with ("Declan O’Rourke" of "Declan O’Rourke: Every day."), or ""."""
    found = _LABEL.match(sentence)
    return found.group("label").strip() if found and len(found.group("label").split()) <= MAX_LABEL_WORDS else ""


def _name_like(label: str) -> bool:
    return not any(any(c.isdigit() for c in w) or w.lower().strip(".,") in LABEL_WORDS | MONTHS_DAYS
                   or not (w[:1].isupper() or w.lower() in NAME_PARTICLES or w == "&") for w in label.split())


def interview_parts(blocks: Sequence[Sequence[str]]) -> tuple[frozenset[int], tuple[int, ...]]:
    """(the indices of the prompts' sentences, per sentence its answer's number from 1 or 0) of a report whose
    paragraphs' sentences are `blocks`, indices counted over all its sentences in order (module docstring)."""
    labels = [label_of(block[0]) if block else "" for block in blocks]
    askers = {label.lower() for label, block in zip(labels, blocks) if label and (
        label.lower() in QUESTION_LABELS or (_name_like(label) and block[-1].rstrip(" *_\"'\u201d\u2019)").endswith("?")))}
    count = sum(len(block) for block in blocks)
    if not askers:
        return frozenset(), (0,) * count
    prompts: set[int] = set()
    answers = [0] * count
    at, asked, number = 0, False, 0
    for label, block in zip(labels, blocks):
        if label.lower() in askers:
            prompts.update(range(at, at + len(block)))
            asked = True
        elif label and asked and _name_like(label):
            number += 1
            answers[at:at + len(block)] = [number] * len(block)
        at += len(block)
    return frozenset(prompts), tuple(answers)
