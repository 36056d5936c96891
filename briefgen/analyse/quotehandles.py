"""A person known only by a handle, and the singular "they" that stands for them (a mixin of quotes.py's `_Context`).

    HandleVoices._they(at, sentence)   # -> Who("@k3rnelpanic", …, "person", "pronoun") or UNNAMED

The ransomware trial (tests/stories/ransom/, 2026-12-05) lost a researcher's words: "A researcher who posts as
@k3rnelpanic, who first spotted the listing, told me the files look genuine. “The folder names match …,” they
said." and "Independent researcher @k3rnelpanic said such messages were usually a sign … “Extending a deadline is
theatre,” they wrote on Mastodon." — "they" stayed unnamed (quotes.py reads it as a group), and a handle is no
capitalised run, so no name was read at all. The rule: "they" in a frame is the holder of a handle (`HANDLE`:
"@" and 2–30 letters, digits or underscores) when the handle is the subject of its sentence — it opens the sentence,
or follows a singular description of whom it names ("Independent researcher @x", "A researcher who posts as @x",
"One user, @x,") — in the pronoun's own sentence before it or the sentence before, and those sentences name no other
handle and no person. Otherwise "they" stays unnamed, as before (a group: "Officials said … they said").
Pure reading of the caller's masked text.
"""
from __future__ import annotations

import re

from briefgen.analyse.nameruns import PERSON
from briefgen.analyse.quotecalled import CalledObjects
from briefgen.analyse.quoteresult import UNNAMED, Who

HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_]{2,30}(?![\w@])")
# What may stand before a handle that is its sentence's subject: a singular description, or a lead-in time phrase.
_SUBJECT_LEAD = re.compile(r"\s*(?:(?:On|In|Earlier|Later|Yesterday|Today)\b[^,.;:!?]{0,30},\s+)?(?:(?:(?:[Aa]n?|[Oo]ne|"
                           r"[Tt]he)\s+)?(?:[A-Za-z-]+\s+){0,2}(?:researcher|user|account|hacker|analyst|poster|blogger|"
                           r"activist|writer|investigator|expert|person|student|insider)(?:\s+who\s+(?:posts|writes|goes|"
                           r"tweets)\s+(?:as|under|by)|,)?\s+)?$")
# The handle is not the whole subject ("@x and two firms", "@x's followers", "@x with others"), or another clause's
# plural subject follows it ("@x posted the list, and staff were told"): a group, not the handle (2026-12-05).
_NOT_ALONE = re.compile(r"(?:'s|\u2019s|\s+(?:and|with)\b)")
_ANOTHER_SUBJECT = re.compile(r"[,;]\s*(?:and|but)\s+(?:[\w'\u2019-]+\s+){1,3}?(?:were|are|have|had)\b")


# The words of an organisation's account (issue 9, 2026-12-05: "Customers complained to @AcmeSupport … “We are looking
# into it,” they said." listed the company's account as a person): its words split at capitals, digits, underscores.
# `_ACCOUNT_WORDS` count written capitalised ("@AcmeSupport", "@TfL_UK"); `_STRONG_WORDS` in any case ("@acme_help").
_ACCOUNT_WORDS = frozenset("""support help helpdesk care team news official hq service services press media info customer
customers cs status updates gov council police uk us ltd inc plc group corp app shop store bank air rail travel
ops""".split())
_STRONG_WORDS = frozenset("support help helpdesk news official service services customercare press".split())
_HANDLE_WORDS = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+")


def account_handle(handle: str) -> bool:
    """Whether a handle ("@AcmeSupport", "@acme_help", "@TfL_News") is an organisation's account, not a person's: of
    its two words or more (split at capitals, digits and underscores) one is an account word written capitalised
    (`_ACCOUNT_WORDS`) or a strong one in any case (`_STRONG_WORDS`). "@k3rnelpanic", "@jane_doe", "@0us" are persons'
    (a first version read "@0us" as "us": test_handle_speakers.py's property)."""
    words = _HANDLE_WORDS.findall(handle)
    return len(words) > 1 and any(w.lower() in _STRONG_WORDS or w[:1].isupper() and w.lower() in _ACCOUNT_WORDS
                                  for w in words)


class HandleVoices(CalledObjects):
    """`CalledObjects` and the handle holder that a singular "they" stands for (module docstring)."""

    def _they(self, at: int, sentence: int) -> Who:
        """Who "they" at `at` (a frame's subject) stands for: the one handle that is the subject of its sentence or
        of the sentence before, no person nor other handle named there; else UNNAMED."""
        handles: list[tuple[int, str]] = []
        for index in (sentence - 1, sentence):
            if index < 0:
                continue
            lo, hi = self.sentences[index]
            hi = min(hi, at)
            if lo >= hi:
                continue
            if self._persons(lo, hi):
                return UNNAMED
            handles += [(lo, hi, m) for m in HANDLE.finditer(self.masked, lo, hi)]
        if len({m.group() for _, _, m in handles}) != 1:
            return UNNAMED
        lo, hi, handle = handles[0]
        if _SUBJECT_LEAD.fullmatch(self.masked, lo, handle.start()) is None:
            return UNNAMED  # the object of a verb or a preposition ("replied to @x"), or a group's member
        if _NOT_ALONE.match(self.masked, handle.end(), hi) or _ANOTHER_SUBJECT.search(self.masked, handle.end(), hi):
            return UNNAMED  # "@x and two firms said", "@x's followers", "@x posted it, and staff were told"
        if account_handle(handle.group()):
            return UNNAMED  # an organisation's account speaks: no person (`account_handle`)
        return Who(handle.group(), handle.group(), PERSON, "pronoun")
