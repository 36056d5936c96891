"""Two frames before a quotation that name its speaker without a speech verb: "X called <it> “…”" and "as X put it".

    CalledObjects._what_called(start, end, sentence, previous)   # -> the speaker, or None when no such frame

The ransomware trial (tests/stories/ransom/, 2026-12-05) lost "McIntyre was not satisfied. Outside the chamber he
called the letter “a postcard, not a plan”." and "Paying, as she put it, would only “tell them that universities
pay”." (courier-opinion, Professor Ogunleye): "called" and "put" are no speech verbs, so neither had a frame. The
rules, read after calledwords.py's "what X called" (which this class extends):
- "<he|she|Name> called / branded / labelled / dubbed / described <object> [as] “…”", the object a pronoun ("it",
  "them") or a determiner or possessive and at most three lower-case words ("the letter", "her own plan"), right
  before the opening mark: the subject's word for the thing, so the subject's quotation ("he" read as a frame's
  pronoun, a name as a frame's subject). Not "the minister called …" (a role: no one named), not with a comma or a
  colon between ("called the police: “…”" is another frame's).
- "as <he|she|Name> put it" (puts, has put) anywhere in the quotation's clause before its opening mark, with no
  other speech verb after it: the speaker's.
A mixin of quotes.py's `_Context` (which defines `_subject`, `_pronoun`); pure reading of its text.
"""
from __future__ import annotations

import re

from briefgen.analyse.calledwords import CalledVoices
from briefgen.analyse.callverbs import not_words
from briefgen.analyse.lexicon import SURNAME_PARTICLES
from briefgen.analyse.orgnames import DO_PARTICLE
from briefgen.analyse.capitals import CAPITAL
from briefgen.analyse.quoteframes import NOUN_BEFORE
from briefgen.analyse.quoteresult import UNNAMED, Who

# A name's words: capitals of Latin-1 too ("Émile", "Ó Briain"), and its lower-case particles between them ("Ursula von
# der Leyen", "Charles de Gaulle": read as "Leyen", "Gaulle", which no page had; a tester's, T15, 2026-12-06).
_CAPITALISED = rf"{CAPITAL}[\w'\u2019-]*"
_PARTICLES = "|".join(sorted(map(re.escape, SURNAME_PARTICLES), key=lambda p: (-len(p), p))) + f"|{DO_PARTICLE}"  # ("Banco do Brasil")
_SUBJECT = rf"(?P<np>he|she|{_CAPITALISED}[.\u2024]?(?:[ \t]+(?:(?:{_PARTICLES}|of|the)[ \t]+){{0,2}}{_CAPITALISED}[.\u2024]?){{0,4}})"  # ("Leader of the Opposition K. C. Reddy": T16)
_CALLED = re.compile(rf"(?<![\w'\u2019]){_SUBJECT}(?P<aside>,[ \t]+(?:who|which|a|an|the)[ \t][^,;:\n\x1a]{{1,80}},)?[ \t]+"
                     r"(?:(?:has|had|have|also|then|once)[ \t]+)?"
                     r"(?P<verb>called|calls|branded|brands|labelled|labels|labeled|dubbed|dubs|described|describes)[ \t]+"
                     r"(?P<object>(?:it|them|this|that)|(?:the|a|an|his|her|its|their|this|that|these|those|our|my)"
                     r"(?:[ \t]+[a-z][\w'\u2019-]*){1,3})(?:[ \t]+as)?[ \t]*$")
# A denial governing "called" in its clause: "Anna Berg denied that she had called the minister “a liar …”" reports
# words she says she never said (a tester's wrong speaker, 2026-12-05): no frame.
_DENIED = re.compile(r"(?<![\w'\u2019])(?:denied|denies|deny|denying|rejected|disputed|never)(?![\w'\u2019])", re.I)
_JOINED = re.compile(r"(?<![\w'\u2019])(?:and|but)(?![\w'\u2019])")  # (a clause of its own after a denial's)
_ASIDE = re.compile(r",[ \t]+(?:who|which)[ \t]")  # (an aside's opening: ", who never hid her views,")
# A name that is a preposition's object is no subject: "The report by Anna Berg branded …", "A letter to Tom Reid, the
# council leader, described …" (the report's, the letter's words; a breaker's wrong speakers, 2026-12-05).
_OBJECT_BEFORE = re.compile(r"(?<![\w'\u2019])(?:by|to|from|with|for|of|after|about|against|at|on|in|into|over|under|"
                            r"behind|before|like|than|via|toward|towards)[ \t]+$", re.I)
# A name one of several: "Unions and Anna Berg called the plan “…”" (whose words? a breaker's, 2026-12-05).
_JOINED_BEFORE = re.compile(r"(?<![\w'\u2019])(?:and|or|&)[ \t]+$")
# A "that" that opens a clause (a subject after it), not a determiner ("rejected that claim"), or "having".
_COMPLEMENT = re.compile(r"(?<![\w'\u2019])(?:having|that(?=,|[ \t]+(?:she|he|they|it|we|I|you|the|a|an|his|her|their|its|"
                         r"this|these|those|there|[A-Z])(?![\w'\u2019-])))")
_OWN_PREDICATE = re.compile(r",[ \t]*(?:(?:and|but)[ \t]+)?(?:then[ \t]+)?$")  # (", saying", ", and told": the subject's)
# A denial's participle clause, closed by a comma before the main clause ("Having denied that …, Tom Reid told …").
_PARTICIPLE_BEFORE = re.compile(r"(?<![\w'\u2019])(?:having|despite|after|while|when|before)[ \t]+$", re.I)
# The main clause's subject right before its verb after the participle clause's comma (", Anna Berg told"; not ", she
# had called": the denied clause going on, "Denying that, in the heat of the moment, she had called …").
_MAIN_SUBJECT = re.compile(rf",[ \t]+(?:{CAPITAL}[\w'\u2019-]*(?:[ \t]+{CAPITAL}[\w'\u2019-]*){{0,3}}|he|she|they|we|I)[ \t]+"
                           r"(?:[a-z]+ly[ \t]+)?$")
# What continues a denied clause after "and"/"but": an auxiliary or another "that" ("denied that she was drunk and had
# called …"); a bare verb is the denier's own ("denied that the story was true and said it was “…”", a breaker's lost
# speakers, 2026-12-05).
_GOVERNED = re.compile(r"[ \t]+(?:that|had|has|have|was|were|is|are|would|will|could|did|does|ever|never|once|having)"
                       r"(?![\w'\u2019])")
_THAT = re.compile(r"(?<![\w'\u2019])(?:that|having)(?![\w'\u2019])")
_PUT_IT = re.compile(rf"(?<![\w'\u2019])(?:as|As)[ \t]+{_SUBJECT}[ \t]+(?:(?:has|had|once)[ \t]+)?(?P<verb>put|puts)[ \t]+it\b")


def _denied(masked: str, start: int, verb: int) -> bool:
    """Whether a denial governs the "called" at `verb` (masked[start:verb] before it): "denied that she had called",
    "never called", "denied that, during the meeting, she had called", "denied, through a spokesman, she had called".
    A denial word governs unless it lies in an aside (", who never hid her views,": "Anna Berg, who never hid her
    views, branded it “…”" is hers) or its clause ends at an "and"/"but" with no "that"/"having" before it ("disputed
    the figures and called the report “…”", "denied the charge but admitted she had called …"; "denied that she was
    drunk and had called …" stays denied). Commas alone release nothing: reading the last comma's clause as free
    gave six denied callings to the denier (a breaker, 2026-12-05); any "never" before the verb blocked the frame
    before that (issue 9, 2026-12-05)."""
    for denial in _DENIED.finditer(masked, start, verb):
        opened = [a.end() for a in _ASIDE.finditer(masked, start, denial.start())]
        if opened and "," not in masked[opened[-1]:denial.start()] and "," in masked[denial.end():verb]:
            continue  # (in ", who … ," closed before the verb)
        joined = _JOINED.search(masked, denial.end(), verb)
        if joined is not None and not _THAT.search(masked, denial.end(), joined.start()):
            continue
        return True
    return False


class CalledObjects(CalledVoices):
    """`CalledVoices` and the speaker of "X called the letter “…”" and "as X put it" (module docstring)."""

    def _what_called(self, start: int, end: int, sentence: int, previous: tuple[int, Who] | None) -> Who | None:
        """The speaker a "what X called", "X called <it>" or "as X put it" frame before the quotation at `end` names."""
        who = super()._what_called(start, end, sentence, previous)
        if who is not None:
            return who
        found = _CALLED.search(self.masked, start, end)
        if found is not None and _denied(self.masked, start, found.start("verb")):
            return UNNAMED  # "denied that Tom Reid had called the plan “…”": words no one owns (the speech-verb frame
            # gave them to Tom Reid; a breaker check, 2026-12-05)
        if found is not None and (_OBJECT_BEFORE.search(
                self.masked, max(start, found.start("np") - 12), found.start("np")) or found.group("np") not in ("he", "she") and _JOINED_BEFORE.search(
                self.masked, max(start, found.start("np") - 6), found.start("np")) or not_words(
                self.masked, found.start("verb"), found.end("verb"), self.text)):  # ("called the helpline three times “…”": callverbs.py)
            return None  # a preposition's object, one of several, a phone call: another frame's
        if found is None:
            found = next((m for m in _PUT_IT.finditer(self.masked, start, end)), None)
            if found is None and self._denied_words(start, end):
                return UNNAMED  # "Anna Berg denied that she was drunk and had called the minister “…”": not hers
            if found is None or any(self.frames.speech.finditer(self.masked, found.end(), end)):
                return None  # no such frame, or a speech verb after it that is the frame ("as she put it, X said")
        return self._frame_subject(found, sentence, previous)

    def _denied_words(self, start: int, end: int) -> bool:
        """Whether the last speech verb before the quotation at `end` says words its subject denies saying: a denial
        in its sentence governs it (`_denied`) with "that"/"having" between ("denied that she was drunk and had
        called", "rejected claims that he had said") or right before it ("never said", "denied calling"); not a verb
        of its own predicate (", saying", ", and told"), nor one in a relative clause (", which she called"). The
        speech-verb frame read the denier as the words' speaker (a breaker's wrong speaker, issue 9, 2026-12-05)."""
        verbs = [m for m in self.frames.speech.finditer(self.masked, start, end)
                 if not not_words(self.masked, m.start("verb"), m.end("verb"))
                 and not NOUN_BEFORE.search(self.masked, max(start, m.start("verb") - 12), m.start("verb"))]
        # (a verb's form as a noun is none: "rejected the claims, adding: “…”" lost her, 2026-12-05)
        if not verbs:
            return False
        verb = verbs[-1].start("verb")
        lo = max(start, self.sentences[self.sentence_of(verb)][0])
        if _OWN_PREDICATE.search(self.masked, lo, verb):
            return False
        for denial in _DENIED.finditer(self.masked, lo, verb):
            between = self.masked[denial.end():verb]
            opened = _COMPLEMENT.search(between)
            if not (opened or len(between.split()) <= 1) or _ASIDE.search(between):
                continue
            if _MAIN_SUBJECT.search(between) and (denial.group().lower() == "denying" or _PARTICIPLE_BEFORE.search(
                    self.masked, max(lo, denial.start() - 12), denial.start())):
                continue  # ("Denying that she had been drunk, Anna Berg told the court …": the main clause's verb)
            joined = [m for m in _JOINED.finditer(between)]
            if not joined or opened is not None and opened.start() < joined[-1].start() and _GOVERNED.match(
                    between, joined[-1].end()):
                return True  # ("rejected that claim and told reporters": no clause opened before "and": his words;
                # "denied that the story was true and said …": a verb of his own after "and", no "had"/"that")
        return False
