"""Where an outlet's initials credit it: a site source "Long Name (INITIALS)" is written by its initials too
(outletkeys.name_forms), but initials are short and others' too, so they credit the outlet only where a reader reads
the agency (BR25 #2, 2026-12-06; the credits took them wherever an outlet's name credits):

- in a frame of news-giving: "PAI reported", "PAI and Reuters reported", "told PAI", "according to PAI, …", "first
  reported by PAI", "the Polish agency PAI said", "…, PAI said." after the news, "PAI said on Tuesday the blast killed
  two" (news of others); not "TAP said it would cancel 40 flights" or "The PTI said it would boycott the vote" (an
  airline's, a party's news of itself: what it said opens with it, its, they, we …; BR26, 2026-12-06, found the
  first rule refusing every "X said" that was not after the news);
- never after another body's descriptor: "The airline TAP said", "the Vietnamese airline VNA reported" (an
  outlet's descriptor, creditdescriptors.ANY_DESCRIPTORS, keeps it: "the state news agency PAI reported");
- never as a noun's modifier: "according to the PAI survey", "according to PAI data" (the word after the initials is a
  lower-case noun, not a function word, a reporting verb, an agency noun or a report's: `_AFTER`, so that a report's
  noun keeps a credit the credits find: "according to a PAI report", "an exclusive PAI report said" are PAI's, its
  report's words read whole, creditcues.report_cue; FX20).

A short name in brackets that is not all capitals ("Deutsche Presse-Agentur (dpa)": the agency's own lower case) credits
only as written: "dpa reported", "(dpa)"; "Ireland's DPA said", "according to the DPA" (a data-protection authority)
credit no one (BR31 #1, 2026-12-07; a dateline in capitals, "(DPA)", is wirecopy's and still credits, and so does an
outlet's descriptor before it: "the German news agency DPA reported").

A well-known body's initials (UN, EU, NATO …) are no outlet's form at all (outletkeys.bracket_initials), nor are
capitals that are no initials of the name ("Politico (EU)"). A dateline's "(PAI)" is read by wirecopy, not here.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefgen.analyse.creditcues import REPORT_NOUNS
from briefgen.analyse.creditdescriptors import ANY_DESCRIPTORS
from briefgen.analyse.creditplaces import LEADS
from briefgen.analyse.lexicon import SPEECH_VERBS, STOPWORDS, TELL_VERBS

if TYPE_CHECKING:
    from briefgen.analyse.credits import Credit

_SAYS = frozenset(("said", "says", "added", "stated"))
# What may follow an outlet's initials in a credit: function words, times, reporting verbs, an agency's own nouns
_AFTER = frozenset("""
on in at that and or nor which who whose as by for from with of to about over after before when while since until
reported reports said says wrote writes noted notes cited learned quoted revealed published broke first also was were
is has had have earlier late early last this yesterday today citing quoting the a an its news agency wire newswire
service itself report reports dispatch story article investigation interview bulletin
""".split())
_SAID = re.compile(r"\b(?:said|says|added|stated)\b")
# What may follow "said" in an attribution after its news: a time, then the sentence's end (", PAI said on Tuesday.")
_ATTRIBUTION_END = re.compile(r"(?:\s+(?:on|late|early|in|last|this)\s+\w+|\s+\w+day|\s+yesterday|\s+today)?\s*(?:[.;!?]|$)")
_DESCRIBED = re.compile(rf"(?:{ANY_DESCRIPTORS})\s+$")
_OTHER_BODY = re.compile(r"(?:^|\b)(?:[Tt]he|an?|An?)\s+(?P<words>(?:[\w'\u2019-]+\s+){1,3})$")


def misread_initials(text: str, credit: Credit, initials: tuple[tuple[str, str], ...]) -> bool:
    """Whether `credit` (a credits.Credit of `text`) credits its outlet by the outlet's bracketed initials
    (`initials`: (initials, outlet's name) pairs, `CreditFinder.initials`) where they name something else (module
    docstring). False for a credit by a name, a bracket after the long name or a dateline."""
    start, cue = credit.start, credit.cue
    shorts = [short for short, outlet in initials if outlet == credit.outlet]
    if not shorts or cue.startswith("("):
        return False
    window = text[start:start + len(cue) + 40]
    found = None
    for short in shorts:
        match = re.search(rf"(?<![\w(-]){re.escape(short)}(?![\w-])", window)
        if match and (found is None or match.start() < found.start()):
            found = match
    if found is None:  # ("Ireland's DPA said" for "Deutsche Presse-Agentur (dpa)": its lower-case short name, as written)
        return _other_case(text, start, start + len(cue), [short for short in shorts if not short.isupper()])
    at, end = start + found.start(), start + found.end()
    following = re.match(r"\s+([a-z][\w'\u2019-]*)", text[end:end + 40])
    if following is not None and following.group(1) in REPORT_NOUNS and f"{found.group(0)} {following.group(1)}" in cue:
        return False  # "according to an exclusive PAI report": the outlet's report (creditcues.report_cue)
    before = text[max(0, at - 60):at]
    described = _DESCRIBED.search(before) is not None
    if not described and (body := _OTHER_BODY.search(before)) and _noun_phrase(body.group("words")):  # "The airline TAP"
        return True
    if (not described and cue.split()[-1] in _SAYS and not _trailing(text, before, end)
            and _of_itself(text, end)):  # "TAP said it would cancel"
        return True
    return following is not None and following.group(1) not in _AFTER  # "the PAI survey", "PAI data"


def _other_case(text: str, start: int, end: int, shorts: list[str]) -> bool:
    """Whether a credit's words `text[start:end]` write one of `shorts` (an outlet's bracketed short names that are not
    all capitals: "dpa") in another case ("DPA", "Dpa"): another body's initials ("Ireland's DPA", a data-protection
    authority; BR31 #1, 2026-12-07), for a short name written in its own case is read only as written — unless an
    outlet's descriptor stands before them ("the German news agency DPA reported")."""
    for short in shorts:
        for match in re.finditer(rf"(?<![\w(-]){re.escape(short)}(?![\w-])", text[start:end], re.IGNORECASE):
            if _DESCRIBED.search(text[max(0, start + match.start() - 60):start + match.start()]) is None:
                return True
    return False


def other_case_mentions(text: str, initials: tuple[tuple[str, str], ...], found: dict[int, Credit]) -> dict[int, Credit]:
    """Every place `text` writes one of the site's short names that are not all capitals (`initials`, as
    `misread_initials` takes them: "dpa") in another case ("DPA"), by offset, as a credit of its outlet by those words:
    what "the agency" after them may stand for, to be refused by `misread_initials` unless an outlet's descriptor
    stands before them ("The Irish DPA fined Meta. The agency said …", "the Data Protection Authority (DPA)": the
    authority, not dpa; FX51); none inside a credit `found` read ("BERLIN (DPA) —": wirecopy's)."""
    from briefgen.analyse.credits import Credit

    return {m.start(): Credit(outlet, m.group(0), m.start()) for short, outlet in initials if not short.isupper()
            for m in re.finditer(rf"(?<![\w-]){re.escape(short)}(?![\w-])", text, re.IGNORECASE) if m.group(0) != short
            and not any(c.start <= m.start() < c.start + len(c.cue) for c in found.values())}


def _trailing(text: str, before: str, end: int) -> bool:
    """Whether the "X said" whose initials end at `end` (`before`: the text before them) attributes the news before it:
    after a comma, the sentence ending after the verb and a time ("The fire has burned out, PAI said on Tuesday.")."""
    verb = _SAID.search(text, end, end + 80)
    return before.rstrip(" ").endswith(",") and verb is not None and _ATTRIBUTION_END.match(text, verb.end()) is not None


# What a speaker says of itself opens with it: "said (on Tuesday) (that) it would", "…its flights", "they", "we"
_SELF = re.compile(r"(?:\s+(?:late|early))?(?:\s+(?:on|in|last|this)\s+\w+|\s+\w+day|\s+yesterday|\s+today)?,?"
                   r"(?:\s+that)?"
                   r"\s+(?:it|its|it's|it\u2019s|itself|they|their|them|we|our|us)\b", re.IGNORECASE)


def _of_itself(text: str, end: int) -> bool:
    """Whether what the "X said" whose initials end at `end` reports opens with a word for its speaker ("TAP said it
    would cancel 40 flights"): the body's own news, not news of others it gives ("PAI said on Tuesday the blast …")."""
    verb = _SAID.search(text, end, end + 80)
    return verb is not None and _SELF.match(text, verb.end()) is not None


def _noun_phrase(words: str) -> bool:
    """Whether `words` (between "the" and the initials) describe them ("airline", "Vietnamese airline", "ruling"), not
    a clause's words ("The mayor told TAP": a verb, a function word or a past form ends the phrase)."""
    if re.fullmatch(LEADS, words):  # ("the state-run SONNA", "the pan-Arab X": an outlet's own, creditplaces.py)
        return False
    return not any(word.lower() in STOPWORDS or word.lower() in SPEECH_VERBS or word.lower() in TELL_VERBS
                   or word.endswith("ed") for word in words.split())
