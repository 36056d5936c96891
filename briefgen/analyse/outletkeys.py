"""How outlet names are compared: `outlet_key` ("The Wall Street Journal", "WSJ" and "the wall street journal" are
one outlet) and `outlet_core` ("Valley Radio News" and "Valley Radio" are one outlet). Credits (credits.py), `via:`
and `source:` meet in these forms; the aliases are `KNOWN_OUTLETS`'.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from briefgen.analyse.bracketnames import editor_short_name
from briefgen.analyse.knownoutlets import AGENCY_INITIALS, KNOWN_OUTLETS
from briefgen.analyse.namekeys import fold


@lru_cache(maxsize=4096)
def outlet_key(name: str) -> str:
    """The compared form of an outlet name: canonical alias, lower case, no leading "the"."""
    canonical = ALIAS_TO_CANONICAL.get(bare(name), name)
    return bare(canonical)


# Words that end an outlet's name without changing which outlet it is: "Valley Radio News" is the Valley Radio
# its reporters write ("told Valley Radio"), "BBC News" the BBC (a trial's own outlet was its own credit, 2026-12-04).
_SAME_OUTLET_TAIL = frozenset({"news", "online", "digital", "tv", "television", "network", "media", "group"})


@lru_cache(maxsize=4096)  # (pure; a briefing has a few hundred outlets: the grouping asks ~4 times an article, 2026-12-05)
def outlet_core(key: str) -> str:
    """`key` (an `outlet_key`) without the last words that keep the outlet the same (`_SAME_OUTLET_TAIL`):
    "valley radio news" → "valley radio", "bbc news" → "bbc"; a name of those words alone is kept."""
    words = key.split()
    while len(words) > 1 and words[-1] in _SAME_OUTLET_TAIL:
        words.pop()
    return " ".join(words)


def bare(name: str) -> str:
    """`name` as compared: case and accents folded (`namekeys.fold`), white space single, no leading "the"."""
    name = fold(" ".join(name.replace("\u2019", "'").split()))
    return name[4:] if name.startswith("the ") else name


def unaccented(name: str) -> str:
    """`name` without its accents, capitals kept: "L'Équipe" → "L'Equipe"."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


# A name that carries its initials in brackets: "Polska Agencja Informacyjna (PAI)". The initials: two to ten capitals
# or digits, perhaps joined by "&", "/", "-" or full stops ("RFE/RL", "A.O.P."), at least two of them capitals.
_BRACKETED = re.compile(r"(?P<long>\S.*?)\s*\((?P<short>(?=(?:[^A-Z]*[A-Z]){2})[A-Z0-9][A-Z0-9&./\-]{1,9})\)")


@lru_cache(maxsize=4096)
def name_forms(name: str) -> tuple[str, ...]:
    """The ways texts write the outlet `name` (a site's `sources:` name): the name itself and, for a name that carries
    its initials in brackets, the name before them and the initials ("Polska Agencja Informacyjna (PAI)" → itself,
    "Polska Agencja Informacyjna", "PAI"), as a dateline does (wirecopy.dateline_outlet). Texts say "PAI reported" and
    "Polska Agencja Informacyjna said", never the bracket (the T19 trial credited neither and listed "PAI" as an
    organisation, 2026-12-06). Other names give themselves alone; a bracket that holds no initials ("(English edition)")
    is kept, and one whose capitals are no short name of the long name (`_short_name`: its initials, or any other of
    three capitals or more, "(SONNA)", "(WAFA)") gives no third form.
    Failure (BR25 #1): "Politico (EU)" credited Politico with "the EU said"."""
    name = " ".join(name.split())
    match = _BRACKETED.fullmatch(name)
    if match is None:  # (an agency's short name in its own case: "Deutsche Presse-Agentur (dpa)")
        match = _AGENCY_BRACKET.fullmatch(name)
        return (name, match.group("long"), match.group("short")) if match and _short_name(
            match.group("long"), match.group("short")) else (name,)
    short = match.group("short")
    return (name, match.group("long"), short) if _short_name(match.group("long"), short) else (name, match.group("long"))


def _short_name(long: str, short: str) -> bool:
    """Whether a `sources:` bracket's `short` is the outlet `long`'s short name: its initials (`bracket_initials`) or
    another short name the editor gives it ("Somali National News Agency (SONNA)", "(Bernama)": bracketnames.py, T23)."""
    return bracket_initials(long, short) or editor_short_name(long, short, _bodies())


# A bracket of an agency's own short name as it writes it, in any case ("Deutsche Presse-Agentur (dpa)"): a form only
# when `bracket_initials` finds it the agency's (FX39)
_AGENCY_BRACKET = re.compile(r"(?P<long>\S.*?)\s*\((?P<short>[A-Za-z]{2,10})\)")  # (10: "(Bernama)")


# Initials that are a well-known body's, a country's or a common noun's, never an outlet's alias whatever its name
# ("Ulster News (UN)": "the UN said" is the United Nations'; BR25 #2): lexicon.ORG_NAMES' acronyms, the countries
# propernames writes dotted (US, UK), commonacronyms.COMMON_ACRONYMS ("LNG", "PMI")
@lru_cache(maxsize=1)
def _bodies() -> frozenset[str]:
    from briefgen.analyse.commonacronyms import COMMON_ACRONYMS
    from briefgen.analyse.lexicon import ORG_NAMES
    return frozenset({w.upper() for w in ORG_NAMES if " " not in w and len(w) <= 4 and bare(w) not in ALIAS_TO_CANONICAL}
                     | {a.upper() for a in COMMON_ACRONYMS} | {"US", "UK", "USA", "UAE", "EU", "UN", "NATO"})


def bracket_initials(long: str, short: str) -> bool:
    """Whether `short` (a bracket's capitals after the outlet name `long`) are `long`'s initials, so that texts may
    write the outlet by them: `wirecopy.name_initials` (as datelines read them: "Polska Agencja Informacyjna" → PAI,
    "Press Trust of India" → PTI, "Agence France-Presse" → AFP), or three or more of its capitals in a row ("Agence
    Tunis Afrique Presse" → TAP), or, for three letters or more, each word's first letter with letters from inside a
    long compound word after it (`_compound_initials`: "Norsk Telegrambyrå" → NTB, "Schweizerische Depeschenagentur" →
    SDA: BR26, 2026-12-06), or a known agency's short name for that name (knownoutlets.AGENCY_INITIALS: "Deutsche
    Presse-Agentur (dpa)"), or a capitalised word of the name ("Agencia EFE (EFE)": FX39, whose datelines "(dpa)",
    "(EFE)" credited no one); never a well-known body's or a common noun's (`_bodies`: "Ulster News (UN)").
    BR25 #1: "Politico (EU)", "Reuters (UK)" made "the EU said" and "the UK said" credits."""
    from briefgen.analyse.wirecopy import name_initials  # (wirecopy imports this module)
    letters = re.sub(r"[&./\-]", "", short)  # ("A.O.P.", "RFE/RL": their letters)
    if letters in _bodies():
        return False
    words = re.findall(r"[^\W\d_]+", long)
    capitals = "".join(word[0] for word in words if word[0].isupper())
    if any(bare(long) in {bare(n) for n in names} for names in AGENCY_INITIALS.get(letters.upper(), ())):
        return True  # (a known agency's own short name: "Deutsche Presse-Agentur (dpa)", "Agencia EFE (EFE)"; FX39)
    if letters.isupper() and letters in words:  # (the name's own word in capitals: "Agencia EFE (EFE)")
        return True
    return (letters in name_initials(long) or len(letters) >= 3 and letters in capitals
            or len(letters) >= 3 and _compound_initials(fold(letters), [fold(w) for w in words if w[0].isupper()]))


COMPOUND_MIN = 8  # letters a word needs before letters inside it may be initials ("telegrambyra": a compound)


def _compound_initials(letters: str, words: list[str]) -> bool:
    """Whether `letters` (folded) are, in order, the first letter of each of `words` (folded, capitalised words of a
    name), each followed by none or more letters from inside that word when it has `COMPOUND_MIN` letters or more
    (a Nordic or German compound's parts: "telegram" + "byrå"), with no letter left over on either side."""
    def match(i: int, w: int) -> bool:
        if w == len(words):
            return i == len(letters)
        word = words[w]
        if i >= len(letters) or word[0] != letters[i]:
            return False
        if match(i + 1, w + 1):
            return True
        if len(word) < COMPOUND_MIN:
            return False
        inner = [(i + 1, 1)]  # (next letter to match, position in the word after which to look)
        while inner:
            at, pos = inner.pop()
            for k in range(pos, len(word)):
                if at < len(letters) and word[k] == letters[at]:
                    if match(at + 1, w + 1):
                        return True
                    inner.append((at + 1, k + 1))
        return False
    return match(0, 0)


def all_forms(names: tuple[str, ...]) -> tuple[str, ...]:
    """Every `name_forms` of `names` (outlet names), in order, each once."""
    return tuple(dict.fromkeys(form for name in names for form in name_forms(name)))


ALIAS_TO_CANONICAL = {bare(alias): canonical for canonical, aliases in KNOWN_OUTLETS.items()
                      for alias in (canonical, *aliases)}
