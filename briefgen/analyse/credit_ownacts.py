"""An outlet's own act: "NPR said it would cut 10 percent of its staff" tells news of NPR, not news NPR reported.

    own_act(text, end)        # -> bool: after "X said" / "X reported" ending at `end`, X tells of its own act
    acting_subject(text, at)  # -> bool: the outlet named at `at` opens its sentence as an act's subject

credits.py read "X said" as a credit of X whenever X is a known or site outlet, and "X reported" whatever follows.
Last sessions' finding (FX39, 2026-12-07): "NPR said it would cut 10 percent of its staff" credited NPR as the
article's source, though NPR is the newsmaker there; so "Reuters said it would close its bureau", "The Washington Post
said it would cut 240 jobs", "The New York Times reported a quarterly profit" and, after "NPR plans to cut 10 percent of its staff", "…, the broadcaster said".
The class: an outlet as the subject of a corporate act or of its own announcement is no credit (as initialcredits.py
decided for initials, "TAP said it would cancel 40 flights"; and credit_newsmakers.py for a site's companies).

Rules (`own_act`): after "said" or "says" — a time or a channel ("on Monday", "Thursday", "in a statement", "in a memo to
staff", "on its website"), a comma, "that" — what is said opens with the outlet itself:
- "it" and an organisation's act (`_ACTS`): "would cut", "plans to", "was cutting", "had fired", "stands by"; a
  reporter's verb keeps the credit ("Reuters said it had seen a copy", "it could not independently verify", "it was
  told by officials", "it had learned": `_REPORTING`), and so does any other ("reported that it rained"). Not "the
  company (agency, network …)": after "Reuters said" that is the news's company far more often than the outlet;
- "its" + a noun that is no reporter's or reporting's ("its Kabul bureau", "its chief executive", "its photographer
  was killed"); "its reporters had seen the bodies", "its analysis found" keep the credit (`_REPORTERS` and a
  reporting verb after them);
- after "reported" only a company's result ("reported a quarterly profit (loss, revenue, earnings)", "reported its
  first annual loss": `_RESULT`), not followed by whose it is ("a loss at Ford", "a record trade deficit of Japan").
After "reported", "it" and "its" are the news's subject as often as the outlet ("Boeing is in turmoil. CNN reported
that it would cut 10,000 jobs"): read as before, a credit ("The New York Times reported that it had added 300,000
subscribers" credits it). Kept: "NPR said, citing officials, …", "Reuters said the ministry would appeal", "according to NPR", "Reuters
reported that the ministry …", "Reuters reported a 10% drop in exports". BR31 (2026-12-07) #5, #6: a trailing
", citing (quoting) …" a source marks reporting ("Reuters said it would close the embassy, citing two officials",
"CNN said it had fired its chief executive, citing people familiar with the matter"; not a reason: "…, citing
falling revenue" is the outlet's own act); a result followed by whose it is as "the <noun>" ("record profits for the
airline", "a net loss of $30.5 million at the carmaker", "a profit warning by the carmaker") is another's, as a name
was; "for the first time", "in the third quarter" are times, no owner.

`acting_subject`: "NPR plans to cut 10 percent of its staff, the broadcaster said" — an outlet opening its sentence
as the subject of a verb that is no reporter's ("plans", "will", "sued", "announced") says its own news there, and the
sentence's "the broadcaster said" credits no one. "Reuters reported …, the agency said" or "A Reuters reporter saw …"
do not open so.
"""
from __future__ import annotations

import re
from collections.abc import Mapping

from briefgen.analyse.outletkeys import bare

# Between the verb and what is said: a time, a channel, a comma, "that"
_LEAD = re.compile(
    r"(?:,?\s+(?:late|early|earlier|later)(?=\s))?"
    r"(?:,?\s+(?:on|last|this|late|early)\s+\w+(?:\s+(?:morning|afternoon|evening|night))?|,?\s+\w+day\b"
    r"|,?\s+(?:yesterday|today|tonight|earlier|overnight))?"
    r"(?:,?\s+(?:in|on)\s+(?:a|an|its|their)\s+(?:\w+\s+){0,2}?(?:statement|memo|note|email|e-mail|letter|post"
    r"|website|announcement|filing|release|message)(?:\s+to\s+(?:its\s+)?\w+)?)?"
    r",?(?:\s+that)?\s+", re.IGNORECASE)
# The outlet itself: "it", "its" — not "the company (agency, group, network …)", which after "Reuters said" is the news's
# company far more often ("Reuters reported that the agency has since withdrawn its approval")
_SELF = re.compile(r"it\b|(?P<its>its)\s+", re.IGNORECASE)
_CONTRACTED = re.compile(r"(?:it)(?:'s|\u2019s|'d|\u2019d|'ll|\u2019ll)\b", re.IGNORECASE)
# What stands before a verb without being it: auxiliaries, negations, a few adverbs
_AUXILIARY = frozenset("""
had has have having was were is are be been being would will could can cannot can't couldn't would've did does do
didn't doesn't don't wasn't weren't hasn't hadn't haven't isn't not also now since yet still then first previously
already never immediately subsequently separately itself soon later eventually formally officially
""".split())
# An organisation's acts, as stems (`_act`): what an outlet does as a business or a party, never a thing's ("it fell",
# "it rained", "it was unclear" — "it" is the outlet only with these: "…, the newspaper reported that it failed" kept
# its credit). Source: the finding's verbs ("said it would", "announced", "plans to", "cut", "sued") and their kin in
# the reporting of newsrooms' own news (cuts, closures, lawsuits, sales, apologies, disputes)
_ACTS = frozenset("""
cut close shut lay laid sue suing sell sold buy bought acquire merge hire fire dismiss suspend launch end stop cancel
axe scrap drop appeal settle apologise apologize retract restructure relocate eliminate reduce pay paid raise invest
expand open offer plan intend stand stood reject deny denied dispute defend comply complied challenge file join
leave left quit withdraw withdrew withdrawn resume restore reinstate outsource freeze froze frozen furlough shed trim
slash accept agree sign negotiate welcome regret announce move shutter discontinue halt pause introduce unveil
rebrand reorganise reorganize consolidate sack lose lost win won shift replace partner add gain post
""".split())
# A reporter's verbs: what an outlet does as a newsroom (the credit stands: "its correspondent saw")
_REPORTING = frozenset("""
seen saw see obtained obtain reviewed review verified verify confirm confirmed learned learnt learn interviewed
spoke spoken speak talked talk reached reach contacted contact asked ask counted count tallied analysed analyzed
witnessed examined established establish found find identified identify geolocated located traced tracked compiled
calculated reported report told heard received sought requested emailed called visited documented filmed
photographed showed shows show suggested suggests indicated indicates revealed reveals said says wrote described
observed watched estimated estimates corroborated authenticated viewed
""".split())
# What is the outlet's own after "its" (news of the outlet itself, whatever is said of it)
_OWN_THINGS = frozenset("""
bureau bureaus bureaux newsroom newsrooms staff staffers employees workers workforce jobs editor editors
editor-in-chief chief executive ceo president owner owners board chairman chair anchor anchors host hosts presenter
presenters website site app edition editions print paper channel channels station stations programme programmes
program programs show shows subscribers subscription subscriptions readers viewers listeners audience audiences
paywall offices office headquarters parent licence license budget revenue revenues profit profits losses union
""".split())
# Its staff whose verb decides: a reporter's verb is reporting ("its correspondent saw"), any other its own news
_STAFF = frozenset("""
reporter reporters correspondent correspondents journalist journalists photographer photographers cameraman
cameramen crew crews producer producers
""".split())
# Nouns after "its" that are its reporting ("its reporters had seen", "its analysis found")
_REPORTERS = _STAFF | frozenset("""
team teams analysis analyses investigation investigations review reporting report reports sources source tally count
survey poll calculations calculation data own estimate estimates
""".split())
# A clause's characters: no sentence's end (a decimal's full stop is none: "$30.5 million")
_CLAUSE = r"(?:[^.;!?\n]|\.(?=\d))"
# "the" + a noun that is whose the result is ("for the airline", "at the carmaker", "by the company"), not a time ("for the
# first time", "in the third quarter", "for the year")
_NOT_A_TIME = (r"(?!(?:first|second|third|fourth|last|latest|past|previous|same|current|fiscal|financial|three|six|nine"
               r"|twelve|whole|full|quarter|year|period|months?|half|time|decade|week)\b)")
_RESULT = re.compile(r"\s+(?:(?:a|an|its|their)\s+)?(?:(?:first|second|third|fourth|first-quarter|second-quarter"
                     r"|third-quarter|fourth-quarter|quarterly|annual|full-year|half-year|first-half|second-half|net"
                     r"|pre-tax|pretax|operating|record|surprise|bigger|smaller|wider|narrower|higher|lower|rising"
                     r"|falling|digital|advertising|subscription)\s+){0,3}"
                     r"(?:profits?|loss|losses|revenues?|earnings|results|sales)\b"
                     rf"(?!{_CLAUSE}*?\s(?:at|by|for|of|in|from)\s+(?:(?-i:[A-Z])|the\s+{_NOT_A_TIME}\w))"  # (not "at Ford",
                     # "of Japan", "for the airline", "by the carmaker": another's result, reported news; BR31 #6)
                     r"(?!\s+(?:at|by|for|of|in|from)\s+(?:its|their|his|her)\b)", re.IGNORECASE)
_WORD = re.compile(r"\s*([A-Za-z][\w'\u2019-]*)")


def own_act(text: str, end: int, reported: bool = False) -> bool:
    """Whether what an outlet says (or reports: `reported`) after its verb ending at `end` in `text` opens with the
    outlet itself doing an organisation's act, or with its own things (module docstring): no credit then. `end`:
    offset right after "said", "says", "reported" … ."""
    if reported:
        return _RESULT.match(text, end) is not None
    lead = _LEAD.match(text, end)
    if lead is None or _cites_a_source(text, end):
        return False
    subject = _CONTRACTED.match(text, lead.end()) or _SELF.match(text, lead.end())
    if subject is None:
        return False
    if not subject.groupdict().get("its"):
        return _verb(text, subject.end()) == "act"
    owned = _WORD.match(text, subject.end())
    return owned is not None and _owned(text, owned)


# ", citing …" after what an outlet said: its sources ("citing two officials", "citing a filing": reporting, BR31 #5), not
# a reason it gives for its own act ("citing falling revenue", "citing security concerns": the reason's nouns)
_CITING = re.compile(rf"{_CLAUSE}*?,\s+(?:citing|quoting)\s+(?P<cited>{_CLAUSE}*)", re.IGNORECASE)
_REASONS = re.compile(r"\b(?:concerns?|pressures?|costs?|revenues?|loss(?:es)?|declines?|declining|falling|rising|reasons?"
                      r"|difficult(?:y|ies)|challenges?|headwinds|conditions|uncertainty|downturn|savings|budget|safety"
                      r"|security|circumstances|shift|changes?|need)\b", re.IGNORECASE)


def _cites_a_source(text: str, end: int) -> bool:
    """Whether the clause after an outlet's verb ending at `end` goes on to ", citing (quoting) …" a source ("Reuters
    said it would close the embassy, citing two officials": "it" is the news's, the outlet reports), not a reason
    (`_REASONS`: "NPR said it would cut jobs, citing falling revenue" is its own act)."""
    citing = _CITING.match(text, end)
    return citing is not None and _REASONS.search(citing.group("cited")) is None


def own_announcement(text: str, start: int, end: int, known: re.Pattern[str], canonical: Mapping[str, str],
                     outlet: str) -> bool:
    """Whether the words `start`–`end` of `text` ("the broadcaster said", resolved to `outlet`) attribute the outlet's
    own news: what follows them opens with the outlet's act (`own_act`: "the broadcaster said it would …"), or their
    sentence opens with the outlet's name as an act's subject ("NPR plans to cut …, the broadcaster said":
    `acting_subject`). `known`, `canonical`: credits.CreditFinder's names' pattern and bare name → outlet."""
    if re.search(r"\b(?:said|says)$", text[start:end]) and own_act(text, end):
        return True
    opening = max(text.rfind(stop, 0, start) for stop in (". ", "! ", "? ", "\n")) + 1
    name = known.search(text, opening, start)
    return (name is not None and re.fullmatch(r"[\s\"'\u201c\u2018]*(?:The\s+)?", text[opening:name.start()]) is not None
            and canonical.get(bare(name.group(0))) == outlet and acting_subject(text, name.start(), name.end()))


def acting_subject(text: str, name_start: int, name_end: int) -> bool:
    """Whether the outlet's name at `name_start`–`name_end` of `text` opens its sentence (after a sentence's end, at a
    line's start or the text's, "The" allowed before it) as the subject of an organisation's act ("NPR plans to cut
    …", "The BBC will close …": module docstring)."""
    head = text[max(0, name_start - 12):name_start]
    if re.search(r"(?:\A|[.!?]['\"\u201d\u2019]?\s+|\n\s*)(?:The\s+)?\Z", head) is None:
        return False
    return _verb(text, name_end) == "act"


def _verb(text: str, at: int) -> str:
    """What the first word after `at` that is no auxiliary (`_AUXILIARY`) is: "act" (an organisation's: `_ACTS`),
    "reporting" (`_REPORTING`), "" when no word follows on the clause, "other" for any other word."""
    for _ in range(6):
        word = _WORD.match(text, at)
        if word is None or text[at:word.start(1)].strip(" \t"):
            return ""
        lower = word.group(1).lower()
        if lower not in _AUXILIARY:
            return "reporting" if lower in _REPORTING else "act" if _act(lower) else "other"
        at = word.end()
    return ""


def _act(word: str) -> bool:
    """Whether `word` (lower case) is a form of an organisation's act (`_ACTS`): the stem, or it with -s, -es, -d,
    -ed, -ing, a doubled consonant's -ped/-ting/-led …, or -ied/-ies for -y."""
    if word in _ACTS:
        return True
    for ending in ("s", "es", "d", "ed", "ing"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[:-len(ending)]
            if stem in _ACTS or stem + "e" in _ACTS or (len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in _ACTS):
                return True
    return word.endswith(("ied", "ies")) and word[:-3] + "y" in _ACTS


def _owned(text: str, owned: re.Match[str]) -> bool:
    """Whether the "its" phrase whose first word is `owned` is the outlet's own news: an own thing within its first
    three words ("its Kabul bureau", "its chief executive"), or its staff with no reporter's verb ("its photographer
    was killed"; "its reporters had seen the bodies", "its analysis found" are its reporting)."""
    at, word = owned.start(), owned
    for _ in range(3):
        word = _WORD.match(text, at)
        if word is None:
            return False
        lower, at = word.group(1).lower(), word.end()
        if lower in _STAFF:
            return _verb(text, at) not in ("reporting", "")
        if lower in _REPORTERS:
            return False
        if lower in _OWN_THINGS:
            return True
    return False
