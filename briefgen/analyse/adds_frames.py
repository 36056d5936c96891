"""Who says a sentence, apart from what it says: its frame, for the story page's comparison (compare.py, 2026-12-05).

A trial's story pages (tests/stories/ferry, 2026-12-05) put sentences of two facts in one row because their speakers
were described alike: "Captain Ruth Okafor, Port Carrick’s harbour master, called for the report’s recommendations
…" beside the investigators' finding that the steering failed "as the ferry turned out of Port Carrick harbour";
"“Every master on this route knows where it is,” added Captain Ruth Okafor, who has run Port Carrick harbour since
2019." beside "The ship hit Craigan Reef, a rocky ledge close to the harbour of Port Carrick"; and "Fiona MacAskill,
chief executive of Northsound Ferries, said the company would co-operate fully with any investigation." beside
"Northsound Ferries said it could not comment on the crew while an investigation was under way." The words two such
sentences share are who speaks and where they work, not what is said.

`frame(sentence)` gives the frame's text — the speaker, the verb of saying and the words about the speaker — in one
of four shapes (a verb of saying, `_VERB`, outside quotation marks; the first one):
- after a quotation the sentence opens with: "“…,” added Captain Ruth Okafor, who has run Port Carrick harbour
  since 2019." — all after the quotation;
- a clause of its own after a comma: "…, the coastguard said." / "…, the Coast Record reported on Wednesday, …" —
  from the comma to the next one (the speaker at most `MAX_SPEAKER` words; after the verb only its time or, after
  "told", whom it told, at most `MAX_TAIL` words);
- the subject before the verb: "Fiona MacAskill, chief executive of Northsound Ferries, said …" — all before the
  verb (at most `MAX_SUBJECT` words) and the verb; "told"/"asked" with its object up to "that" or a colon;
- "According to X, …" — to the comma; "…, according to X." — to the end.
`described(sentence)` is the part of it about the speaker: an appositive after the name ("chief executive of
Northsound Ferries"), what follows the name after the verb ("said Elspeth Munro, a primary teacher from Skerrin …")
or a clause opening with "who" or "whose" — not the name, the verb or its time, which are often the fact itself
("Erdogan announced the rollover on Wednesday"), and not a clause opening with "which", which tells of a thing
("Workers at the museum, which has 64 employees, say …"). compare.py counts the terms two sentences share outside
these descriptions (`outside_frames`): two sentences must share MIN_SHARED of them to be counterparts, so that a row
is one fact told twice, not two things said by people described alike.
`own_quote` (moved from compare.py, unchanged): a quotation only one report quotes is what it adds.
"""
from __future__ import annotations

import re
from typing import Sequence

from briefgen.analyse.capitals import CAPITAL
from briefgen.analyse.quotemarks import has_marks, pair_marks, quotations
from briefgen.analyse.terms import term_of, word_bytes
from briefgen.analyse.wordings import worded

MAX_SUBJECT = 15  # words before a verb of saying that can all be its subject ("In an interim report, the MAIB said")
MAX_SPEAKER = 6  # words of a speaker in a clause of its own (", their union announced on Monday,")
MAX_TAIL = 8  # words after the verb in that clause
_VERB = re.compile(r"\b(?:said|says|say|told|tells|added|adds|stated|states|announced|announces|confirmed|confirms|"
                   r"insisted|insists|argued|argues|warned|warns|urged|urges|explained|explains|wrote|writes|noted|"
                   r"notes|acknowledged|admitted|admits|claimed|claims|replied|asked|asks|reported|reports|"
                   r"called\s+(?:for|on)|calls\s+(?:for|on)|declined\s+to\s+comment)\b")
_OBJECT = re.compile(r"\s+(?:[\w\u2019'&.-]+\s+){0,5}?(?:that\b|(?=:))")  # "told the Coast Record that"
_ACCORDING_OPENING = re.compile(r"\s*According\s+to\s+[^,]{1,80},", re.IGNORECASE)
_ACCORDING_CLOSING = re.compile(r",\s+according\s+to\s+[^,;]{1,80}(?:,[^,;]{1,60})?[.!?]?$", re.IGNORECASE)
# About the speaker: an appositive between the name and the verb ("Fiona MacAskill, chief executive of …, said"), what
# follows the name after the verb ("said Elspeth Munro, a primary teacher …"), a relative clause ("who has run …")
_APPOSITIVE = re.compile(rf"{CAPITAL}[\w\u2019'-]*\s*,\s*(?!which\b)(?P<about>[^,]+?)\s*,\s*$")
_AFTER_NAME = re.compile(rf"[^,]*?{CAPITAL}[\w\u2019'-]*\s*,\s*(?!which\b)(?P<about>.+)$")
_RELATIVE = re.compile(r"(?P<about>\b(?:who|whose)\b.*)$")  # (not "which": "the museum, which has 64 employees")
# The words after a verb of saying in a clause of its own: its time or the outlet told ("…, the union said on Monday")
_TAIL = re.compile(r"\s*(?:(?:on|in|at|by|to|last|yesterday|today|tonight|this|after|before|from|earlier|later|late|"
                   r"early|in\s+a|when|while)\b.*)?$", re.IGNORECASE | re.DOTALL)


def sentence_terms(sentence: str) -> frozenset[str]:
    """The content terms of one sentence (`terms.keyword`: stopwords out, plurals and spellings folded), each word of a
    wording family read as the family's term ("rectified", "fixed", "put right" → "repair": wordings.py)."""
    chunk = word_bytes(sentence)
    return worded(chunk, frozenset(filter(None, map(term_of, chunk.split()))), term_of)


def frame(sentence: str) -> str:
    """The frame of `sentence` as written (module docstring), "" when it has none."""
    sentence = pair_marks(sentence)  # (‘…’ and «…» as “…”: the frame is read for its terms)
    spans = quotations(sentence) if has_marks(sentence) else ()
    masked = sentence
    for start, end in spans:  # (a verb inside a quotation is the speaker's, never the frame's)
        masked = masked[:max(0, start - 1)] + "\x00" * (min(len(masked), end + 1) - max(0, start - 1)) + masked[end + 1:]
    found = _ACCORDING_OPENING.match(masked)
    if found:
        return sentence[:found.end()]
    found = _ACCORDING_CLOSING.search(masked)
    if found:
        return sentence[found.start():]
    verb = _VERB.search(masked)
    if verb is None:
        return ""
    if spans and masked.lstrip()[:1] == "\x00" and spans[0][1] + 1 <= verb.start():  # a quotation, then its frame
        return sentence[spans[0][1] + 1:]
    before = masked[:verb.start()]
    comma = before.rfind(",")
    speaker = before[comma + 1:].split()
    tail = re.split(r"[,;:]", masked[verb.end():], maxsplit=1)[0]
    if comma >= 0 and 1 <= len(speaker) <= MAX_SPEAKER and len(tail.split()) <= MAX_TAIL and not any(
            "\x00" in w for w in speaker) and (verb.group(0) in ("told", "tells", "asked") or _TAIL.fullmatch(tail)):
        return sentence[comma + 1:verb.end() + len(tail)]
    if len(before.split()) > MAX_SUBJECT or "\x00" in before:
        return ""
    end = verb.end()
    told = _OBJECT.match(masked, end) if verb.group(0) in ("told", "tells", "asked", "asks") else None
    return sentence[:told.end() if told else end]


def described(sentence: str, found: str | None = None) -> str:
    """The words of `sentence`'s frame that describe its speaker (module docstring): an appositive or a relative
    clause after the speaker's name — "chief executive of Northsound Ferries" of "Fiona MacAskill, chief executive of
    Northsound Ferries, said", "who has run Port Carrick harbour since 2019" of "… added Captain Ruth Okafor, who has
    run …", "a regional newspaper" of "according to the Coast Record, a regional newspaper" —; "" when it has none.
    The speaker's name, the verb and its time stay what the sentence tells ("Erdogan announced the rollover on
    Wednesday": who announced is the fact). `found`: the sentence's `frame` when already read."""
    found = (frame(sentence) if found is None else found).strip(" ,")
    verb = _VERB.search(found)
    before, after = (found[:verb.start()], found[verb.end():]) if verb else ("", found)
    described = _APPOSITIVE.search(before) or _AFTER_NAME.match(after) or _RELATIVE.search(found)
    return described.group("about") if described else ""


def outside_frames(shared: frozenset[str], first: frozenset[str], second: frozenset[str]) -> frozenset[str]:
    """The terms of `shared` (two sentences' terms in common) in neither sentence's description of its speaker
    (`first`, `second`: the terms of each one's `described`)."""
    return shared - first - second if first or second else shared


_QUOTED = re.compile(r"[\"\u201c\u201e\u00ab]([^\"\u201c\u201d\u201e\u00ab\u00bb]{12,})[\"\u201d\u00bb]")
# Who speaks in a frame: the capitalised words right before or after its verb ("Kuleba said", "said Dafydd Rhys"),
# of which the last is the surname a paraphrase writes
_NAMED = re.compile(rf"((?:{CAPITAL}[\w\u2019'-]*\s+)+)(?:said|says|told|added|asked)\b"
                    rf"|\b(?:said|says|told|added|asked)\s+((?:{CAPITAL}[\w\u2019'-]*\s*)+)")
QUOTE_SHARED = 0.5  # of a quotation's terms another report's counterpart must hold to have the same words
VERBATIM_WORDS = 4  # words of a quotation another report quotes on (`_quotes_part`): adds_quotedwords.VERBATIM_RUN's
_WORDS = re.compile(r"\w+")


def own_quote(sentence: str, counterparts: tuple[tuple[str, int], ...], split: Sequence[tuple[str, Sequence[str]]]
              ) -> tuple[tuple[str, int], ...]:
    """`counterparts`, or none when the sentence quotes words no counterpart holds (QUOTE_SHARED of their terms) or
    quotes in part word for word (`_quotes_part`): quotations are verbatim, so words only one report quotes are what
    it adds, however much of its frame ("…, said the union's leader") the others share (two trials: an exclusive
    quote was "no sentence of its own")."""
    if not counterparts or ('"' not in sentence and "\u201c" not in sentence and "\u201e" not in sentence
                            and "\u00ab" not in sentence and "\u2018" not in sentence):
        return counterparts
    sentence = pair_marks(sentence)  # (‘…’ too: a trial's single-quoted quotation was "no sentence of its own")
    found = _QUOTED.findall(sentence)
    quoted = frozenset().union(*(sentence_terms(q) for q in found))
    if len(quoted) < 3:
        return counterparts
    # The speaker's own words, less the names the quotation holds: a place both reports name is not the quotation
    # (a trial, 2026-12-05: the mayor's "Fira Nova has not seen a night like this in sixty years," shared "Fira Nova"
    # with another report's lava seen from Fira Nova, and his words were shown nowhere)
    spoken = frozenset().union(*(sentence_terms(" ".join(w for k, w in enumerate(q.split()) if k == 0 or not w[:1].isupper()))
                                 for q in found))
    quoted = spoken if len(spoken) >= 2 else quoted
    texts = dict(split)
    frame_names = {(before or after).split()[-1] for before, after in _NAMED.findall(_QUOTED.sub(" ", sentence))}
    words = f" {' '.join(_WORDS.findall(' '.join(found).casefold()))} "
    for slug, index in counterparts:
        other = texts[slug][index]
        if len(quoted & sentence_terms(other)) >= QUOTE_SHARED * len(quoted) or any(
                re.search(rf"\b{re.escape(name)}\b", other) for name in frame_names) or _quotes_part(other, words):
            return counterparts
    return ()


def _quotes_part(other: str, words: str) -> bool:
    """Whether `other` quotes, word for word, VERBATIM_WORDS or more of the words `words` (a quotation's words, case
    folded, spaced, with a space at each end) — the same speaker's words, one report quoting on where the other
    stops. A trial (2026-12-05): a council leader's "“We did not choose this fight.”" quoted alone by one report and
    with "… But we will not let a board in Chicago decide …" by another was listed as an addition of both."""
    found = _QUOTED.findall(pair_marks(other)) if any(m in other for m in '"\u201c\u201e\u00ab\u2018') else ()
    return any(len(part := _WORDS.findall(q.casefold())) >= VERBATIM_WORDS and f" {' '.join(part)} " in words
               for q in found)
