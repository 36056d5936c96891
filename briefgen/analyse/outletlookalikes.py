"""Names that hold an outlet's name or word but name someone else: a person ("Emily Post"), a company or body
("Guardian Media Group", "Reuters Foundation"), another newspaper ("The Times of India", "The Sun Herald")
(credits._as_outlet; FX98, 2026-12-07).

    within_known(run, known, outlet)   # -> the outlet a run holding a known outlet's name credits, or None
    head_credit(text, run, end, known, canonical)  # -> the outlet a cue's run opening with a known name credits
    place_described(text, start, outlet)  # -> True: a place-named outlet read before a descriptor and no name
    person_named(run, before)          # -> True: a run that ends in an outlet word is a person's name
    desk_of(one, other)                # -> True: one of two outlet keys is the other's desk ("bbc world service")

FX93 stopped the timed forms ("Emily Post on Tuesday reported", "Guardian Media Group on Tuesday reported") by asking
a name with a time before its verb to be an outlet by itself (credit_timed.py); the untimed forms read a name by its
shape, as they must to credit an outlet the site does not list ("The Sun Herald reported"): a capitalised run that
ends in an outlet word (creditcues.OUTLET_WORDS), or one that holds a known outlet's name with capitalised words after
it (the outlet's desk: "told BBC Mundo" is the BBC's). Both shapes held names of other kinds, credited as outlets:

- a person's: a run whose words before its outlet word are all given names or initials, with no "the" before it
  ("Emily Post reported", "told John Times", "according to Mary Journal"; "the Charlotte Observer" keeps its credit;
  givenwords.known_given: "Charlotte Observer reported" without "the" is lost, a miss where the person's was a false
  credit);
- a company's or another body's: a known outlet's name followed by words ending in a company's or a body's word
  (`BODY_WORDS`, a legal form of companyforms.LEGAL_FORMS: "Guardian Media Group", "Telegraph Media Group", "Bloomberg
  LP", "Reuters Foundation", "BBC Trust", "The Times Holdings") — no outlet is credited;
- another newspaper's: a known outlet's name followed by "of" and a place that is not its home ("The Times of India",
  "The Guardian of Nigeria"; `_HOMES`: "the Financial Times of London" is the FT) — that newspaper is credited by its
  whole name, as an outlet the site does not list, when the known outlet has a home listed here; with none listed
  ("Reuters of London") no outlet is credited, the place telling nothing ("of" a day or a month is the known
  outlet's issue: "the Financial Times of Monday"); and a known outlet's name followed by a
  press title's word ("The Sun Herald" beside the site's "The Sun", "The Times Herald": `_TITLE_WORDS`) — the whole
  name, as the untimed shape credits any name ending in one. A medium's or a desk's word after it ("BBC World News",
  "Reuters TV", "Bloomberg Radio", "BBC Mundo", "Reuters Breakingviews") keeps the outlet's credit: a desk is its
  outlet (docs/log/stories.md, "An outlet's desk is its outlet").

FX101 (2026-12-07, BR59): a desk is positively known, a closed list (`desk`, `_DESKS`, `_MEDIA`); any other words
after a known outlet's name make another outlet's: credited by the whole name when it ends in a title's or an
outlet's word ("The Times Free Press", "The Times Union"), else no one ("Guardian Nigeria", "Herald Sun" beside the
site's "The Herald" credited The Guardian, The Herald); a day ("Reuters Tuesday") or a place's possessive ("Reuters
Ukraine's ministry") after the name keeps it. `desk_of` (the roles) asks the same list: "Herald Sun" and "The Herald",
"Times Free Press" and "The Times", "Sky News Arabia" and "Sky News" are two outlets, one re-telling the other.
"of" is read in any case ("The Times Of India"); a site outlet with no home known keeps "of" a place ("The Sun of
London"); and a place's possessive at a known outlet's home before its short name is the outlet ("Britain's Times":
`possessed_known`).

FX120 (2026-12-08): three names a cue's run read were cut or no name. (1) The cues "told X", "according to X" read
a title's "The" as their own word ("according to The ", "told the "), so "The Times of India" was looked up as "Times of
India", which holds no known name ("The Times" is one only with its "The"): no one was credited. `titled` gives the
article back to a run that holds no known name alone, when the known name is read with it; the run is then read as
any other ("The Times of India", another newspaper, by its whole name; "the Times of London", The Times).
(2) An outlet's generic medium words after its name ("CNN News", "CNN Digital", "BBC Online", "Reuters TV", "CNN.com")
are its own, as the grouping already reads them (outletkeys.outlet_core): the known or site outlet is credited, as an
editor expects — not an outlet "CNN News" the site does not list. After a newspaper's title ("The Mercury News" of a
site's "The Mercury": FX110) or its common word ("Independent Online", "Sun News": `_NEWSPAPER_WORDS`) they still make
another outlet, and a site outlet's own name wins wherever it stands ("CNN News" in `sources:` is that outlet:
credits._as_outlet reads it first). `desk` and `desk_of` are unchanged (the roles compare `outlet_core`s).
(3) A descriptor makes any name after it an outlet ("the daily Kommersant"), and a day's, a month's or a time's word
read there is no name ("the daily Tuesday reported", "according to the newspaper Monday": `calendar_name`; a site
outlet of that name keeps its credit). "Today" and "Tonight" are newspapers' names ("the Singapore daily Today", "the
South African daily Tonight": FX122) and are no time words here. A newspaper's name "of" a place is written with its
"of" in lower case, as the known name's own spelling goes on ("The Times Of India" → "The Times of India": FX122).
Pure.
"""
from __future__ import annotations

import re
from typing import Mapping

from briefgen.analyse.companyforms import LEGAL_FORMS
from briefgen.analyse.creditcues import OUTLET_WORDS
from briefgen.analyse.creditdescriptors import DESCRIPTOR_NOUNS
from briefgen.analyse.givenwords import known_given
from briefgen.analyse.knownoutlets import KNOWN_OUTLETS
from briefgen.analyse.lexicon import MONTHS_DAYS
from briefgen.analyse.namekeys import fold
from briefgen.analyse.outletcountries import at_home
from briefgen.analyse.outletkeys import bare, bracket_initials
from briefgen.analyse.oneeventlists import COUNTRIES
from briefgen.analyse.placewords import PLACES

# The last word of a company's or another body's name that is no outlet's desk (with companyforms.LEGAL_FORMS)
BODY_WORDS = frozenset("""group groups holding holdings foundation trust lp llp llc inc inc. corp corp. corporation co
co. company plc ltd ltd. limited philanthropies institute fund partners capital ventures properties investments
charity charities union""".split()) | frozenset(fold(form) for form in LEGAL_FORMS)
# The words that end a newspaper's title (creditcues.OUTLET_WORDS less a medium's: News, Radio, TV, Television, Press)
_TITLE_WORDS = frozenset("""times post journal herald telegraph tribune gazette digest dispatch ledger observer monitor
chronicle courier union""".split())  # ("The Times Union": "union" after the name alone, FX101)
# The homes of the known outlets that texts place with "of" ("The Times of London", "the Financial Times of London"):
# their cities and countries, from the outlets' own pages. An outlet listed in outletcountries has its homes there.
_UK = frozenset("london britain england uk".split())
_HOMES = {"The Times": _UK, "Financial Times": _UK, "The Guardian": _UK | {"manchester"}, "The Telegraph": _UK,
          "Daily Mail": _UK, "The Independent": _UK, "The Economist": _UK, "Le Monde": frozenset({"paris", "france"}),
          "Le Figaro": frozenset({"paris", "france"}), "Global Times": frozenset({"beijing", "china"}),
          "The Moscow Times": frozenset({"moscow", "russia"}), "Kyiv Post": frozenset({"kyiv", "ukraine"}),
          "The Washington Post": frozenset({"washington"}), "The New York Times": frozenset({"new york"})}
_POSSESSIVE = re.compile(r"['\u2019]s?$")
# An outlet's desks (FX101, 2026-12-07): its services and its language editions, a closed list, folded. Not "Online"
# ("Independent Online" is South Africa's IOL, not The Independent's), not "News" ("The Mercury News" is not The
# Mercury's; "BBC News", "Bloomberg News" are known aliases; the credits read both: `_GENERIC_MEDIA`), not a place
# ("Sky News Arabia" is a joint venture of its own in Abu Dhabi, "Guardian Nigeria" another newspaper). A language's edition is the outlet's ("Al Jazeera English",
# "BBC Mundo": the same network's newsroom).
_DESKS = frozenset(("world service", "world news", "mundo", "brasil", "breakingviews", "businessweek", "opinion",
                    "espanol", "en espanol", "english", "arabic", "persian", "urdu", "hindi", "russian", "afrique",
                    "chinese", "turkce", "news hour", "magazine", "podcast", "service"))  # ("service": an agency's, FX72)
_MEDIA = frozenset(("tv", "television", "radio", "international"))  # ("CNN International"; not "Sun International")
# A medium's generic words after a known or site outlet's name (FX120: "CNN News", "BBC Online", "CNN Digital" are
# CNN's, the BBC's), not after a newspaper's title ("The Mercury News", "The Aaaa Online" of a site's "The Aaaa":
# FX110) nor its common word ("Independent Online" is South Africa's IOL): `_generic_desk`
_GENERIC_MEDIA = frozenset(("news", "online", "digital"))
_SITE_SUFFIX = re.compile(r"\.(?:com|net|org|co\.uk|ru|ua|cn|fr|de|uk|it|es|nl|be)")  # ("CNN.com": the outlet's site)
# One outlet's own editions and programmes that other names share the words of ("Guardian Australia" is The
# Guardian's; "Guardian Nigeria", "Sky News Australia" are other outlets'), by its name folded without "the"
_EDITIONS = {"guardian": frozenset(("australia", "us")), "bbc": frozenset(("newsnight", "panorama", "verify")),
             "reuters": frozenset(("graphics",))}
# The lower-case words after a name that go on with its sentence, not a clause's verb ("told X that", "told X on Monday")
_NAME_GOES_ON = frozenset("""that and or of on in at about for by with from to this last late early earlier later the a an
as after before over during""".split())
# A place after a known outlet's name opens the next clause only before one of these (FX105: "told Reuters Ukraine
# would win"; "Guardian Nigeria officials", "Sky News Arabia sources" are other outlets' names), and a region that
# names an outlet's edition of no place list ("Sky News Arabia")
_CLAUSE_VERBS = frozenset("""would will could can should shall may might must had has have was were is are did does do
said says""".split())
# … and the finite verbs of a country's clause ("told Sky News Saudi Arabia wants peace", "told CNN Iran wanted talks":
# FX110, 2026-12-07, no credit), a closed list of verbs no outlet's staff or output is called by: no plural noun
# ("sources", "officials", "plans", "hopes", "reports", "claims", "calls" stay an edition's words, as FX105 read them)
_CLAUSE_VERBS |= frozenset("""wants wanted needed hoped planned expects expected seeks sought supported backed opposes
opposed rejects rejected accepts accepted agrees agreed remained faced intends intended believes believed knows knew
refused refuses threatens threatened continues continued deserves feared insists insisted denies denied condemns
condemned welcomes welcomed blames blamed considers considered prefers preferred launched joined signed voted helped
allowed becomes became gets got went goes came comes took takes made makes gave gives lost loses won warned warns
argued argues stated declared explained stressed replied responded acknowledged admitted admits conceded urged urges
vowed promised announced announces predicted suggested suggests confirmed confirms accused accuses dismissed met
saw sent began brought thought found fought struck chose spoke""".split())
_REGIONS = frozenset(("arabia",))
_SPUN_OFF = frozenset(("sky news", "cnn", "al jazeera", "fox news", "euronews"))  # (broadcasters with spin-offs named by a place)
# Places that name a site's outlet beyond the place lists ("Jersey": BR63), and a descriptor noun after a name with no
# name after it (`place_described`)
_PLACE_NAMES = frozenset(("jersey", "guernsey", "new jersey"))
_DESCRIBED_AFTER = re.compile(r"\s+(?:" + "|".join(DESCRIPTOR_NOUNS) + r")\b(?!\s+(?:[Tt]he\s+)?[A-Z])")
# One-word newspaper names whose word another broadcaster shares ("Sun TV", "Star TV", "Globe TV")
_NEWSPAPER_WORDS = _TITLE_WORDS | frozenset("sun star globe nation mercury mirror express independent standard age "
                                             "citizen hindu guardian".split())


def within_known(run: str, known: re.Match[str], outlet: str | None) -> str | None:
    """What a capitalised run `run` credits that holds a known outlet's name at `known` (a match in `run`) read as
    the known `outlet` (its canonical name; None gives None): `outlet` when nothing follows the name, or a day, or
    its desk's words (`desk`; a medium's generic word, `_generic_desk`, or its site's suffix, "CNN.com": FX120), or a
    place's possessive ("Reuters Ukraine's ministry"); None when they end in a
    company's or a body's word; the whole run (as an outlet the site does not list) when they make another
    newspaper's name (a title's or an outlet's word last: "The Times Free Press", "The Mercury News"; "of" a place
    not its home; "of" any place after an outlet the site lists and no home is known for, none known to the credits
    (knownoutlets.KNOWN_OUTLETS), is that outlet: "The Sun of London"); None for any other words ("Herald Sun" beside
    "The Herald", "Guardian Nigeria": FX101). A run's possessive
    ending ("'s") is no word of it. Module docstring."""
    rest = run[known.end():].strip().rstrip(".,")
    after = _POSSESSIVE.sub("", rest).split()
    if not after or outlet is None or _SITE_SUFFIX.fullmatch(_POSSESSIVE.sub("", rest)):  # ("CNN.com": FX120)
        return outlet
    if fold(after[-1]) in BODY_WORDS and after != ["Union"]:  # ("The Times Union" is a newspaper: _TITLE_WORDS)
        return None
    whole = _POSSESSIVE.sub("", run.strip().rstrip(".,"))
    folded = [fold(word) for word in after]
    if folded[0] == "of" and not MONTHS_DAYS.intersection(folded):  # ("the FT of Monday": its issue)
        place = fold(" ".join(after[1:]))
        home = at_home(outlet, place)
        if home is None:
            homes = _HOMES.get(outlet)
            home = (outlet not in KNOWN_OUTLETS or None) if homes is None else place in homes
        return outlet if home else re.sub(r"\s+Of\s+", " of ", whole, count=1) if home is False else None  # ("Of")
    if folded[-1] in MONTHS_DAYS or desk(outlet, folded) or _generic_desk(outlet, folded) or rest != _POSSESSIVE.sub("", rest) and \
            " ".join(folded) in PLACES:
        return outlet
    return whole if folded[-1] in _TITLE_WORDS or re.search(rf"\b{OUTLET_WORDS}$", whole) else None


def _generic_desk(outlet: str, words: list[str]) -> bool:
    """Whether the folded `words` after `outlet`'s name are a medium's generic word that keeps the outlet
    (`_GENERIC_MEDIA`): not after a title's "The" nor a newspaper's common word (module docstring, FX120)."""
    name = fold(outlet)
    return " ".join(words) in _GENERIC_MEDIA and not name.startswith("the ") and name not in _NEWSPAPER_WORDS


def desk(outlet: str, words: list[str]) -> bool:
    """Whether the folded `words` after a known `outlet`'s name (canonical or key) are one of its desks: a closed list
    (`_DESKS`: "World Service", "Mundo", "Breakingviews", a language's service …), a medium's word (`_MEDIA`:
    "Reuters TV", "Bloomberg Radio", "CNN International") after a name that is no newspaper's common word ("Sun TV"
    is not The Sun's), or one of the outlet's own editions or programmes (`_EDITIONS`: "Guardian Australia", "BBC
    Newsnight", "Reuters Graphics").
    Anything else is another outlet's name (FX101: "Herald Sun" and "The Herald", "Sky News Arabia" and "Sky News")."""
    phrase = " ".join(words)
    name = fold(outlet).removeprefix("the ")
    return phrase in _DESKS or phrase in _MEDIA and name not in _NEWSPAPER_WORDS or phrase in _EDITIONS.get(name, ())


def clause_after(text: str, at: int, outlet: str | None, rest: str = "") -> str | None:
    """`outlet` when the word of `text` after a run that ends at `at` and opens with its name (a cue's "told X",
    "according to X") is a lower-case one that no name goes on with (`_NAME_GOES_ON`): the run's other words are the
    next clause's subject ("told Reuters Ukraine would win", "told The Guardian Johnson had lied": the outlet told);
    else None ("told Guardian Nigeria that …": the whole run is a name, another outlet's; FX101). When those words
    (`rest`, the run after the name) are a place (placewords.PLACES, oneeventlists.COUNTRIES, `_REGIONS`), the word
    must be a clause's verb of `_CLAUSE_VERBS`: "told Guardian Nigeria officials had lied", "according to Sky News
    Arabia sources", "an interview with Sky News Arabia broadcast on Tuesday" name another outlet, no one credited
    (FX105, BR63: they credited The Guardian, Sky News) — only after a name other outlets share with a place
    (`_place_editions`); "told The Guardian Ukraine officials had lied" is lost with them."""
    word = re.match(r"\s+([a-z]+)\b", text[at:at + 30])
    if word is None or word.group(1) in _NAME_GOES_ON:
        return None
    place = fold(" ".join(rest.split()))
    if not place or word.group(1) in _CLAUSE_VERBS or outlet is None or not _place_editions(outlet):
        return outlet
    return outlet if place not in PLACES | COUNTRIES | _REGIONS else None


def _place_editions(outlet: str) -> bool:
    """Whether other outlets are named `outlet`'s name and a place: a newspaper's common word ("Guardian Nigeria",
    "Times of Malta", "Star Tribune": `_NEWSPAPER_WORDS`) or a broadcaster with regional spin-offs (`_SPUN_OFF`: "Sky
    News Arabia", "CNN Türk"). Only after such a name does a place end the credit (BR66: "told AFP Germany wants
    peace", "told the BBC Britain wants peace" credit AFP and the BBC, as at the session's start)."""
    name = fold(outlet).removeprefix("the ")
    return name in _NEWSPAPER_WORDS or name in _SPUN_OFF


def head_credit(text: str, run: str, end: int, known: re.Pattern[str], canonical: Mapping[str, str]) -> str | None:
    """The known outlet that a capitalised run `run` of "told X"/"according to X", ending at `end` in `text`, credits
    when it opens with a known name (`known`, the finder's pattern; `canonical`: bare alias → canonical name) and is no
    outlet by itself: `within_known`'s reading, else `clause_after`'s ("told Reuters Ukraine would win"); None when
    no known name opens it. The one reading for every outlet of a list, the first and the joined ("told Reuters and
    AFP Macron had called him" credits both: FX105, BR63; the joined ones had none)."""
    head = known.match(run)
    if head is None:
        return None
    outlet = canonical.get(bare(head.group(0)))
    if outlet is not None and _owned(run[head.end():], text[end:end + 12], head.group(0)):
        return outlet
    return within_known(run, head, outlet) or clause_after(text, end, outlet, run[head.end():])


def _owned(rest: str, after: str, name: str) -> bool:
    """Whether the words `rest` after a known outlet's `name` are its own: a possessive's ("the BBC's Focus on Africa",
    "CBS's Meet the Press": its programme, as before FX101), or followed (`after`: the text after the run) by a
    bracket of the known name's own initials ("Maghreb Arabe Presse Service (MAP) reported": the known agency, FX72)."""
    bracket = re.match(r"\s*\(([A-Z]{2,8})\)", after)
    return re.match(r"['\u2019]s\b", rest) is not None or bracket is not None and bracket_initials(name, bracket.group(1))


def place_described(text: str, start: int, outlet: str) -> bool:
    """Whether `outlet`, credited by a cue of `text` that starts at `start`, is named like a place (a site's "New
    York", "Jersey": placewords.PLACES, oneeventlists.COUNTRIES, `_PLACE_NAMES`) and its name there, after "the", is
    followed by a descriptor noun (creditdescriptors.DESCRIPTOR_NOUNS) with no name after it: "the New York daily
    reported", "according to the New York tabloid" describe an unnamed outlet of the place, as "the Washington daily"
    credits no one (FX105, BR63: they credited the site's "New York"; "the New York magazine reported" too);
    "the New York daily Newsday" and "according to New York magazine" (no "the") are read as before."""
    if fold(outlet) not in PLACES | COUNTRIES | _PLACE_NAMES or (at := text.find(outlet, start, start + 120)) < 4 \
            or text[at - 4:at] not in ("the ", "The "):
        return False
    return _DESCRIBED_AFTER.match(text, at + len(outlet)) is not None


def possessed_known(name: str, canonical: Mapping[str, str]) -> str | None:
    """The known or site outlet (`canonical`: bare alias → canonical name) that `name` names after a place's possessive
    at its home ("Britain's Times" → The Times, whose alias "Times" alone is no known name: FX101, BR59 credited an
    outlet "Britain's Times"), or None: an outlet needs a home listed (outletcountries.at_home, `_HOMES`), as "Hong
    Kong's Sun" is not the site's The Sun."""
    owner, mark, rest = name.replace("\u2019", "'").partition("'s ")
    known = canonical.get(bare(rest)) if mark and " " not in owner.strip() and rest else None
    if known is None:
        return None
    home = at_home(known, owner)
    return known if home or home is None and fold(owner.strip()) in _HOMES.get(known, ()) else None


def person_named(run: str, before: str = "") -> bool:
    """Whether `run`, a capitalised run ending in an outlet word ("Emily Post"), is a person's name: every word
    before its last is a known given name (givenwords.known_given) or an initial ("J."), and neither the run nor
    the text `before` it (a cue's words: "told the ") ends in "the". Module docstring."""
    words = run.split()
    if len(words) < 2 or words[0].lower() == "the" or re.search(r"\bthe\s*$", before, re.IGNORECASE):
        return False
    return all(known_given(word) or re.fullmatch(r"[A-Z]\.?", word) for word in words[:-1]) and \
        known_given(words[0])


def desk_of(one: str, other: str) -> bool:
    """Whether one of two outlet keys (outletkeys.outlet_key: lower case, no "the") is the other's desk: the other's
    name followed by words `within_known` reads as a desk's ("bbc world service" and "bbc", "reuters breakingviews" and
    "reuters"); never another newspaper's or a body's ("times of india", "sun herald", "guardian media group"). A
    desk's report crediting its outlet, or the outlet's crediting its desk, credits its own outlet (stories.report_of;
    docs/log/stories.md, "An outlet's desk is its outlet")."""
    shorter, longer = sorted((one, other), key=len)
    if not shorter or not longer.startswith(f"{shorter} "):
        return False
    return desk(shorter, longer[len(shorter):].split())


def titled(run: str, before: str, known: re.Pattern[str]) -> str:
    """`run` (a capitalised run read after the text `before`) with the "The" or "the" that ends `before` given back as
    "The", when the run holds no known name (`known`, the finder's pattern) and a known name opens it with that "The"
    ("Times of India" after "according to The " → "The Times of India"); else `run` (module docstring, FX120)."""
    if run.startswith(("The ", "the ")) or not re.search(r"\b[Tt]he\s+$", before[-5:]) or known.search(run):
        return run
    head = known.match(f"The {run}")
    return f"The {run}" if head is not None and head.end() > 4 else run


# The words of a time a descriptor may stand before ("the daily Tuesday reported"): days, months, and the day's times;
# not "Today" nor "Tonight", newspapers' names (Singapore's Today, South Africa's Tonight: FX122's breaker, BR71)
_CALENDAR = MONTHS_DAYS | frozenset("yesterday tomorrow overnight morning afternoon evening night".split())


def calendar_name(run: str) -> bool:
    """Whether every word of `run` (a capitalised run read as a name) is a day's, a month's or a time's word
    (`_CALENDAR`, any case: "Tuesday", "MARCH", "Tuesday Night"): no outlet's name after a descriptor (FX120)."""
    words = _POSSESSIVE.sub("", run.strip().rstrip(".,")).split()
    return bool(words) and all(fold(word) in _CALENDAR for word in words)
