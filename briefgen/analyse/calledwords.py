"""A short quotation that "what X called" frames ("backed action over what it called the company's “dismissive”
response", "criticised what she called a “cynical” offer") is X's word: the union's, hers.

    CalledVoices._what_called(start, end, sentence, previous)   # -> the speaker, or None when no such frame

The ferry trial (tests/stories/ferry/, 2026-12-05) lost standard-strike-called's "The Nautical and Ferry Workers' Union
said 87% of members who voted backed action over crewing levels and what it called the company's “dismissive”
response": "called" is no speech verb (it names, it phones), and a clause word before the quotation ("what") made the
words no frame's. "what <subject> called / calls / described as / termed / dubbed", the subject a pronoun or a name,
with at most two words between the verb and the quotation, each a determiner or an owner's possessive ("the
company's", "a": the quotation is the named thing's word, not a predicate after a noun phrase — "what it calls its
special military operation “remain unchanged”" is no frame), names the speaker as a frame before a quotation does:
"he"/"she" the sentence's one person before it, its subject, else their antecedent; "it" the organisation named
last (quotespeakers.py: one word "and" joins to its name, "the Nautical and Ferry Workers' Union"); a name its person
or organisation; "what critics called" names no one. A mixin of quotes.py's `_Context`, which defines `_subject`,
`_pronoun` and `_it`.
"""
from __future__ import annotations

import re

from briefgen.analyse.antecedents import main_subject
from briefgen.analyse.capitals import CAPITAL
from briefgen.analyse.quoteresult import Who
from briefgen.analyse.quotespeakers import SpeakerNames

_WHAT_CALLED = re.compile(rf"(?<![\w'\u2019])what[ \t]+(?P<np>he|she|it|(?:{CAPITAL}[\w'\u2019-]*[ \t]+){{0,3}}{CAPITAL}[\w'\u2019-]*)"
                          r"[ \t]+(?P<verb>called|calls|described[ \t]+as|describes[ \t]+as|termed|terms|dubbed)"
                          r"(?P<rest>[ \t]+[^.;:!?,\u2014\u2013]*)?[ \t]*$")


_DETERMINERS = frozenset("a an the its his her their this that these those our".split())
_OWNER = re.compile(r"\w['\u2019]s?$")


class CalledVoices(SpeakerNames):
    """`SpeakerNames` and the speaker of "what X called “…”" (module docstring)."""

    def _what_called(self, start: int, end: int, sentence: int, previous: tuple[int, Who] | None) -> Who | None:
        """The speaker that "what X called" right before the quotation at `end` (masked[start:end], the clause before
        its opening mark) names; None when there is no such frame or it names no one."""
        found = _WHAT_CALLED.search(self.masked, start, end)
        rest = (found.group("rest") or "").lower().split() if found is not None else []
        if found is None or len(rest) > 2 or not all(w in _DETERMINERS or _OWNER.search(w) for w in rest):
            return None  # (not "what it calls its special military operation “remain unchanged”": a noun phrase ends first)
        return self._frame_subject(found, sentence, previous)

    def _frame_subject(self, found: re.Match[str], sentence: int, previous: tuple[int, Who] | None) -> Who | None:
        """Who a frame's subject (`found`'s group "np", its verb group "verb") names: a pronoun's antecedent (the
        sentence's one person before it, its subject; else the pronoun's), "it"'s organisation, a name's person or
        organisation; None when no one (quotecalled.py's frames read it too)."""
        np = found.group("np")
        lo = self.sentences[sentence][0]
        persons = self._persons(lo, found.start("np")) if np in ("he", "she") else {}
        subject = main_subject(self.masked, lo, found.start("np"), list(persons)) if len(persons) == 1 else None
        if persons:  # "Anna Berg criticised what she called …": the sentence's one person, its subject
            who = self._person(subject, persons[subject]) if subject is not None else None
        elif np in ("he", "she"):
            who = self._pronoun(found.start("np"), sentence, previous)
        elif np == "it":
            who = self._it(found.start("np"), sentence)
        else:
            who = self._subject(found.start("np"), found.end("np"), "said-before", sentence, previous)  # type: ignore[attr-defined]
        if who is None or who.speaker is None:
            return None
        self.verb_end = found.end("verb")  # (quoteframes.governs reads the words from the verb to the quotation)
        return Who(who.speaker, who.name, who.kind, "said-before")
