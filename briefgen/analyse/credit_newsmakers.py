"""Sources that are also newsmakers: a company's, a council's or a union's newsroom is credited by a reporting frame
only, never by its own speech or action.

A briefing's `sources:` lists the outlets whose articles it holds. Some of them are organisations that act in the
news they publish: a ferry company's press office, an island council, a union, a ministry, a police force, a club.
credits.py read "X said" as a credit of X whenever X was a site outlet ("the Daily Meridian said" re-tells the
Meridian's report, a shipyard trial of 2026-12-04); so "Northsound Ferries said it welcomed the inquiry" credited the
company's newsroom. A ferry trial (tests/stories/ferry/, 2026-12-05) showed it: three of its stories said "First
reported by Northsound Ferries", eight articles were "Re-told report"s of the company's (or "another outlet"'s)
reporting, one of them the Coast Record's single-article story, and in the grounding story two such credits outvoted
the Courier reprint's `via: Reuters`. That Northsound Ferries says, confirms or announces something is news about
it, not a report another outlet re-tells.

Which sources are newsmakers (`newsmaker`): read from the name, as config.yaml gives no kind of source. The head of
an English name is its last word: a name is a newsmaker's when its head is an organisation's head word — company,
council, union, office, police, club, ferries, airlines, trust … (`lexicon.ORG_HEADS` and the trade heads, less the
words that also name news outlets, plus `_MORE_HEADS`): "Northsound Ferries", "Skerrin Islands Council", "Post
Office"; not when its head is a newsroom's word (`NEWSROOM_WORDS`: Times, Post, News, Radio, FM, Record, Week …:
"Insurance Times", "Ferry & Port Week") or its last two words name a newsroom (`NEWSROOM_HEADS`: "Global Wire
Service", "Press Association"). A head that is neither ("Police Scotland", "Ministry of Defence", "Times of India")
leaves it to the other words: a newsmaker's when one is an organisation's head word and none a newsroom's. A
name of an "of" phrase has its head before the "of": "News Agency of the Federation", "Voice of the Federation", "Herald
of the Republic" are newsrooms ("Federation" is an organisation's head word, as in "Attorney-General of the
Federation", and the agency's "…, the News Agency of the Federation reported." credited no one: T26 F3, 2026-12-07),
unless the name closes with another organisation head: "Star of the Sea Hospital", "Voice of Reason Party", "Post of
Duty Union" are newsmakers (they were credited as newsrooms: FX84), unless the words before "of" are a newsroom's two
("News Agency of the Federal Ministry") or the complement is one word ("Herald of the Union"): `_of_headed`. A
well-known outlet is never a newsmaker (`KNOWN_OUTLETS`: "Anadolu Agency"), nor a news group's company name: a
news trade's word before its company head ("News Corp", "Tribune Publishing Company") or a newspaper's title opening
it ("Daily Mail and General Trust"; BR21), or a company head after a newspaper's title ("The New York Times
Company", "Tribune Company", "Evening Standard Ltd": `_newspaper_title`, BR23) — not any newsroom word in it ("Star
Entertainment Group", "Post Holdings" are newsmakers; BR22). Any other name is an outlet's, as
before: "Noorderkrant", "The Island Commuter", "The Daily Meridian". A company named by its brand alone ("Tesco"),
or a newsroom named like a firm, cannot be told so: a `kind:` field of `sources:` would say it (not in the spec).

Which frames credit a newsmaker (`credits_newsmaker`), by credits.py's cue:
- "according to X", "per X", "citing X", "(first) reported by X", "(first) reported in X", "first published
  (revealed, disclosed) by X" — the text says where its information was published;
- "X reported that …" (a clause follows, or a comma: "X reported, citing"), "X first reported", "X was first to
  report", "X, which first reported …", "X's website said" — X as the publisher of a report;
- German and French forms ("laut X", "selon X", "wie X berichtete": the same frames), a wire dateline's "(X)".
Never: "X said (says, added, stated)", "X reported a loss (the incident to …)", "X wrote (noted, cited, revealed,
learned, quoted)", "X's report (investigation, story) said" (its own document), "told X", "spoke to X", "confirmed to
X", "in a statement to X" (someone speaking to the organisation: "a witness told Police Scotland", "the union told
Northsound Ferries"), "documents seen (obtained) by X", "published (revealed) by X", "a report by X", "according to
an X report", "an X report said" (its own document), "cited (quoted) by X" (X's own act), and "the newspaper (paper, agency, website) said" is never resolved to a newsmaker: those nouns
name a newsroom.

Measured (2026-12-05): of the 18 labelled and trial sites' sources only the ferry trial's company, council and union
are newsmakers; their 9 credits in the trial's text (all "Northsound Ferries said/says": news about the company) are
gone, every other credit
of the 18 sites is as before, and so is every story and role outside the ferry trial (tests/analyse/
test_newsmaker_credits.py).
"""
from __future__ import annotations

import re
from typing import Iterable

from briefgen.analyse.knownoutlets import KNOWN_OUTLETS
from briefgen.analyse.lexicon import ORG_HEADS, TRADE_HEADS
from briefgen.analyse.outletkeys import ALIAS_TO_CANONICAL, bare

# Words that name a newsroom: as a name's head (its last word), or anywhere in a name whose head is neither kind's
NEWSROOM_WORDS = frozenset("""
times post journal news herald telegraph tribune gazette press radio tv television digest brief dispatch ledger
observer monitor chronicle courier daily independent guardian express review wire fm am echo record standard mail
star sun mirror week weekly magazine bulletin live online sentinel register argus advertiser examiner inquirer
enquirer mercury globe courant citizen reporter leader today voice broadcasting broadcaster channel network networks
media newswire insider report reports bureau publishing studios communications programme program newsletter
""".split())
# Organisation heads the lexicon leaves out, or that name a public body wherever they stand ("Police Scotland",
# "HM Coastguard", "Health and Safety Executive"): the ferry trial's company, council and union, and their kin
_MORE_HEADS = frozenset("""
ferries ferry coastguard lifeboats executive campaign ports airline railroad limited sons brothers united
minera mineira miniere minière compania compañía companhia compagnie empresa empresas grupo groupe gruppo
corporacion corporación sociedad société societe società ministerio ministère ministere ministero ministerium
ayuntamiento municipalidad municipio mairie gobierno gouvernement governo sindicato syndicat sindacato gewerkschaft
banco banque universidad université universite università universität fundacion fundación fondation fondazione
stiftung instituto istituto consejo conseil consiglio policia policía polizia polizei ejercito ejército
""".split())  # (and the same heads in Spanish, Portuguese, French, Italian, German: "Minera Atacama Norte", T17)
# Newsroom words of other languages (a name holding one is a newsroom's, whatever organisation word it has)
_MORE_NEWSROOM_WORDS = frozenset("""
diario periodico periódico noticias prensa quotidien giornale corriere zeitung nachrichten krant dagblad tidende
voix courrier presse nouvelles jornal folha notícias noticias gazzetta gaceta correo heraldo rundschau kurier shimbun
""".split())
# Two last words that name a newsroom whatever the last one alone would say ("Global Wire Service")
NEWSROOM_HEADS = frozenset({"wire service", "news service", "press service", "news agency", "press agency",
                            "press association", "broadcasting corporation", "broadcasting service",
                            "broadcasting company", "radio station", "news group", "media group"})
NEWSROOM_WORDS = NEWSROOM_WORDS | _MORE_NEWSROOM_WORDS
# A company's heads: the name is a news group's, an outlet, when a news trade's word stands just before one ("News
# Corp", "Tribune Publishing Company", "Herald Media Group"; not before "trust": "The Media Trust" is a charity) or it
# opens with a newspaper's title, two newsroom words ("Daily Mail and General Trust"). A newsroom word elsewhere in
# a company's name is a brand's ("Star Entertainment Group", "Post Holdings", "Herald Investment Trust", "Daily
# Harvest Inc": BR22); "Mirror Group", "Mediahuis Group", "Gannett" are not told so (BR21, BR22; 2026-12-06)
_COMPANY_HEADS = frozenset("""
group grupo groupe gruppo corp corporation company co inc holdings plc ltd llc limited gmbh sa ag trust
""".split())
_NEWS_TRADES = frozenset("""
news media publishing publishers publications newspapers newspaper broadcasting newsmedia
""".split())
# A company named by its newspaper's title and a company head is a news group too (BR23): the title a known outlet
# ("The New York Times Company", "Nikkei Inc"), or ending in a word that names only a newspaper ("Tribune Company",
# "Gazette Group", "Hindustan Times Ltd", "Asahi Shimbun Company"), or a day's paper ("Evening Standard Ltd", "Sunday
# Times Ltd"). Not a newsroom word that is also a brand's or a trade's alone: "Post Holdings", "Star Group", "Royal
# Mail Group", "Deutsche Post AG", "Mirror Group", "Press Holdings", "Leader Group" stay newsmakers (BR22)
_TITLE_ONLY = frozenset("""
times tribune gazette herald telegraph chronicle courant journal shimbun examiner inquirer enquirer argus
""".split())
_PAPER_DAYS = frozenset("daily evening morning sunday saturday weekly".split())
NEWSMAKER_HEADS = (ORG_HEADS | TRADE_HEADS | _MORE_HEADS) - NEWSROOM_WORDS
_KNOWN = frozenset(ALIAS_TO_CANONICAL) | frozenset(bare(name) for name in KNOWN_OUTLETS)


# A bracket closing a `sources:` name: its initials ("Polska Agencja Informacyjna (PAI)", outletkeys.name_forms) or a
# qualifier ("(English edition)"). Read as the head, initials that spell a company head or a word ("Coastal Orient
# (CO)", "… (INC)", "… (BIO)") made the outlet a newsmaker, so "CO reported" credited nothing though "CO" is a form
# of its name (FX20, 2026-12-06)
_BRACKET = re.compile(r"\s*\([^()]*\)\s*$")


def newsmaker(name: str) -> bool:
    """Whether a `sources:` name reads as an organisation that acts in the news rather than a newsroom (module
    docstring): its head (last word) in `NEWSMAKER_HEADS`, else a word of it and none in `NEWSROOM_WORDS`; never a
    well-known outlet nor a name whose head is a newsroom's (`NEWSROOM_WORDS`, `NEWSROOM_HEADS`). A bracket that closes
    the name is no part of its head (`_BRACKET`): "Coastal Orient (CO)" is Coastal Orient's initials, no company's; nor
    is an "of" phrase: "News Agency of the Federation" is headed by "News Agency" (T26), unless an organisation head
    closes a longer complement (`_of_headed`): "Star of the Sea Hospital" is a hospital's (FX84)."""
    key = bare(_BRACKET.sub("", name) or name)
    if not key or key in _KNOWN:
        return False
    words = [re.sub(r"['\u2019]s?$", "", word) for word in re.findall(r"[\w'\u2019-]+", key)]
    if not words or words[-1] in NEWSROOM_WORDS or " ".join(words[-2:]) in NEWSROOM_HEADS:
        return False
    head = words[:words.index("of", 1)] if "of" in words[1:] and _of_headed(words) else words  # ("News Agency of the Federation": T26)
    if head[-1] in NEWSROOM_WORDS or " ".join(head[-2:]) in NEWSROOM_HEADS:
        return False
    if words[-1] in _COMPANY_HEADS and len(words) > 1 and (
            (words[-2] in _NEWS_TRADES and words[-1] != "trust") or NEWSROOM_WORDS.issuperset(words[:2])):
        return False  # (a news group: "News Corp", "Daily Mail and General Trust")
    if words[-1] in _COMPANY_HEADS and len(words) > 1 and _newspaper_title(words[:-1]):
        return False  # (a newspaper's company: "The New York Times Company", "Tribune Company"; BR23)
    return words[-1] in NEWSMAKER_HEADS or (NEWSROOM_WORDS.isdisjoint(words) and not NEWSMAKER_HEADS.isdisjoint(words))


def _of_headed(words: list[str]) -> bool:
    """Whether a name's lower-case `words`, holding "of" after their first, are headed by the words before "of": when
    the last word is no organisation head (`NEWSMAKER_HEADS`: "Voice of America", "Times of India"), the complement is
    one word, "the" aside ("News Agency of the Federation", "Herald of Union"), or the words before "of" end in a
    newsroom's two (`NEWSROOM_HEADS`: "Press Agency of the Federal Ministry"). Not "Star of the Sea Hospital", "Voice of
    Reason Party", "Post of Duty Union", "Star of David Foundation": a hospital's, a party's, a union's, a foundation's,
    each credited as a newsroom in "said" frames with T26's rule alone (a breaker's cases, FX84, 2026-12-07)."""
    at = words.index("of", 1)
    return (words[-1] not in NEWSMAKER_HEADS or [w for w in words[at + 1:-1] if w != "the"] == []
            or " ".join(words[max(0, at - 2):at]) in NEWSROOM_HEADS)


def _newspaper_title(words: list[str]) -> bool:
    """Whether `words` (a name's, lower-case, its company head dropped) are a newspaper's title (`_TITLE_ONLY`)."""
    return " ".join(words) in _KNOWN or words[-1] in _TITLE_ONLY or (
        len(words) > 1 and words[0] in _PAPER_DAYS and words[-1] in NEWSROOM_WORDS)


def newsmaker_keys(names: Iterable[str]) -> frozenset[str]:
    """The `outletkeys.bare` forms of the names of `names` that are newsmakers' (`newsmaker`)."""
    return frozenset(bare(name) for name in names if name.strip() and newsmaker(name))


# The frames of credits.py's "according to X" cue that credit a newsmaker: it says where its information was published
_CITING = re.compile(r"(?:according to|per|citing|(?:first )?reported (?:by|in)|first (?:published|revealed|disclosed)"
                     r" by)\s", re.IGNORECASE)
# "X reported" credits a newsmaker when a clause follows ("that", after a time perhaps) or a comma ("X reported, citing")
_CLAUSE = re.compile(r"\s*,|\s+(?:(?:on|in|last|this|late|early|earlier)\s+\w+\s+|(?:earlier|yesterday|today)\s+)?that\b")
_PUBLISHER = re.compile(r"first\s+(?:reported|to\s+report)|,\s+which\s+(?:first\s+)?(?:reported|revealed|broke)"
                        r"|['\u2019]s?\s+website\b|reported,\s+citing")
TOLD, ACCORDING, REPORTED = 0, 1, 2  # credits.py's English cues, by index; the others (foreign forms) all credit


def credits_newsmaker(cue: int, frame: str, cue_text: str, after: str) -> bool:
    """Whether the credit found by credits.py's cue number `cue` credits a newsmaker source (module docstring).
    `frame`: the words of the cue before the outlet's name ("according to "), `cue_text`: the cue's whole text
    ("Northsound Ferries reported"), `after`: the text just after it. `SAID` cues (credits.SAID_CUE) never do;
    the caller does not ask."""
    if cue == TOLD:
        return False
    if cue == ACCORDING:
        return _CITING.match(" ".join(frame.split()) + " ") is not None
    if cue == REPORTED:
        return bool(_PUBLISHER.search(cue_text)) or (
            re.search(r"\breport(?:ed|s)$", cue_text) is not None and _CLAUSE.match(after) is not None)
    return True
