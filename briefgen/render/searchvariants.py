"""Other spellings of a text's words that the search index holds beside them (`searchtext.words`).

Takes plain text as written (not folded); gives words as written, which `searchtext` then folds:
a hyphenated word joined (`hyphen_joined`: "Ji-hoon" → "Jihoon"), a word with Catalan's middle dot joined
(`middot_joined`: "col·lecció" → "collecció"), a CamelCase name's parts (`camel_parts`: "ChapaPesa" → "Chapa", "Pesa"),
capital initials with periods joined (`initials_joined`: "C.C." → "CC"), a Japanese name's long vowels in other
spellings (searchhepburn.py: "Ōno" → "Ohno", "Ohno" → "ono"), all five through `other_spellings`; a word with ä, ö or ü spelt without them (`umlaut_spellings`: "Müller" →
"Mueller"). Moved out of searchtext.py (2026-12-07).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence

from briefgen.analyse.camelnames import NAME_PREFIXES, camel_name
from briefgen.analyse.japanesenames import JAPANESE_KEYS
from briefgen.render.searchhepburn import long_vowel_spellings

# A hyphenated word: letters and digits (and the marks some scripts keep inside words) joined by hyphens, with a
# letter somewhere ("Ji-hoon", "COVID-19", "al-Mansour"; not "2019-2020"). U+2010 and U+2011 are hyphens too.
_HYPHENATED = re.compile(r"[^\W_][\w\u0300-\u036f]*(?:[-\u2010\u2011][^\W_][\w\u0300-\u036f]*)+")
_HYPHEN = re.compile("[-\u2010\u2011]")
_DIGITS_ALONE = re.compile(r"[\d\-\u2010\u2011]+")
_RE_OR_CO = re.compile(r"(?<![^\W_])(?:[Rr][Ee]|[Cc][Oo])[-\u2010\u2011]")  # a part "re" or "co" before a hyphen


def hyphen_joined(text: str) -> list[str]:
    """The hyphenated words of `text` written without their hyphens ("Ji-hoon" → "Jihoon", "Fuentes-Araya" →
    "FuentesAraya", "re-election" → "reelection"), to be indexed beside their parts: a reader types a Korean given
    name, a compound or a model's name either way ("jihoon", "ji-hoon"; "covid19"). Left out: words of digits alone
    ("2019-2020"), and a prefix whose hyphen keeps the word apart from another (`joins`: "re-sign", "co-op")."""
    # The pattern runs on the whitespace-separated pieces that hold a hyphen only: a match never holds a space,
    # and run over a whole article it tried every letter of every word (8 s of a 10,000-article cold build's CPU).
    return [re.sub("[-\u2010\u2011_]", "", word) for piece in hyphened_pieces(text)
            for word in _HYPHENATED.findall(piece) if joins(word)]


def hyphened_pieces(text: str) -> list[str]:
    """The pieces of `text.split()` that hold a hyphen (-, U+2010, U+2011), in order: each found from a hyphen out to
    the white space (`str.isspace`, as `split` reads it) on either side. Splitting a whole article and testing each of
    its ~750 pieces was ~70 µs an article of the benchmark corpus, most of `hyphen_joined`; `_HYPHEN`'s scan alone
    is ~45 µs, `str.find` ~2 µs (SP6, 2026-12-07)."""
    pieces, end, size = [], 0, len(text)
    for at in _hyphens(text):
        if at < end:
            continue  # (in the piece just taken: "COVID-19-related")
        start, end = at, at + 1
        while start and not text[start - 1].isspace():
            start -= 1
        while end < size and not text[end].isspace():
            end += 1
        pieces.append(text[start:end])
    return pieces


def _hyphens(text: str) -> Iterator[int]:
    """Where `text` holds a hyphen (-, U+2010, U+2011), in order."""
    if "\u2010" in text or "\u2011" in text:
        yield from (hyphen.start() for hyphen in _HYPHEN.finditer(text))
        return
    at = text.find("-")
    while at >= 0:
        yield at
        at = text.find("-", at + 1)


# Words after "re-" whose closed form is another word (AP Stylebook, "re-": "re-cover (cover again), recover (regain);
# re-form, reform; re-sign, resign" — "use a hyphen for designated meanings"; the other pairs as Merriam-Webster gives
# both words): "re-sign" a contract is not "resign", "re-count" the votes not "recount" a story. With their endings.
_RE_APART = ("sign cover form collect press sent serve treat lease mark count solve sort store tire sound fuse lay "
             "present turn member act coil pose place creation lie side dress strain").split()
# (The endings in short: "ers?" is "er" or "ers". Regex source, shared with search.js through the manifest: `manifest_rule`.)
APART = ("re(?:(?:" + "|".join(stem for stem in _RE_APART if not stem.endswith("e")) + ")(?:e?s|ed|ing|ers?|(?:at)?ions?|ments?)?"
         "|(?:" + "|".join(stem[:-1] for stem in _RE_APART if stem.endswith("e")) + ")(?:e[sdr]?|ing|ers|ments?)?)|co(?:op|ops)")
_APART = re.compile(APART)


def joins(word: str) -> bool:
    """Whether the hyphenated `word` (as `_HYPHENATED` finds it) is indexed joined too: not digits alone, nor a
    prefix re- or co- whose hyphen keeps the word apart from another (`_APART`: "re-sign", "re-cover", "re-form",
    "re-count", "re-creation", "co-op").

    The source: the AP Stylebook ("re-", "co-") and the Chicago Manual of Style (7.89) write these prefixes closed
    ("recount", "rerun", "reshuffle", "coauthor") and keep a hyphen for designated meanings, where the closed word is
    another one ("re-sign" a contract is not "resign", "co-op" not "coop"), or to part two vowels ("re-elect",
    "co-operate"). Joined, the first are false hits — since b03d8d39 a search for "resign" found an article about
    re-signing a player — and the rest are the same word, which a reader types either way ("rerun", "retell",
    "reelection", "coed"; a breaker found a rule by letters, re- before any consonant, lost those, 2026-12-07). Case
    does not matter ("Re-Sign" in a title is "re-sign"). Korean given names still join ("Ji-hoon", "Yu-na")."""
    if _DIGITS_ALONE.fullmatch(word):
        return False
    if _RE_OR_CO.search(word) is None:  # (most words: one scan, no split)
        return True
    parts = _HYPHEN.split(word)
    return not any(left.lower() in ("re", "co") and _APART.fullmatch(left.lower() + right.lower())
                   for left, right in zip(parts, parts[1:]))


# A zero-width non-joiner between two letters of the Arabic script: Persian (and Urdu, Kurdish) writes it between a
# word and its suffixes or prefixes ("کتاب‌ها", books: the stem and the plural's "ها"). Lucene's PersianCharFilter reads it
# as a space; here it parts the word as a hyphen does, so the stem, its parts and the whole joined
# (`hyphen_joined`, as the query folds it: searchtext.INVISIBLE dropped) are all found (a breaker, 2026-12-07: "کتاب" missed).
_ARABIC_LETTER = "\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06fc\u06ff\u0750-\u077f\u08a0-\u08c9\ufb50-\ufdfb\ufe70-\ufefc"
_ZWNJ_PARTS = re.compile(f"(?<=[{_ARABIC_LETTER}])\u200c(?=[{_ARABIC_LETTER}])")


def zwnj_parted(text: str) -> str:
    """`text` with each zero-width non-joiner between two Arabic-script letters written as a hyphen (`_ZWNJ_PARTS`),
    which the tokeniser then splits at and `hyphen_joined` joins: "کتاب‌ها" → "کتاب-ها" (the words کتاب, ها,
    کتابها). Any other U+200C is left for `searchtext.INVISIBLE` (dropped: "क‌ष" is one word)."""
    return _ZWNJ_PARTS.sub("-", text)


HAS_UMLAUT = re.compile("[äöüøåÄÖÜØÅ]")
_UMLAUT_WORD = re.compile(r"\w*[äöüøåÄÖÜØÅ]\w*")
_SPELT = {"ä": "ae", "ö": "oe", "ü": "ue", "ø": "oe", "å": "aa", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "Ø": "Oe", "Å": "Aa"}
_MIXED_UP_TO = 3  # letters of a word spelt out in every mix ("Häkkänen": 4 spellings); a longer run, all or none


def umlaut_spellings(text: str) -> list[str]:
    """The words of `text` that hold ä, ö, ü, ø or å, written as the press writes them without the letter ("Müller" →
    "Mueller", "Zölle" → "Zoelle", "Støre" → "Stoere", "Åse" → "Aase"), to be indexed beside their folded form
    ("muller", "store"), so that `mueller` finds Müller as `muller` does (DIN 5007-2's spelling, and the Nordic
    languages' own: letterings.py reads names so; Lucene's GermanNormalizationFilter folds the query's ae/oe/ue
    instead, which would change the tokeniser in search.js too). A word with up to `_MIXED_UP_TO` such letters is
    also indexed with each mix of them spelt out and kept ("Häkkänen": "Haekkaenen", "Hakkaenen", "Haekkanen"; T27's
    reader typed "Hakkaenen" and found nothing). A word whose two dots are a diaeresis (Zoë, naïve) gains a harmless
    variant ("zoee") that nobody types; ë and ï are not spelt out."""
    found = []
    for word in _UMLAUT_WORD.findall(text):
        spots = [at for at, c in enumerate(word) if c in _SPELT]
        if len(spots) > _MIXED_UP_TO:
            found.append("".join(_SPELT.get(c, c) for c in word))
            continue
        for mix in range(1, 2 ** len(spots)):
            spelt = {spot for n, spot in enumerate(spots) if mix >> n & 1}
            found.append("".join(_SPELT[c] if at in spelt else c for at, c in enumerate(word)))
    return found


def other_spellings(text: str) -> list[str]:
    """The words `text` is also indexed as, as written: its hyphenated words joined (`hyphen_joined`), its words with a
    middle dot joined (`middot_joined`), the parts of its CamelCase names (`camel_parts`). Each pass runs only when
    `text` holds its sign (a str `in` test: ~1 µs an article for the signs it lacks)."""
    found = hyphen_joined(text) if "-" in text or "\u2010" in text or "\u2011" in text else []
    if "\u00b7" in text or "\u0387" in text or "\u2027" in text or "\u0140" in text or "\u013f" in text:
        found += middot_joined(text)
    return found + camel_parts(text) + initials_joined(text) + long_vowel_spellings(text)  # ("Ōno": "Ohno": searchhepburn.py)


# Initials written with periods: "C.C. Wei", "J.R.R. Tolkien", "P.T. Barnum". The tokeniser splits them into letters,
# which are too short to index (searchtext.MIN_TERM), so "CC Wei" typed found nothing where "C.C. Wei" was written (T25,
# 2026-12-07): the letters are indexed joined ("CC"), as a reader types them without the periods. Capitals only ("e.g.",
# "a.m." are no initials); two or more, each with its period.
_INITIALS = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}(?!\w)")


def initials_joined(text: str) -> list[str]:
    """The runs of capital initials with periods in `text`, joined: "C.C. Wei" → ["CC"], "J.R.R. Tolkien" → ["JRR"]."""
    return [found.group().replace(".", "") for found in _INITIALS.finditer(text)] if "." in text else []


# Catalan's "ela geminada" (IEC, Ortografia catalana 2017, 3.3.1.3): "l·l", a middle dot (punt volat) between two l's,
# "col·lecció", "Paral·lel", "il·lusió" — also written with the precomposed ŀ (U+0140, Ŀ U+013F, whose NFKD is "l·"), the
# Greek ano teleia U+0387 (NFKD: U+00B7) or the hyphenation point U+2027. UAX #29 reads U+00B7, U+0387 and U+2027 as
# MidLetter: no word boundary between two letters there. A reader types "col·lecció" (a Catalan keyboard has the
# dot), "collecció" (any other) or "col.lecció" (IEC's accepted substitute where the dot is missing): the index holds
# the parts (as the tokeniser splits there: "col", "lecció"; what "col·lecció" and "col.lecció" typed split into) and
# the word joined ("collecció"). French inclusive writing's point médian ("étudiant·e·s") joins alike ("étudiantes").
_DOTS = "\u00b7\u0387\u2027"
_DOTTED = re.compile(f"[\\w\u0300-\u036f]+(?:[{_DOTS}](?<=[^\\W\\d_][{_DOTS}])(?=[^\\W\\d_])[\\w\u0300-\u036f]+)+")  # (letters: not "3·4")
_DOT = re.compile(f"[{_DOTS}]")


def middot_joined(text: str) -> list[str]:
    """The words of `text` with a middle dot between two letters (`_DOTTED`), written without it: "col·lecció" →
    "collecció", "Paraŀlel" → "Parallel" (ŀ is "l·")."""
    text = text.replace("\u0140", "l\u00b7").replace("\u013f", "L\u00b7")
    return [_DOT.sub("", word) for piece in text.split() if _DOT.search(piece) for word in _DOTTED.findall(piece)]


# A CamelCase word: a brand's or a company's name written as one ("ChapaPesa", "BlackRock", "JPMorgan"). A reader types
# it as written, or as the words it joins ("Chapa Pesa", "black rock"): its parts are indexed beside it, where each
# capital starts one, as Lucene's WordDelimiterGraphFilter splits on a case change (splitOnCaseChange). Only a word
# camelnames.camel_name takes for a name of that shape: not "McDonald", "MacArthur", "DeSantis", "LeBron" (a name
# prefix: "donald" must not find McDonald's), "iPhone", nor an acronym's plural ("NGOs"). "ChapaPesa" typed does not
# find "Chapa Pesa" written apart: that would need every pair of words in the index (docs/search.md, step 3).
# The start of a word of camelnames._CAMEL's shape (a capital, then lower case and a capital, or capitals and lower
# case): led by the capital, whose class sre checks first (~45 µs an article of 4,800 characters; a pattern led by a
# lower-case letter or a lookbehind took ~200 µs, +30 % of the per-article terms' CPU). Whether a letter stands before
# it is `str.isalpha`, as everywhere a search word is cut: the class [^\W\d_] also holds "²", "½", "Ⅻ" (numbers but no
# decimal digits), so "²ChapaPesa" lost its parts (a CI draw, 2026-12-07). Same time (300 articles, 2026-12-07).
_CASE_CHANGE = re.compile("[A-Z](?:[a-z]+[A-Z]|[A-Z]+[a-z])")
# A part's own head: its capital and the lower-case letters after it ("End" of "Endצה": the BR31 rule counts its
# letters so, as the passes did; a CI draw "THEndצה", 2026-12-07). Every part after the first opens with a capital.
# Two capitals ending a part: the run of capitals before the next part's head, wherever the part began ("PesaﬁNG" of
# "ChapaPesaﬁNGOs": a ligature is a letter but no capital; a CI-scale draw, 2026-12-07).
_TWO_CAPITALS = re.compile("[A-Z\u00c0-\u00d6\u00d8-\u00de]{2}")
_HEAD = re.compile("[A-Z\u00c0-\u00d6\u00d8-\u00de][a-z\u00df-\u00f6\u00f8-\u00ff]*")
_PART = re.compile("(?<=[a-z\u00df-\u00f6\u00f8-\u00ff])(?=[A-Z\u00c0-\u00d6\u00d8-\u00de])|(?<=[A-Z\u00c0-\u00d6\u00d8-\u00de])"
                   "(?=[A-Z\u00c0-\u00d6\u00d8-\u00de][a-z\u00df-\u00f6\u00f8-\u00ff])")


def camel_parts(text: str) -> list[str]:
    """The parts of each CamelCase name of `text` (`camel_name`), as written: "ChapaPesa" → "Chapa", "Pesa";
    "JPMorgan" → "JP", "Morgan"; "GlaxoSmithKline" → "Glaxo", "Smith", "Kline". A name is a run of letters from a
    capital that starts a word and a case change after it (`_CASE_CHANGE`). Not a legal form (`LEGAL_FORMS`: "GmbH"),
    nor a word whose run of capitals stands before a part of fewer than four letters ("THEnd" is no "TH" + "End": a
    typing slip or shouting; "BBCNews", "USAToday", "JPMorgan" split; BR31 #10a)."""
    found: list[str] = []
    for change in _CASE_CHANGE.finditer(text):
        start, end = change.start(), change.end()
        if start and text[start - 1].isalpha():
            continue  # (inside a word: its start was a match already, or no capital starts it)
        while end < len(text) and text[end].isalpha():
            end += 1
        word = text[start:end]
        if camel_name(word) and word.lower() not in LEGAL_FORMS:
            parts = _PART.split(word)
            if not any(_TWO_CAPITALS.fullmatch(part[-2:]) and _HEAD.match(after).end() < 4  # type: ignore[union-attr]
                       for part, after in zip(parts, parts[1:])):
                found += parts
    return found


# Companies' legal forms written in mixed case ("GmbH", "KGaA", "SpA", "SàRL"): no name of two words (BR31 #10a:
# "GmbH" indexed a junk part "gmb"). Source: ISO 20275's entity legal forms, their usual abbreviations.
LEGAL_FORMS = frozenset("""gmbh mbh kgaa ag spa sarl sàrl sprl srl bv nv plc llc llp pllc ltd inc corp pty bhd tbk oyj
ohg ug ev eg kg se sa sas sl kk""".split())


def manifest_rule(terms: Sequence[str] = ()) -> dict[str, str]:
    """What `search.js` needs to mark the text a joined or parted word came from (the manifest's `variants`; FX53): the
    re-/co- words kept apart (`APART`, regex source), and the words that make a CamelCase word no name to part
    (camelnames.NAME_PREFIXES, `LEGAL_FORMS`), and the Japanese names whose "oh" is a long vowel's
    (japanesenames.JAPANESE_KEYS, FX94) of those the index holds (`terms`, sorted: a few, not 2.6 kB on each
    query's download), space-separated. The page reads these rules rather than copies of them."""
    japanese = [key for key in sorted(JAPANESE_KEYS) if (at := bisect_left(terms, key)) < len(terms) and terms[at] == key]
    return {"apart": APART, "prefixes": " ".join(sorted(NAME_PREFIXES)), "japanese": " ".join(japanese),
            "legal": " ".join(sorted(form for form in LEGAL_FORMS if len(form) > 2))}  # (a CamelCase word has 3 letters)
