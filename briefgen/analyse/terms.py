"""Content terms of a text for story grouping: words folded to one form, names kept as phrases.

Takes a title and plain text; gives `Terms`: each content term with its weight in the
article (sublinear term frequency, title words counted `TITLE_WEIGHT` times), and the
written form of the terms that were seen as names (for the evidence shown to editors).

Rules, and where they come from:
- Words are runs of letters and digits (any punctuation, apostrophes included, splits
  words, so a possessive "'s" falls away: "Kyiv's" → kyiv). Lower case, except that
  acronyms (US, EU, UN) are kept apart from the stopwords "us", "it". "U.S." is US.
- Stopwords: English function words, the verbs of attribution that every news story uses
  (said, told), and verbs, adjectives and time words that fit any event (make, possible,
  week); they carry no event, and a small archive cannot yet tell from its document
  frequencies that they are common (measured: docs/stories.md).
- Other languages' function words: an article that holds more of one language's Snowball stop
  list (`stopwords.STOPWORDS`: French, German, Spanish, Italian, Portuguese, Dutch, the Nordic
  languages, Finnish, Russian, Turkish) than of the English function words, and at least
  `MIN_LANGUAGE_HITS` of them, is in that language, and its function words are dropped too (from
  single terms and from name pairs). A trial of a French briefing grouped an Israeli gas deal
  with two pieces on Dominique de Villepin, sharing "un, pour, de, der", and an enlargement
  report with a cease-fire one, sharing "les, la, un, en". English articles are read as before.
- Plural folding is Harman's "S" stemmer (Harman 1991, "How effective is suffixing?",
  JASIS 42(1)): -ies → -y, -es → -e, -s → "" unless the word ends in -us, -ss, -aes,
  -ees, -oes, -eies, -aies. It is deliberately light: "talks"/"talk" meet, "negotiations"
  and "negotiators" do not.
- Spelling variants that would split one event in two are folded by a short table
  (`ALIASES`): Kiev/Kyiv, Zelenskiy/Zelenskyy/Zelensky, British/American spellings, U.S./US.
- A name joined by "&" ("Marks & Spencer", "Procter & Gamble") is one term, "marks＆spencer" (`join_ampersands`:
  U+FF06 joins the words), never its words: "Marks" folded to "mark" met Mark Bishop's "mark" in every article
  that named him (a trial's two weak suggestions, 0.46 and 0.44; issue 9). Shown as written, "Marks & Spencer".
- A clock time to the minute that opens a line ("09:10 …", "10.30am …", "14h30 …": a live blog's entry time) is no
  term, nor are its pieces: when a blog's entries were written tells no event (two live blogs' related link showed
  "vote, 09, 10, 30, branch"; `_CLOCK`). A time inside a sentence is kept: the evaluation set's "shortly after 02:30
  local time" and the doping set's "11pm-6am" testing window are their events' (removing them cost correct pairs).
- Sublinear term frequency 1 + ln(tf) (Manning, Raghavan & Schütze, *Introduction to
  Information Retrieval*, §6.4.1), so one long article does not outweigh a short one.
- Names: adjacent capitalised words (across punctuation, so "Kyiv. Officials" also
  makes a pair: rare noise, kept for speed) ("Li Hui"; "Foreign Minister Dmytro Kuleba" gives
  "Foreign Minister", "Minister Dmytro", "Dmytro Kuleba") are added as two-word terms,
  so that Li Hui and Li Qiang are not the same person.
- Only the first `MAX_CHARS` characters of the body are read (the news of an article is
  in its headline and first paragraphs; the rest is background), which also bounds the
  time per article.
- At most `MAX_TERMS` terms per article (the heaviest; ties by term), which bounds the
  memoised value and the grouping's work for long articles; articles under ~300 words
  keep all their terms.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from collections import Counter
from functools import lru_cache
from itertools import compress

from briefgen.analyse.capitals import CAPITAL
from briefgen.analyse.stopwords import STOPWORDS as OTHER_STOPWORDS
from briefgen.analyse.textmatch import lower as casefree
from briefgen.analyse.wordmemo import word_memo

TITLE_WEIGHT = 3
MAX_TERMS = 80
MAX_CHARS = 1500  # ~250 words: the news is in the headline and first paragraphs (docs/stories.md)
MIN_LANGUAGE_HITS = 2  # function words of another language that make an article of it (with more than English ones)

_STOPWORDS = frozenset("""
a about above across after afterwards again against all almost alone along already also although always am
among amongst an and another any anyhow anyone anything anyway anywhere are around as at back be became because
become becomes becoming been before beforehand behind being below beside besides between beyond both but by can
cannot could did do does doing done down due during each either else elsewhere enough etc even ever every
everyone everything everywhere except few for former formerly from further had has have having he hence her here
hereafter hereby herein hers herself him himself his how however i if in indeed into is it its itself just last
latter least less made many may me meanwhile might mine more moreover most mostly much must my myself namely
neither never nevertheless next no nobody none noone nor not nothing now nowhere of off often on once one only
onto or other others otherwise our ours ourselves out over own per perhaps rather same seem seemed seeming seems
several she should since so some somehow someone something sometime sometimes somewhere still such than that the
their theirs them themselves then thence there thereafter thereby therefore therein thereupon these they this
those though through throughout thru thus to together too toward towards under until up upon us very via was we
well were what whatever when whence whenever where whereafter whereas whereby wherein whereupon wherever whether
which while whither who whoever whole whom whose why will with within without would yet you your yours yourself
yourselves s t mr mrs ms dr also would could said says say saying told tell tells telling added adding according
""".split()) | frozenset("""
make made making take took taken taking see saw seen seeing give gave given giving come came coming go went gone
going get got getting put keep kept keeping hold held holding want wanted need needed seem seemed show showed shown
call called ask asked try tried use used find found think thought know known believe believed expect expected
remain remained include included including continue continued begin began start started let like look looked
set sets setting mean meant means become came way ways thing things lot part parts kind sort case cases point
new old possible likely high higher large big small long first second third last next early earlier late later
recent recently former current currently good better best bad real really clear clearly much many more most
year years month months week weeks day days today yesterday time times ago now since around
""".split())

ALIASES = {
    "kiev": "kyiv", "zelenskiy": "zelensky", "zelenskyy": "zelensky", "zelenskyi": "zelensky",
    "odessa": "odesa", "kharkov": "kharkiv", "lvov": "lviv", "nikolaev": "mykolaiv", "zaporozhye": "zaporizhzhia",
    "u.s.": "us", "usa": "us", "u.k.": "uk", "u.n.": "un", "e.u.": "eu",
    "favour": "favor", "favoured": "favored", "defence": "defense", "offence": "offense", "centre": "center",
    "organisation": "organization", "recognise": "recognize", "recognised": "recognize",
    "criticise": "criticize", "criticised": "criticize", "emphasise": "emphasize", "emphasised": "emphasize",
    "sceptical": "skeptical", "programme": "program", "neighbour": "neighbor", "labour": "labor",
    "counter-offensive": "counteroffensive",
    # (since 2026-12-04: a trial's "revoked Corvane's operating licence" and "lost its air operator license" did not
    # meet; the commonest other British spellings of news verbs and nouns with them)
    "licence": "license", "cancelled": "canceled", "cancelling": "canceling",
    "travelled": "traveled", "travelling": "traveling", "apologise": "apologize", "apologised": "apologize",
    "apologized": "apologize", "authorise": "authorize", "authorised": "authorize",
    "authorized": "authorize", "analyse": "analyze", "analysed": "analyze", "colour": "color", "honour": "honor",
    "rumour": "rumor", "behaviour": "behavior", "theatre": "theater", "kilometre": "kilometer", "metre": "meter",
    "litre": "liter", "tyre": "tire", "aluminium": "aluminum", "jewellery": "jewelry", "grey": "gray",
}
# Typographic punctuation (U+2000–U+206F, Latin-1 punctuation) in UTF-8: turned to spaces before splitting.
_PUNCTUATION = re.compile(rb"\xe2\x80[\x80-\xbf]|\xe2\x81[\x80-\xaf]|\xc2[\xa0-\xbf]")
# One byte table: ASCII letters and digits kept (and any byte of a non-ASCII letter), the rest a space.
_WORD_BYTES = bytes(b if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122 or b >= 128) else 32
                    for b in range(256))
_COMMON_MARKS = tuple("\u201c \u201d \u2019 \u2018 \u2014 \u2013".encode().split())  # replacing is faster than a regex
# A run of capitalised words; the "\b" before it is written after its capital (a byte before it that is no ASCII
# letter, digit or "_"), so that sre looks for a capital first: ~25 % faster.
_NAME_RUN = re.compile(rb"[A-Z](?<![0-9A-Za-z_][A-Z])[^ ]*(?: [A-Z][^ ]*)+")
AMPERSAND = "\uff06"  # FULLWIDTH AMPERSAND: a word character (non-ASCII) that joins a name's words round "&"
_JOINED_BY_AMPERSAND = re.compile(rf"(?<=[^\W\d_])[ \t]+&[ \t]+(?={CAPITAL})")
# A thousands separator (not a decimal point); the comma first, so that sre looks only at commas (a look-behind
# first tried every position: 58 µs a benchmark article against 2 µs)
_THOUSANDS = re.compile(rb",(?<=[0-9],)(?=[0-9]{3}(?![0-9]))")
_DOTTED = ((b"U.S.", b"US"), (b"U.K.", b"UK"), (b"U.N.", b"UN"), (b"E.U.", b"EU"))
# A clock time to the minute that opens a line: a live blog's entry time, "09:10 …", "9.30am …", "14h30 …" (hour 0-23,
# minutes 00-59; a dot only before am/pm). Its pieces are no terms: two live blogs' evidence was "vote, 09, 10, 30,
# branch" (2026-12-04). A time inside a sentence stays ("shortly after 02:30 local time", "from 11pm to 6am": the
# evaluation and doping sets' reports share such times, and lost correct pairs without them).
_CLOCK = re.compile(rb"^[ \t]*[0-9]{1,2}(?:[:h][0-5][0-9](?:\s?[ap]\.?m\b\.?)?|\.[0-5][0-9]\s?[ap]\.?m\b\.?)"
                    rb"(?![0-9A-Za-z]|:[0-9])", re.MULTILINE)
# Where `_CLOCK` may match: digits made "0", ":" "h" and "p" "a", spaces and dots left out ("6.30 p.m." → "00am"), as
# two needles (~2 µs a lead; the pattern alone took ~9 µs, ten needles ~10 µs)
_CLOCK_TABLE = bytes.maketrans(b"123456789:p", b"000000000ha")

@dataclass(frozen=True, slots=True)
class Terms:
    """An article's content terms: `weights` ((term, 1 + ln tf), sorted by term), `shown` (term → written name)."""

    weights: tuple[tuple[str, float], ...]
    shown: tuple[tuple[str, str], ...]


def join_ampersands(text: str) -> str:
    """`text` with each " & " between a word and a capitalised one made `AMPERSAND`, so that the name it joins
    is one word ("Marks & Spencer" → "Marks＆Spencer"); propernames.capitals reads names the same way."""
    return _JOINED_BY_AMPERSAND.sub(AMPERSAND, text) if "&" in text else text


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """The compared form of one lower-case word: alias table, then Harman's S-stemmer."""
    if word in ALIASES:
        return ALIASES[word]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("us", "ss", "is")):
        if word.endswith("ies") and not word.endswith(("eies", "aies")):
            word = word[:-3] + "y"
        elif word.endswith("es") and not word.endswith(("aes", "ees", "oes")):
            word = word[:-1]
        else:
            word = word[:-1]
    return ALIASES.get(word, word)


@word_memo
def keyword(token: bytes) -> tuple[str, str] | None:
    """(term, written name or "") of one written word (UTF-8, case kept); None for stopwords and one-letter words.

    Acronyms (US, EU, UN) stay terms where the lower-case word ("us") is a stopword; the
    written name is kept for capitalised words and for acronyms that are their own term ("CIA",
    not "cia", in the evidence shown to editors and readers), not for those read as an alias.
    """
    word = token.decode("utf-8", "replace")
    if len(word) >= 2 and word.isupper() and word.isalpha():
        lower = casefree(word)
        alias = ALIASES.get(lower)
        return (lower, word) if alias is None else (alias, "")
    lower = casefree(word)  # "İstanbul" is "istanbul", as "Istanbul" is (textmatch.lower)
    if lower in _STOPWORDS or len(lower) < 2:
        return None
    if lower[0].isdigit():
        return lower, ""
    if AMPERSAND in lower:  # "Marks＆Spencer": a name, as written; its last word is not folded as a plural
        return lower, word.replace(AMPERSAND, " & ")
    term = fold(lower)
    return (term, word if word[0].isupper() else "") if term not in _STOPWORDS else None


def words(text: str) -> list[bytes]:
    """The words of `text` as UTF-8 byte strings, case kept; apostrophes and all punctuation split words.

    Bytes, because splitting 5 kB of text this way is ~10× faster than a Unicode regex.
    A possessive "'s" becomes a word "s", which is a stopword.
    """
    return word_bytes(text).split()


def word_bytes(text: str) -> bytes:
    """`text` in UTF-8 with every byte that is not part of a word made a space (`words` splits it).

    Every change is to one character, to a dotted acronym or a number's thousands separators ("1,400" → "1400"),
    or a line's opening clock time made spaces ("09:10", "9.30 am": `_CLOCK`), never across white space but such a
    time's, but for the " & " of a name, which joins its words (`join_ampersands`).
    """
    raw = marks_spaced(join_ampersands(text).encode("utf-8"))
    if b"." in raw:
        for dotted, plain in _DOTTED:
            raw = raw.replace(dotted, plain)
    if b"," in raw:  # "1,400" is one number, not "1" and the "400" of another report (a shipyard trial's evidence)
        raw = _THOUSANDS.sub(b"", raw)
    marked = raw.translate(_CLOCK_TABLE, b" .")
    if b"0h0" in marked or b"0am" in marked:
        raw = _CLOCK.sub(lambda m: b" " * len(m.group(0)) if int(m.group(0).lstrip()[:2].strip(b":h.")) < 24
                         else m.group(0), raw)
    return raw.translate(_WORD_BYTES)


def marks_spaced(raw: bytes) -> bytes:
    """UTF-8 `raw` with each punctuation mark outside ASCII (quotation marks, dashes, no-break spaces: General
    Punctuation and Latin-1's marks) made a space; ASCII bytes and letters kept."""
    if b"\xe2\x80" in raw:
        for mark in _COMMON_MARKS:
            raw = raw.replace(mark, b" ")
    if b"\xe2" in raw or b"\xc2" in raw:
        raw = _PUNCTUATION.sub(b" ", raw)
    return raw


@word_memo
def term_of(token: bytes) -> str | None:
    """The term of one written word, or None (`keyword` without the written name)."""
    hit = keyword(token)
    return hit[0] if hit is not None else None


@dataclass(frozen=True, slots=True)
class Counted:
    """The words of one text, split once for the analyses that read them (`article_terms`,
    propernames.capitals, `language_of`): each distinct word (UTF-8, case kept) with its count,
    in first-seen order, and all the words joined by one space (where name runs are looked for)."""

    tally: Counter[bytes]
    joined: bytes


def counted(text: str) -> Counted:
    """`text`'s words (`words`), counted."""
    found = words(text)
    return Counted(Counter(found), b" ".join(found))


def _count(text: Counted, weight: int, counts: dict[str, int], shown: dict[str, str] | None) -> None:
    """Add the terms of `text` to `counts`, and to `shown` the written form of words used mostly capitalised."""
    tally = text.tally
    get = counts.get
    for (token, n), hit in zip(tally.items(), map(keyword, tally)):
        if hit is not None:
            term = hit[0]
            counts[term] = get(term, 0) + n * weight
            if hit[1] and shown is not None and n > tally.get(token.lower(), 0):
                shown.setdefault(term, hit[1])
    for run in _NAME_RUN.findall(text.joined):
        hits = list(map(keyword, run.split()))
        for one, two in zip(hits, hits[1:]):
            if one is not None and two is not None:
                key = f"{one[0]} {two[0]}"
                counts[key] = get(key, 0) + weight
                if shown is not None and key not in shown:
                    shown[key] = f"{one[1] or one[0].upper()} {two[1] or two[0].upper()}"


class _Sublinear(dict):  # type: ignore[type-arg]
    """tf → 1 + ln tf: a table of the counts that occur, looked up in C (~15 µs an article less than a
    cache of the function); past its end computed, not kept: the table never changes."""

    def __missing__(self, tf: int) -> float:
        return 1.0 + math.log(tf)


_SUBLINEAR = _Sublinear((tf, 1.0 + math.log(tf)) for tf in range(1, 1024))


@lru_cache(maxsize=None)
def function_terms(language: str | None) -> frozenset[str]:
    """`language`'s function words as `keyword` makes terms of them (lower case, then `fold`); none
    for None (English, whose function words `keyword` drops itself)."""
    if language is None:
        return frozenset()
    listed = OTHER_STOPWORDS[language]
    return listed | frozenset(fold(word) for word in listed)


def language_of(text: str) -> str | None:
    """The tag of the language `text` is written in ("fr", "de", … of `stopwords.STOPWORDS`), or None
    for English or a text too short to tell: the language whose function words it holds most of, when
    that is more than the English function words it holds and at least `MIN_LANGUAGE_HITS`."""
    return language_of_counted(counted(text))


def language_of_counted(*texts: Counted) -> str | None:
    """`language_of` the texts read as one (their words counted together)."""
    english, others = 0, 0
    hits: list[tuple[tuple[str, ...], int]] = []
    for text in texts:  # one look-up a distinct word (a cache of the written word), not one a language
        tally = text.tally
        marks = list(map(_function_word, tally))
        for (token, n), mark in compress(zip(tally.items(), marks), marks):
            if mark[0]:
                english += n
            if mark[1]:
                others += n
                hits.append((mark[1], n))
    least = max(english, MIN_LANGUAGE_HITS - 1)
    if others <= least:  # (no language can then hold more: each of its words is among `others`)
        return None
    found = dict.fromkeys(OTHER_STOPWORDS, 0)
    for languages, n in hits:
        for language in languages:
            found[language] += n
    best, most = None, least
    for language, count in found.items():  # (in OTHER_STOPWORDS's order: the first of equal counts wins)
        if count > most:
            best, most = language, count
    return best


@word_memo
def _function_word(token: bytes) -> tuple[bool, tuple[str, ...]] | None:
    """Whether a written word (UTF-8, case kept) is an English function word, and the languages of
    OTHER_STOPWORDS that list it (lower case, as `language_of` compares them); None when neither."""
    word = token.decode("utf-8", "replace").lower()
    english, languages = word in _STOPWORDS, _languages_listing().get(word, ())
    return (english, languages) if english or languages else None


@lru_cache(maxsize=1)
def _languages_listing() -> dict[str, tuple[str, ...]]:
    """Word → the languages of OTHER_STOPWORDS that list it, in that order."""
    listing: dict[str, list[str]] = {}
    for language, listed in OTHER_STOPWORDS.items():
        for word in listed:
            listing.setdefault(word, []).append(language)
    return {word: tuple(languages) for word, languages in listing.items()}


def article_terms(title: str, text: str, max_terms: int = MAX_TERMS, body: Counted | None = None,
                  head: Counted | None = None) -> Terms:
    """The weighted content terms of one article (title counted `TITLE_WEIGHT` times); `body`, when
    given, is `counted(text[:MAX_CHARS])` (stories.story_features splits it once for two analyses), and
    `head` `counted(title)` (split once for the article's terms, its lead's and its written forms)."""
    shown: dict[str, str] = {}
    counts = _counts(counted(title) if head is None else head, counted(text[:MAX_CHARS]) if body is None else body,
                     shown)
    terms = _heaviest(counts, max_terms)
    weights = tuple(zip(terms, map(_SUBLINEAR.__getitem__, map(counts.__getitem__, terms))))
    named = list(filter(shown.__contains__, terms))
    return Terms(weights, tuple(zip(named, map(shown.__getitem__, named))))


def term_list(title: str, text: str, head: Counted | None = None) -> list[str]:
    """The terms of `article_terms(title, text)`, in its order, without their weights and written names (the lead's
    terms, a credit's sentence's: leadwords.py, credit_days.py); `head`, when given, is `counted(title)`."""
    return _heaviest(_counts(counted(title) if head is None else head, counted(text[:MAX_CHARS]), None), MAX_TERMS)


def _counts(head: Counted, body: Counted, shown: dict[str, str] | None) -> dict[str, int]:
    """Term → its count in a headline's words `head` (`TITLE_WEIGHT` each) and a body's `body`, less another
    language's function words (`language_of_counted`); the body's names as written added to `shown`."""
    counts: dict[str, int] = {}
    _count(head, TITLE_WEIGHT, counts, None)  # headlines may capitalise every word: names come from the body
    _count(body, 1, counts, shown)
    language = language_of_counted(head, body)
    if language is not None:
        function = function_terms(language)
        counts = {term: n for term, n in counts.items() if not function.intersection(term.split(" "))}
    return counts


def _heaviest(counts: dict[str, int], max_terms: int) -> list[str]:
    """The terms of `counts`, sorted; only the `max_terms` heaviest when more (ties by term)."""
    terms = sorted(counts)  # (the terms alone: a sort of strings, not of pairs)
    if len(terms) > max_terms:  # heaviest first; the sort is stable, so ties stay in term order
        terms = sorted(terms, key=counts.__getitem__, reverse=True)[:max_terms]
        terms.sort()
    return terms
