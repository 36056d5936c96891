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
from briefgen.analyse.wordmemo import word_memo

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
_TABLE = bytes(1 if b == 10 else b if (b in (1, 2) or 48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122 or b >= 128) else 32
               for b in range(256))
# Double quotation marks (ASCII, curly, guillemets, low-9), each made a word of its own (\x02) that marks its sentence a
# quotation's: two reports quoting one speaker share the words quoted, not a text (`_edited`).
_QUOTATION_MARKS = (b'"', "\u201c".encode(), "\u201d".encode(), "\u00ab".encode(), "\u00bb".encode(), "\u201e".encode())
_QUOTED = b" \x02 "
EDITED_WORDS = 3  # a sentence edited in one place: at most this many words taken out and put in there ...
KEPT = 0.75  # ... keeping at least this share of the longer one's words in order (an 8-word sentence: 2 words changed)
NEAR_SIMILAR = 0.6  # the cosine (similarity.cosine) above which two reports of two stories are read for edited copies:
# a copy edited by a word a sentence keeps nearly every term (its cosine ~0.9); below, exact copies only (time)
_NAMED = bytes(1 if 48 <= b <= 57 or 65 <= b <= 90 or b >= 128 else 0 for b in range(256))  # a word that opens so: a name


@word_memo
def _word_bytes(word: bytes) -> bytes:
    """One word's bytes in a sentence's wording: two bytes of 128-255 for a word opening with a capital, a digit or a
    letter outside ASCII (a name, a figure, a sentence's first word: never edited; two, so that two names differ but
    once in 16,384: one in 128 took two made-up names for one), one byte of 3-127 for the others; 0 separates
    sentences and 2 is a quotation mark."""
    if word == b"\x01":
        return b"\x00"  # (a sentence break)
    if word == b"\x02":
        return b"\x02"  # (a quotation mark)
    crc = zlib.crc32(word.lower())
    return bytes((128 | crc & 127, 128 | crc >> 7 & 127)) if _NAMED[word[0]] else bytes((3 + crc % 125,))


def copy_prints(text: str) -> bytes:
    """The sentence prints of `text` (module docstring): a uint32 count n, then n uint32 CRC-32s of the sentences in
    native byte order, in the order written, each once, then their wordings (`_word_bytes`), joined by a
    zero byte; b"" when no sentence is long enough. (The CRCs read ASCII letters lower-cased; both copies' other
    letters are alike as written.)"""
    raw = text[:MAX_CHARS].encode("utf-8")
    for mark in _QUOTATION_MARKS:
        if mark in raw:
            for end in b".?!":  # (a closing mark after the sentence's end: its sentence's, not the next one's)
                raw = raw.replace(bytes((end,)) + mark, mark + bytes((end,)))
            raw = raw.replace(mark, _QUOTED)
    raw = marks_spaced(raw).replace(b". ", _BREAK)
    for end in _ENDS:
        if end in raw:
            raw = raw.replace(end, _BREAK)
    words = raw.translate(_TABLE).replace(b"\x01", _BREAK).split()
    prints: dict[int, bytes] = {}
    for sentence, wording in zip(b" ".join(words).split(b"\x01"), b"".join(map(_word_bytes, words)).split(b"\x00")):
        if 2 in wording:  # (a quotation: its marks read by no print, its wording never edited)
            wording, sentence = b"\x02", b" ".join(sentence.replace(b"\x02", b" ").split())
        if sentence.strip().count(b" ") < MIN_WORDS - 1:
            continue
        crc = zlib.crc32(sentence.strip().lower())
        if crc not in prints:
            prints[crc] = wording
    if not prints:
        return b""
    return array("I", [len(prints), *prints]).tobytes() + b"\x00".join(prints.values())


def _edited(one: bytes, other: bytes) -> bool:
    """Whether two sentences' wordings differ in one place only, by at most EDITED_WORDS words out and in there, none
    a name or a figure, KEPT of the longer one's words kept: a sub-editor's edit ("said" → "added", "on Monday" →
    "Monday"), not another sentence ("… would close the bridge" → "… would reopen the school") nor a template's other
    name ("Daniel Oakes … is charged" → "Sarah Lyle … is charged")."""
    longer = max(len(one), len(other))
    if abs(len(one) - len(other)) > EDITED_WORDS or one == b"\x02" or other == b"\x02":  # (a quotation: exact only)
        return False
    head = 0
    for a, b in zip(one, other):
        if a != b:
            break
        head += 1
    tail, room = 0, min(len(one), len(other)) - head
    while tail < room and one[-1 - tail] == other[-1 - tail]:
        tail += 1
    out, put = one[head:len(one) - tail], other[head:len(other) - tail]
    return (head + tail >= KEPT * longer and len(out) <= EDITED_WORDS and len(put) <= EDITED_WORDS
            and max(out, default=0) < 128 and max(put, default=0) < 128)


def _read(prints: bytes) -> tuple[memoryview, list[bytes]]:
    """The CRCs and the wordings of `copy_prints`' bytes."""
    count = memoryview(prints[:4]).cast("I")[0]
    return memoryview(prints[4:4 + 4 * count]).cast("I"), prints[4 + 4 * count:].split(b"\x00")


def copied(first: bytes, second: bytes, lead: bool = True, near: bool = True) -> bool:
    """Whether two reports' `copy_prints` make them copies (module docstring, "Rule"); `lead` False: without asking
    for the first sentence, for two reports already grouped as one story by other evidence (a reprint whose lead the
    paper rewrote: "on Monday" → "on Monday morning, … has said"), where no template can be told twice; `near` False:
    sentences alike word for word only, not edited in one place (`_edited`)."""
    if not first or not second:
        return False
    (one, one_words), (other, other_words) = _read(first), _read(second)
    need = max(MIN_SHARED, (SHARE if lead else STORY_SHARE) * min(len(one), len(other)))
    shared = set(one).intersection(other)
    if len(shared) >= need and (not lead or one[0] in shared or other[0] in shared):
        return True
    if not near or min(len(one), len(other)) < need:
        return False
    free = [j for j, crc in enumerate(other) if crc not in shared]
    if lead and one[0] not in shared and other[0] not in shared and not (
            any(_edited(one_words[0], other_words[j]) for j in free)
            or any(_edited(one_words[k], other_words[0]) for k, crc in enumerate(one) if crc not in shared)):
        return False  # (the first sentence of neither is in the other, even edited)
    matched = len(shared)
    for k, crc in enumerate(one):
        if crc not in shared:
            for j in free:
                if _edited(one_words[k], other_words[j]):
                    free.remove(j)
                    matched += 1
                    break
    return matched >= need
