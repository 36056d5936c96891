"""An unnamed spokesperson speaks for the organisation whose sentence they follow (orgvoices.py's last resort).

    class OrganisationVoices(SpeakerNames, NearVoices): ...
    self._voice_before(noun, at, frame, sentence)   # -> Who of "Dunmere" for "A spokesperson for the university" after
                                                    #    "Dunmere said on Friday …", or None

The ransomware trial (tests/stories/ransom/, 2026-12-05) lost two statements of the universities it reports on: "The
university would not say on Friday whether it had been asked for a ransom. A spokesman said: “…”" (a spokesman who
names no one, which orgvoices.py left unnamed) and "Dunmere said on Friday that the gang had published … A
spokesperson for the university said: “…”" (the article names two universities, so "the university" alone named
none). The rule: a spokesperson that names no organisation ("a spokesman", "a spokeswoman", "one representative"),
or one whose noun names no single organisation of the text ("a spokesperson for the university" beside two), speaks
for the organisation that opens their own sentence before them or the sentence right before it, in the same paragraph,
as its subject: a name (`_opening_organisations`: "Dunmere said") or "The <noun>" that stands for one (`_referent`:
"The university would not say"). Only when neither sentence names a person before the frame (a spokesperson after
"Liang Wenjie said …" may be anyone's), only one organisation opens the sentence, and, for a noun, that organisation is
one the noun may stand for ("the university": "Dunmere" as "Dunmere University", never "the regulator"). Precision
first: a spokesperson of another party the sentence does not name would be misread; a trial's figures are in
docs/people.md ("Organisations' voices"). Pure reading of the caller's text; nothing is kept between calls.
"""
from __future__ import annotations

import re

from briefgen.analyse.knownoutlets import KNOWN_OUTLETS
from briefgen.analyse.lexicon import MONTHS_DAYS, STOPWORDS
from briefgen.analyse.nameruns import ORGANISATION, PERSON, POSSESSIVE, RUN, classify
from briefgen.analyse.quoteframes import SPEECH
from briefgen.analyse.quoteresult import Who
from briefgen.analyse.runparts import split_run

# "The <noun>" opening a sentence as its subject: a verb (a lower-case word) follows, not "of" nor a possessive.
_AUXILIARIES = re.compile(r"(?:[ \t]+(?:would|will|did|does|do|has|have|had|could|can|not|declined|refused|to|also|later|then|again))*[ \t]+")
_BETWEEN_WORDS = 4
_WORD = re.compile(r"[ \t]+(?!(?:that|which|who|whose|whom|and|but|or)\b)[\w'\u2019-]+")
# A sentence that reports the outlet's own request ("Reuters said it had contacted Kestrel Water"), or a second party's
# speech after the subject's ("Kestrel Water declined to comment, but the regulator said …"): no organisation (2026-12-05).
_CONTACT = re.compile(r"\b(?:it|we|they)[ \t]+(?:(?:had|has|have)[ \t]+)?(?:contacted|asked|approached|sought|requested)\b")
_SECOND_PARTY = re.compile(r"(?:\bbut\b|\bwhile\b|\bwhereas\b|[,;][ \t]*and\b)[^.;:!?]*?" + SPEECH.pattern)
_OUTLETS = frozenset(name.lower() for canonical, others in KNOWN_OUTLETS.items() for name in (canonical, *others))
# A one-word name opening a sentence as a verb's subject ("Dunmere said on Friday …").
_FIRST_WORD = re.compile(r"\s*(?P<word>[A-Z][a-z]+)[ \t]+(?=[a-z])")
# A body the text does not name, between a subject and "a spokesperson for the <noun>": "a private company", "an
# operator", "another firm" — the spokesperson may be its (nearvoices._voice_before).
_UNNAMED_BODY = re.compile(r"\b(?:a|an|another)[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}(?:company|firm|operator|contractor|"
                           r"business|group|provider|supplier|carrier|owner|body|agency|authority|trust|union)\b")
_THE_NOUN = re.compile(r"\s*(?:(?P<first>[A-Z][a-z]*)\b[^,.;:!?\n]{0,40},\s+)?[Tt]he[ \t]+(?P<noun>[a-z]+)[ \t]+(?!of\b|and\b|or\b)(?=[a-z])")


class NearVoices:
    """The organisation a spokesperson who names none speaks for, by the sentence they follow (module docstring).
    A mixin of `orgvoices.OrganisationVoices`, whose `_opening_organisations`, `_referent`, `_organisation_named`,
    `_noun_named`, `_persons` and `sentences`/`masked`/`text` it reads."""

    def _voice_before(self, noun: str, at: int, frame: str, sentence: int, fits=None) -> Who | None:
        """The organisation that opens sentence `sentence` before `at`, else the sentence before it in the same
        paragraph, as its subject (module docstring); `fits(noun, name)` must hold for a spokesperson "for the
        <noun>" (`noun` "" for a bare "a spokesman"). None when a person is named there first or none is sure."""
        for index in (sentence, sentence - 1):
            if index < 0:
                return None
            lo, hi = self.sentences[index]
            hi = min(hi, at)
            if lo >= hi or not self.masked[lo:hi].strip():
                continue  # the spokesperson opens their sentence: the sentence before
            who, span = self._opening_voice(lo, hi, frame, index)
            if who is not None and not self._speaks(span[1], hi) and not (noun and fits is not None and self._only_fit(
                    noun, who, at, fits) and not _UNNAMED_BODY.search(self.masked, span[1], at)):
                return None  # "The trust disputes the figure. A spokesperson said …": whose, unsure (a hospital label);
                # a spokesperson "for the operator" says whose when the subject is the only organisation of the text so
                # far the noun fits (T13, 2026-12-06: "Westmarch is understood to be examining … A spokesperson for the
                # operator said: …" had no speaker), unless a body it does not name comes between ("Network Rail is
                # examining the fault, which stopped trains run by a private company. A spokesperson for the operator
                # said": the company's, not Network Rail's; BR14, 2026-12-06)
            if any((run[0][0], run[-1][0] + len(run[-1][1])) != span for run in self._persons(lo, hi)):
                return None  # a person named there: the spokesperson may be theirs
            if who is not None and (who.name.lower() in _OUTLETS or _CONTACT.search(self.masked, span[1], hi)
                                    or _SECOND_PARTY.search(self.masked, span[1], hi)):
                return None  # a news outlet's request, or another party speaks there: whose, unsure
            if who is not None:
                return who if who.kind == ORGANISATION and (not noun or fits is None or fits(noun, who.name)) else None
        return None

    def _only_fit(self, noun: str, who: Who, at: int, fits) -> bool:
        """Whether `who` is the only organisation named before `at` that `noun` may stand for (`fits`)."""
        return fits(noun, who.name) and all(_same_name(name, who.name) for run in self._organisation_runs(0, at)
                                            if fits(noun, name := self.text[run[0][0]:run[-1][0] + len(
                                                POSSESSIVE.sub("", run[-1][1]))])) and all(
            _same_name(name, who.name) for _, name in self._noun_named(noun, at))  # ("the Gard P&I club": BR22)

    def _noun_named(self, noun: str, at: int) -> list[tuple[int, str]]:
        """(start, name) of each name before `at` written with `noun` after it in lower case ("the Gard P&I club", "the
        Dunmore trust"): one the noun may stand for, whatever its words (BR22, 2026-12-06: "The Gard P&I club and
        Britannia P&I Club both insure ships. “…,” the club said" went to Britannia)."""
        found, runs = [], [run.group().split() for run in RUN.finditer(self.masked)]
        for run in RUN.finditer(self.masked, 0, at):
            for words in split_run([(run.start() + m.start(), m.group()) for m in re.finditer(r"\S+", run.group())]):
                words = [w for w in words if w[1].lower() not in STOPWORDS]  # ("No council was named": none)
                end = words[-1][0] + len(words[-1][1]) if words else 0
                if words and re.match(rf"[ \t]+{noun}\b", self.masked[end:end + len(noun) + 3]) and classify(
                        [w for _, w in words]) is not None and not any(  # (a name: not "a British university")
                        noun.capitalize() in whole and all(w in whole for _, w in words) for whole in runs):
                    found.append((words[0][0], self.text[words[0][0]:end]))  # (not "Castlebridge university" for the
        return found  # "University of Castlebridge" the text names: one body)

    def _opening_voice(self, lo: int, hi: int, frame: str, index: int) -> tuple[Who | None, tuple[int, int]]:
        """The one organisation that opens masked[lo:hi] as its subject — a name, a one-word short name of one the
        text names in full ("Dunmere" for "Dunmere University", which reads as a surname alone) or "The <noun>"
        standing for one — and the span of its name; (None, (-1, -1)) when none does or two do."""
        runs = self._opening_organisations(lo, hi)
        if not runs:
            first = _FIRST_WORD.match(self.masked, lo, hi)
            word = first.group("word") if first is not None else ""
            if word and word.lower() not in STOPWORDS and self.full_name(word, PERSON, first.start("word")) == word and (
                    full := self._in_full(word)) is not None:
                return Who(word, full, ORGANISATION, frame), first.span("word")
        if len(runs) == 1:
            start, end = runs[0][0][0], runs[0][-1][0] + len(POSSESSIVE.sub("", runs[0][-1][1]))
            if self.masked[end:end + 2] in ("'s", "\u2019s"):
                return None, (-1, -1)  # "Dunmere's vice-chancellor said": the possessor is no subject
            return self._organisation_named(start, end, frame, index), (start, end)
        the = _THE_NOUN.match(self.masked, lo, hi)
        if runs or the is None or the.group("first") and the.group("first").lower() not in STOPWORDS | MONTHS_DAYS:
            return None, (-1, -1)  # "Acme and Bolt said": two compete
        return self._referent(the.group("noun"), the.start("noun"), frame, index), the.span("noun")

    def _speaks(self, at: int, hi: int) -> bool:
        """Whether a speech verb follows the subject that ends at `at`: up to `_BETWEEN_WORDS` words of a phrase between
        ("Dunmere University in northern England said"; no relative pronoun nor conjunction), then auxiliaries and a
        negation ("said", "would not say", "declined to comment", "confirmed")."""
        for _ in range(_BETWEEN_WORDS + 1):
            auxiliaries = _AUXILIARIES.match(self.masked, at, hi)
            after = auxiliaries.end() if auxiliaries is not None else at
            verb = self.frames.speech.match(self.masked, after, hi)
            if verb is not None and not self.frames.is_according(verb.group("verb")) or self.masked.startswith("comment", after):
                return True
            word = _WORD.match(self.masked, at, hi)
            if word is None:
                return False
            at = word.end()
        return False


def _same_name(one: str, other: str) -> bool:
    """Whether two organisations' names are one's: equal, or one the other's first words ("Westmarch", "Westmarch Rail")."""
    a, b = one.lower().split(), other.lower().split()
    return a[:len(b)] == b or b[:len(a)] == a
