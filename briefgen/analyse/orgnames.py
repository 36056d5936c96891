"""Names read as people that their article (or the archive) shows to be a company or a thing (issue 9).

    from briefgen.analyse.orgnames import firms_and_things, company_stem
    firms_and_things(text, mentions)   # -> mentions, "Brightwell said" made the organisation "Brightwell Technologies"
    company_stem("Halden Group")      # -> "Halden"

`nameruns.py` reads a run apart from its context; some runs are people only until the article says what they are:
- a company's name without its company word: "Brightwell said" after (or before) "Brightwell Technologies",
  "Halden Group", "Norvik Bank", "Acme Inc" in the same article (`lexicon.COMPANY_HEADS`; not foundations or
  centres, which are named after people: "the Clinton Foundation" leaves "Clinton said" a person);
- a name after a company noun ("Danish audio company Nordvik", "claims firm Crawford Lane":
  `lexicon.COMPANY_NOUNS`) or that an appositive calls one ("The operator, Calderway Terminals, wants …":
  orgappositives.py), which then is that company wherever the article writes it; so is a name after a
  person's and "of" ("Sean O'Brien of Kettering Price": no one is "of" a person);
- (apart from context, for nameruns.py) a word in CamelCase past a name prefix ("PowerCell", not "McDonald": `product_shaped`);
- a name before a product's, a system's or an installation's noun ("the EU's Safety Gate portal", "Aira Pro earbuds",
  "the Amber Link interconnector": `lexicon.THING_NOUNS`, companyforms.FACILITY_NOUNS), which is no name at all
  wherever the article writes it.
A person named in full wins: "Anna Brightwell" and "Brightwell said" in one article stay a person (the
mention's article-local full name is hers, not the company's stem); so does a courtesy title ("Mr Brightwell said",
`lexicon.HONORIFICS`: no company is "Mr"; T28 F2, FX89), or an office's ("Chairman Brightwell", "said President
Brightwell", "CEO Brightwell": the mention's title; no company holds an office, FX92). `names.NameIndex.build` applies the first
rule across the archive (`archive_firms`): an article that writes only "Brightwell said" names the company
another article calls "Brightwell Technologies".

Mentions are `names.Found` tuples: (surface, start, end, kind, full, title, in_title); offsets into `text`.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from briefgen.analyse.lexicon import COMPANY_HEADS, COMPANY_NOUNS, GEO_NOUNS, HONORIFICS, THING_NOUNS, WORKS_AT
from briefgen.analyse.acronymthings import acronym_things
from briefgen.analyse.companyforms import FACILITY_NOUNS, LEGAL_FORMS, TRADE_WORDS, legal_forms  # noqa: F401 (names.py's, from here)
from briefgen.analyse.industrywords import firm_noun, industry_word; from briefgen.analyse.nounledpeople import noun_led_person  # noqa: E702 (FX110)
from briefgen.analyse.namefinds import CAPITAL, word_spans
from briefgen.analyse.namekeys import fold
from briefgen.analyse.onewordbodies import one_word_body
from briefgen.analyse.camelnames import camel_name, camel_thing, product_shaped  # noqa: F401 (nameruns.py's, from here)
from briefgen.analyse.orgappositives import company_appositive
from briefgen.analyse.personframes import facility_named, framed_people
from briefgen.analyse.placewords import ROMANCE_PLACE_LEADS
from briefgen.analyse.postnominals import knights_letters, titled_form
from briefgen.analyse.spokesnames import firm_spoken_for
from briefgen.analyse.romancefirms import romance_opened
from briefgen.analyse.vesselnames import CARRIER_HEADS

PERSON, ORGANISATION = "person", "organisation"  # as nameruns.PERSON, nameruns.ORGANISATION
Found = tuple[str, int, int, str, str, str, bool]
_POSSESSIVE = re.compile(r"[\u2019']s?$")
_TITLE_BEFORE = re.compile(r"(?<![\w.])(\w+)\.?[ \t]+$")  # the word before a mention: "Mr " of "Mr Hondaka"


@lru_cache(maxsize=8192)  # a pure function of a name; organisations recur in every article
def company_stem(name: str) -> str:
    """A company's name without its trailing company words ("Brightwell Technologies" → "Brightwell",
    "Acme Holdings Ltd" → "Acme", a carrier's "Northsound Ferries" → "Northsound": vesselnames.CARRIER_HEADS); "" when
    it ends in none or is nothing else."""
    words = name.split()
    end = len(words)
    while end > 1 and ((head := _POSSESSIVE.sub("", words[end - 1]).lower()) in COMPANY_HEADS or head in CARRIER_HEADS
                       or fold(head) in TRADE_WORDS or industry_word(head)):  # ("Cobrebras Mineração" → "Cobrebras": companyforms, T20 #2; "Kurose Motor": industrywords.py)
        end -= 1
    return " ".join(words[:end]) if end < len(words) else ""


def firms_and_things(text: str, mentions: list[Found], unnamed: set[str] | None = None) -> list[Found]:
    """`mentions` (of `text`, or of a headline whose names came from `text`, `in_title`) with the people that
    the article shows to be companies made organisations, and those it shows to be products dropped; their
    folded names are added to `unnamed` when it is given (names.mentions_in)."""
    firms: dict[str, str] = {}  # folded name or stem → the company's name as the article writes it
    things: set[str] = set()
    alone: dict[str, str] = {}  # folded name read as a person's, written as itself → as written
    bodies: dict[str, str] = {}  # folded name before a body's noun ("the United Nursing Staff union") → as written
    people_end = {m[2] + 4 for m in mentions if m[3] == PERSON and " " in m[4] and not m[6]}  # "<person> of |"
    read: set[tuple[int, int]] = set()  # (start, end) of the mentions `_firm_context` read as no company's
    facilities: set[str] = set()  # folded names before a facility's noun ("the Amber Link pipeline"), and where
    thing_at: set[int] = set()
    legal_stems: set[str] = set()  # folded stems of companies named with a legal form
    for surface, start, end, kind, full, title, in_title in mentions:
        if in_title:
            continue
        if kind == ORGANISATION:
            stem = company_stem(full)
            if stem:
                firms.setdefault(fold(stem), full)
                if full.rpartition(" ")[2] in LEGAL_FORMS or full.rpartition(" ")[2].lower().rstrip(".") in ("inc", "ltd", "plc", "llc", "corp", "co"):
                    legal_stems.add(fold(stem))  # ("Giorgio Armani SpA": not "Giorgio Armani said", when framed)
        elif full == surface and not title:  # (slices and set look-ups: a regex here cost 10 % of names_in)
            if (context := _firm_context(text, start, end)) or start in people_end and text[start - 4:start] == " of " and " " in full:
                firms.setdefault(fold(surface), surface)
            else:
                alone.setdefault(fold(surface), surface)
            if not context:
                read.add((start, end))
            if (after := _next_word(text, end + 1) if text[end:end + 1] == " " else "") in THING_NOUNS:
                things.add(fold(surface))
            elif after in FACILITY_NOUNS and facility_named(text, start, end, after):  # (personframes.py)
                facilities.add(fold(surface))
                thing_at.add(start)
            elif body_named(text, start, end):
                bodies.setdefault(fold(surface), surface)
    if bodies:  # unless the article shows a person: a title, or a surname referring to the name
        persons = {fold(m[4]) for m in mentions if m[3] == PERSON and not m[6] and (m[5] or m[0] != m[4])}
        for key, surface in bodies.items():
            if key not in persons:
                firms.setdefault(key, surface)
    framed = framed_people(text, mentions) if facilities or legal_stems else None  # ("said Jan Smuts": BR25, personframes.py)
    things |= facilities - (framed or set())
    for key, surface in alone.items():  # where the text writes it but reads no mention ("Brannock's chief
        if key not in firms and (_shown_elsewhere(text, surface, read) and (" " not in surface or key not in (  # executive …"
                framed := framed_people(text, mentions) if framed is None else framed) or _shown_elsewhere(text, surface, read, False))
                                 or " " not in surface and one_word_body(text, surface)):  # ("Unilever said its …")
            firms[key] = surface
    bodies_of = _bodies_after_of(text, mentions, people_end)
    things |= {fold(a) for a in acronym_things(text, [m[4] for m in mentions if m[3] == ORGANISATION and m[4].isupper()])}
    if not firms and not things and not bodies_of and not thing_at:
        return mentions
    if unnamed is not None:
        unnamed |= things
    kept: list[Found] = []
    for found in mentions:
        if found[1] in bodies_of and not found[6]:
            whole = bodies_of[found[1]]
            kept.append((text[whole:found[2]], whole, found[2], ORGANISATION, text[whole:found[2]], "", False))
            continue
        if found[3] != PERSON and found[4].isupper() and fold(found[4]) in things:
            continue  # an acronym of a thing: "N-nitrosodiethylamine, or NDEA" (acronymthings.py)
        if found[3] == PERSON:
            key = fold(found[4])
            if key in things or found[1] in thing_at:
                continue
            if key in firms and not (key in legal_stems and key in (framed or ())) and not found[5] and not (  # "Mr Hondaka", "Chairman
                    (title := _TITLE_BEFORE.search(text, max(0, found[1] - 12), found[1])) and title.group(1).lower() in HONORIFICS):  # Hondaka" are no "Hondaka Motor" (T28 F2, FX89; an office's title, its reading's: FX92)
                found = (found[0], found[1], found[2], ORGANISATION, firms[key], "", found[6])
        kept.append(found)
    return kept


# Capitalised words after "<person> of " before a name, which the run read as a title ("Annika Lindqvist of Patients First
# Vellmoor": "First" is a title word, as in "First Minister"): up to four words, no sentence's end between.
_TITLED_AFTER_OF = re.compile(rf" of ((?:{CAPITAL}[\w'\u2019-]*[ \t]+){{1,4}})$")


def _bodies_after_of(text: str, mentions: list[Found], people_end: set[int]) -> dict[int, int]:
    """Start of a person's mention → start of the organisation it ends: a run after "<person> of " that was read as
    a title and a name ("Annika Lindqvist of Patients First Vellmoor" gave a person "Vellmoor", 2026-12-04). No one
    is "of" a person (the rule of `firms_and_things` for a run read whole), so the run, title words and all, is the
    body she speaks for."""
    found: dict[int, int] = {}
    for surface, start, end, kind, full, title, in_title in mentions:
        if kind == PERSON and not in_title and full == surface and not title:  # ("of Mayor Ola Lind's office")
            before = _TITLED_AFTER_OF.search(text, max(0, start - 64), start)
            if before is not None and before.start(1) in people_end:
                found[start] = before.start(1)
    return found


# What a company has and a person has not, after its possessive: "Hartley Rowe's board", "Bramwell Hayes' chair",
# "Caldwell Forbes's largest shareholder", "Hartley Rowe's chief executive" (a person's shares, stores and advisers
# may be theirs: not these). And an appositive that a relative clause only a thing takes follows: "Caldwell Forbes,
# the Edinburgh fund manager which owns 11pc" (up to five words with no preposition: in "Anna Berg, the mayor of a
# town which flooded" the town is what "which" is), unless its noun makes a place or a thing ("Nova Kakhovka, a town
# which …", "Flood Re, the reinsurance scheme, which …"); "which" alone after a name says only that it is no person
# ("Nova Kakhovka, which lies in Russian-held territory": a place).
_OWNED = re.compile(r"['\u2019]s?[ \t]+(?:(?:largest|biggest|former|new|outgoing|incoming|whole|entire|main)[ \t]+)?"
                    r"(?:board|shareholders?|chairman|chairwoman|chair|chief[ \t]+executive|share[ \t]+price|"
                    r"market[ \t]+value|dividend|profits?|revenues?|turnover|headquarters|subsidiary|subsidiaries|"
                    r"workforce|bondholders)\b")
_WHICH = re.compile(r",[ \t]+(?:the|an?)(?:[ \t]+(?!(?:of|in|at|for|from|with|on|by|to|and|or|which)\b)[\w\u2019'-]+)"
                    r"{0,4}[ \t]+(?!(?:of|in|at|for|from|with|on|by|to|and|or)\b)(?P<noun>[a-z][\w-]*),?[ \t]+which\b")
_AFTER_FIRM = frozenset(",'\u2019")
# What a company has and a person has not, as a noun after its name ("Brannock customers", "the Brannock store",
# "Brannock shares fell"): a person's name before a noun is the news' "the Trump card", "the Biden administration",
# "Obama voters" — never these.
FIRM_ATTRIBUTES = frozenset("customers shoppers employees store shareholders outlets franchise".split())
# Nouns that are verbs after a person's name too ("Anna Berg shares her doubts", "she stores"): a company's only before
# what a share price does ("Brannock shares fell 9 per cent").
_MARKET_NOUNS = frozenset("shares stock".split())
_MARKET_VERBS = frozenset("""
fell rose slid jumped dropped closed gained lost tumbled plunged sank climbed surged soared slumped were are have had
""".split())
_SHARES_IN = re.compile(r"(?:[Ss]hares|[Ss]take|[Ii]nvestors)[ \t]+(?:in|of)[ \t]+$")
# A body that names itself or is named so, before its name: "A hacker group calling itself Simba Shadow", "a gang known
# as …", "the collective, which calls itself …", "hackers calling themselves …" (T21, 2026-12-07: "Simba Shadow" was a
# person "Shadow, Simba", listed under "People named" on four articles). COMPANY_NOUNS and the nouns of groups that
# are no company; a person's noun ("a man called …") is none of them.
_SELF_NAMED = re.compile(rf"\b(?i:{'|'.join(sorted(COMPANY_NOUNS))}|gang|collective|outfit|network|movement|organi[sz]ation"
                         r"|cartel|militia|syndicate|faction|hackers|cell|crew|sect|entity),?[ \t]+(?:(?:which|that|who)[ \t]+"
                         r"(?:calls|called|call)[ \t]+(?:itself|themselves)|calling[ \t]+(?:itself|themselves)|known[ \t]+as"
                         r"|called|named|dubbed|styling[ \t]+itself)[ \t]+$")
_WORD_BEFORE = re.compile(r"([a-z]+)$")


# French bodies' nouns, French spellings only (also heads of a name: nameruns.MORE_ORG_HEADS, "La Coopérative")
FRENCH_BODIES = frozenset("coopérative syndicat collectif fédération confédération comité fondation agence société "
                          "mouvement".split())
_ELIDED = ("l'", "l\u2019")
# Nouns that open a Spanish, Portuguese, Italian or French body's name before de/da/do/del/di/du ("Banco de Sabadell",
# "Universidad de Chile", "Caixa Geral de Depósitos", "Atlético de Madrid"): each was a person, in every frame, once
# 9c9daa86 read particles inside a "called" frame's name too (BR17, 2026-12-06).
ROMANCE_HEADS = FRENCH_BODIES | frozenset("""banco banca banque caixa caja universidad universidade université università
instituto institut istituto ministerio ministério ministère ministero fundación fundação fondazione grupo gruppo groupe
compañía companhia compagnie sociedad sociedade società consejo conselho conseil tribunal club clube atlético atletico
sporting deportivo partido partito parti comisión comissão commissione asociación associação associazione federación
federação federazione cámara câmara camera chambre museo museu musée teatro théâtre hospital hôpital ospedale colegio
escuela école aeropuerto aeroporto aéroport estadio estádio stade""".split()) | frozenset("""corte cour tribunale
supremo suprema gobierno governo gouvernement prefeitura ayuntamiento alcaldía alcaldia municipalidad comune mairie
secretaría secretaria policía polícia polizia guardia gendarmerie servicio serviço servizio agencia agência
agenzia autoridad autoridade autorità procuraduría procuradoria fiscalía defensoría departamento dirección direção
direzione oficina junta asamblea assembleia assemblea assemblée congreso congresso senado senato sénat empresa
petróleos ferrocarriles caminhos confederación confederação confederazione sindicato sindicatos corporación
corporação diario jornal giornale journal radio rádio radiotelevisión televisión televisão""".split())  # (corte …:
# QW18, 2026-12-06: "Corte Suprema de Justicia said" was a person; none opens a person's name before a particle)
_ROMANCE_LINKS = frozenset("de da do del della di du des dos das".split())
# "do" joins Portuguese names ("Banco do Brasil", "Maria do Carmo", "Rio Grande do Sul"; "dos" and "das" do already:
# lexicon.SURNAME_PARTICLES) in nameruns.RUN, except after an English question word ("Why do Americans …"): without
# it "Banco do Brasil said" was a person "Brasil" (QW18, 2026-12-06). "(?=do)" first: the look-behinds are tried only
# before a "do", not after every word of every run (RUN tries particles there: ~40 µs an article, 2026-12-06).
DO_PARTICLE = ("(?=do)(?<!Why )(?<!How )(?<!hat )(?<!ere )(?<!hen )(?<!Who )(?<!ich )"
               # nor after the English verb's subject (BR19: "Americans do Thanksgiving", "the British do Christmas",
               # "Let Labour do Brexit" were people): an English plural or a demonym ("-ans", "-ons", "-ers", "-sh",
               # "-ch", "-ese" …; not Portuguese "-as", "-os", "-es": "Tribunal de Contas do Estado"), a party, a
               # pronoun; "Banco do Brasil", "Maria do Carmo", "Rio Grande do Sul" still join
               "(?<!ans )(?<!ons )(?<!ats )(?<!ers )(?<!sts )(?<!ics )(?<!sh )(?<!ch )(?<!ese )(?<!our )(?<!or )"
               "(?<!hey )(?<!We )(?<!I )(?<!ou )(?<!ni )do")


def romance_body(lowered: list[str]) -> bool:
    """Whether the words of a name run (lower case) open with a ROMANCE_HEADS noun and hold a particle after it: a
    body's name ("Banco de Sabadell", "Caixa Geral de Depósitos", "Corte Suprema de Justicia", "Banco do Brasil"), not
    a person's ("Ana de Armas"); or open with a trade's noun that opens Spanish and Portuguese firms' names without one
    (`ROMANCE_FIRMS`: "Cobre Andino", "Grupo Bimbo" were people, T17), or a party's ("Unidad Nacional": romance_opened, T29)."""
    return romance_opened(lowered) or \
        len(lowered) > 2 and lowered[0] in ROMANCE_HEADS and any(w in _ROMANCE_LINKS for w in lowered[1:-1])


# Words that name a party alone ("Labour", "the Greens", "the Democrats"): one of them on each side of "and" before
# "Party" is two parties (`two_parties`).
PARTY_WORDS = frozenset("""labour labor conservative tory liberal green democratic democrat republican reform socialist
communist unionist nationalist centre center independent progressive""".split())


# Parties' names that are a whole name run and no one's name ("Labour said", "Sinn Féin said", "Likud said" were
# people; QW18, 2026-12-06): read by nameruns._classify for the whole run only, so "Sinn Féin TD Pearse Doherty" and
# "Labour MP Anna Berg" are still their members. Not "Green", "Reform", "Morena" (surnames, given names) nor plurals
# ("Democrats said": members, as "Farmers said").
PARTY_NAMES = frozenset(["labour", "labor", "likud", "fidesz", "syriza", "podemos", "vox", "jobbik", "chega",
                         "ciudadanos", "kuomintang", "sinn féin", "sinn fein", "fine gael", "fianna fáil", "fianna fail",
                         "plaid cymru", "forza italia"])


def two_parties(lowered: list[str]) -> bool:
    """Whether the words of a name run (lower case) are two parties' names joined by "and" before "Party"/"Parties", a
    party's word (`PARTY_WORDS`) alone on each side: "the Labour and Green Party" (written so for "parties") was one
    organisation (QW18, 2026-12-06); "the Social Democratic and Labour Party" (two words before "and") stays one, as
    the names andnames.py joins do."""
    return (len(lowered) == 4 and lowered[1] == "and" and lowered[3] in ("party", "parties")
            and lowered[0] in PARTY_WORDS and lowered[2] in PARTY_WORDS)


def romance_place(lowered: list[str]) -> bool:
    """Whether the words of a name run (lower case) open with a Romance place's first word
    (placewords.ROMANCE_PLACE_LEADS: rio, ciudad, isla, costa …) and hold a particle after it: a place ("Rio de
    Janeiro", "Rio Grande do Sul", "Ciudad de Guatemala"), which speaks for its government as "Moscow said" does, no
    person ("Rio de Janeiro said it would …" was one, QW18); "Rio Ferdinand" (no particle) stays a person."""
    return len(lowered) > 2 and lowered[0] in ROMANCE_PLACE_LEADS and any(w in _ROMANCE_LINKS for w in lowered[1:-1])


def _french_body(text: str, start: int) -> bool:
    """Whether a French body's noun (FRENCH_BODIES) stands right before the name at `start`, or it and one
    adjective ("le collectif Eau Commune", "le syndicat agricole Terres du Poitou"), or "l'association": the name is the
    body's. French spellings only, so English text is read as before (a French trial listed both as people, T15)."""
    words = text[max(0, start - 40):start].split()[-2:]
    bare = [w[2:] if w.lower().startswith(_ELIDED) else w for w in words]
    if not bare or not bare[-1].islower():
        return False
    if bare[-1] in FRENCH_BODIES or bare[-1] == "association" and words[-1].lower().startswith(_ELIDED):
        return True
    if len(bare) < 2 or bare[0].lower() not in FRENCH_BODIES or len(bare[1]) <= 3 or not bare[1].isalpha():
        return False
    from briefgen.analyse.languages import FRENCH_ROLE_NOUNS, NAME_BREAKERS  # (here: languages imports nameruns, which imports this)
    return bare[1] not in NAME_BREAKERS["fr"] and bare[1] not in FRENCH_ROLE_NOUNS  # an adjective, no role or function word


def _firm_context(text: str, start: int, end: int, legal: bool = True) -> bool:
    """Whether the name at text[start:end] stands where only a company does: after a company noun ("buyout firm
    Fenwick Lisle"), a role held at an organisation ("an analyst at Tarrant Wood") or "shares in" ("Shares in
    Brannock fell"), or before what only a company has ("Hartley Rowe's board", "Brannock customers", "the
    Brannock store", a legal form the run did not take: "Anadolu Boru A.Ş.", companyforms.py) or an appositive that
    "which" follows (module docstring)."""
    if company_appositive(text, start, end) or firm_spoken_for(text, start, end):  # ("a spokesman for X said the company")
        return True  # "The operator, Calderway Terminals, wants …", "X, a logistics firm," (orgappositives.py; spokesnames.py)
    if text[start - 1:start] == " " and (firm_noun(text[max(0, start - 24):start - 1].rpartition(" ")[2], text[start:end]) and not noun_led_person(text, text[start:end]) or _french_body(text, start)
                                         or text[start - 4:start] == " at " and _works_at(text, start - 4)
                                         or _SHARES_IN.search(text, max(0, start - 16), start) is not None
                                         or _SELF_NAMED.search(text, max(0, start - 48), start) is not None):
        return True
    if text[end:end + 1] == " " and ((noun := _next_word(text, end + 1)) in FIRM_ATTRIBUTES or noun in STAFF_TRADES or legal and noun in LEGAL_FORMS and not knights_letters(noun, text, start) and not titled_form(noun, text, start, end)
                                     or noun in _MARKET_NOUNS
                                     and _next_word(text, end + 2 + len(noun)) in _MARKET_VERBS):
        return True
    return text[end:end + 1] in _AFTER_FIRM and bool(_OWNED.match(text, end) or _firm_which(text, end))


# Lower-case nouns of a body after "the <name>" ("the United Nursing Staff union", "the Vellmoor Green party", "a
# Patients First group"): the name is the body's, as a capitalised head word makes it one (lexicon.ORG_HEADS; "the
# Kelsby council" is its place's: placewords.GEO_NOUNS). Not nouns a person's name goes before in the news ("the Biden
# administration", "the Johnson government", "the Starmer team"); "campaign" only after a name of three words or more
# ("the Keep Ravensmere Open campaign", not "the Bernie Sanders campaign"). A trial's People page listed the nurses'
# union as a person "Staff, United Nursing" (2026-12-04).
BODY_NOUNS = frozenset("""
union unions party trust group committee association society coalition federation charity alliance movement
caucus
""".split())
_DETERMINER = re.compile(r"(?<![\w'\u2019])(?:[Tt]he|[Aa]n?)[ \t]+$")


def body_named(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] (read as a person's) is a body's: "the"/"a" before it and a body's noun
    after it, lower case (`BODY_NOUNS`: "the United Nursing Staff union has suspended …", "delegates from the Kelsby
    Residents group")."""
    if text[end:end + 1] != " " or _DETERMINER.search(text, max(0, start - 5), start) is None:
        return False
    noun = _POSSESSIVE.sub("", _next_word(text, end + 1))
    return noun in BODY_NOUNS or noun == "campaign" and text.count(" ", start, end) >= 2


def _shown_elsewhere(text: str, surface: str, read: set[tuple[int, int]], legal: bool = True) -> bool:
    """`shown_firm` by plain search: whether some occurrence of `surface` as a word stands where only a company
    does (`_firm_context`); `read`: (start, end) of occurrences it is known not to (the mentions: not read twice);
    `legal`: whether a legal form after it counts (not for a name a person's frame shows, whose occurrences before a
    legal form are the company's: "Giorgio Armani SpA … Giorgio Armani said", personframes.py)."""
    at = text.find(surface)
    while at >= 0:
        end = at + len(surface)
        if not (text[at - 1:at].isalnum() or text[end:end + 1].isalnum()) and (at, end) not in read and (
                legal or _next_word(text, end + 1) not in LEGAL_FORMS) and _firm_context(text, at, end, legal):
            return True
        at = text.find(surface, end)
    return False


def shown_firm(text: str, surface: str) -> bool:
    """Whether `text` (an article's plain text) shows the name `surface`, which reads as a person's apart from its
    context ("Fenwick Lisle"), to be a company at one of its mentions (`_firm_context`; the rule of
    `firms_and_things`, for one name: quote attribution asks it of a name a spokesperson speaks for)."""
    for start, end in word_spans(text, surface):  # (str.find: no regex compiled a name, OP4)
        if _firm_context(text, start, end):
            return True
    return False


def _firm_which(text: str, end: int) -> bool:
    """Whether an appositive whose noun is no place's or thing's, then "which", follows the name ending at `end`."""
    found = _WHICH.match(text, end)
    return found is not None and found.group("noun") not in GEO_NOUNS and found.group("noun") not in THING_NOUNS


# The trades of a utility's or a works' people, plural, before "at" or after its name ("engineers at Halvara Power",
# "Halvara Power engineers asked …"): a heat-wave trial's People page listed the utility as a person "Power, Halvara"
# (2026-12-04; "Power" stays a surname's word: Samantha Power). Not "staff", "aides", "supporters": a politician's.
STAFF_TRADES = frozenset("""
engineers technicians linemen electricians operators mechanics fitters inspectors surveyors controllers
""".split())


def _works_at(text: str, at: int) -> bool:
    """Whether the word that ends at `at` is one of a role held at an organisation ("an analyst at …", "engineers
    at …": `STAFF_TRADES`)."""
    word = _WORD_BEFORE.search(text[max(0, at - 16):at].lower())  # ("Engineers at …" opening a sentence)
    return word is not None and (word.group(1) in WORKS_AT or word.group(1) in STAFF_TRADES)


def _next_word(text: str, at: int) -> str:
    """The word at `at`, without the punctuation after it; up to any white space (a paragraph of plain_blocks
    ends in a line break: "the Flood Re scheme.\\n\\n“We're …" was read "scheme.\\n\\n“We're", no noun)."""
    found = text[at:at + 14].split(None, 1)
    return found[0].rstrip(".,;:!?)\u201d\"'\u2019") if found else ""


def archive_firms(fulls: Iterable[tuple[str, str]], key=fold) -> dict[str, str]:
    """Key of a name (`key`, e.g. textmatch.normalise) → the one company of the archive it names: each
    organisation's name and its company stem ("Brightwell Technologies", "Brightwell"); `fulls` are (full
    name, kind). A stem two companies share ("Halden Group", "Halden Bank") names neither; one company's spellings that
    differ only in accents are one company, its accented one ("Cobrebras Mineração" and "Mineracao": T20, FX24)."""
    owners: dict[str, dict[str, str]] = {}
    for full, kind in fulls:
        if kind == ORGANISATION:
            for name in (full, company_stem(full)):
                if name and max(full, owners.setdefault(key(name), {}).get(fold(full), ""), key=_accents) == full:
                    owners[key(name)][fold(full)] = full
    return {k: next(iter(v.values())) for k, v in owners.items() if len(v) == 1}


def _accents(name: str) -> int:
    return sum(not c.isascii() for c in name)
