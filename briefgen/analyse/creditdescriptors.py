"""The words that describe an outlet beside its name in a credit: "the Polish agency PAI reported", "first reported by
trade publication Midstream Week", "Midstream Week, a trade publication, reported" (credits.py).

A descriptor is one grammar, before the name or as an appositive after it:

    (the|a|an)? (qualifier)* noun

- qualifiers (`QUALIFIERS`): any nationality of `lexicon.NATIONALITIES` ("Polish", "Lithuanian"), and the words that
  say what kind of press it is or where it sits: "trade" (after a word: "energy trade"), "business", "financial",
  "industry", "local", "state", "state-run", "regional", "online", "weekly", "daily", … in any number ("the
  Norwegian business daily", "the energy trade paper"); not a field alone ("the energy agency said" is a body's);
  and a place's name as a country's adjective is (placewords.PLACES, as written: "the Buenos Aires daily Diario del
  Plata", "the Madrid daily", "the São Paulo daily", "the New York daily"; T29's F4, FX101, 2026-12-07: they credited
  no one, where "the Argentine daily X" did).
- nouns (`DESCRIPTOR_NOUNS`): "newspaper", "paper", "daily", "weekly", "publication", "magazine", "journal", "news
  agency", "broadcaster", "website", "news site", "newsletter", …: a name after one is an outlet whatever it is
  ("the trade publication Gas Monthly"). `WEAK_NOUNS` ("agency", "site") are read as descriptors too, but only
  before a name the credits know as an outlet (a known one or the site's): "the Polish agency PAI reported" credits
  PAI, "the EU border agency Frontex said" or "the agency Public Health England reported" credits nobody.

The T19 trial (2026-12-06) lost "as first reported by trade publication Midstream Week" (its scoop was shown as an
independent report), "by the trade publication X", "by trade paper X", "X, a trade publication, reported" and "the
Polish agency PAI reported": "trade" was no qualifier, "agency" no descriptor and no appositive was read. An aside
(`ASIDE`: ", citing …,", ", according to …,", ", which …,") may stand where the appositive does (T24, 2026-12-07);
after either, "said" ("says", "added", "stated") is a credit verb too, of a known or site outlet or one the
appositive describes ("El País, a Madrid-based newspaper, said"). Any other appositive (", a rival,", ", its main competitor,": an article and a
lower-case word) is read as an aside (FX75, 2026-12-07: BR39's "Andes Business Wire, a rival, reported" credited no
one), and so is a descriptor noun between the name and its verb (`NOUN_AFTER`: "El Altiplano newspaper reported",
"Reuters news agency said"): neither makes a name an outlet ("Goldman Sachs, a rival, said" credits no one).
"""
from __future__ import annotations

import re

from briefgen.analyse.creditplaces import LEAD, POSSESSIVE
from briefgen.analyse.lexicon import NATIONALITIES
from briefgen.analyse.placewords import PLACES


def _written(place: str) -> str:
    """A place of placewords.PLACES (lower case) as written: "buenos aires" → "Buenos Aires", "rio de janeiro" →
    "Rio de Janeiro"."""
    return " ".join(word if word in ("de", "do", "da", "del", "di", "la") and at else word[:1].upper() + word[1:]
                    for at, word in enumerate(place.split()))


QUALIFIERS = sorted({word.capitalize() for word in NATIONALITIES if word.isalpha()} | {
    "US", "U.S.", "UK", "state", "state-run", "independent", "business", "financial", "news", "sports", "sport",
    "public", "private", "regional", "national", "local", "online", "investigative", "economic", "evening",
    "morning", "Sunday", "weekly", "daily", "leading", "popular", "commercial", "cycling", "football",
    "trade", "industry", "specialist", "technology", "tech", "opposition", "pro-government"} | {_written(place) for place in PLACES if place.replace(" ", "").replace("-", "").isalpha() and len(place) > 3},
    key=lambda w: (-len(w), w))
DESCRIPTOR_NOUNS = ("broadcaster", "newspaper", "daily", "weekly", "paper", "news agency", "press agency",
                    "wire service", "outlet", "magazine", "channel", "television", "TV channel", "radio", "tabloid",
                    "website", "news site", "publication", "journal", "newsletter", "newswire", "news service")
WEAK_NOUNS = ("agency", "site", "blog")  # (before a known or site outlet only: module docstring; "blog": FX116, "the legal
# blog Lawfare reported" — FX112 listed it as a noun of the press after a field, but no descriptor's noun read it)
# A press's field before a noun of the press, not of a body or a document (`FIELD`: "the Belgian policy outlet X", "the
# EU-policy site X", "the energy newsletter X"; not "the energy agency", "the policy paper", "the science journal", "the
# policy report": FX112, T30's F2, 2026-12-07 — "according to the Belgian policy outlet Brussels Ledger" credited no one)
FIELD_WORDS = ("policy", "political", "politics", "energy", "health", "science", "legal", "media", "culture",
               "markets", "finance", "economics", "climate", "security", "defence", "defense", "insider", "fintech",
               "crypto", "environmental", "transport", "shipping", "aviation", "agriculture", "farming", "property")
FIELD_NOUNS = ("outlet", "site", "news site", "website", "newsletter", "publication", "magazine", "daily", "weekly",
               "broadcaster", "newswire", "news service", "blog")
FIELD = (rf"(?:(?:[A-Z]{{2,}}|[a-z]+)-)?(?:{'|'.join(FIELD_WORDS)})(?=\s+(?:(?:news|trade|online)\s+)?"
         rf"(?:{'|'.join(FIELD_NOUNS)})\b)")
# A qualifier, or a word and "trade" ("the energy trade paper"; not "energy" alone: "the energy agency said" is a body)
# (and the words that place or own it: "the Doha-based channel", "the pan-Arab broadcaster": creditplaces.py)
QUALIFIED = rf"(?:{POSSESSIVE}\s+(?=[a-z]))?(?:(?:" + "|".join(re.escape(w) for w in QUALIFIERS) + rf"|[a-z]+\s+trade|{FIELD}|{LEAD})\s+)*"
# What makes any name after it an outlet ("the trade publication Gas Monthly")
DESCRIPTORS = QUALIFIED + r"(?:" + "|".join(DESCRIPTOR_NOUNS) + ")"
# What may stand between a cue and an outlet's name, or as its appositive ("the Polish agency PAI")
ANY_DESCRIPTORS = QUALIFIED + r"(?:" + "|".join((*DESCRIPTOR_NOUNS, *WEAK_NOUNS)) + ")"
# An appositive after the name, before the verb: ", a trade publication," (the group `described`)
APPOSITIVE = rf"(?P<described>,\s+(?:a|an|the)\s+{ANY_DESCRIPTORS},)"
# A clause between the name and the verb, bracketed by commas: participial or relative ("Reuters, citing people familiar
# with the matter, reported", ", according to two officials,", ", quoting a ministry official,", ", which has a bureau
# in La Paz,"): the T24 trial's "Andes Business Wire, citing …, reported on Monday" credited no one (the group `aside`;
# no quotation mark, bracket or sentence end inside, 80 characters at most: the cue's window is 100 before its verb;
# not ", which (first) reported …,", a credit of its own that the cue reads whatever its name: FX25's "Oil & Gas Journal")
# An appositive that is no descriptor (", a rival,", ", its main competitor,": lower case after its article) is read as
# an aside (FX75, 2026-12-07: "Andes Business Wire, a rival, reported" credited no one): it makes no name an outlet
ASIDE = (r"(?P<aside>,\s+(?:(?:citing|quoting|according\s+to|which(?!\s+(?:first\s+)?(?:reported|revealed|broke)\b)|who)\s"
         r"|(?:a|an|the|its|their|one\s+of\s+its)\s+(?=[a-z]))[^,.;:!?\n\"\u201c\u201d\u00ab\u00bb()]{1,80}?,)")
# A descriptor noun right after the name, before the verb ("El Altiplano newspaper reported", "Reuters news agency
# said"): read as an aside is, of a known or site outlet's name or one ending in an outlet word (FX75)
# (not after a possessive: "Northsound Ferries's website said" is its website's word, the cue's own form)
NOUN_AFTER = r"(?P<noun>(?<!['\u2019]s)(?<!['\u2019])\s+(?:" + "|".join(DESCRIPTOR_NOUNS) + "))"
# A time between the name (and its descriptor noun or aside) and the verb: "Le Monde daily on Tuesday reported", "The
# Guardian newspaper, citing sources, on Monday reported" (FX88, 2026-12-07); only this week's times — a day's name
# after "on", "late", "early", "earlier", "later" or "last", with or without "on" after the first four ("The New York
# Times late Tuesday reported", "Japan's Nikkei late on Friday reported": FX98; not a day alone, read into the name),
# "earlier", "yesterday", "today", "(earlier) this week", "last night" — not "last week" (perhaps beyond a story's
# week, FX93) nor "last month" (background: credit_times.past_report reads the words after the cue, which must not
# hold them); only after a name that is an outlet by itself or a descriptor's (credit_timed.py)
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
WHEN = (rf"(?P<when>\s+(?:(?:(?:late|early|earlier|later)\s+(?:on\s+)?|last\s+|on\s+)(?:{_WEEKDAYS})(?:\s+(?:morning|afternoon|evening|night))?"
        r"|earlier|yesterday|today|(?:earlier\s+)?this\s+week|last\s+night))")
# The words credits.py searches around for it with "said" ("newspaper said"; "on Tuesday said", "yesterday said": a day
# only — each word is one more search of every lead, and sixteen for every time of `WHEN` cost ~10 % of detect_credits)
NOUN_SAID = tuple(f"{noun} {verb}" for noun in ("paper", "news agency", "daily", "broadcaster", "outlet", "magazine",
                                                "website", "publication", "day") for verb in ("said", "says"))
# The generic nouns "the newspaper reported" stands for an outlet by (credits.py resolves it to one named nearby)
GENERIC = r"(?:newspaper|paper|daily|weekly|tabloid|agency|news agency|wire service|broadcaster|outlet|magazine|" \
          r"publication|website|report|journal|newsletter)"
PRESS = r"(?:newspaper|paper|daily|weekly|tabloid|news agency|wire service|broadcaster|magazine|publication|website|" \
        r"journal|newsletter)"  # (what one tells: not "the agency", "the report")

