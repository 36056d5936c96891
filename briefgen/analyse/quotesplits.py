"""One quotation split around its frame: whether the quotation after a frame continues the one before it.

`interrupted(text, masked, previous_end, open_mark, frames)` reads the words between two quotations
(`quoteframes.Frames.interruption`: a speech verb and its subject, then a comma) and says whether the second part
is the first's speaker's ("“The harbour,” said Varga, “is finished”"). Used by `quotes.py`; moved out of
quoteframes.py (at its 400-line limit) when long frames were admitted (2026-12-04).
"""
from __future__ import annotations

import re

from briefgen.analyse.capitals import CAPITAL
from briefgen.analyse.quoteframes import COORDINATORS, ENGLISH, SUBORDINATORS, Frames, not_ruling

SHORT_FRAME = 60  # characters: a frame this long or shorter needs only the word limit (SHORT_WORDS)
SHORT_WORDS = 8
LONG_FRAME = 120  # characters (quoteframes._INTERRUPTION reads this far): a subject and its appositives only
LONG_WORDS = 20

# The parts of a long frame after its subject, between commas: a description ("the group's chair"), an age ("41"),
# or what the speaker does as they speak ("speaking outside the court building"), never a participle that gives
# others' words ("quoting the judge", `_OTHERS`) nor one that opens a clause of its own ("adding that …",
# SUBORDINATORS). A school-closures trial (2026-12-04): `"This is not a step …," said Priya Ranganathan, the group's
# chair, speaking outside the court building, "but the children …"` lost its second half (72 characters, 11 words).
_OTHERS = "quoting|citing|reading|recalling|echoing|repeating|paraphrasing|relaying|reciting|mocking|mimicking"
_APPOSITIVE = re.compile(rf"(?:the|a|an|his|her|their|its|our)\s+\S.*|\d{{1,3}}|(?!(?:{_OTHERS})\b)[a-z]+ing\b.*")
_SUBJECT = re.compile(rf"(?:[Hh]e|[Ss]he|(?:{CAPITAL}[\w'\u2019.\-]*\s+)*{CAPITAL}[\w'\u2019\-]*|(?:the|a|an)\s+[a-z'\u2019\s\-]+)")


def long_frame(np: str) -> bool:
    """Whether `np`, the words of a frame besides its verb (at most LONG_FRAME characters, no sentence end), is a
    subject with appositives and participle phrases only: "Priya Ranganathan, the group's chair, speaking outside
    the court building", "the group's chair, Priya Ranganathan, speaking on the steps". At least one part names the
    speaker (a capital or "he"/"she"), no part is a clause, and at most LONG_WORDS words."""
    parts = [p.strip() for p in np.strip().rstrip(",").split(",")]  # ("X, the chair, said,": "X, the chair,")
    if len(np.split()) > LONG_WORDS or not all(parts) or not _SUBJECT.fullmatch(parts[0]):
        return False
    named = [p for p in parts if p[:1].isupper() or p.lower() in ("he", "she")]
    rest = [p for p in parts[1:] if not (p in named and _SUBJECT.fullmatch(p))]
    return bool(named) and len(parts) - len(rest) <= 2 and all(_APPOSITIVE.fullmatch(p) for p in rest)


def _clause_words(np: str) -> list[str]:
    """The words of a frame `np` that may open a clause, in lower case: all but an "and" that joins a second
    description of the speaker in an appositive ("Ada Brenn, the chair of the parents' group and a mother of two":
    an "and" before "a"/"an" in a part after the first; a trial lost the second half of such a split quotation)."""
    found: list[str] = []
    for k, part in enumerate(np.split(",")):
        words = part.lower().split()
        found += [w for i, w in enumerate(words) if not (k and w == "and" and i and words[i + 1:i + 2] in (["a"], ["an"])
                                                         and _APPOSITIVE.fullmatch(part.strip()))]
    return found


def interrupted(text: str, masked: str, previous_end: int, open_mark: int, frames: Frames | None = None) -> bool:
    """Whether the quotation opening at `open_mark` continues the one that ended at `previous_end`
    (after its closing mark; -1: none) across the frame between them: `“The harbour,” said Varga,
    “is finished”` (the second part is Varga's as the first is). The words between must be one
    speech verb and its subject (at most SHORT_WORDS words and SHORT_FRAME characters, or a subject with its
    appositives and participle phrases up to LONG_FRAME characters: `long_frame`; no clause of its own: "“…,”
    Moreau said, but Walla said, “…”" is not), then a comma, in the same paragraph: the frame is written once for
    both parts. A first part that ends its sentence before a second that opens one is two quotations: `“…agencies.”
    Varga added, “We will not …”` is Varga's second words, not the first speaker's (`text`: unmasked)."""
    if previous_end < 0 or open_mark <= previous_end:
        return False
    if text[max(0, previous_end - 6):previous_end - 1].rstrip()[-1:] in (".", "!", "?") and \
            text[open_mark + 1:open_mark + 3].lstrip()[:1].isupper():
        return False
    frames = frames or ENGLISH
    frame = frames.interruption.fullmatch(masked, previous_end, open_mark)
    if frame is None:
        return False
    np = frame.group("after") or frame.group("before")
    words = np.split()
    closing = frame.groupdict().get("closing") or frame.groupdict().get("inverted")
    if closing and not_ruling(np, closing):
        return False  # "“Stop,” read a banner Anna Berg held, “…”": no frame of the quotation
    if len(frames.speech.findall(np)) != 0 or (COORDINATORS | SUBORDINATORS).intersection(_clause_words(np)):
        return False
    return (len(words) <= SHORT_WORDS and len(np.strip()) <= SHORT_FRAME) or long_frame(np)
