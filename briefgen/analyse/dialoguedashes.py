"""Dialogue written with dashes, as Spanish (and Portuguese, Catalan …) print it, read as quotations: the same text
with quotation marks in the dashes' places (same length, so offsets hold), for quotes.quotes_in.

    dialogue_marked("—We will not accept it —said Ruiz—. We will defend every vote.", lexicon="")
    # -> "“We will not accept it” said Ruiz. “We will defend every vote”"   (each character in its place)

T29 F7: "—We will not accept a result written in the dark —said Ruiz de la Torre—. We will defend every vote." was no
quotation at all. The form (the Real Academia Española's Ortografía de la lengua española, 2010, on the "raya" in dialogue): a paragraph
opens with a dash joined to the first spoken word; the narrator's frame opens with a dash joined to its first word,
after a space, and closes with a dash before the punctuation that follows; the speech goes on after it. Read only
where the paragraph opens with a dash joined to a word (or ¿ ¡ «), holds no quotation mark of its own, ends in
punctuation, and has a frame, each opening with a speech verb in lower case, or a pronoun or a name and one ("—she
said—", "—Ruiz said—"): an em dash as a parenthesis ("The result — disputed by many — stands"), a list's dash ("— Ruiz
won 52%"), a sign-off ("—Reporting by Ana Ruiz.") or "—and so it did" in prose never becomes a quotation. The last
spoken part's closing mark takes the place of its final punctuation (the quotation's text drops that character).

FX102 (BR60): "—The count —told by Ruiz— was fair.", "—Nothing —said to be final— has been agreed.", "—No date —stated
officials— has been set.", "—Ruiz, who said nothing —she said later— was absent." were read as quotations. Two rules
(`_speech_frame`, `_goes_on`): the words between the dashes are a speech frame and nothing more — a speech verb and its
speaker after it (a name, a pronoun, "the minister"), or a speaker and the verb — followed only by adverbs and time
words (verbends.ADVERB: "—she said later—"); never a participle or a passive ("told by", "asked about by", "said to
be") nor a lower-case noun ("—stated officials—"). And the speech goes on after the frame only with punctuation
("—said Ruiz—. We …", "—said Ruiz—, but …") or a new clause: its first word a subject pronoun or a conjunction ("—she
said— we will defend …", "— but …"); a part before the frame that the words after it complete as one sentence ("—No
date —…— has been set.") is prose with an aside, no dialogue.
"""
from __future__ import annotations

import re
from collections.abc import Collection

from briefgen.analyse import languages
from briefgen.analyse.capitals import CAPITAL
from briefgen.analyse.lexicon import PRESS_VERBS, SPEECH_VERBS
from briefgen.analyse.verbends import ADVERB

_DASH = "\u2014"
_OPENING = re.compile(rf"{_DASH}(?=[^\W\d_]|[¿¡«])")
_FRAME = re.compile(rf"[ \t]{_DASH}(?P<verb>[^\W\d_]+)(?:[ \t]+(?P<next>[^\W\d_]+))?")  # " —said", " —she said"
_PRONOUNS = frozenset("he she they we i".split())
_NAMED = re.compile(rf"{CAPITAL}[\w'\u2019-]*(?:[ \t]+(?:{CAPITAL}[\w'\u2019-]*|de|del|la|las|los|da|das|do|dos|y)){{0,5}}"
                    r"[ \t]+(?P<verb>[^\W\d_]+)")  # "—Ruiz de la Torre said—"
_NAME = rf"{CAPITAL}[\w'\u2019-]*(?:[ \t]+(?:{CAPITAL}[\w'\u2019-]*|de|del|la|las|los|da|das|do|dos|y)){{0,5}}"
_SPEAKER = (rf"(?:he|she|they|we|i|I|{_NAME}|(?:the|a|an|his|her|their|our|its|one)(?:[ \t]+[a-z][\w'\u2019-]*){{1,3}})")
_TAIL = rf"(?:,?[ \t]+{ADVERB}(?![\w'\u2019-]))*[ \t]*[.!?\u2026]?[ \t]*$"  # "—she said later—", "—said Ruiz."
_APPOSITIVE = r"(?:,[ \t]+(?:the|a|an|his|her|their)(?:[ \t]+[\w'\u2019-]+){1,5}?)?"  # "—said Ruiz, the candidate—"
_VERB_FIRST = re.compile(rf"(?P<verb>[a-z]+)[ \t]+{_SPEAKER}{_APPOSITIVE}{_TAIL}")  # "said Ruiz", "said the minister"
_SPEAKER_FIRST = re.compile(rf"{_SPEAKER}[ \t]+(?P<verb>[a-z]+){_TAIL}")  # "she said", "Ruiz de la Torre said"
# The first word of speech going on after a frame with no punctuation: a new clause ("—she said— we will …").
# FX108 (BR65): only a first or second person ("—dijo Ruiz— we will …"), or a conjunction right before one ("— and we
# will …"); a third person or "and then" is the narrator's ("—said Ana Ruiz— and then she left", "— she added that …").
_GOES_ON = frozenset("i we you".split())
_JOINS = frozenset("and but or so because if though although yet".split())
_MARKS = re.compile("[\"\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e]")
_LINE = re.compile(r"[^\n]+")
_FINAL = ".!?\u2026"


def dialogue_marked(text: str, lexicon: str = "") -> str:
    """`text` with each dash-dialogue paragraph (module docstring) written with “…” in the dashes' places; the same
    length; other text as it is. A frame opens with a speech verb the frames of `lexicon` read (languages.lexicon_of:
    "", "de", "fr"): English's (lexicon.SPEECH_VERBS, PRESS_VERBS) and that language's; Spanish ones ("dijo") are
    none, as no Spanish frames are read (docs/log/people.md, FX99)."""
    if _DASH not in text:
        return text
    verbs = SPEECH_VERBS | PRESS_VERBS | languages.SPEECH_VERBS.get(lexicon, frozenset())
    out = list(text)
    for line in _LINE.finditer(text):
        start = line.start() + len(line.group()) - len(line.group().lstrip())
        marks = _marked(text, start, line.end(), verbs)
        for at, mark in marks:
            out[at] = mark
    return "".join(out)


def _marked(text: str, start: int, end: int, verbs: Collection[str]) -> list[tuple[int, str]]:
    """The (offset, character) changes that mark the dialogue paragraph text[start:end]; [] when it is none."""
    if not _OPENING.match(text, start) or _MARKS.search(text, start, end) or text[end - 1] not in _FINAL + _DASH:
        return []
    changes, at, framed = [(start, "\u201c")], start + 1, False
    while at < end:
        frame = _FRAME.search(text, at, end)
        if frame is None:
            break
        named = _NAMED.match(text, frame.start() + 2, end)
        if frame.group("verb") not in verbs and not (frame.group("verb") in _PRONOUNS and frame.group("next") in verbs) and not (
                named is not None and named.group("verb") in verbs):
            return []  # " —and so it did": no frame of speech
        close = text.find(_DASH, frame.end(), end)
        if not _speech_frame(text[frame.start() + 2:close if close >= 0 else end], verbs):
            return []  # "—told by Ruiz—", "—said to be final—", "—stated officials—": no speech frame (BR60)
        changes, framed = changes + [(frame.start(), "\u201d"), (frame.start() + 1, " ")], True
        if close < 0:
            return changes  # the frame runs to the paragraph's end: "—Yes —said Ruiz."
        after = text[close + 1:end]
        if not after.strip(_FINAL + " \t"):
            return changes + [(close, text[close + 1] if after[:1] in _FINAL else ".")] + [
                (close + 1, " ")] * bool(after[:1] in _FINAL)  # "—said Ruiz—." ends the paragraph
        punct = after[:1] in ".,;:"
        if punct and after[1:2] not in (" ", "\t") or not punct and after[:1] not in (" ", "\t"):
            return []  # a shape the form does not have
        if not punct and not _goes_on(after):
            return []  # "—No date —…— has been set.": the words after the frame complete the part before it (BR60)
        # "Ruiz—. We" → "Ruiz. “We"; "Ruiz— we" → "Ruiz,“we"
        changes += [(close, text[close + 1] if punct else ","), (close + 1, " " if punct else "\u201c")]
        if punct:
            changes.append((close + 2, "\u201c"))
        at = close + (3 if punct else 2)
    if not framed or text[end - 1] not in _FINAL:
        return []  # a paragraph with no frame ("—Reporting by Ana Ruiz."): no one's dialogue to read
    return changes + [(end - 1, "\u201d")]


def _goes_on(after: str) -> bool:
    """Whether `after`, the text after a frame's closing dash with no punctuation, goes on with the speech: its first
    word "I"/"we"/"you", or a conjunction and then one, the next word no speech verb ("— we will …", "— and we will …";
    not "— and then she left", "— she added that …", "— it was over": FX108, BR65)."""
    words = [w.lower() for w in re.findall(r"[A-Za-z']+", after[:80])[:3]]
    if words[:1] and words[0] in _JOINS:
        words = words[1:]
    return len(words) >= 2 and words[0] in _GOES_ON and words[1] not in SPEECH_VERBS


def _speech_frame(frame: str, verbs: Collection[str]) -> bool:
    """Whether `frame`, the words between a frame's opening dash and its closing dash (or the paragraph's end), is a
    speech frame alone: a verb of `verbs` and its speaker, or a speaker and the verb, then only adverbs and time words
    (module docstring; BR60)."""
    found = _VERB_FIRST.match(frame) or _SPEAKER_FIRST.match(frame)
    return found is not None and found.group("verb") in verbs
