"""A quotation that is a sentence alone, after the sentence that leads to it: whose words it is.

    class _Context(LeadSentences, …)           # quotes.py's reader
    who = ctx._reported(sentence, previous)    # the speaker the sentence before gives, or None

Two leads (the sentence before the quotation, `sentence`):
- a report of the speaker's words without quoting them, "Wróbel told reporters that storage was full. “We can cover
  the gap.”" (a trial lost three such quotations): the named subject of its one speech verb;
- a live blog's or a hearing report's taking of the floor, "10:04 Anna von Thurn opens with the June inspection.
  “Mr Li, your inspectors found a critical deficiency. …”" (T14, 2026-12-06: the chair's question had no speaker):
  the one person the sentence names, as its subject, right before "opens with", "begins with", "turns to", "moves on
  to", "returns to", "comes back to", "picks up on", "presses him on" (`_FLOOR`), and the quotation in the same
  paragraph. "Anna Berg opens with Tom Reid's report." names two: no one's; "Chair Ann Lee turns to the second
  witness." gives the floor to a person its noun names (personnouns.person_noun, "him", "the panel"): the words
  after it may be the witness's, so no one's (BR17, 2026-12-06: they were the chair's).
Frame "reported" for both. Not where the sentence after the quotation opens with another named speaker's frame
("X said the vote was over. “….” Ana Ruiz said the count was fair.": X's, or the frame's that the reported clause
after it keeps from being the quotation's, FX99; ambiguous, so no one's: FX109, `_reported_alone`). Reads the `quotes._Context` it is mixed into (`_before`, `frames`, `sentences`, `masked`).
"""
from __future__ import annotations

import re

from briefgen.analyse.antecedents import main_subject
from briefgen.analyse.nameruns import ORGANISATION, PERSON
from briefgen.analyse.paragraphquotes import into_block
from briefgen.analyse.personnouns import person_noun
from briefgen.analyse.quoteframes import AFTER_LEAD, ASKING, RELATIVE_BEFORE, Frames
from briefgen.analyse.quotemask import MASK
from briefgen.analyse.quoteresult import UNNAMED, Who
from briefgen.analyse.quotespeakers import SpeakerNames

_FLOOR = re.compile(r"[ \t]+(?:(?:then|now|again|first|later|briefly)[ \t]+)?(?:"
                    r"(?:opens|opened|begins|began|starts|started|kicks|kicked)[ \t]+(?:off[ \t]+)?with"
                    r"|(?:turns|turned|moves|moved|returns|returned|comes|came|goes|went)[ \t]+(?:on[ \t]+|back[ \t]+)?to"
                    r"|(?:picks|picked|follows|followed)[ \t]+up[ \t]+on"
                    r"|(?:presses|pressed|pushes|pushed)[ \t]+(?:him|her|them)[ \t]+(?:again[ \t]+)?on)\b")
# What the floor is taken to, up to its first preposition or punctuation: "the second witness", "the chancellor".
_OBJECT = re.compile(r"(?:[ \t]+(?!(?:to|of|on|about|over|from|for|by|with|in|at|after|and)\b)[\w'\u2019-]+){1,5}")
_TO_PERSON = frozenset("him her them himself herself witnesses panel bench floor audience families".split())


class LeadSentences(SpeakerNames):
    """`_reported`, for quotes.py's `_Context` (module docstring)."""

    frames: Frames

    def _reported(self, sentence: int, previous: tuple[int, Who] | None) -> Who | None:
        """The speaker of the sentence before a quotation that is a sentence alone, when that sentence reports their
        words without quoting them or takes the floor (module docstring). Not when the sentence has a second speech
        verb ("Wróbel said Gazprom had told him …": whose words?), asks ("Wróbel asked Kowal whether …": the answer is
        Kowal's), or says them in a relative clause ("a note that Kowal wrote")."""
        start, end = self.sentences[sentence]
        if MASK in self.masked[start:end] or into_block(self.text, end, self.sentences[sentence + 1][0]):
            return None  # a quotation of its own there, which the continuation rule reads; or a document quoted next
        verbs = [m for m in self.frames.speech.finditer(self.masked, start, end)
                 if not self.frames.is_according(m.group("verb"))]
        if not verbs:
            return self._takes_floor(sentence)
        if len(verbs) != 1 or ASKING.search(verbs[0].group("verb")) or RELATIVE_BEFORE.search(
                self.masked, start, verbs[0].start()) or any(kind == PERSON for _, (kind, _) in self._runs(
                    verbs[0].end(), end)):
            return None  # (a person named after the verb, "…, but Kowal disagreed": whose words, unsure)
        who = self._before(start, end, sentence, previous)
        return Who(who.speaker, who.name, who.kind, "reported") if who is not None and who.speaker is not None else None

    def _reported_alone(self, sentence: int, close_end: int, end: int, previous: tuple[int, Who] | None) -> Who | None:
        """`_reported(sentence, previous)` for a quotation alone in the sentence after it, closing at `close_end`; UNNAMED
        (no speaker, final) when the words after it up to `end` (masked offsets) open with a frame whose subject names
        a person or body other than that speaker ("“….” Ana Ruiz said the count was fair."): the words may be either's
        (FX109, item 1). The same speaker after ("“….” Pérez said the count was fair.") or an unnamed one ("The minister
        said …", "She said …") leave the reported speaker's, as does a lead that takes the floor (`_takes_floor`)."""
        who = self._reported(sentence, previous)
        if who is None or self.frames.speech.search(self.masked, *self.sentences[sentence]) is None:
            return who  # (a live blog's floor, "X opens with …. “…?” Mr Li says …": the question is X's, T14)
        frame = self.frames.after_subject.match(self.masked, AFTER_LEAD.match(self.masked, close_end, end).end(), end)
        if not frame:
            return who
        for part, (kind, _) in self._runs(frame.start("np"), frame.end("np")):
            surface = " ".join(w for _, w in part)
            if kind in (PERSON, ORGANISATION) and (self.full_name(surface, kind, part[0][0]) or surface) not in (who.speaker, who.name):
                return UNNAMED
        return who

    def _takes_floor(self, sentence: int) -> Who | None:
        """The one person sentence `sentence` names, as its subject right before a verb of taking the floor
        (`_FLOOR`), when the quotation after it is in its paragraph; else None."""
        start, end = self.sentences[sentence]
        persons = self._persons(start, end)
        if len(persons) != 1 or "\n" in self.masked[end:self.sentences[sentence + 1][0]]:
            return None
        subject = main_subject(self.masked, start, end, list(persons))
        if subject is None or not (floor := _FLOOR.match(self.masked, subject[-1][0] + len(subject[-1][1]), end)):
            return None
        if (taken := _OBJECT.match(self.masked, floor.end(), end)) and any(
                w.lower() in _TO_PERSON or person_noun(w) for w in taken.group().split()):
            return None  # "Chair Ann Lee turns to the second witness. “I was not there.”": the witness's? (BR17)
        who = self._person(subject, persons[subject])
        return Who(who.speaker, who.name, who.kind, "reported") if who.speaker is not None else None
