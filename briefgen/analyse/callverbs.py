"""Whether "called" is a call to someone ("called the helpline three times", "called police") rather than words.

    not_words(masked, verb_start, verb_end)   # True for "Tom Reid called the helpline three times"

lexicon.SPEECH_VERBS holds "called"/"calls" for "X called for “…”", "X called on ministers to “…”" and "X called the
plan “a betrayal”" (naming: quotecalled.py). Issue 9 (2026-12-05): "Tom Reid called the helpline three times, his
daughter said. “He was frightened,” she said." gave the quotation to Tom Reid: his phone call made him the sentence's
speaker (antecedents.main_subject), and "Tom Reid called the helpline at 3am “because …”" made the quotation his.
"called" is words only when "for", "on", "out", "in", "it", "them", "this", "that" follows it, or a quotation follows
in its clause ("which Blinken called “a good thing”", "called the decision “…”", "called Brazil's new duties on corn
“…”") with no word of a call's adverbials nor a number between (`_ADVERBIAL`: "the helpline three times", "at 3am",
"police after hearing"); anything else is a call, a summons or a visit ("called the helpline.", "called the
helpline at 3am “because …”"): no speech verb there. A pure function of the masked text.
"""
from __future__ import annotations

import re

from briefgen.analyse.lexicon import FALSE_TITLES, occupational
from briefgen.analyse.quotemask import MASK

_CALLED = frozenset(("called", "calls", "calling"))
_WORDS_FIRST = re.compile(r"\s+(?:for|on|out|it|them|this|that)\b")
# "called in" words only before where they were said ("called in a statement for …"); else a summons ("called in the
# administrators", "called in sick"). (Other particles keep the rules below: "called over her shoulder: “…”" shouts.)
_PARTICLE = re.compile(r"\s+(?P<in>in)\b(?!['\u2019-])")
_IN_WHERE = re.compile(r"\s+(?:a|an|his|her|its|their|the|our|my)\s+(?:\w+\s+)?(?:statement|letter|interview|speech|post|"
                       r"tweet|report|article|message|video|address|column|note|blog|podcast|op-ed|editorial)s?\b", re.I)
# Or phoned in, then the words: "Reid called in: “…”", "called in to the radio show: “…”", "called in to say"; and a
# "for" before the clause's quotation is a call for something wherever it was made: "called in the Dáil for “…”",
# "called in remarks to reporters for “…”", "called in vain for “…”" (all lost under the summons rule: a breaker,
# 2026-12-05; a summons's object has no "for" and a quotation after it).
_PHONED_IN = re.compile(rf"(?:\s+to\s+[^.;:!?\n,{re.escape(MASK)}]{{1,60}}?)?(?:\s*:|\s+to\s+(?:say|tell|ask|complain|explain|"
                        r"warn|insist|argue)\b)")
# Whom or what a phone call reaches, which a naming never has with an adverbial between it and the quotation ("called
# the helpline at 3am “…”"); any other object keeps "at"/"from" as its own ("called the ruling at the time “…”",
# "called the pay offer from ministers “…”": a breaker's lost speakers, 2026-12-05).
_RECEIVERS = frozenset("""police helpline helplines hotline ambulance ambulances brigade services service number line
999 911 111 112 000 office headquarters station switchboard desk doctor gp surgery hospital council bank insurer
company landlord agency centre center operator him her them me us you home""".split())
# People and services a call reaches by a noun (kin, a professional, a service): "called his wife from the hospital
# “to tell her …”", "called her solicitor at midnight “because …”", "called the coastguard from the cliff top “…”" were
# namings under the rule above (a breaker's wrong speakers, 2026-12-05); besides these, lexicon's FALSE_TITLES and
# occupations (`occupational`: "the electrician", "the vet" below).
_PERSONS = frozenset("""wife husband mother father son daughter sister brother parents partner girlfriend boyfriend
fiancee fiancé fiancée aunt uncle niece nephew cousin grandmother grandfather grandson granddaughter mum mam mom dad
family friend friends neighbour neighbor boss employer colleague solicitor lawyer attorney agent vet gp doctors nurse
coastguard coastguards lifeboat rnli samaritans paramedics firefighters police 999 emergency emergencies fire vets
parents-in-law mother-in-law father-in-law sister-in-law brother-in-law ex wife's husband's""".split())
_DETERMINERS = frozenset("the a an his her its their this that these those our my your".split())
# Up to the quotation that "called" names, within its clause: "the decision “…”", "Brazil's new duties on corn “…”".
_UP_TO_QUOTE = re.compile(rf"([^.;!?\n{re.escape(MASK)}]{{0,120}}){re.escape(MASK)}")  # (a colon goes on: "called the
# exemption vital: “…”")
# Words of a call's adverbials, never of what a thing is called: "called the helpline three times “…”".
# A quotation that opens with a purpose, a reason, a time or a manner is why or how someone phoned, never what a thing
# is called (a naming's is a noun phrase or an adjective: "a disgrace", "reckless", "so stupid", "as good as it gets"): "called his wife “to tell her the
# baby had arrived”", "called the coastguard “after spotting a man in the water”" (a breaker, 2026-12-05).
_CALL_OPENINGS = frozenset("to because after before since when while saying asking telling begging hoping".split())
# (not "in": "called the decision “in breach of every promise”" names it; "called her husband at lunchtime “in a
# terrible state”" is a call by its receiver). A quotation opening with a preposition of state or circumstance after a
# call's receiver is the caller's state, no naming: "called his wife “in a terrible state, just in case”" (a flaky
# property's find, 2026-12-05: with no "at"/"from" before it the receiver was not asked).
_STATE_OPENINGS = frozenset("in on at with without during from".split())
_OPENING_WORD = re.compile(r"[\"\u201c\u2018'\s]*(?:\.\.\.|\u2026)?\s*([A-Za-z]+)")
_ADVERBIAL = frozenset("""times twice once again today yesterday tonight repeatedly back later earlier at after when
from while until""".split())


def not_words(masked: str, verb_start: int, verb_end: int, text: str = "") -> bool:
    """Whether the speech verb masked[verb_start:verb_end] is "called"/"calls" making a call, not words (module
    docstring); False for every other verb. With `text` (the unmasked text, same offsets), a quotation that opens with
    a word of `_CALL_OPENINGS` ("to tell her …", "because I …") also makes "called" a call."""
    verb = masked[verb_start:verb_end].split()
    if not verb or verb[-1].lower() not in _CALLED:
        return False
    particle = _PARTICLE.match(masked, verb_end)
    if particle is not None:  # "called in the administrators": a summons
        if _IN_WHERE.match(masked, particle.end()) or _PHONED_IN.match(masked, particle.end()):
            return False
        found = _UP_TO_QUOTE.match(masked, particle.end())
        return found is None or "for" not in found.group(1).lower().replace(",", " ").split()
    if _WORDS_FIRST.match(masked, verb_end):
        return False
    found = _UP_TO_QUOTE.match(masked, verb_end)
    if found is None or _adverbial(found.group(1).split()):
        return True
    opening = _OPENING_WORD.match(text, found.end() - 1) if len(text) == len(masked) else None
    if opening is not None and opening.group(1) in _STATE_OPENINGS:  # (a state the caller was in, said of a receiver)
        words = found.group(1).split()
        return bool(words) and _receiver(words[-1].lower().strip(","))
    return opening is not None and opening.group(1) in _CALL_OPENINGS  # (lower case: a quotation's own opening)


def _adverbial(words: list[str]) -> bool:
    """Whether the words between "called" and a quotation hold a call's adverbial: a word of `_ADVERBIAL` ("three
    times", "after hearing"), "at"/"from" after a call's receiver or with no determined object before it ("called the
    helpline at 3am", "called him from prison"), or a number not right after a determiner ("called 999", "the helpline
    3 times"; "the 2024 budget" is the object's own)."""
    lowered = [w.lower().strip(",") for w in words]
    for i, word in enumerate(lowered):
        if word[:1].isdigit() and not (i and lowered[i - 1] in _DETERMINERS):
            return True
        if word in ("at", "from"):
            head = lowered[i - 1] if i else ""
            if lowered[0] not in _DETERMINERS or i < 2 or head in _DETERMINERS or _receiver(head):
                return True
        elif word in _ADVERBIAL:
            return True
    return False


def _receiver(head: str) -> bool:
    """Whether an object's last word `head` (lower case) is whom or what a phone call reaches: `_RECEIVERS`, `_PERSONS`,
    lexicon's FALSE_TITLES, an occupation (`occupational`), or their plurals ("his parents"); not lexicon's ROLE_NOUNS,
    whom a report names more than it phones ("called the minister at the time “a liar …”": his words)."""
    plain = head[:-2] if head.endswith(("'s", "\u2019s")) else head
    return any(w in _RECEIVERS or w in _PERSONS or w in FALSE_TITLES or occupational(w)
               for w in (plain, plain[:-1] if plain.endswith("s") else plain))
