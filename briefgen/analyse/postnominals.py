"""Post-nominal letters: the letters written after a name, which end it and are no part of it.

    name_words(["Priya", "Venkataraman-Hale", "KC"])   # -> 2 (the name is the first two words)
    name_words(["Anna", "Berg", "OBE", "FRS"])          # -> 2
    name_words(["Country", "Party", "MP"])              # -> 2 (what the words are is classify's to read)

Takes the words of a capitalised run's part (runparts.parts) and gives how many of them are the name. The letters are
written as the honours' and offices' own style (the Cabinet Office's "Honours and appointments" list, the Debrett's
forms of address the BBC and the Guardian style guides follow: "Priya Venkataraman-Hale KC", "Tobias Wrenfield MP",
"Anna Berg OBE"), case as written: "MS" (a Senedd member) ends a name, "Ms" (a title before one) does not.

A trial (T11, 2026-12-06, a disputed election count) published "Priya Venkataraman-Hale KC" (filed under "KC"),
"Tobias Wrenfield MP", "Wrenfield MP" and "Tobias Wrenfield" as four people: the letters were read as the surname, and
"Ms Venkataraman-Hale" joined no full name because none ended with it. Not here: "Jr"/"Sr" and numerals ("II"), which
tell a father from a son (joined, two people would be one).
"""
from __future__ import annotations

from briefgen.analyse.givensex import given_sex
from briefgen.analyse.lexicon import ORG_HEADS

# Offices (Westminster, Scottish, Welsh, Northern Irish, European, Irish, Ontario members; King's/Queen's Counsel),
# orders and honours (OBE ... GBE, QPM; the Bath's, St Michael and St George's, the Royal Victorian Order's, the Order of
# Merit, the DSO), learned societies and doctorates.
# The Companions of Honour (CH: "Sir Elton John CH", "David Hockney CH"; FX30), the Victoria and George Crosses, a
# deputy lieutenant; doctorates and fellowships of the royal colleges and academies (DSc … FRSL); the gallantry and
# service awards after them in the same list (the Military, Distinguished Flying, Air Force and Distinguished Service
# Crosses, the medals MM, DCM, CGC, GM, QGM, BEM …: "Mr Reed MC said" gave a person "Reed MC", FX40).
POST_NOMINALS = frozenset("""
KC QC MP MSP MS MEP AM MLA MPP TD OBE MBE CBE KBE DBE GBE QPM FRS FRSE FBA FREng PhD DPhil
GCB KCB DCB CB GCMG KCMG DCMG CMG GCVO KCVO DCVO CVO LVO MVO OM DSO CH VC GC DL
DSc DLitt LLD FRCP FRCS FMedSci FRSC FRSA FRSL
MC DFC AFC DSC MM DCM CGC GM QGM BEM DFM AFM RRC ARRC QFSM KPM QVRM
""".split())
# The Garter's and the Thistle's letters (KG, LG, KT, LT) and a privy counsellor's (PC) end a name only after a peer's,
# a knight's or a royal's title, or an honorific no firm is named with ("Sir John Major KG", "Lord Butler KG PC", "Mr
# Smith KG"; FX30): KG is also a German company's legal form ("Hans Müller KG", companyforms.LEGAL_FORMS), PC a
# computer ("Dell PC"), and a company has no such title (BR25: "said Sir John Major KG" was an organisation; "Mr Smith
# KG said" one until FX30). Not after "Dr" or "Prof" with one word: "Dr Oetker KG" is a company.
KNIGHTS_ORDERS = frozenset("KG LG KT LT PC".split())
_STYLED = frozenset("sir dame lord lady baroness baron earl countess viscount viscountess marquess duke duchess prince princess king queen".split())
_LETTERED = _STYLED | frozenset("mr mrs ms miss mx".split())  # (titles `KNIGHTS_ORDERS` follow)
# A person's title before a given name and a surname: a company's legal form in capitals after them is letters too
# ("Dr Kim Ng SA said" was an organisation, FX21 #2: a company has no title; "Dr Martens PLC", "Dr. Oetker KG", a
# title and one word, stay companies). Case as written, periods aside.
PERSON_TITLES = _STYLED | frozenset("mr mrs ms miss mx dr prof professor".split())
_CAPITAL_FORMS = frozenset("AS ASA AB AG KG BV NV SA SE OÜ PLC LLC".split())
# Honours whose letters are also a firm's own last word: VC venture capital ("Backed VC", "Stride VC", "Hustle Fund
# VC"), GC a general contractor, DL and CH a company's ("Acme CH", Swiss). They end a name only after a person's: a
# title (`PERSON_TITLES`, a rank: "Lt Col John Smith VC", "Sergeant Tom Reed GC") or two words of a name ("David
# Hockney CH"); after one untitled word or an organisation's head ("Hustle Fund VC") they are the firm's (BR28: beddfc7e made "a partner at Backed VC" a
# person "Backed"; FX35).
_FIRM_LETTERS = frozenset("VC GC DL CH MC GM AFC".split())  # (and a master of ceremonies, General Motors, a football club)
# A sports club's letters after its place's or its own name ("Wimbledon GC", "Walton Heath GC", "Lancashire CCC",
# "Leinster RFC", "Hamburger SC", "Kelowna BC"): the club's, an organisation, unless the words before are a person's by a
# title or a rank before them or a given name first ("Sergeant Tom Reed GC", "Jane Smith SC", senior counsel). FX50: a
# trial's "Wimbledon GC", a golf club, was a person.
CLUB_LETTERS = frozenset("FC AFC GC CC CCC RFC RUFC RLFC ARLFC SC BC HC YC LTC GAA CF".split())
# Those that are a person's letters too (the George and Air Force Crosses, Senior Counsel, the Order of Canada): after
# two words or more the club's only with "Royal" first or a ground's word among them ("Walton Heath GC", "Royal
# Birkdale GC"); "Johnson Beharry GC" is a holder of the George Cross.
_HONOURS_TOO = frozenset("GC AFC SC CC".split())
_GROUNDS = frozenset("heath park hill hills links downs down vale valley forest wood woods moor common manor green "
                     "lakes bay springs dunes sands castle abbey priory hall lodge ridge".split())
_RANKS = frozenset("lt col maj gen brig cpl lcpl pte sgt cdr capt lieutenant colonel brigadier corporal sergeant captain "
                   "commander commodore admiral major-general lieutenant-general lieutenant-colonel".split())


def name_words(words: list[str], before: str = "") -> int:
    """How many of `words` are the name: all of them, less the post-nominal letters (`POST_NOMINALS`) that end them,
    when at least one word that is neither in capitals nor such letters stays before them ("Wrenfield MP": 1;
    "MP": 1, letters alone are read as before; "BBC MP": 2, no name's word before the letters). KG, LG, KT, LT, PC only
    after a title that is a peer's, a knight's, a royal's or Mr/Mrs/Ms/Miss/Mx (`KNIGHTS_ORDERS`), first of `words` or
    the word `before` them: "Sir John Major KG" 3, "Mr Smith KG" 2, "Hans Müller KG" 3. A company's legal form in capitals after a person's title and two
    words or more (`PERSON_TITLES`: "Dr Kim Ng SA" 3; "Dr Oetker KG" 3)."""
    if club_named(words, before):
        return len(words)  # "Wimbledon GC": the club's letters, no honour's
    at = len(words)
    styled = bool(words) and _bare(words[0]) in _LETTERED or _bare(before) in _LETTERED
    while at > 1 and (words[at - 1] in POST_NOMINALS and (words[at - 1] not in _FIRM_LETTERS or _personal(words[:at - 1], before))
                      or styled and words[at - 1] in KNIGHTS_ORDERS):
        at -= 1
    if words and at == len(words) and words[-1] in _CAPITAL_FORMS and titled_name(words[:-1], before):
        at -= 1  # "Dr Kim Ng SA": a titled given name and surname (`PERSON_TITLES`)
    if at == len(words) or words[at - 1].isupper() or not words[at - 1][:1].isupper():
        return len(words)
    return at


def club_named(words: list[str] | tuple[str, ...], before: str = "") -> bool:
    """Whether `words`, capitalised words and then a club's letters (`CLUB_LETTERS`), are a sports club's name
    ("Wimbledon GC", "Walton Heath GC", "Leinster RFC"): not when a title or a rank is first of them or the word
    `before` them, nor after two words or more whose first is a given name (givensex.given_sex: "Jane Smith SC")."""
    if len(words) < 2 or words[-1] not in CLUB_LETTERS or not all(w[:1].isupper() for w in words[:-1]):
        return False
    first = _bare(words[0])
    if any(w in PERSON_TITLES or w in _RANKS for w in (first, _bare(before))) or len(words) > 2 and bool(given_sex(words[0])):
        return False
    return len(words) == 2 or words[-1] not in _HONOURS_TOO or first == "royal" or any(
        _bare(w) in _GROUNDS for w in words[1:-1])  # ("Johnson Beharry GC": a George Cross, two words of a name)


def _personal(words: list[str], before: str) -> bool:
    """Whether `words` (a name before letters that are also a firm's, `_FIRM_LETTERS`) are a person's: a title or a
    rank first or `before` them, or two words or more, a given name first (givensex.given_sex) or no organisation's
    head among them ("Elton John CH"; not "Hustle Fund VC": lexicon.ORG_HEADS)."""
    first = _bare(words[0]) if words else ""
    return any(w in PERSON_TITLES or w in _RANKS for w in (first, _bare(before))) or len(words) >= 2 and (
        bool(given_sex(words[0])) or not any(w.lower() in ORG_HEADS for w in words))


def knights_letters(noun: str, text: str, start: int) -> bool:
    """Whether `noun`, after the name that starts at text[start], is a Garter's or a Thistle's letters after a peer's,
    a knight's or a royal's title or Mr/Mrs/Ms/Miss/Mx just before the name ("Sir John Major KG", "Mr Smith KG":
    `KNIGHTS_ORDERS`), not a legal form."""
    return noun in KNIGHTS_ORDERS and _bare(text[max(0, start - 12):start].rstrip().rpartition(" ")[2]) in _LETTERED


def _bare(word: str) -> str:
    """`word` lower-cased without an abbreviation's period ("Mr." and a masked "Mr․" are "mr")."""
    return word.rstrip(".\u2024").lower()


def titled_name(words: list[str], before: str = "") -> bool:
    """Whether `words` (as written) are a person's title (`PERSON_TITLES`, first of them or the word `before` them) and
    two words or more of a name after it: a company's name has no such title ("Dr Kim Ng", not "Dr Martens"), so no
    legal form or company word after them makes a company (companyforms.company_formed; FX21 #2)."""
    if words and words[0].rstrip(".\u2024").lower() in PERSON_TITLES:  # (a masked abbreviation's period: DOT)
        words = words[1:]
    elif before.rstrip(".\u2024").lower() not in PERSON_TITLES:
        return False
    return len(words) >= 2 and all(w[:1].isupper() and not w.isupper() for w in words)


def titled_form(noun: str, text: str, start: int, end: int) -> bool:
    """Whether `noun`, a legal form in capitals after the name text[start:end], ends a person's name as letters: the
    word before the name is a person's title and the name is a given name and a surname ("Dr Kim Ng SA"; `titled_name`)."""
    return noun in _CAPITAL_FORMS and titled_name(text[start:end].split(), text[max(0, start - 12):start].rstrip().rpartition(" ")[2])


def titled_letters(words: list[str], text: str, start: int) -> bool:
    """Whether the last of `words`, a name and what follows it from text[start], is letters after a titled name, no
    company's legal form: the Garter's after Sir or Mr (`knights_letters`: "Mr Smith KG"), a form in capitals after a
    title, a given name and a surname (`titled_form`: "Dr Kim Ng SA"), or honours after a titled name (`name_words`
    with the word before: "Mr Reed VC", "Sergeant Reed GC"; FX40). orgvoices reads no company in them (FX30)."""
    end = start + len(" ".join(words[:-1]))
    return len(words) > 1 and (knights_letters(words[-1], text, start) or titled_form(words[-1], text, start, end)
                               or _lettered_after(words, text, start))


def _lettered_after(words: list[str], text: str, start: int) -> bool:
    """Whether `words` from text[start] end in honours after a person's name, read with the capitalised words before
    them that the same name holds ("Mr Reed VC"; "Reed VC" inside "John Reed VC"; not "Stride VC")."""
    before = text[max(0, start - 40):start].split()
    if text[start - 1:start] != " ":
        before = []
    while before and before[-1][:1].isupper() and _bare(before[-1]) not in PERSON_TITLES | _RANKS and len(words) < 6:
        words, before = [before[-1]] + words, before[:-1]  # the name's words before: "John" of "John Reed VC"
    return name_words(words, before[-1] if before else "") < len(words)
