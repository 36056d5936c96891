"""An outlet that "has the story", "had it first", or a "hat tip to" it: a credit by the scoop's words (credits.py).

    scoop_credits(text, known, canonical, newsmakers)   # -> ((outlet, cue, start), ...)

"Tailings & Ore Weekly has the story everyone in the trade was afraid of" — a blogger's re-telling of a trade paper's
scoop — credited no one, and the T20 trial's blog post was shown as an "Independent report" (2026-12-06, finding 3).
A known or site outlet's name (credits.CreditFinder.known: as `sources:` and `KNOWN_OUTLETS` write them, so never a
person's) just before "has", "had", "broke" or "got" and "the story", "the scoop", "the exclusive" or "the news"
("Reuters had the story first", "the Echo broke the news") is credited, as "X reported" is.

The T21 trial's blog post (2026-12-07, finding 11) opened "TechVeld had it first: a Telegram post …" and was again an
"Independent report". The scoop's other idioms are credits too (FX32), an outlet's name just before them:
"had (has, got) it first", "got there first", "was (the) first with (to) the story (news, scoop)" — or after ", which":
"TechVeld, which had it first," — and a tip of the hat before it: "hat tip to X", "hat-tip: X", "h/t X", "(h/t to X)"
("X was first to report", "X first reported", "first reported by X" are credits.py's own forms).

Not news given to someone or done to: "The BBC broke the news to staff that …", "broke the news of her death to
viewers" (a recipient after "to": it told them), "Reuters had the news confirmed by two sources", "CNN got the story
wrong", "got the news from" (BR29, 2026-12-07); "X broke the news (story) of … / that …" with no recipient is the
scoop. The recipient (BR30, FX37): "to" right after the noun or its time phrase ("on Monday") and a person — a pronoun,
a name, "the family", "staff", "viewers" — or, after an "of …" phrase, a word for one's audience ("of her death to
viewers"); not "to" + a verb ("the decision to close the plant"), "to the surprise of", "to the world (public,
readers)".
"from" is whence news came only after "got" ("got the news from"), not "had the story from a whistleblower first".

Not a company the site lists as an outlet that acts in the news (`newsmakers`, credit_newsmakers.py: "Cobrebras has the
story" is none), and not a name no list holds ("Smith broke the story to his family", "Smith had it first").
"""
from __future__ import annotations

import re
from collections.abc import Collection, Mapping

from briefgen.analyse.findspans import matches_at, word_starts
from briefgen.analyse.outletkeys import bare

_NOUNS = r"(?:story|scoop|exclusive|news)"
_SCOOP = re.compile(rf"\b(?:(?:has|had|broke|got)\s+(?:the\s+)?{_NOUNS}\b|(?:has|had|got)\s+it\s+first\b"
                    rf"|got\s+there\s+first\b|was\s+(?:the\s+)?first\s+(?:with|to)\s+(?:the|this)\s+{_NOUNS}\b)")
# (every match opens with one of these verbs, found by str.find: `_SCOOP` tried there alone, findspans.matches_at;
# searched at every place of a lead it took ~37 µs a c1k lead, ~14 so, 2026-12-07)
_VERBS = ("has", "had", "broke", "got", "was")
# No scoop (BR29, 2026-12-07): "broke the news (of her death) to staff (to viewers)" — a recipient after "to" in its
# clause: it told someone; "had the news confirmed", "got the story wrong", "got the news from" — a participle or an
# adjective after the noun: what was done to the news, or whence it came.
# BR30 (FX37): "to" + a verb, "to the surprise of", "to the world" are no recipient; after an "of …" phrase only an
# audience's word is ("the news of her death to viewers", not "the story of the decision to close the plant").
_TIME = (r"(?:,?\s+(?:(?:on|last|this|early|late|earlier)\s+\w+(?:\s+(?:morning|afternoon|evening|night))?"
         r"|yesterday|today|tonight|overnight|earlier|first),?)?")
_AUDIENCE = (r"(?:staff|staffers|employees|workers|investors|shareholders|viewers|listeners|readers|audiences?|family"
             r"|families|relatives|parents|colleagues|members|customers|clients|fans|subscribers|officials|ministers"
             r"|players|students|residents|journalists|reporters|newsroom|board|team|crew|friends|wife|husband)\b")
_DET = r"(?:the|its|his|her|their|our|my|your|a|an|some|all|several|\d[\d,]*)\s+(?:\d[\d,]*\s+)?"
_NOT_TOLD = (r"(?:(?:the|his|her|their|its|our|everyone's|everyone\u2019s)\s+)?(?:surprise|shock|delight|dismay|horror"
             r"|amazement|astonishment|relief|chagrin|embarrassment|consternation|annoyance)\b"
             r"|(?:the\s+)?(?:world|public|nation|readers)\b|(?:\w+\s+)?(?:acclaim|applause|outrage|fanfare)\b")
_TOLD = re.compile(rf"{_TIME}\s+to\s+(?!{_NOT_TOLD})(?:him|her|them|us|me|you|{_AUDIENCE}|{_DET}\w|[A-Z])"
                   rf"|\s+of\s+[^.;:!?,\n]*?\s+to\s+(?!{_NOT_TOLD})(?:him|her|them|us|me|(?:{_DET})?{_AUDIENCE})")
_DONE = re.compile(r"\s+(?:\w+ed|\w+en|wrong|right)\b")
_FROM = re.compile(r"\s+(?:from|through|via)\b")  # (whence it came: after "got" only)
_GAP = re.compile(r"[ \t]*(?:\n[ \t]*)?(?:,\s*which\s+)?")  # between the name and the scoop's words
_TIP = re.compile(r"\b(?:[Hh]at[ -][Tt]ip|[Hh]/[Tt])(?:[ \t]*:|[ \t]+to\b)?[ \t]*")  # before the name


def scoop_credits(text: str, known: re.Pattern[str], canonical: Mapping[str, str],
                  newsmakers: Collection[str] = ()) -> tuple[tuple[str, str, int], ...]:
    """(outlet's canonical name, the crediting words, where they start) for each "X has the story", "X had it first"
    and "hat tip to X" of `text` (module docstring); `known`: the names' pattern, `canonical`: bare name → canonical
    (credits.CreditFinder's)."""
    found = []
    for scoop in matches_at(_SCOOP, text, word_starts(text, _VERBS)):
        if _received(text, scoop):
            continue
        named = [m for m in known.finditer(text, max(0, scoop.start() - 80), scoop.start())
                 if _GAP.fullmatch(text, m.end(), scoop.start())]
        if named:
            found.append((named[-1], named[-1].start(), scoop.end()))
    if "/" in text or "tip" in text or "Tip" in text:  # (what `_TIP` needs: no lower-cased copy of the text)
        for tip in _TIP.finditer(text):
            name = known.match(text, tip.end())
            if name is not None:
                found.append((name, tip.start(), name.end()))
    credits = []
    for name, start, end in sorted(found, key=lambda f: f[1]):
        outlet = canonical.get(bare(name.group(0)))
        if outlet is not None and bare(outlet) not in newsmakers:
            credits.append((outlet, " ".join(text[start:end].split()), start))
    return tuple(credits)


def _received(text: str, scoop: re.Match[str]) -> bool:
    """Whether the scoop's words `scoop` tell of news given to someone ("broke the news to staff that …") or done to
    ("had the news confirmed by two sources", "got the news from"), not of a report first published (`_TOLD`,
    `_DONE`, `_FROM`; BR29, BR30)."""
    clause = re.split(r"\bthat\b", text[scoop.end():scoop.end() + 120], maxsplit=1)[0]
    if scoop.group(0).startswith("broke") and _TOLD.match(clause):
        return True
    if scoop.group(0).endswith("first"):
        return False
    return _DONE.match(text, scoop.end()) is not None or (
        scoop.group(0).startswith("got") and _FROM.match(text, scoop.end()) is not None)
