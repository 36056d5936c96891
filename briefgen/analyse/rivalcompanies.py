"""Another company between a named company and "the company said": then the noun may stand for either, and no
speaker is given (orgvoices._referent; rules in docs/people.md, "Organisations' voices").

    rival_between(masked, lo, hi)    # -> True for masked[lo:hi] == " has bought the mill from a family firm. "

A re-test (2026-12-05) gave Hartwell Foods "The company said …" after "Hartwell Foods has bought the old mill from a
family firm in Northgate. The family firm had run it for ninety years." and after "The Northgate Players will open
it": the one company the article names was taken for the referent though another company stood nearer. A rival is
- an unnamed company-like noun phrase that introduces one ("a family firm", "a theatre company", "another supplier",
  "a local bakery") or names one with a modifier ("the family firm", "the rival bidder"); a bare "the firm" is an
  anaphor of the named company, no rival, and an apposition or predicate ("Hartwell Foods, a family firm, …", "is a
  bakery") describes the company itself;
- a name after "the" of two or more capitalised words that is no public body, outlet or place ("The Northgate
  Players", "the Hartwell Arms"): no person's name takes the article, so it names a company, a troupe, a venue.
`masked` is the text with quotations masked (quotemask.py); pure functions.
"""
from __future__ import annotations

import re

from briefgen.analyse.addressedoutlets import news_outlet
from briefgen.analyse.capitals import CAPITAL
from briefgen.analyse.companyforms import FACILITY_NOUNS
from briefgen.analyse.lexicon import PLACES, street_word
from briefgen.analyse.placewords import PLACE_HEADS
from briefgen.analyse.nameruns import ORGANISATION, classify
from briefgen.analyse.nonpersons import ROMANCE_ARTICLES
from briefgen.analyse.vesselnames import shown_vessel

# Nouns of a company-like body (besides orgvoices.COMPANY_REFERENCES, which the caller passes): a trade, a maker, a
# venue that trades. Not a building's ("mill", "factory": "bought the old mill" names no owner).
RIVAL_NOUNS = frozenset("""
company firm business supplier bakery brewery dairy distillery maker manufacturer producer retailer wholesaler
distributor contractor subcontractor developer housebuilder publisher studio shop store chain restaurant cafe pub
hotel grocer supermarket operator airline carmaker lender insurer bank partnership consortium startup start-up
subsidiary rival competitor bidder buyer troupe outfit enterprise cooperative co-operative franchise
""".split())
_NOUNS = "|".join(sorted(RIVAL_NOUNS, key=lambda w: (-len(w), w)))
_UNNAMED = re.compile(rf"(?<![\w'\u2019-])(?P<det>an?|another|one|the)\s+(?P<mods>(?:[a-z][\w'\u2019-]*\s+){{0,2}})"
                      rf"(?:{_NOUNS})(?![\w'\u2019-])", re.IGNORECASE)
# What, before "a …", makes the phrase the company's own description: an apposition's comma, a copula.
_DESCRIBES = re.compile(r"(?:,|\b(?:is|was|are|were|be|been|being|becomes?|became|remains?|remained|as))\s*$")
_THE_NAME = re.compile(rf"(?<![\w'\u2019-])[Tt]he\s+(?P<name>{CAPITAL}[\w'\u2019&-]*(?:\s+(?:{CAPITAL}|&)[\w'\u2019&-]*)+)")
_NOUN_AFTER = re.compile(r"(?:\s+[a-z][\w-]*){1,3}")  # a noun after a name, up to two modifiers before it
_PUBLIC = frozenset("""ministry department office government parliament court committee council authority agency
commission inspectorate trust university hospital police constabulary school college service party union
festival league games olympics cup championship times post journal herald gazette news chronicle""".split())


def rival_between(masked: str, lo: int, hi: int) -> bool:
    """Whether masked[lo:hi] — the text between a named company's last mention and "the company said" — mentions
    another company-like body (module docstring): an unnamed noun phrase of `RIVAL_NOUNS`, or a name after "the"."""
    for found in _UNNAMED.finditer(masked, lo, hi):
        det, mods = found.group("det").lower(), found.group("mods").split()
        if det == "the" and (not mods or "same" in mods or any(m.endswith(("'s", "\u2019s")) for m in mods)):
            continue  # "the firm", "the same firm", "the firm's bakery": the named company again
        if det != "the" and _DESCRIBES.search(masked, max(lo, found.start() - 12), found.start()):
            continue  # "Hartwell Foods, a family firm, …", "… is a bakery"
        return True
    for found in _THE_NAME.finditer(masked, lo, hi):
        name = found.group("name")
        words = name.lower().split()
        kind = classify(name.split())
        if name.lower() in PLACES or words[-1] in _PUBLIC or news_outlet(name) or kind is not None and kind[0] == ORGANISATION or words[-1] in PLACE_HEADS or (
                street_word(words[-1])) or shown_vessel(masked, name) or words[0] in ROMANCE_ARTICLES or (
                (after := _NOUN_AFTER.match(masked, found.end(), hi)) and FACILITY_NOUNS.intersection(after.group().split())):  # ("the El Toqui
            # tailings dam", "the Amber Link pipeline": an installation, no company; T20 #2, FX24)  ("shops in the Marrow Valley": a place's name,
            continue  # a place, a public body, an outlet, an event, a ship ("the crew of the Jade Horizon": T18); a known
            # organisation is the caller's to weigh (the bakery trial, 2026-12-05)
        return True
    return False
