"""Quotations in an article and who said them: the speaker of the attribution frame, never
every person the sentence names.

    from briefgen.analyse.quotes import quotes_in

    for q in quotes_in(title, text):     # text: the article's plain text (HTML → text)
        q.text, q.speaker, q.name, q.kind, q.frame
        # "We will not trade land", "Kuleba", "Dmytro Kuleba", "person", "said-after"
    # q.name is the article-local full name: pass it to NameIndex.canonical() (names.py).

A pure function of the two strings (no memo, no I/O); offsets are into `text`, or into
`title` when `in_title`. Typographic (“ ”) and straight (") double quotes are read; single
quotes only count inside a double-quoted quotation.

Frames, tried in this order (see docs/people.md for the reasons and the measured precision):
1. after the closing mark: `“…,” Kuleba said` / `“…,” said Kuleba, the minister` /
   `“…,” he said` / `“…,” according to Kuleba` / `“…” — Kuleba` (dash lead-out);
2. before the opening mark: `Kuleba said: “…”`, `Kuleba: “…”`, `Kuleba — “…”`, and the last
   speech verb of the clause, `Kuleba said the plan was “dead on arrival”`;
3. `according to X` anywhere in the sentence outside quotation marks;
4. a quotation that opens its sentence with no frame of its own continues the quotation of the
   previous sentence and keeps its speaker.
A subject is a person ("Kuleba", "Foreign Minister Dmytro Kuleba" → "Dmytro Kuleba"), an
organisation ("the Kremlin", "China's foreign ministry"), a place used for its government
("Moscow said", kind "place"), a pronoun, or an unnamed speaker ("one official") → no speaker.
"he"/"she" is the speaker of a quotation in the same or previous sentence, else the first
person named in the same sentence before the quotation, else the first person named in the
previous sentence. "it" is the last organisation named in those two sentences; "they", "we"
and "I" stay unnamed.
Not a quote: content of at most 3 words with no verb from a closed list (`scare quote`:
"critical", "new territorial realities"), and Title Case content without sentence
punctuation (a name or title: "Avril Haynes", "The Art of War").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from briefgen.analyse.lexicon import (INSTITUTION_NOUNS, MONTHS_DAYS, PLACES, ROLE_NOUNS,
                                      SPEECH_ADVERBS, SPEECH_VERBS, STOPWORDS)
from briefgen.analyse.names import ORGANISATION, PERSON, POSSESSIVE, RUN, NameMention, classify, names_in, split_run
from briefgen.analyse.sentences import sentence_spans

PLACE = "place"
MAX_QUOTE = 2000  # characters; a longer "quotation" is an unpaired mark
MASK = "\x1f"  # stands in for other quotations' text while frames are matched

_MARKS = re.compile(r"[\u201c\u201d\"]")
_STRAIGHT_OPENER_BEFORE = frozenset(" \t\n([{\u2014\u2013-/")
_VERB = "|".join(sorted(SPEECH_VERBS))
_ADV = "|".join(sorted(SPEECH_ADVERBS))
_SPEECH = re.compile(rf"(?<![\w\-])(?:(?:{_ADV})\s+){{0,2}}(?P<verb>{_VERB}|according\s+to)(?![\w\-])")
_AFTER_LEAD = re.compile(r"[\s,;]*")
_AFTER_INVERTED = re.compile(rf"(?P<verb>{_VERB}|according\s+to)\s+(?P<np>[^.;:!?{MASK}]{{1,80}})")
_AFTER_SUBJECT = re.compile(rf"(?P<np>[^.;:!?{MASK}]{{1,120}}?)\s+(?:(?:{_ADV})\s+){{0,2}}(?P<verb>{_VERB})(?![\w\-])")
_AFTER_DASH = re.compile(r"\s*[\u2014\u2013]\s*")
_BEFORE_COLON_NAME = re.compile(r"(?:^|[.;]\s*)(?P<np>[^,.;:!?\x1f]{1,60}?)\s*[:\u2014\u2013]\s*$")
_CLAUSE_BREAK = re.compile(r"[;:(\[\u2014\u2013]|\x1f")
_CLAUSE_END_AFTER_TERMINAL = re.compile(r"\s*(?:[.,;!?]|$|(?:on|in|at|to|during|after|later|earlier|"
                                        r"reporters|journalists|[A-Z]\w*[.,]))")
_LOWER_WORDS = frozenset("a an and as at but by for from in into of on or the to with nor vs".split())
# Verbs and function words that make a short quotation a clause rather than a scare quote.
VERB_HINTS = frozenset("""
is are was were be been am 's 're 'm will would shall should can could may might must do does did
have has had won't can't don't doesn't didn't isn't aren't wasn't weren't i we you he she they it
need needs want wants go goes went come comes know knows think thinks see sees let let's stop
stand stands win wins lose loses give gives take takes make makes get gets never
""".split())


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation attributed (or not) to a speaker.

    `text`: the words between the marks (a trailing comma dropped); `start`/`end`: its offsets.
    `speaker`: the name as written in the frame (for a pronoun: its antecedent as written);
    `name`: the article-local full name ("Haines" → "Avril Haines"); `kind`: "person",
    "organisation", "place" or None; `frame`: the rule that decided ("said-after",
    "said-before", "colon", "dash", "according-to", "pronoun", "continued", "unnamed", "none").
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
class _Who:
    speaker: str | None
    name: str | None
    kind: str | None
    frame: str


_NOBODY = _Who(None, None, None, "none")


def quotations(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of the words inside each pair of double quotes, marks excluded.

    An opening mark while a quotation is open closes it there: a quotation that runs over
    paragraphs reopens each one without closing the previous. Unclosed quotations are dropped.
    """
    found: list[tuple[int, int]] = []
    open_at = -1
    for mark in _MARKS.finditer(text):
        i, char = mark.start(), mark.group()
        opener = char == "\u201c" or (char == '"' and (i == 0 or text[i - 1] in _STRAIGHT_OPENER_BEFORE)
                                      and i + 1 < len(text) and not text[i + 1].isspace())
        if open_at >= 0 and (char != '"' or not opener or i == open_at):
            found.append((open_at, i))
            open_at = -1
        elif open_at >= 0:  # an opener while open: the previous quotation ends here
            found.append((open_at, i))
            open_at = i + 1
        elif opener:
            open_at = i + 1
    return tuple((s, e) for s, e in found if 0 < e - s <= MAX_QUOTE)


def is_quote(content: str) -> bool:
    """False for a scare quote (≤ 3 words, none a verb hint) or a name/title (Title Case, no . ! ?)."""
    words = [w.strip(".,;:!?()\u2019'\u2018-") for w in content.replace("\u2019", "'").split()]
    words = [w for w in words if w]
    if not words:
        return False
    if len(words) <= 3 and not any(w.lower() in VERB_HINTS or w.lower().endswith("n't") for w in words):
        return False
    title_case = all(w[0].isupper() or w.lower() in _LOWER_WORDS or not w[0].isalpha() for w in words)
    return not (title_case and len(words) <= 8 and not re.search(r"[.!?]", content))


def quotes_in(title: str, text: str) -> tuple[Quote, ...]:
    """Quotations in a headline and its article text, in reading order, each with its speaker."""
    if not _MARKS.search(title) and not _MARKS.search(text):
        return ()
    mentions = names_in(title, text)
    return (*_quotes(title, True, [m for m in mentions if m.in_title]),
            *_quotes(text, False, [m for m in mentions if not m.in_title]))


def _quotes(text: str, in_title: bool, mentions: list[NameMention]) -> list[Quote]:
    spans = quotations(text)
    if not spans:
        return []
    masked = list(text)
    for s, e in spans:
        masked[s - 1:e + 1] = MASK * (e - s + 2)
    ctx = _Context(text, "".join(masked), sentence_spans(text), mentions)
    result: list[Quote] = []
    previous: tuple[int, _Who] | None = None  # (sentence index, who) of the last attributed quotation
    for s, e in spans:
        content = text[s:e].rstrip().rstrip(",").rstrip()
        if not is_quote(content):
            continue
        first, last = ctx.sentence_of(s - 1), ctx.sentence_of(e)
        who = ctx.attribute(s - 1, e + 1, first, last, previous)
        if who.speaker is not None:
            previous = (last, who)
        sentence = text[ctx.sentences[first][0]:ctx.sentences[last][1]]
        offset = s + (len(text[s:e]) - len(text[s:e].lstrip()))
        body = content.strip()
        result.append(Quote(body, offset, offset + len(body), who.speaker, who.name, who.kind,
                            who.frame, sentence, in_title))
    return result


class _Context:
    """One string's sentences, masked text and name mentions; attributes its quotations."""

    def __init__(self, text: str, masked: str, sentences: tuple[tuple[int, int], ...],
                 mentions: list[NameMention]) -> None:
        self.text, self.masked, self.sentences = text, masked, sentences
        self.mentions = mentions
        self.full_at = {m.end: m.full for m in mentions}

    def sentence_of(self, offset: int) -> int:
        for n, (s, e) in enumerate(self.sentences):
            if offset < e:
                return n if offset >= s or n == 0 else n - 1
        return len(self.sentences) - 1

    def attribute(self, open_mark: int, close_end: int, first: int, last: int,
                  previous: tuple[int, _Who] | None) -> _Who:
        left_start = self.sentences[first][0]
        right_end = self.sentences[last][1]
        if close_end >= right_end and last + 1 < len(self.sentences):
            right_end = self.sentences[last + 1][1]  # “Why wait?” Kuleba asked. (split after ?”)
        terminal = self.text[close_end - 2:close_end - 1] in ".!?"
        for step in (lambda: self._after(close_end, right_end, terminal, first, previous),
                     lambda: self._before(left_start, open_mark, first, previous),
                     lambda: self._according(left_start, self.sentences[last][1], first, previous)):
            who = step()
            if who is not None:
                return who
        if not self.masked[left_start:open_mark].strip() and previous is not None and previous[0] >= first - 1:
            return _Who(previous[1].speaker, previous[1].name, previous[1].kind, "continued")
        return _NOBODY

    def _after(self, pos: int, end: int, terminal: bool, sentence: int,
               previous: tuple[int, _Who] | None) -> _Who | None:
        pos = _AFTER_LEAD.match(self.masked, pos, end).end()
        dash = _AFTER_DASH.match(self.masked, pos, end) if self.masked[pos - 1:pos + 1].strip(" ,") else None
        if dash is None:
            dash = _AFTER_DASH.match(self.masked, pos, end)
        if dash is not None:
            for m in self.mentions:
                if dash.end() <= m.start < dash.end() + 80 and m.end <= end:
                    return _Who(m.surface, m.full, m.kind, "dash")
            return None
        inverted = _AFTER_INVERTED.match(self.masked, pos, end)
        if inverted is not None:
            frame = "according-to" if inverted.group("verb").startswith("according") else "said-after"
            return self._subject(inverted.start("np"), inverted.end("np"), frame, sentence, previous,
                                 inverted=True)
        subject = _AFTER_SUBJECT.match(self.masked, pos, end)
        if subject is None or len(subject.group("np").split()) > 12:
            return None
        if terminal and not _CLAUSE_END_AFTER_TERMINAL.match(self.masked, subject.end(), end):
            return None
        return self._subject(subject.start("np"), subject.end("np"), "said-after", sentence, previous)

    def _before(self, start: int, end: int, sentence: int, previous: tuple[int, _Who] | None) -> _Who | None:
        lead = _BEFORE_COLON_NAME.search(self.masked, start, end)
        if lead is not None and not _SPEECH.search(self.masked, lead.start("np"), lead.end("np")):
            who = self._subject(lead.start("np"), lead.end("np"), "colon", sentence, previous)
            if who is not None and who.speaker is not None:
                return who
        verbs = [m for m in _SPEECH.finditer(self.masked, start, end) if not m.group("verb").startswith("according")]
        if not verbs:
            return None
        verb = verbs[-1]
        clause = start
        for brk in _CLAUSE_BREAK.finditer(self.masked, start, verb.start()):
            clause = brk.end()
        return self._subject(clause, verb.start(), "said-before", sentence, previous)

    def _according(self, start: int, end: int, sentence: int, previous: tuple[int, _Who] | None) -> _Who | None:
        found = re.compile(rf"according\s+to\s+(?P<np>[^,.;:!?{MASK}]{{1,80}})", re.I).search(self.masked, start, end)
        if found is None:
            return None
        return self._subject(found.start("np"), found.end("np"), "according-to", sentence, previous, inverted=True)

    def _subject(self, start: int, end: int, frame: str, sentence: int,
                 previous: tuple[int, _Who] | None, inverted: bool = False) -> _Who | None:
        """Who the noun phrase masked[start:end] names.

        Comma-separated parts are a subject and its appositive: "said the minister, Dmytro
        Kuleba" and "Dmytro Kuleba, the minister, said" both give Kuleba; "In Kyiv, Kuleba
        said" uses the part next to the verb.
        """
        parts: list[tuple[int, int]] = []
        at = start
        for part in self.masked[start:end].split(","):
            parts.append((at, at + len(part)))
            at += len(part) + 1
        if inverted:
            candidates = parts[:2]
        elif len(parts) >= 3 and not self.masked[parts[-1][0]:parts[-1][1]].strip():
            candidates = [parts[-3], parts[-2]]
        else:
            candidates = parts[-1:]
        first: _Who | None = None
        for s, e in candidates:
            who = self._phrase(s, e, frame, sentence, previous, inverted)
            if who is not None and who.speaker is not None:
                return who
            first = first or who
        return first

    def _phrase(self, start: int, end: int, frame: str, sentence: int,
                previous: tuple[int, _Who] | None, inverted: bool) -> _Who | None:
        phrase = self.masked[start:end]
        words = phrase.split()
        if not words:
            return None
        lowered = [w.lower() for w in words]
        if len(words) == 1 and lowered[0] in ("he", "she"):
            return self._pronoun(start, sentence, previous)
        if len(words) == 1 and lowered[0] == "it":
            return self._it(start, sentence)
        runs = []
        for run in RUN.finditer(self.masked, start, end):
            words_at = [(run.start() + m.start(), m.group()) for m in re.finditer(r"\S+", run.group())]
            runs.extend(p for p in split_run(words_at) if p[0][1].lower() not in STOPWORDS
                        and p[0][1].lower() not in MONTHS_DAYS or len(p) > 1)
        if not runs:
            return _Who(None, None, None, "unnamed") if any(w in ROLE_NOUNS or w in ("they", "we", "i")
                                                            for w in lowered) else None
        run = runs[0] if inverted else runs[-1]
        before = self.masked[start:run[0][0]].split()
        after = self.masked[run[-1][0] + len(run[-1][1]):end].split()
        head = [w.lower() for w in after]
        if head and head[-1] in INSTITUTION_NOUNS and not inverted:
            surface = self.masked[start:end].strip()
            surface = surface[4:] if surface.lower().startswith("the ") else surface
            return _Who(surface, surface, ORGANISATION, frame)
        if (not inverted and head) or (before and before[-1].lower() in _LOWER_WORDS - {"the"}):
            return _Who(None, None, None, "unnamed")
        return self._named(run, before, frame)

    def _named(self, run: list[tuple[int, str]], before: list[str], frame: str) -> _Who | None:
        while run and (run[0][1].lower() in STOPWORDS or run[0][1].lower() in MONTHS_DAYS):
            run = run[1:]
        if not run:
            return None
        tokens = [w for _, w in run]
        possessive = POSSESSIVE.search(tokens[-1])
        if possessive and len(tokens[-1]) > 2:
            return _Who(None, None, None, "unnamed")  # "Kuleba's spokesman"
        phrase = " ".join(tokens).lower()
        if phrase in PLACES:
            extra = [w for w in before if w.lower() != "the"]
            return None if extra else _Who(" ".join(tokens), " ".join(tokens), PLACE, frame)
        classified = classify(tokens)
        if classified is None:
            return None
        kind, first = classified
        start = run[first][0]
        end = run[-1][0] + len(tokens[-1])
        surface = self.text[start:end]
        return _Who(surface, self.full_at.get(end, surface), kind, frame)

    def _pronoun(self, at: int, sentence: int, previous: tuple[int, _Who] | None) -> _Who:
        if previous is not None and previous[0] >= sentence - 1 and previous[1].kind == PERSON:
            return _Who(previous[1].speaker, previous[1].name, PERSON, "pronoun")
        here = self.sentences[sentence][0]
        for lo, hi in ((here, at), self.sentences[sentence - 1] if sentence > 0 else (0, 0)):
            for m in self.mentions:
                if lo <= m.start < hi and m.kind == PERSON and MASK not in self.masked[m.start:m.end]:
                    return _Who(m.surface, m.full, PERSON, "pronoun")
        return _Who(None, None, None, "unnamed")

    def _it(self, at: int, sentence: int) -> _Who:
        lo = self.sentences[sentence - 1][0] if sentence > 0 else 0
        found = [m for m in self.mentions if lo <= m.start < at and m.kind == ORGANISATION
                 and MASK not in self.masked[m.start:m.end]]
        if found:
            return _Who(found[-1].surface, found[-1].full, ORGANISATION, "pronoun")
        return _Who(None, None, None, "unnamed")
