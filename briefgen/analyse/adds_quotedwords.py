"""Pairs of sentences that share words but no fact: one speaker's quoted words beside narration, or only who speaks.

Takes the two sentences of a candidate pair (compare.py: they passed the overlap test) and the terms they share
outside the descriptions of their speakers; says whether they are nevertheless no counterparts (`said_apart`).

A ransomware trial's story pages (tests/stories/ransom/, 2026-12-05) showed, as one fact:
- the Herald's opening "Thousands of students … spent Monday unable to open their coursework, read their email …,
  after criminals locked the university's computers …" beside Gazeta's "“The criminals read the news too.”" (a
  lecturer's warning), and the Herald's "Eight days after ransomware shut down her university, she told The National
  Herald that it has refused a ransom demand" beside the Courier's "“We should not be reading this in the Herald eight
  days later,” he said." (the union president's complaint) in "What all 4 reports say"; Reuters' "… could not log in,
  and a message demanding payment had appeared …" beside "“Do not open any message that … asks you to log in,” she
  said."; "“Two universities, one gang, one unpatched gateway,” he told MPs." beside "… has refused to pay the ransom
  demanded by the gang.". Each pair shares two words, which one sentence writes inside quotation marks and the
  other only outside them: a speaker's words and a narrator's, two uses of common words ("read", "open", "message",
  "gang", "eight"). Rule (`QUOTED_MIN`): such a pair — every shared term inside the quotation marks of one sentence,
  none inside those of the other — needs a third shared term (a paraphrase of a quotation keeps its words: the
  statement's "… our security team identified suspicious activity on the university network" and Reuters' quoted
  "We detected unusual activity on our network in the early hours of Monday …" share five), unless the two write
  `VERBATIM_RUN` words in a row alike (the quotation written out: a Q&A's unquoted answer "We did not reply then and
  we will not pay now.", a release's second paragraph of a quotation "They deserve to know what has happened to it.",
  each quoted in another report). So does a pair of two quotations sharing two words ("“In 7 days 410 GB of student
  and staff data will be published for everyone.”", the gang's notice, beside a university spokesperson's "“We have
  seen no evidence so far that any data has been published,”"; Professor Mackie's "… sit exams without their notes
  …" beside a student officer's "“Students were revising from notes they could not open,”"): quotations are
  verbatim, and two reports quoting one statement write its words alike.
- "Westshire Police declined to comment on the claim, …" beside "Westshire Police urged residents not to search for
  the stolen files.", and "“We did not take this decision lightly,” said Professor Helen Mackie, …" beside "Professor
  Helen Mackie, who is in charge of education …, said no one would be penalised for late work.": what the pair shares
  besides the story's common words is only the speaker, named in both sentences' frames (adds_frames.frame: the
  speaker and the verb of saying). Rule: such a pair is no fact; a frame whose verb tells an act ("announced",
  "confirmed", "reported", "claimed") still counts, since who announced is often the news ("Erdoğan announced the
  renewal on Wednesday").
Measured on the labelled sentences of tests/stories/eval/adds.yaml and the ransom trial in docs/stories.md.
"""
from __future__ import annotations

import re
from typing import Callable, Sequence

from briefgen.analyse.adds_frames import frame, sentence_terms
from briefgen.analyse.quotemarks import has_marks, pair_marks, quotations

QUOTED_MIN = 3  # shared terms outside the speakers' descriptions a pair of quoted words and narration needs
VERBATIM_RUN = 4  # words in a row two sentences write alike: the quotation itself ("deserve to know what …")
_WORD = re.compile(r"\w+")
_MARKS = re.compile("[\"\u201c\u201d\u201e\u00ab\u00bb\u2018]")  # (quotemarks.pair_marks' openers and closers)
_ACT = re.compile(r"\b(?:announc|confirm|report|claim|admit|acknowledg|stat)\w*")


def quoted_parts(sentence: str) -> tuple[frozenset[str], frozenset[str]]:
    """(terms inside the sentence's quotation marks, terms outside them), in any convention of marks
    (quotemarks.pair_marks); no quotation: (∅, all its terms)."""
    paired = pair_marks(sentence)
    spans = quotations(paired) if has_marks(paired) else ()
    if not spans:
        return frozenset(), sentence_terms(sentence)
    inside = " ".join(paired[start:end] for start, end in spans)
    outside, last = [], 0
    for start, end in spans:
        outside.append(paired[last:start])
        last = end
    outside.append(paired[last:])
    return sentence_terms(inside), sentence_terms(" ".join(outside))


def speaker_terms(sentence: str, found: str | None = None) -> frozenset[str]:
    """The terms of the sentence's frame (adds_frames.frame: who speaks and the verb; `found` when already read), ∅
    when it has none or its verb tells an act ("announced", "confirmed": module docstring)."""
    found = frame(sentence) if found is None else found
    return frozenset() if not found or _ACT.search(found) else sentence_terms(found)


class SaidApart:
    """`said_apart` for the sentences of one comparison, each sentence read once (a story page compares a sentence
    with many). `text(k)`: the text of term set k's first sentence (compare.py numbers the story's term sets)."""

    def __init__(self, text: Callable[[int], str]) -> None:
        self._text = text
        self._quoted: dict[int, tuple[frozenset[str], frozenset[str]]] = {}
        self._speaker: dict[int, frozenset[str]] = {}
        self._runs: dict[int, frozenset[tuple[str, ...]]] = {}
        self._frames: dict[int, str] = {}

    def frame(self, k: int) -> str:
        """adds_frames.frame of set k's sentence, read once (compare.py reads its speaker's description from it)."""
        found = self._frames.get(k)
        if found is None:
            found = self._frames[k] = frame(self._text(k))
        return found

    def _parts(self, k: int) -> tuple[frozenset[str], frozenset[str]]:
        found = self._quoted.get(k)
        if found is None:
            text = self._text(k)  # (no quotation mark: no words inside one, which is all the rule asks of it)
            found = self._quoted[k] = quoted_parts(text) if _MARKS.search(text) else (frozenset(), frozenset())
        return found

    def _speakers(self, k: int) -> frozenset[str]:
        found = self._speaker.get(k)
        if found is None:
            found = self._speaker[k] = speaker_terms(self._text(k), self.frame(k))
        return found

    def _run(self, k: int) -> frozenset[tuple[str, ...]]:
        found = self._runs.get(k)
        if found is None:
            found = self._runs[k] = word_runs(self._text(k))
        return found

    def __call__(self, x: int, y: int, shared: frozenset[str], usual: frozenset[str]) -> bool:
        """Whether sets x and y, sharing `shared` (outside their speakers' descriptions), are no counterparts (module
        docstring); `usual`: the story's common terms."""
        if len(shared) < QUOTED_MIN:
            (inside_x, outside_x), (inside_y, outside_y) = self._parts(x), self._parts(y)
            quoted_x = shared <= inside_x and not shared & outside_x
            quoted_y = shared <= inside_y and not shared & outside_y
            if ((quoted_x and (quoted_y or not shared & inside_y)) or (quoted_y and not shared & inside_x)) and not (
                    self._run(x) & self._run(y)):
                return True
        rare = shared - usual
        return bool(rare) and rare <= self._speakers(x) and rare <= self._speakers(y)


def word_runs(sentence: str) -> frozenset[tuple[str, ...]]:
    """Every VERBATIM_RUN words in a row of `sentence`, case folded."""
    words = _WORD.findall(sentence.casefold())
    return frozenset(tuple(words[i:i + VERBATIM_RUN]) for i in range(len(words) - VERBATIM_RUN + 1))


def said_apart(first: str, second: str, shared: frozenset[str], usual: frozenset[str]) -> bool:
    """Whether two sentences sharing the terms `shared` (outside their speakers' descriptions) are no counterparts:
    quoted words beside narration sharing fewer than QUOTED_MIN terms and no VERBATIM_RUN words in a row, or sharing
    besides the story's common terms (`usual`) only the speaker both frames name (module docstring)."""
    texts: Sequence[str] = (first, second)
    return SaidApart(texts.__getitem__)(0, 1, shared, usual)
