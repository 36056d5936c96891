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
sentence ends at ". ", "? ", "! " or a line break: a split that only has to be the same in both copies. Each sentence
has a second print, of its words without a house style's touches to wire copy (`STYLE_WORDS`: "said"/"added"/"noted",
"that" after one, "on" before a weekday, "per cent"/"percent"), so that a copy so edited is still a copy (2026-12-05,
late night); a sentence holding a quotation keeps its words and their order (two reports quoting one speaker share the
speaker's words, not a text): its second print folds spellings, ordinals, times and dates, and writes a speech verb
"said" only when the sentence's frame has words of its own (`_quoted`, `MIN_FRAME`: T12's "added Cmdr. Tobias
Fenwright, the Mission Director, …", 2026-12-06). Since 2026-12-06 a wire's dateline at the text's start is left out
of both prints, an abbreviation's stop ends no sentence ("Cmdr.", "Dr.", "St.": `_sentence_ends`), and the second
print folds another country's style: British spellings (housespellings.FOLD, "tonne" too), ordinals, 12-hour clock
times as 24-hour ones ("9:42 p.m." is "21:42") and a British date's order (`_alike`, `_untouched`, `_folded`). Eight bytes a sentence, ~14 sentences an
article on the benchmark corpus (docs/log/performance.md, "Session of 2026-12-05, late night").

Rule (`copied`): two reports are copies when one's first printed sentence is among the other's (a reprint keeps the
lead; papers cut from the end) and they share at least MIN_SHARED sentences, which are at least SHARE (80 %) of the
shorter one's. A template told twice (a weather warning for two regions) changes its first sentence, so the
boilerplate sentences it repeats do not make copies; one whose stock opening is shared ("The following case was heard
at Kestle Magistrates' Court on Thursday.", a second trial's two court reports, 2 of 3 sentences alike) changes the
sentence that tells its news, which 80 % asks for; an outlet's sign-off line is one sentence, never enough alone.
A sentence is in the other report when either of its prints is: a copy with a house style's touches is a copy; one
edited otherwise ("approved" for "rejected", "will not" for "will", "strong winds" for "heavy rain": a breaker's
templates and follow-ups, which a rule allowing any one-place edit of lower-case words took for copies) is no copy,
and the ordinary similarity scores it as any re-telling. Within
a story (roles.copy_credits) the first sentence is not asked for, and STORY_SHARE (60 %) suffices: its members are one story by other evidence, and
a reprint's lead is the sentence a paper rewrites most (a trial's PA copy, "… on Monday, the Environment Agency
said", printed as "… on Monday morning, the Environment Agency has said").
Pure functions.
"""
from __future__ import annotations

import re
import zlib
from array import array

from briefgen.analyse.datelineplaces import WHOLE_DATELINE
from briefgen.analyse.housespellings import FOLD
from briefgen.analyse.sentences import OPENERS
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
_TABLE = bytes(1 if b == 10 else b if (b in (1, 2) or 48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122 or b >= 128) else 32
               for b in range(256))
# Double quotation marks (ASCII, curly, guillemets, low-9), each made a word of its own (\x02) that marks its sentence a
# quotation's: two reports quoting one speaker share the words quoted, not a text (`copy_prints`).
_QUOTATION_CHARS = '"\u201c\u201d\u00ab\u00bb\u201e'
_QUOTATION_MARKS = tuple(zip(_QUOTATION_CHARS, map(str.encode, _QUOTATION_CHARS)))  # (looked for in the text: one
# character found in a str at C speed, ~0.2 µs; three bytes in the UTF-8, ~2 µs)
_QUOTED = b" \x02 "
# A house style's touches to wire copy, which the second print of a sentence leaves out: a speech verb for another
# ("said"/"added"/"noted"), "that" after one, "on" before a weekday, "per cent"/"percent". Closed and narrow: never a
# word that can be the news — "not", "also", an article, "has"/"had", "Mr"/"Mrs", "told" with its listener (breakers'
# templates and follow-ups, 2026-12-05, late night: "approved"/"rejected", "Police have also arrested", "A suspect"/
# "The suspect" were made copies while any lower-case word, then a wider list, could change).
STYLE_WORDS = frozenset(w.encode() for w in "said says added adds stated states noted notes explained explains".split())
_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
# The touches in one pattern (a space before each, one after it kept): the verb and a "that" after it, "on" before a
# weekday, a "that" after a day ("said on Monday that" / "said Monday"), "per cent", "percent". One pass, ~16 µs an
# article; a replacement per touch ~55 µs, a loop over the words ~150 µs (docs/log/performance.md).
_TOUCH = re.compile(rb" (?:(?:" + b"|".join(sorted(STYLE_WORDS)) + rb")(?: that)?|on(?= (?:" + _WEEKDAYS.encode()
                    + rb") )|per cent|percent)(?= )")
_DAY_THAT = re.compile(rb"(?<=day) that(?= )")
# A date in the British order ("28 April") put in the American ("April 28"), ordinals' suffixes dropped ("April 28th",
# "3rd"), "10pm" as "10 pm", as a paper's style changes wire copy (T11 and a breaker's American reprints, BR10,
# 2026-12-06); both reports' texts are put alike. Ordinals and clock times are words of the second print's word table
# (`_WORD_FORMS`, looked up with the spellings at no cost of their own); the day's order is one pattern, run only on
# texts naming a month (a pattern over every text cost 13-58 µs an article: docs/log/performance.md). "p.m." and "U.S."
# lose their stops before sentences are split, in both prints (`_STOPPED`: no sentence ends there).
_MONTHS = (b"january", b"february", b"march", b"april", b"may", b"june", b"july", b"august", b"september", b"october",
           b"november", b"december")
_DAY_MONTH = re.compile(rb" (\d{1,2})(?:st|nd|rd|th)? (" + b"|".join(_MONTHS) + rb")(?= )")
_DAY_MAY = re.compile(rb"\d(?:st|nd|rd|th)? may ")  # ("may" is a verb far more often than a month)
_WORD_FORMS = {**FOLD, **{f"{n}{end}".encode(): str(n).encode() for n in range(1, 32)
                          for end in ("st", "nd", "rd", "th")},
               **{f"{h}{m}".encode(): f"{h} {m}".encode() for h in range(1, 13) for m in ("am", "pm")}}
# A quotation's sentence's second print: `_WORD_FORMS`, a speech verb written "said" where it stands ("added Cmdr." for
# "said Cmdr", "she added" for "she said": T12, 2026-12-06), never left out — without the verb, "…," said Ms Ray and
# "…," Ms Ray said, two reports quoting one speaker, would be one print — and the quotation marks (`\x02`) dropped.
# Only a frame of its own words is a text copied: "…,” he added" and "…,” he said" are two reports' frames of one
# speaker's words (tests/stories/test_wire_copies.py); "…," added Cmdr. Tobias Fenwright, the Mission Director, speaking
# in the control room at Brennock" (T12) is the wire's frame reprinted.
MIN_FRAME = 4
_WORD_FORMS_QUOTED = {**_WORD_FORMS, b"\x02": b""}
_QUOTED_FORMS = {**_WORD_FORMS_QUOTED, **{verb: b"said" for verb in STYLE_WORDS}}
_STOPPED = ((b"a.m.", b"am"), (b"p.m.", b"pm"), (b"u.s.", b"us"), (b"u.k.", b"uk"))
# Abbreviations whose stop ends no sentence (T12, 2026-12-06: "added Cmdr. Tobias Fenwright" cut the American reprint's
# sentence in two where the wire wrote "said Cmdr Tobias Fenwright"): titles, ranks, "St."/"Jr."/"Inc." and the like,
# as a whole word (a space before), their stop dropped in both prints; "No." only before a figure ("No. 10"). Looked
# up at each ". " (`_sentence_ends`: ~25 an article, ~15 µs; a pattern of the words cost ~100 µs, a test of each ~200).
_ABBREVIATED = frozenset(word.encode() for word in (
    "mr mrs ms messrs dr prof rev revd hon gen col lt capt cmdr cdr cmdre cdre comdr sgt cpl pte maj adm brig gov sen "
    "rep supt insp det ch fr st jr sr inc corp ltd co bros vs etc approx dept est govt no".split()))
# A clock time of 12 hours ("9:42 pm", "9.42pm", "10pm", "10 am": its stops and colon made spaces) in the 24 hours' form
# of the wire ("21 42", "22 00"), zero-padded ("09 10": "09:10"), in the second prints (T12: "21:42" / "9:42 p.m.").
_CLOCK12 = re.compile(rb"(\d{1,2})(?: (\d\d))? ?([ap])m(?= )")  # (after a space: `_clock24`)


def _folded(sentence: bytes) -> bytes:
    """A sentence's words (split at spaces) in the forms of `_WORD_FORMS` (American spellings, "28" for "28th", "10 pm"
    for "10pm"), joined by single spaces."""
    words = sentence.split()
    return b" ".join(map(_WORD_FORMS.get, words, words))


def _sentence_ends(raw: bytes, written: str = "") -> bytes:
    """Lower-cased `raw` with each ". " a sentence break (`_BREAK`), but after an abbreviation (`_ABBREVIATED`: a
    space there; "no." only before a figure) or an initial not before an opening word (`_INITIAL`, `_opens`): a word
    of letters that `written`, the text as written, writes as capital initials (`capital_initials`, read only when
    such a word comes: 0.5 s of a 10,000-article cold build when read for every text)."""
    pieces = raw.split(b". ")
    joined = [pieces[0]]
    initials: frozenset[bytes] | None = None
    for before, piece in zip(pieces, pieces[1:]):
        word = before[before.rfind(b" ") + 1:]
        if word in _ABBREVIATED and (word != b"no" or piece[:1].isdigit()):
            joined += (b" ", piece)
            continue
        if _INITIAL.fullmatch(word) and not _opens(piece):
            initials = capital_initials(written) if initials is None else initials
            if all(letter in initials for letter in word.split(b".")):
                joined += (b" ", piece)
                continue
        joined += (_BREAK, piece)
    return b"".join(joined)


_CAPITAL_INITIAL = re.compile(r"(?<![\w'\u2019])([A-Z\u00c0-\u00de])\.")


def capital_initials(text: str) -> frozenset[bytes]:
    """The letters `text` writes as a capital initial, a capital and a period after no letter ("S. K. Verma",
    "S.K. Verma"), lower-cased and UTF-8 encoded: the words of `_sentence_ends`'s lower-cased bytes that may be
    initials. A lower-case one-letter word before ". " is none: "… buses a. Buses …" (a property's text, after
    f00470a9) lost its sentence's end in the copy's print but not in the cut one's, and two copies were no copies."""
    return frozenset(m.group(1).lower().encode() for m in _CAPITAL_INITIAL.finditer(text))


# An initial ("s. k. verma") or a dotted one ("s.k. verma"), lower-cased: its stop ends a sentence only before a word
# that opens one, itself no initial ("plan b. the next …"): sentences.period_ends's rule, read without capitals.
_INITIAL = re.compile(rb"(?:(?:[a-z]|\xc3[\xa0-\xbe])\.)*(?:[a-z]|\xc3[\xa0-\xbe])")  # (a-z, à-þ in UTF-8)
_OPENERS = frozenset(word.encode() for word in OPENERS)


def _opens(piece: bytes) -> bool:
    """Whether `piece` (what follows ". ") opens with a word of `_OPENERS` that is no initial ("a" before ". ")."""
    first = piece.split(b" ", 1)[0]
    return first in _OPENERS and not (len(first) == 1 and piece == first)


def _quoted(sentence: bytes) -> bytes:
    """A sentence holding a quotation (its marks `\x02` words), `_alike`, in the forms of `_WORD_FORMS`, its quotation
    marks dropped and its words kept in order; a speech verb of `STYLE_WORDS` written "said" in its place when the
    words outside the quotation, the verb left out, are at least `MIN_FRAME` (the marks paired: an odd count, a
    quotation running over sentences, counts none)."""
    words = sentence.split()
    if sentence.count(b"\x02") % 2 == 0:
        outside = b" ".join(sentence.split(b"\x02")[::2]).split()
        if len(outside) - sum(map(STYLE_WORDS.__contains__, outside)) >= MIN_FRAME:
            return b" ".join(filter(None, map(_QUOTED_FORMS.get, words, words)))
    return b" ".join(filter(None, map(_WORD_FORMS_QUOTED.get, words, words)))


def _clock24(found: re.Match[bytes]) -> bytes:
    hour, minutes = int(found.group(1)), found.group(2) or b"00"
    if found.string[found.start() - 1:found.start()] != b" " or not 1 <= hour <= 12 or int(minutes) > 59:
        return found.group(0)
    return b"%02d %s" % (hour % 12 + (12 if found.group(3) == b"p" else 0), minutes)


def _alike(sentences: bytes) -> bytes:
    """Translated, lower-cased sentences (one space between words, `\x01` a break) with a British date's order put in
    the American ("28 April" → "April 28") and 12-hour clock times in 24 hours ("9 42 pm" → "21 42"), in a space."""
    plain = b" " + sentences + b" "
    if any(month in plain for month in _MONTHS if month != b"may") or b"may" in plain and _DAY_MAY.search(plain):
        plain = _DAY_MONTH.sub(rb" \2 \1", plain)
    if b"pm " in plain or b"am " in plain:
        plain = _CLOCK12.sub(_clock24, plain)
    return plain


def _untouched(plain: bytes) -> bytes:
    """`_alike` sentences without a house style's touches (`_TOUCH`), the breaks kept; spaces doubled where words
    went."""
    plain = _TOUCH.sub(b"", plain)
    return _DAY_THAT.sub(b"", plain) if b"day that " in plain else plain


def copy_prints(text: str) -> bytes:
    """The sentence prints of `text` (module docstring), uint32s in native byte order: the count n of sentences, then
    n CRC-32s of the sentences as written, in the order written, each once, then n CRC-32s of the same sentences
    without a house style's touches (`_untouched`; a sentence holding a quotation: `_quoted`); b"" when
    no sentence is long enough. (ASCII letters read lower-cased; both
    copies' other letters are alike as written.)"""
    dateline = WHOLE_DATELINE.match(text)  # a wire dateline a reprint cuts or changes ("LONDON (Reuters) -"): left out
    written = text[dateline.end() if dateline else 0:MAX_CHARS]
    raw = written.encode("utf-8")
    for char, mark in _QUOTATION_MARKS:
        if char in written:  # (as `mark in raw`: no replacement below adds or takes away another mark)
            for end in b".?!":  # (a closing mark after the sentence's end: its sentence's, not the next one's)
                raw = raw.replace(bytes((end,)) + mark, mark + bytes((end,)))
            raw = raw.replace(mark, _QUOTED)
    raw = raw.lower()
    for stopped, plain in _STOPPED:  # ("10 p.m. on Monday", "the U.S. said": no sentence's end)
        if stopped in raw:
            raw = raw.replace(stopped, plain)
    raw = _sentence_ends(marks_spaced(raw), written)
    for end in _ENDS:
        if end in raw:
            raw = raw.replace(end, _BREAK)
    sentences = b" ".join(raw.translate(_TABLE).replace(b"\x01", _BREAK).split())
    minimum = MIN_WORDS - 1
    alike = _alike(sentences)
    split, touched = sentences.split(b"\x01"), _untouched(alike).split(b"\x01")
    if b"\x02" not in sentences:  # (no quotation: both prints of every long sentence by C-level maps)
        long = [k for k, sentence in enumerate(map(bytes.strip, split)) if sentence.count(b" ") >= minimum]
        prints = dict(zip(map(zlib.crc32, (split[k].strip() for k in long)),
                          map(zlib.crc32, map(_folded, (touched[k] for k in long)))))
    else:
        prints = {}
        for sentence, plain, same in zip(split, touched, alike.split(b"\x01")):
            quoted = b"\x02" in sentence
            sentence = b" ".join(sentence.replace(b"\x02", b" ").split()) if quoted else sentence.strip()
            if sentence.count(b" ") >= minimum and (crc := zlib.crc32(sentence)) not in prints:
                prints[crc] = zlib.crc32(_quoted(same) if quoted else _folded(plain))
    if not prints:
        return b""
    return array("I", [len(prints), *prints, *prints.values()]).tobytes()


def copied(first: bytes, second: bytes, lead: bool = True) -> bool:
    """Whether two reports' `copy_prints` make them copies (module docstring, "Rule"): a sentence of one is in the
    other when either of its prints is among the other's of that kind; `lead` False: without asking for the first
    sentence, for two reports already grouped as one story by other evidence (a reprint whose lead the paper
    rewrote: "on Monday" → "on Monday morning, … has said"), where no template can be told twice."""
    if not first or not second:
        return False
    one, other = memoryview(first).cast("I"), memoryview(second).cast("I")
    n, m = one[0], other[0]
    need = max(MIN_SHARED, (SHARE if lead else STORY_SHARE) * min(n, m))
    written, plain = set(other[1:m + 1]), set(other[m + 1:])
    ones = [one[1 + k] in written or one[1 + n + k] in plain for k in range(n)]
    written, plain = set(one[1:n + 1]), set(one[n + 1:])
    others = [other[1 + k] in written or other[1 + m + k] in plain for k in range(m)]
    return min(sum(ones), sum(others)) >= need and (not lead or ones[0] or others[0])
