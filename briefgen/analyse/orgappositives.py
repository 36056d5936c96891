"""A name that an appositive calls a company: "The operator, Calderway Terminals, wants …", "Velmora Tarrick, a
logistics firm, said …" (orgnames.firms_and_things makes such a name an organisation wherever the article writes it).

    company_appositive(text, start, end)   # -> bool, for the person reading of text[start:end]

Issue 9, 2026-12-05 (a tester's port-strike briefing, /tmp/t10, finding 5): "Calderway Terminals", named in 14
articles and once as "The operator, Calderway Terminals, wants the change finished by 2028", had a People page as a
Person, filed "Terminals, Calderway" (its head word, now in lexicon.TRADE_HEADS, was the main cause; this reads the
names whose head word no list holds). The appositive is a determiner, at most three modifiers and a company's noun
that heads it:
- before the name, opening its sentence or clause ("The operator, X, …"; not "a spokesman for the operator, X, said",
  where X is the spokesman), the name then ending its appositive (a comma, not a list's "X and Y" nor an age's ", 44,"
  or "who": a person);
- after the name, set off by a comma and ended by punctuation or which/that/based/owned ("X, the terminal operator,").
Nouns that name people too are left out ("developer", "contractor", "owner", "haulier"); "operator" counts bare or
after the words of a business it runs (`OPERATOR_FIELDS`: "the ferry operator", not "the crane operator, Tom Reid").
"""
from __future__ import annotations

import re

from briefgen.analyse.capitals import CAPITAL
from briefgen.analyse.sentences import MAX_SENTENCE, first_end

# Nouns that say "a company" and name no person in the news (lexicon.COMPANY_NOUNS less those that may: "union",
# "fund", "platform", "broker", "supplier", "operator" — the last below — and the airline's, nonpersons.py's).
FIRM_NOUNS = frozenset("""company firm corporation conglomerate multinational subsidiary startup start-up consortium
supermarket chain brokerage consultancy housebuilder carmaker automaker chipmaker drugmaker utility""".split())
# Nouns that say a company only after "the" ("X, the retailer,"): "Tom Reid, a furniture retailer, said", "Anna Berg, a
# jewellery manufacturer, said … she said" are people (a breaker's, 2026-12-05, late night)
DEFINITE_FIRM_NOUNS = frozenset("retailer lender manufacturer insurer".split())
_PERSONAL = re.compile(r"\b(?:he|she|him|his|her|hers|himself|herself)\b", re.I)  # (in the name's sentence: a person)
_SENTENCE_END = re.compile(r"[.!?](?:[\u201d\"\u2019)]|\s|$)|\n")
# What an operator that is a company runs ("the port operator", "the state-owned rail operator"); a crane's, a
# forklift's or a camera's operator is a person.
OPERATOR_FIELDS = frozenset("""port ports terminal terminals ferry ferries rail railway train trains tram bus buses coach
network grid airport pipeline tour mobile telecoms telecom container shipping freight logistics satellite casino hotel
nuclear energy water power broadband cable transmission towage harbour harbor dock private public""".split())
_MODIFIER = r"(?:[A-Z][a-z]+|[a-z]+-(?:owned|based|listed|run)|[a-z]+)"
_NOUN = r"(?P<noun>[a-z]+(?:-[a-z]+)?)"
_BEFORE = re.compile(r"(?:^|[.!?][\u201d\"\u2019)]?[ \t]+|\n|[;:][ \t]+|(?<![\w'\u2019])(?:and|but|while)[ \t]+)"
                     r"(?:[Tt]he|[Ii]ts)[ \t]+(?P<mods>(?:" + _MODIFIER + r"[ \t]+){0,3})" + _NOUN + r",[ \t]+$")
_ENDS_BEFORE = re.compile(rf"[ \t]*(?:,(?![ \t]*(?:(?:and|or)[ \t]+|\d|who\b|aged\b|{CAPITAL}))|[.;:!?)\u2014\u2013]|\n|$)")
_AFTER = re.compile(r",[ \t]+(?P<det>the|an?)[ \t]+(?P<mods>(?:" + _MODIFIER + r"[ \t]+){0,3})" + _NOUN
                    + r"(?=[ \t]*(?:[,.;:!?)\u2014\u2013\n]|$)|[ \t]+(?:that|which|based|owned)\b)")
_NOT_MODIFIER = frozenset("of in at for from with on by to and or which that who former late".split())


def _companys(mods: str, noun: str, definite: bool = True) -> bool:
    """Whether `noun` after the modifiers `mods` (and "the" when `definite`) says a company (module docstring)."""
    words = mods.split()
    if any(w.lower() in _NOT_MODIFIER for w in words):
        return False
    if noun in FIRM_NOUNS or definite and noun in DEFINITE_FIRM_NOUNS:
        return True
    return noun == "operator" and all(w.lower() in OPERATOR_FIELDS or w[:1].isupper() or w.endswith(
        ("-owned", "-based", "-listed", "-run")) for w in words)


def company_appositive(text: str, start: int, end: int) -> bool:
    """Whether an appositive right before or after the name at text[start:end] calls it a company (module docstring);
    never when the rest of the name's sentence says he, she, his or her of someone (a person's sentence)."""
    comma_before, comma_after = _comma_before(text, start), text.startswith(",", end)
    if not (comma_before or comma_after):  # (what `_BEFORE` and `_AFTER` need; ~150 µs an article, py-spy 2026-12-06)
        return False
    limit = min(len(text), end + MAX_SENTENCE)  # (a sentence holds at most that much: a scan to the end per name of a
    stop = first_end(_SENTENCE_END, text, end, limit)  # list with no full stop was quadratic, BR24; sentences.py)
    if _PERSONAL.search(text, end, stop.start() if stop else limit):  # (not at an initial, "S. K. Verma": period_ends)
        return False  # "The operator, Anna Berg, said she had warned her bosses": a person (a breaker's)
    before = _BEFORE.search(text, max(0, start - 90), start) if comma_before else None
    if before is not None and _companys(before.group("mods"), before.group("noun")) and _ENDS_BEFORE.match(text, end):
        return True
    after = _AFTER.match(text, end) if comma_after else None
    return after is not None and _companys(after.group("mods"), after.group("noun"), after.group("det") == "the")


def _comma_before(text: str, start: int) -> bool:
    """Whether a comma and then spaces or tabs end text[:start] within `_BEFORE`'s window of 90, as its end needs."""
    window = text[max(0, start - 90):start]
    if window.endswith("\n"):  # ($ also matches before a newline that ends the text searched)
        window = window[:-1]
    return window[-1:] in (" ", "\t") and window.rstrip(" \t").endswith(",")
