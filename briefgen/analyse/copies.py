"""Copies: reports that print another's text word for word (wire copy, syndication, a reprint).

Rewritten re-tellings share few word sequences (the seeds share under 1 % of their word 3-grams: issue 9), so the
grouping scores terms, not wording. A reprint is the other case: a wire story or a press release printed by several
outlets as sent, under their own headlines. Before 2026-12-05 such copies were held apart when their text named no
rare name (a tester's four papers printing one text about buses rerouted through a tunnel, "no rare name in
common", 0.45), and each copy was counted an independent report — coverage inflated by reprints, which issue 9
asks to count apart ("distinct reports", Ground News and Particle).

Prints (`copy_prints`): each sentence of the text the story features read (the first `terms.MAX_CHARS` characters),
its ASCII letters lower-cased, its punctuation dropped (quotation marks and dashes too) and its spaces made single, of at least
MIN_WORDS words, hashed (CRC-32: stable across processes, as the memo needs), in the order written, each once. A
sentence ends at ". ", "? ", "! " or a line break: a split that only has to be the same in both copies. Four bytes a
sentence, ~14 sentences an article on the benchmark corpus; 3.6 % of the features' time (72.8 of 2,022 µs an article
on a loaded machine, `process_time`: docs/performance.md, "Session of 2026-12-05, night: what the session's story
rules cost").

Rule (`copied`): two reports are copies when one's first printed sentence is among the other's (a reprint keeps the
lead; papers cut from the end) and they share at least MIN_SHARED sentences, which are at least SHARE (80 %) of the
shorter one's. A template told twice (a weather warning for two regions) changes its first sentence, so the
boilerplate sentences it repeats do not make copies; one whose stock opening is shared ("The following case was heard
at Kestle Magistrates' Court on Thursday.", a second trial's two court reports, 2 of 3 sentences alike) changes the
sentence that tells its news, which 80 % asks for; an outlet's sign-off line is one sentence, never enough alone.
A copy edited word by word in most sentences is no copy: the ordinary similarity scores it as any re-telling. Within
a story (roles.copy_credits) the first sentence is not asked for, and STORY_SHARE (60 %) suffices: its members are one story by other evidence, and
a reprint's lead is the sentence a paper rewrites most (a trial's PA copy, "… on Monday, the Environment Agency
said", printed as "… on Monday morning, the Environment Agency has said").
Pure functions.
"""
from __future__ import annotations

import zlib
from array import array

from briefgen.analyse.terms import MAX_CHARS, marks_spaced

MIN_WORDS = 8  # a sentence shorter than this is printed by no report ("He declined to comment.", a dateline)
MIN_SHARED = 2  # sentences in common, at least ...
SHARE = 0.8  # ... and at least this share of the shorter report's printed sentences (a second trial: 0.6 took two
# court reports opening with one stock sentence, two of their three sentences, for copies)
STORY_SHARE = 0.6  # the same within a story (`copied(…, lead=False)`): its members are one story by other evidence
# (a trial's PA fuel-spill reprint, its lead and one more sentence rewritten, shares 3 of 5)

_ENDS = (b"? ", b"! ")  # (and ". ", always replaced; a line break is made a break by the table)
_BREAK = b" \x01 "  # a sentence break, kept as a word of its own through the translation below
# ASCII letters and digits, any byte of a non-ASCII letter (its marks are spaced first: terms.marks_spaced) and the
# break kept, a line break made one, the rest a space: the words terms.words reads.
_TABLE = bytes(1 if b == 10 else b if (b == 1 or 48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122 or b >= 128) else 32
               for b in range(256))


def copy_prints(text: str) -> bytes:
    """The sentence prints of `text` (module docstring): uint32 CRC-32s in native byte order, in the order the
    sentences are written, each once; b"" when no sentence is long enough. (ASCII letters lower-cased: bytes.lower,
    ~3x faster than str.lower; both copies' other letters are alike as written.)"""
    raw = marks_spaced(text[:MAX_CHARS].encode("utf-8").lower()).replace(b". ", _BREAK)
    for end in _ENDS:
        if end in raw:
            raw = raw.replace(end, _BREAK)
    minimum = MIN_WORDS - 1
    return array("I", dict.fromkeys(map(zlib.crc32, [sentence for sentence in map(bytes.strip, b" ".join(
        raw.translate(_TABLE).split()).split(b"\x01")) if sentence.count(b" ") >= minimum]))).tobytes()


def copied(first: bytes, second: bytes, lead: bool = True) -> bool:
    """Whether two reports' `copy_prints` make them copies (module docstring, "Rule"); `lead` False: without asking
    for the first sentence, for two reports already grouped as one story by other evidence (a reprint whose lead the
    paper rewrote: "on Monday" → "on Monday morning, … has said"), where no template can be told twice."""
    if not first or not second:
        return False
    one, other = memoryview(first).cast("I"), memoryview(second).cast("I")
    shared = set(one).intersection(other)
    return (len(shared) >= MIN_SHARED and len(shared) >= (SHARE if lead else STORY_SHARE) * min(len(one), len(other))
            and (not lead or one[0] in shared or other[0] in shared))
