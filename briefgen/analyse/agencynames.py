"""A news agency named with its bracketed short name, though no list knows it: "Algerie Presse Service (APS)",
"Maghreb Arabe Presse (MAP)", "Agence Tunis Afrique Presse (TAP)", "Bakhtar News Agency (BNA)" (FX51, 2026-12-07).

    bracketed_agency(text, name, at)   # -> str | None: `name`, written at or after `at`, if it is such an agency

credits.py reads an outlet's name by its last word (Times, Post, News Agency, Press …: creditcues.OUTLET_WORDS), by a
descriptor before it, or by a list (`KNOWN_OUTLETS`, the site's `sources:`). An agency named in French ("… Presse"),
or whose name ends in "Service", was read by none: "Algerie Presse Service (APS) reported …" credited no one and its
name was a newsmaker's, "Maghreb Arabe Presse" a person's (FX39 left it). The agencies of a country name themselves
so, with their short name in brackets on first mention; a body that is no agency does not end its name so. A name
is an agency's here when the bracket after it holds its initials (outletkeys.bracket_initials) and either it is one
of `AGENCY_INITIALS`' names for those initials (any case, any accents: "Algérie Presse Service (APS)") or it has an
agency's shape (`_SHAPE`): it ends in "Presse" (a hyphenated "France-Presse" too), "Presse Service", "Presse(-)Agentur",
"News Service", "News Agency" or "Press Agency", or opens with "Agence", "Agencia", "Agência", "Agenzia", "Agencja" and
holds a word for the press or news (Presse, Prensa, Press, News, Noticias, Notícias, Stampa, Prasowa). Not "Press
Service" (a president's or a ministry's press office: "the Presidential Press Service (PPS) said"), nor "Agence" with
no such word (a development agency, "Agence Française de Développement (AFD)"), nor "… Service" (NHS), nor a
government's or an institution's press office of any shape (`_OFFICE`, FX58: "Government Press Agency (GPA)", "State
Press Service", "Army News Service (ANS)": its own voice, as a ministry's; "Xinhua, the state news agency" is no name).
A bracket that is no initials is the agency's own short name too when the name has an agency's shape and the bracket
holds one word of letters that is no place ("Mongolian News Agency (Montsame) said" credited no one, FX61: `_own_word`).
"""
from __future__ import annotations

import re

from briefgen.analyse.creditcues import NAME
from briefgen.analyse.knownoutlets import AGENCY_INITIALS
from briefgen.analyse.lexicon import PLACES
from briefgen.analyse.placewords import DEMONYMS, NATIONALITIES
from briefgen.analyse.outletkeys import bare, bracket_initials

_SHAPE = re.compile(r"(?:Presse|Presse[\s-]+(?:Service|Agentur)|News\s+(?:Service|Agency)|Press\s+Agency)$"
                    r"|^(?:Agence|Agencia|Ag[eê]ncia|Agenzia|Agencja)\s.*\b(?:Presse|Prensa|Press|News|Noticias"
                    r"|Not[ií]cias|Stampa|Prasowa)\b")
# a government's or an institution's press office, no news agency (FX58, BR34): "Government Press Agency", "Presidential
# Press Service", "Ministry of Defence Press Office", "Army News Service"
_OFFICE = re.compile(r"\b(?:Government(?:al)?|Presiden(?:tial|cy|t['’]s)|Ministry|Ministerial|Cabinet|State|Army"
                     r"|Military|Navy|Naval|Air\s+Force|Defen[cs]e|Police|Parliament(?:ary)?|Kremlin|White\s+House)\b"
                     r"(?=.*\b(?:Press|News|Information)\s+(?:Agency|Service|Office)$)")
_BRACKET = r"\s*\((?P<short>[^\W\d_][\w&./\-]{1,9})\)"


def bracketed_agency(text: str, name: str, at: int, end: int | None = None) -> str | None:
    """`name` (a capitalised run credits.py read, "Maghreb Arabe Presse") when an occurrence of it in `text` from
    offset `at` (to `end`; None: 200 characters after the name) is followed by a bracket of its initials and it names a
    news agency (module docstring); else None. The outlet is the name as written, without the bracket."""
    found = _bracketed(text, re.sub(r"^[Tt]he\s+", "", name.strip().rstrip(".,")), at, end)  # (no agency's "The")
    return found[0] if found else None


def agency_names(text: str) -> tuple[tuple[int, int, str, str], ...]:
    """Every news agency `text` names with its bracketed short name (`bracketed_agency`), as (start, end, name, short):
    the name's start, the bracket's end, the name as written, the short name. What is no person's or newsmaker's name
    (people.find_people: "Maghreb Arabe Presse" was a person, FX51), nor a name inside it ("Presse Service" of "Tunis
    Presse Service"). Of the capitalised run before a bracket, the longest tail that is such an agency's name."""
    found = []
    for bracket in _OPENING.finditer(text):
        run = _RUN.search(text, max(0, bracket.start() - 120), bracket.start())
        words = run.group(0).split() if run else []
        for i in range(len(words)):
            if (got := _bracketed(text, " ".join(words[i:]), run.start(), bracket.end() + 12)) is not None:
                found.append((got[2], got[3], got[0], got[1]))
                break
    return tuple(found)


_OPENING = re.compile(r"\((?=[^\W\d_][\w&./\-]{1,9}\))")
_RUN = re.compile(rf"(?:{NAME})\s*$")


def _bracketed(text: str, name: str, at: int, end: int | None) -> tuple[str, str, int, int] | None:
    """(`name`, the short name in its bracket, where the name starts and the bracket ends) when `bracketed_agency`
    holds, else None."""
    if not name or _OFFICE.search(name) or _SHAPE.search(name) is None and not any(bare(name) in names for names in _KNOWN.values()):
        return None
    found = re.compile(re.escape(name) + _BRACKET).search(text, at, at + len(name) + 200 if end is None else end)
    if found is None or not bracket_initials(name, short := found.group("short")) and not _own_word(name, short):
        return None
    known = bare(name) in _KNOWN.get(short.upper().replace(".", ""), frozenset())
    return (name, short, found.start(), found.end()) if known or _SHAPE.search(name) else None


def _own_word(name: str, short: str) -> bool:
    """Whether `short`, a bracket's word after `name`, is an agency's own short name that is no initials of it: a
    proper name (a capital, then lower-case letters), no place's, people's, language's, caption's, party's or body's
    word, and no other outlet's name, after a name of an agency's shape ("Mongolian News Agency (Montsame)", "Malaysian
    National News Agency (Bernama)": FX61; "Kenya News Agency (Nairobi)" is no name of it). BR35 (FX67): "(left)",
    "(pictured)", "(Updated)", "(Arabic)", "(Houthi)", "(regime)", "(Kremlin)", "(Riyadh)" and another agency's name
    ("(Tasnim)", "(Reuters)") made a credit the name without its bracket does not have."""
    from briefgen.analyse.knownoutlets import KNOWN_OUTLETS, agency_outlets  # (knownoutlets: no cycle; kept local)

    word = short.lower()
    outlets = {bare(n) for c, aliases in KNOWN_OUTLETS.items() for n in (c, *aliases)} | {
        bare(n) for _, forms in agency_outlets() for n in forms}
    return _SHAPE.search(name) is not None and re.fullmatch(r"[^\W\d_][^\W\d_A-Z]{2,}", short) is not None and \
        short[0].isupper() and bare(short) not in PLACES | DEMONYMS | NATIONALITIES and word not in _NO_NAMES and \
        bare(short) not in outlets


# the words a bracket after a name holds that are no agency's name (BR35): languages, captions, a body's, a party's
_NO_NAMES = frozenset("""english french arabic spanish persian farsi russian chinese german turkish hebrew urdu hindi
official state government regime kremlin houthi houthis taliban hamas hezbollah rebels opposition military army
pictured above below left right centre center file archive video photo photos audio updated update live watch
exclusive opinion analysis graphic map tasnim fars mehr isna irna sputnik""".split())


# A title's "The" before a run, inside a sentence (a frame's word before it: "according to The", "told The")
_CAPITAL_THE = re.compile(r"(?<=[a-z,])[ \t]+The[ \t]+$")


def agency_form(name: str, descriptor: bool = False, before: str = "") -> str | None:
    """`name` (a capitalised run that ends in an outlet word, credits.py's `_as_outlet`; `before`, the text before it)
    as an outlet's name: without a leading "The" when it ends in "Agency" or "Service" ("The Islamic Republic News
    Agency (IRNA) reported": no agency's name holds it, as `bracketed_agency` reads it); None when it names a press
    office (`_OFFICE`: "The Government Press Agency said") and no descriptor ("the news agency …") calls it an outlet
    (FX58, BR34). A "The" in capitals right before it inside a sentence is the name's, as the name's own frame reads it
    ("according to The Mercury News", "told The Mercury News": "The Mercury News", as "The Mercury News reported";
    BR67, FX115)."""
    if not descriptor and _OFFICE.search(name):
        return None
    if _CAPITAL_THE.search(before) and not name.startswith("The "):
        name = "The " + name
    return re.sub(r"^[Tt]he\s+", "", name) if re.search(r"\s(?:Agency|Service)$", name) else name


def longer_bracketed(text: str, run: str, at: int, known: re.Pattern[str]) -> str | None:
    """`run` (a capitalised run credits.py read, "Maghreb Arabe Presse Service"), without a leading "The", when a known
    outlet's name (`known`: credits.CreditFinder.known) opens it, capitalised words follow that name, and an occurrence of
    the run in `text` from offset `at` (within 200 characters) is followed by a bracket of the whole run's initials that
    are not the known name's: the run is a longer name, as credit_leadins.known_tail reads a known name that ends one
    (FX72, 2026-12-07: "Maghreb Arabe Presse Service (MAPS) reported", "Kenya News Agency Service (KNAS) said" credited
    Maghreb Arabe Presse, Kenya News Agency, or no one). Else None: "Maghreb Arabe Presse (MAP)", "Maghreb Arabe Presse
    Service (MAP)" (the known name's initials), a run with no bracket ("Reuters Television reported": the known
    outlet's, as before)."""
    name = re.sub(r"^[Tt]he\s+", "", run.strip().rstrip(".,"))
    head = known.match(name)
    rest = name[head.end():].split() if head else []
    if not rest or not rest[0][:1].isupper() or re.search(r"['\u2019]s$", name):
        return None
    found = re.compile(re.escape(name) + _BRACKET).search(text, at, at + len(name) + 200)
    return name if found is not None and bracket_initials(name, short := found.group("short")) and not \
        bracket_initials(head.group(0), short) else None


# `AGENCY_INITIALS`, each short name's agencies' names as compared (`bare`)
_KNOWN = {short: frozenset(bare(n) for names in agencies for n in names) for short, agencies in AGENCY_INITIALS.items()}
