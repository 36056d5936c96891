"""Acronyms that an article shows to be things, not bodies: "N-nitrosodiethylamine, or NDEA, an impurity", "an
impurity called NDEA", "NDEA, a nitrosamine impurity" (T14, 2026-12-06: the People index listed "NDEA", a chemical,
as an organisation; names.py reads every capitalised acronym as a body's).

    acronym_things(text, ["NDEA", "CMA"])   # -> {"NDEA"}

An acronym (2–6 capitals or digits) is a thing in `text` when the text
- expands it in lower case: "<word>, or NDEA", "<word> (NDEA)", the word's last part (after a hyphen) written in lower
  case and no person's or body's noun ("the markets regulator, or CMA" is a body: the lexicon's roles and trades),
  the words before spelling the acronym (`spelt_out`: "the lifeboat charity, or RNLI", "the drugmaker (GSK)" do not);
- names it after a noun of what it is: "an impurity called NDEA", "a compound known as NDEA" (`_SUBSTANCES`);
- sets it beside such a noun, the head of its appositive: "NDEA, a nitrosamine impurity", "NDEA, a probable
  carcinogen"; not "GSK, a drug company", "BP, the oil and gas giant" (`_NOT_HEAD`: firms, BR17).
A body's name written out ("the Competition and Markets Authority, or CMA") is capitalised and keeps it a body.
orgnames.firms_and_things drops the acronym's mentions in that article and passes it on as a thing, which
people.people_of leaves off the People index in every article (one sense per discourse, as places are).
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from briefgen.analyse.lexicon import DESCRIPTOR_ROLES, FALSE_TITLES, ROLE_NOUNS, THING_HEADS, occupational

_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,5}")
# Nouns of substances and agents that an acronym names in health, science and environment reports.
_SUBSTANCES = ("impurity|impurities|chemical|chemicals|compound|substance|carcinogen|toxin|molecule|solvent|acid|drug|"
               "medicine|protein|enzyme|virus|bacterium|hormone|pesticide|herbicide|additive|contaminant|pollutant|gas|"
               "nitrosamine|metabolite|antibody|vaccine|gene|mineral|fertiliser|fertilizer|preservative|plastic")
# Words after a substance's noun that make it a modifier, not the appositive's head: "GSK, a drug company", "BP, the oil
# and gas giant", "AZ, a vaccine maker" are firms (BR17: they were things, off every page of the archive). A lower-case
# word after the noun that is none of these ("an impurity that can form", "a carcinogen found in") ends the phrase.
_NOT_HEAD = (r"(?:(?:and|or|&|company|companies|firm|firms|group|giant|giants|maker|makers|manufacturer|manufacturers|"
             r"producer|producers|supplier|suppliers|business|lobby|multinational|major|distributor|retailer|developer|"
             r"regulator|watchdog|agency|authority|charity|trust|foundation|society|association|institute|laboratory|"
             r"lab|network|industry|sector|brand|chain|importer|exporter|trader|startup|start-up|operator|utility)\b)")
_DETERMINERS = frozenset("the a an this that these those its their his her our your my said says".split())
_BODY_WORDS = frozenset("""agency authority body group organisation organization company firm regulator watchdog council
union association board committee commission department ministry office service institute""".split())


def acronym_things(text: str, acronyms: Iterable[str]) -> set[str]:
    """The acronyms of `acronyms` (as written) that `text` shows to be things (module docstring)."""
    found = set()
    for acronym, kinds in _placed(text, {a for a in acronyms if _ACRONYM.fullmatch(a)}).items():
        name = re.escape(acronym)
        if ("expanded" in kinds and any(_lower_thing(word) and spelt_out(acronym, words) or law_named(acronym, words)
                                        for words, word in _expansions(text, acronym))
                or "called" in kinds and re.search(
                    rf"\b(?:{_SUBSTANCES})[ \t]+(?:called|named|known[ \t]+as)[ \t]+{name}(?![\w-])", text)
                or "apposed" in kinds and re.search(
                    rf"(?<![\w-]){name},[ \t]+(?:an?|the)[ \t]+(?:[a-z-]+[ \t]+){{0,2}}(?:{_SUBSTANCES})"
                    rf"(?:[.,;:)!?]|[ \t]+(?!{_NOT_HEAD})[a-z]|$)", text)):
            found.add(acronym)
    return found


def _placed(text: str, acronyms: set[str]) -> dict[str, set[str]]:
    """Those of `acronyms` written somewhere in `text` where a rule of `acronym_things` can read them, with the rules
    that can: "expanded" after "or" or "(", "called" after called / named / known as, "apposed" before ", a" / ", an" /
    ", the" (what each rule's search needs). Those searches are compiled for each acronym and scan the whole text:
    ~1.2 ms an article holding an acronym, 799 of 1,000 benchmark articles, ~10 s of a 10,000-article cold build's CPU
    (cProfile of names_in, 2026-12-06); this looks at the acronym's places only (`str.find`), and "such as NATO" or
    "the North Atlantic Treaty Organization (NATO)" asks one rule, not three (py-spy of a cold build, 1.8 s)."""
    found: dict[str, set[str]] = {}
    for acronym in acronyms:
        at = text.find(acronym)
        while at != -1:
            spaced = _spaces_before(text, at)
            kinds = set()
            if spaced < at and text.endswith("or", max(0, spaced - 2), spaced) or text.endswith("(", 0, at):
                kinds.add("expanded")
            if spaced < at and (text.endswith(("called", "named"), max(0, spaced - 6), spaced) or text.endswith(
                    "as", max(0, spaced - 2), spaced) and text.endswith("known", 0, _spaces_before(text, spaced - 2))):
                kinds.add("called")
            if _PLACE_AFTER.match(text, at + len(acronym)):
                kinds.add("apposed")
            if kinds:
                found.setdefault(acronym, set()).update(kinds)
            at = text.find(acronym, at + 1)
    return found


def _spaces_before(text: str, at: int) -> int:
    """Where the run of spaces and tabs that ends at `at` begins (`at` when there is none)."""
    while at > 0 and text[at - 1] in " \t":
        at -= 1
    return at


_PLACE_AFTER = re.compile(r",[ \t]+(?:an?|the)[ \t]")


def _expansions(text: str, acronym: str) -> list[tuple[str, str]]:
    """(words, word) written right before each ", or <acronym>", " or <acronym>" or " (<acronym>)" of `text`: `word`
    the one before it, `words` up to five more and it, as a search of the whole text for such words would find them
    (from the left, not overlapping). Found from the acronym's places (`str.find`): that search tried a word at every
    position of the text, ~1.6 ms an article holding an acronym (1.3 s of the 1,000 benchmark articles' names_in,
    cProfile 2026-12-06)."""
    found: list[tuple[str, str]] = []
    done, size = 0, len(acronym)
    at = text.find(acronym)
    while at != -1:
        anchor, end = _anchor(text, at, size)
        if anchor is not None and anchor >= done:
            lo = max(done, anchor - 400)
            while lo > done and (text[lo - 1].isalnum() or text[lo - 1] in "_-"):
                lo -= 1  # (from a word's start)
            before = _WORDS_BEFORE.search(text, lo, anchor)
            if before is not None:
                found.append((before.group("words"), before.group("word")))
                done = end
        at = text.find(acronym, at + 1)
    return found


def _anchor(text: str, at: int, size: int) -> tuple[int | None, int]:
    """Where " or <acronym>" (spaces or tabs on both sides of "or", a comma before them taken in) or " (<acronym>)"
    begins for the acronym at text[at:at + size], and where it ends; (None, 0) when it stands in neither, or a word
    character or hyphen follows."""
    if text.endswith("(", 0, at):
        end = at + size + 1
        opened = _spaces_before(text, at - 1)
        if opened < at - 1 and text.startswith(")", at + size) and not _word_at(text, end):
            return opened, end
        return None, 0
    end = at + size
    spaced = _spaces_before(text, at)
    if spaced == at or not text.endswith("or", max(0, spaced - 2), spaced) or _word_at(text, end):
        return None, 0
    opened = _spaces_before(text, spaced - 2)
    if opened == spaced - 2:
        return None, 0
    return (opened - 1 if text.endswith(",", 0, opened) else opened), end


def _word_at(text: str, at: int) -> bool:
    """Whether text[at] is a word character or a hyphen (what a look-ahead of neither refuses)."""
    return at < len(text) and (text[at].isalnum() or text[at] in "_-")


_WORDS_BEFORE = re.compile(r"(?P<words>(?:[\w-]+[ \t]+){0,5}(?P<word>[\w-]+))\Z")


def spelt_out(acronym: str, words: str) -> bool:
    """Whether `words` (the up to six words written before ", or <acronym>" or " (<acronym>)") end in an expansion of
    `acronym`: its letters, in order, in the last words, the first letter opening one of them (after Schwartz and
    Hearst, "A simple algorithm for identifying abbreviation definitions in biomedical text", 2003): "N-nitrosodiethylamine"
    spells NDEA, "the lifeboat charity" no RNLI, "the drugmaker" no GSK, "the nationalist party" no SNP (BR17: those
    bodies were things, off every page)."""
    kept = []  # the words after the last determiner or capitalised word ("N-nitroso…" is a chemical's prefix)
    for part in reversed(words.split()):
        if part.lower() in _DETERMINERS or (part[:1].isupper() and "-" not in part):
            break
        kept.insert(0, part)
    letters = [c.lower() for c in acronym if c.isalnum()]
    text = " ".join(kept).lower()
    at = len(text)
    for k in range(len(letters) - 1, -1, -1):  # each letter from the last, back through the words
        while True:
            at -= 1
            if at < 0:
                return False
            if text[at] == letters[k] and (k > 0 or at == 0 or not text[at - 1].isalnum()):
                break
    return bool(letters)


# lexicon.THING_HEADS' words that end the name of a law, a treaty, a rule or a standard (not a summit's, a war's, a
# campaign's: "the Munich Security Conference (MSC)" may speak through its chair).
LAW_HEADS = THING_HEADS & frozenset("""treaty agreement accord pact act law bill code charter declaration regulation
regulations directive directives convention protocol ordinance statute decree mechanism principles criteria guidelines""".split())


def law_named(acronym: str, words: str) -> bool:
    """Whether `words` (as `spelt_out` reads them) end in a law's, a treaty's or a rule's name written out, its last
    word one of `LAW_HEADS` (Regulation, Directive, Act, Convention, Protocol, Agreement, Mechanism …), whose
    capitalised words' initials hold the letters of `acronym` in order: "European Union
    Deforestation Regulation (EUDR)", "General Data Protection Regulation (GDPR)", "Carbon Border Adjustment
    Mechanism (CBAM)" (T22 #9, FX45: a regulation's acronym is no body; its name no person: nameruns._classify)."""
    names = words.split()
    if not names or names[-1].lower() not in LAW_HEADS:
        return False
    initials = []
    for word in reversed(names):
        if not word[:1].isupper():
            break
        initials.insert(0, word[0].upper())
    remaining = iter(initials)
    return all(letter in remaining for letter in acronym if letter.isalpha())  # (in order: a subsequence)


def _lower_thing(word: str) -> bool:
    """Whether `word`, written before ", or <acronym>", is an expansion in lower case that names no person nor body."""
    last = word.split("-")[-1]
    plain = last.lower()
    return last[:1].islower() and plain not in _BODY_WORDS and not (
        plain in ROLE_NOUNS or plain in DESCRIPTOR_ROLES or plain in FALSE_TITLES or occupational(plain))
