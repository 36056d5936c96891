"""Search terms of a text: the tokeniser the index and `search.js` share, and the per-text analysis.

Takes text (plain, not HTML); gives terms. A term is a word folded for comparison:

- lower case, accents removed (NFKD, then combining marks dropped), and the few Latin
  letters NFKD does not decompose mapped by `FOLD` (ß → ss, ø → o, ł → l, …), so
  "Žižek" and "Zizek" are one term while "Zelensky" and "Zelenskyy" stay two;
- invisible format characters are not there (`INVISIBLE`: a soft hyphen, a zero-width joiner, a word joiner; "Kyi\u00adv" → "kyiv"), nor
  Hebrew's gershayim in a word ("צה״ל" → "צהל": searchhebrew.py); a zero-width space splits words, as a space does (UAX #29);
- apostrophes straight, curly or typed as an accent alike (`APOSTROPHE_LIKE`: "O´Brien", "Hawaiʻi"): a possessive "'s" is dropped ("Ukraine’s" →
  "ukraine"), an elided article or preposition of French, Italian, Catalan or Irish before a
  word is dropped (`ELISIONS`: "l’Élysée" → "elysee", "d'adhésion" → "adhesion",
  "dell'Unione" → "unione"), and other inner apostrophes join ("O'Brien" → "obrien"); a
  capitalised word before such an apostrophe is a word too (`name_heads`): Turkish writes a
  proper noun's case ending after one ("İstanbul'da", "NATO'ya", "Erdoğan'ın"), so the name
  alone is found as well as the whole;
- words are runs of Unicode letters and digits (a hyphen or any other sign splits), with
  the combining marks that folding keeps inside them: the vowel signs and viramas of
  Devanagari and other Indic scripts, Thai vowels, the kana voicing marks NFKD splits off
  ("किया", "वैज्ञानिक", "ガス" are one word each, not fragments of one letter);
- a hyphenated word is indexed split and joined too (`searchvariants.hyphen_joined`: "Ji-hoon" → "ji", "hoon",
  "jihoon"; "COVID-19" → "covid19"), as a reader types either: a trial's "jihoon" found nothing (T20 #11); not
  where the hyphen keeps a word apart from another ("re-sign" is not "resign", "co-op" not "coop": `joins`); so is a word with
  Catalan's middle dot ("col·lecció": `middot_joined`), and a CamelCase name in its parts too ("ChapaPesa": `camel_parts`);
- Chinese and Japanese, written without spaces (`textmatch.UNSPACED`), are indexed as
  overlapping pairs of characters, as Lucene's CJKBigramFilter does ("海洋安全保障" → 海洋, 洋安,
  安全, 全保, 保障), so a word typed is found inside a sentence whatever its length: a query is
  split alike and all its pairs must match. A kana and its voicing mark are one character;
  a Latin word beside them is a word of its own ("NATOの" → "nato");
  terms of 1 character or more than `MAX_TERM` are not indexed (initials, URLs, hashes);
- `STOP`: Lucene's default English stop set (EnglishAnalyzer.ENGLISH_STOP_WORDS_SET,
  33 words) — the words that occur in nearly every article and never narrow a search.

- in English texts (the site's `language:`, or an article's own), plurals fold to the singular
  (`searchplural.singular`, Lucene's EnglishMinimalStemmer: "ferries" → "ferry", "talks" → "talk"),
  after the stop words are left out, as Lucene's EnglishAnalyzer orders its filters.

The browser folds query words by the same rules (`search.js`, with `STOP` and `FOLD`
read from the index manifest), so a word typed finds what the index holds. Weights
(2 bits, 0 = absent) rank results: `W_TITLE` for a word of the title, `W_OFTEN` for a
word of the text seen at least `OFTEN` times, `W_ONCE` otherwise (and for metadata such
as the outlet's name). Thai, Lao, Khmer and Burmese, also written without spaces, are not
segmented: a run of such text is one long word and is left out.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from typing import Callable, Iterable, Mapping

from briefgen.analyse.textmatch import UNSPACED, TextAnalysis, has_unspaced, typographic_only
from briefgen.load.textcut import shorten
from briefgen.render.searchelided import elided_names
from briefgen.render.searchplural import english, singular, singular_counts
from briefgen.render.searchhebrew import hebrew_joined
from briefgen.render.searchvariants import HAS_UMLAUT, other_spellings, umlaut_spellings, zwnj_parted
from briefgen.site.urls import LETTER_FOLD

TOKENISER_VERSION = "17"  # part of the memo key of every analysis: change it with any rule here
STOP = frozenset("a an and are as at be but by for if in into is it no not of on or such that the their then "
                 "there these they this to was will with".split())
FOLD = LETTER_FOLD  # letters NFKD keeps whole, as in URLs (site/urls.py)
MIN_TERM = 2  # characters
MAX_TERM = 40  # characters
W_ONCE, W_OFTEN, W_TITLE = 1, 2, 3
OFTEN = 3  # occurrences in a text that make a word weigh W_OFTEN
EXCERPT = 480  # characters of the text kept for result snippets

# Character classes as regex source, read by search.js from the manifest too: the combining
# marks (Combining Diacritical Marks and their Extended, Supplement, for-Symbols and Half-Marks
# blocks) and the apostrophes. Python's [^\W_] is Unicode letters and digits, as JS's [\p{L}\p{N}].
MARKS = r"\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
APOSTROPHES = r"'\u2019\u2018\u02bc\u2032`"  # (a grave accent typed for one: "O`Brien", "don`t")
# Read as an apostrophe before anything else: an acute accent typed for one ("O´Brien": NFKD made it a space and a
# mark), and the modifier letters transliterations write for one, ʻokina, hamza, ayn ("Hawaiʻi", "Qurʾan", "Shiʿite":
# letters to Unicode, kept inside the word, so "hawaii" and "Hawai'i" typed found nothing).
APOSTROPHE_LIKE = r"\u00b4\u02bb-\u02bf\u05f3"  # (and the Hebrew geresh: searchhebrew.py)
# Invisible format characters, read as nothing: a soft hyphen (U+00AD, "&shy;"), a zero-width (non-)joiner, the word
# joiner U+2060, U+FEFF, the bidi marks — every Cf character of the BMP but U+200B. UAX #29 (rule WB4) ignores Format
# characters inside a word; U+200B ZERO WIDTH SPACE, which marks a place between two words, is no Format character
# there: it splits, as a space does. ("Kyi&shy;v" was "kyi" and "v", and "kyiv" found nothing.)
INVISIBLE = (r"\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200c-\u200f\u202a-\u202e\u2060-\u2064"
             r"\u2066-\u206f\ufeff\ufff9-\ufffb")
_MARK = re.compile(f"[{MARKS}]+")
_ODD = re.compile(f"[{INVISIBLE}{APOSTROPHE_LIKE}\ufe63\uff0d\u05f4]|[\u05d0-\u05ea\u05f0-\u05f2\u0591-\u05c7][\"\u201c\u201d\u2033]")  # (searchhebrew.SIGNS)
_APOSTROPHE_LIKE = re.compile(f"[{APOSTROPHE_LIKE}]")
_INVISIBLE = re.compile(f"[{INVISIBLE}]+")


def _read_as_written(text: str) -> str:
    """`text` without `INVISIBLE` characters, `APOSTROPHE_LIKE` an apostrophe, a small or full-width hyphen-minus a
    hyphen (as NFKD: `hyphen_joined` reads "COVID－19"): what every pass reads (~1 µs a 1,000 characters)."""
    if _ODD.search(text) is None:
        return text
    return _APOSTROPHE_LIKE.sub("'", hebrew_joined(_INVISIBLE.sub("", text))).replace("\ufe63", "-").replace("\uff0d", "-")


# Elided articles, pronouns and prepositions: the union of Lucene's ElisionFilter sets for French
# (FrenchAnalyzer.DEFAULT_ARTICLES), Italian, Catalan and Irish. Before an apostrophe that a
# letter follows, at a word's start, they are not part of the word: "l’Europe" is "Europe", as
# a reader of French searches it (joined, it was the term "leurope", which no query finds).
# Words such as "O'Brien", "aujourd'hui" and "don't" start otherwise and still join.
ELISIONS = ("agl", "all", "b", "c", "coll", "d", "dagl", "dall", "degl", "dell", "gl", "j", "jusqu", "l", "lorsqu",
            "m", "n", "negl", "nell", "pell", "puisqu", "qu", "quoiqu", "s", "sugl", "sull", "t", "un", "v")
# Each starts with the apostrophe class and looks behind only there: a pattern starting
# with a lookbehind is tried at every position of the text (5x slower, measured).
_POSSESSIVE = re.compile(f"[{APOSTROPHES}](?<=[^\\W_][{APOSTROPHES}])s(?![^\\W_])")
_ELIDED = frozenset(ELISIONS)
_APOSTROPHE_IN_WORD = re.compile(f"[{APOSTROPHES}](?=[^\\W_])")  # (starts with its class: scanned fast)


def _drop_elisions(text: str, spots: list[int]) -> tuple[str, list[int]]:
    """`text` without each elision of `ELISIONS` that makes a whole run of letters and digits before
    an apostrophe a letter follows ("l’europe" → "europe"; "modell'x" kept), and its apostrophes'
    offsets (`_cut`); `spots` are `text`'s (`_apostrophe_spots`). Found from the apostrophe: a pattern
    that starts at the word (with a lookbehind for its start) is tried at every position of every
    text, ~0.1 s of a cold build at 1,000 articles."""
    cuts = []
    for at in spots:
        if _APOSTROPHE_IN_WORD.match(text, at):
            start = at
            while start and text[start - 1].isalnum():
                start -= 1
            if text[start:at] in _ELIDED:
                cuts.append((start, at + 1))
    return _cut(text, cuts, spots)


_APOSTROPHE_CHARS = "'\u2019\u2018\u02bc\u2032`"  # APOSTROPHES' characters (a test holds them equal)


def _apostrophe_spots(text: str) -> list[int]:
    """The offsets of `text`'s apostrophes, in order: a `str.find` for each kind (~3 µs for a text of
    4,700 characters, where sre's scan for their class took 20–50 µs for each pass that needs them)."""
    spots = []
    for mark in _APOSTROPHE_CHARS:
        at = text.find(mark)
        while at != -1:
            spots.append(at)
            at = text.find(mark, at + 1)
    spots.sort()
    return spots


def _removed(pattern: re.Pattern[str], text: str, spots: list[int]) -> tuple[str, list[int]]:
    """`pattern.sub("", text)` for a pattern whose matches start with an apostrophe and hold no second
    one (`_POSSESSIVE`, `_INNER_APOSTROPHE`): matched at each apostrophe (`spots`, `text`'s) instead of
    scanning the text; with the result's apostrophes' offsets (`_cut`)."""
    cuts, last = [], 0
    for at in spots:
        if at >= last and (found := pattern.match(text, at)) is not None:
            cuts.append((at, last := found.end()))
    return _cut(text, cuts, spots)


def _cut(text: str, cuts: list[tuple[int, int]], spots: list[int]) -> tuple[str, list[int]]:
    """`text` without the spans `cuts` (in order, apart), and `_apostrophe_spots` of the result, made from
    `spots` (`text`'s): each outside the cuts, less the characters cut before it. A cut only removes
    characters, so these are all its apostrophes (one scan of the text for the three passes of `_fold`
    instead of four: ~10 µs of ~550 µs an article's search text, c1k)."""
    if not cuts:
        return text, spots
    kept, last = [], 0
    for start, end in cuts:
        kept.append(text[last:start])
        last = end
    kept.append(text[last:])
    left, removed, i = [], 0, 0
    for at in spots:
        while i < len(cuts) and cuts[i][1] <= at:
            removed += cuts[i][1] - cuts[i][0]
            i += 1
        if i == len(cuts) or at < cuts[i][0]:  # (not inside cuts[i])
            left.append(at - removed)
    return "".join(kept), left


_INNER_APOSTROPHE = re.compile(f"[{APOSTROPHES}](?<=[^\\W_][{APOSTROPHES}])(?=[^\\W_])")
_WORD = re.compile(r"[^\W_]+")
_FOLD_TABLE = str.maketrans(FOLD)
_TO_FOLD = re.compile(f"[{''.join(FOLD)}]")  # str.translate with a table is ~0.3 ms per article: only when needed
VOICING = "\u3099\u309a"  # the kana voicing marks NFKD splits off: part of the character before them


@functools.cache
def _unspaced() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a run of `UNSPACED` characters, one of them with its voicing marks): compiled for the first
    word that has one (~9 ms: sre visits every code point of UNSPACED's ranges)."""
    return re.compile(f"(?:[{UNSPACED}][{VOICING}]*)+"), re.compile(f"[{UNSPACED}][{VOICING}]*")


def fold(text: str) -> str:
    """Lower case, accents and the letters of `FOLD` folded, apostrophes applied, `INVISIBLE` characters
    dropped; word boundaries kept."""
    plain = typographic_only(text)
    return _fold(text if plain else _read_as_written(text), plain)


def _fold(text: str, plain: bool) -> str:
    """`fold`, told whether `text` is `typographic_only` (then its NFKD is itself, and it holds no mark
    and no letter of `FOLD`: those passes are skipped)."""
    text = text.lower()
    if not plain:
        text = _MARK.sub("", unicodedata.normalize("NFKD", text))
        if _TO_FOLD.search(text):
            text = text.translate(_FOLD_TABLE)
    spots = _apostrophe_spots(text)
    if spots:
        text, spots = _removed(_POSSESSIVE, text, spots)
        text, spots = _drop_elisions(text, spots)
        text = _removed(_INNER_APOSTROPHE, text, spots)[0]
    return text


@functools.cache
def _marked_word() -> re.Pattern[str]:
    """A word with combining marks inside: Python's \\w has no marks, as JS's
    [\\p{L}\\p{N}] has none; search.js adds \\p{M} alike. Built on first use (~30 ms: the
    marks of unicodedata's Unicode version, all in U+0300..U+1FFFF and U+E0100..U+E01EF)."""
    ranges, start = [], None
    for cp in [*range(0x300, 0x20000), *range(0xE0100, 0xE01F0), 0xE01F0]:
        mark = cp < 0xE01F0 and unicodedata.category(chr(cp))[0] == "M"
        if mark and start is None:
            start = cp
        elif not mark and start is not None:
            ranges.append(f"\\U{start:08x}-\\U{cp - 1:08x}")
            start = None
    marks = "".join(ranges)
    # Letters first, then runs of marks each followed by letters: linear, no backtracking.
    return re.compile(f"[^\\W_]+(?:[{marks}]+[^\\W_]*)*")


def _has_mark(text: str) -> bool:
    """Whether `text` holds a combining mark. Asked of its distinct characters: searching a text
    with the class of every mark (as `_marked_word` holds, ranges beyond the BMP, which re checks one by one)
    took 0.78 ms for an article of 700 words, 3/4 of `words` and +2.6 s of CPU in a cold build
    of 1,000 articles (curly quotes make almost every text non-ASCII); this takes 0.04 ms."""
    return any(unicodedata.category(c)[0] == "M" for c in set(text) if c > "\u02ff")


def unspaced_pairs(word: str) -> list[str]:
    """A word as the index holds it: its runs of Chinese or Japanese characters (`UNSPACED`) as
    overlapping pairs of characters (one alone is left out, as a one-letter word is: a kana with a
    voicing mark is two code points but one character), the rest between them as words.
    "2024年東京の水道局" → ["2024", "年東", "東京", "京の", "の水", "水道", "道局"]; a word without
    such characters is itself."""
    if not has_unspaced(word):
        return [word]
    unspaced_run, unspaced_char = _unspaced()
    out: list[str] = []
    at = 0
    for run in unspaced_run.finditer(word):
        if run.start() > at:
            out.append(word[at:run.start()])
        chars = unspaced_char.findall(run.group())
        out.extend(a + b for a, b in zip(chars, chars[1:]))
        at = run.end()
    if at < len(word):
        out.append(word[at:])
    return out


_NOT_SUFFIXES = frozenset({"s", "t", "ll", "re", "ve", "d", "m"})


def name_heads(text: str) -> list[str]:
    """The capitalised words of `text` that an apostrophe and more letters follow ("İstanbul" of
    "İstanbul'da", "NATO" of "NATO’ya"), as written; not a possessive "'s" (already dropped), an
    English contraction ("Don't", "We'll": `_NOT_SUFFIXES`) nor an elision (`ELISIONS`: "L'" of "L'Europe"). Turkish separates a proper noun's suffixes with an
    apostrophe (TDK spelling rules; Lucene's TurkishAnalyzer drops them, ApostropheFilter): joined,
    "istanbulda" was the only term, and "istanbul" found it only as the last word typed."""
    heads = []
    for at in (at for at in _apostrophe_spots(text) if _INNER_APOSTROPHE.match(text, at)):  # (a scan: ~45 µs more)
        end = at + 1
        while end < len(text) and text[end].isalnum():
            end += 1
        if text[at + 1:end].lower() in _NOT_SUFFIXES:
            continue  # a possessive, or an English contraction ("Don't", "We'll")
        start = at
        while start > 0 and (text[start - 1].isalnum() or unicodedata.category(text[start - 1])[0] == "M"):
            start -= 1
        head = text[start:at]
        if head[:1].isupper() and head.lower() not in ELISIONS:
            heads.append(head)
    return heads


def words(text: str) -> list[str]:
    """Every indexable word of `text`, folded, in order, stop words and too short or long words left
    out; Chinese and Japanese as pairs of characters (`unspaced_pairs`); then the capitalised words
    before an apostrophe (`name_heads`) as words of their own."""
    return [w for w in _all_tokens(text) if MIN_TERM <= len(w) <= MAX_TERM and w not in STOP]


def _all_tokens(text: str) -> list[str]:
    """`words` before the stop words and too short or long words are left out."""
    plain = typographic_only(text)
    if not plain:
        text = _read_as_written(zwnj_parted(text) if "\u200c" in text else text)
    found = _tokens(text, plain)
    if any(mark in text for mark in _APOSTROPHE_CHARS):
        heads = name_heads(text) + elided_names(text)  # ("D’Alessandro" joined too: searchelided.py)
        if heads:
            found += _tokens(" ".join(heads))
    if joined := other_spellings(text):  # (hyphens and middle dots joined, CamelCase parts: searchvariants.py)
        found += _tokens(" ".join(joined))
    # (U+0308: an umlaut written as a combining mark)
    if not plain and (HAS_UMLAUT.search(text) or "\u0308" in text):
        found += _tokens(" ".join(umlaut_spellings(unicodedata.normalize("NFC", text))))
    return found


def _tokens(text: str, plain: bool | None = None) -> list[str]:
    """The words of `text` folded; `plain`: whether it is `typographic_only` (None: not known)."""
    if plain is None:
        plain = typographic_only(text)
    folded = _fold(text, plain)
    if plain:  # (no mark, no Chinese or Japanese: the folded text is as plain)
        return _WORD.findall(folded)
    # The plain pattern is 3x faster; marks survive folding only in some scripts (not Latin, Cyrillic, Greek).
    found = _marked_word().findall(folded) if not folded.isascii() and _has_mark(folded) else _WORD.findall(folded)
    if has_unspaced(folded):
        found = [piece for word in found for piece in unspaced_pairs(word)]
    return found


@dataclass(frozen=True, slots=True)
class SearchText:
    """What the index needs of a text: its terms (sorted, one per line) with a weight byte each, and an excerpt.

    Packed as one string and one bytes object rather than a tuple of terms: at 100,000
    articles the memo holds one of these per article (~3 KB each), and a few large
    objects cost a fraction of the memory and pickling time of 300 small ones.
    """

    terms: str  # "\n".join(sorted terms)
    weights: bytes  # one of W_ONCE, W_OFTEN per term
    excerpt: str  # the first ~EXCERPT characters, cut at a space ("…" added when cut)

    def pairs(self) -> Iterable[tuple[str, int]]:
        return zip(self.terms.split("\n"), self.weights) if self.terms else ()


def analyse_text(text: str, plurals: bool = False) -> SearchText:
    """A plain text → its `SearchText` (the per-article step, memoised by the file's revision);
    `plurals`: an English text, whose words fold to the singular (`searchplural.singular`), the
    occurrences of both forms counted together for the weight ("ferry" twice, "ferries" once: W_OFTEN)."""
    # Counted first, then the distinct words filtered (~300 an article, of ~750: the filter of every
    # word was the largest item of this function, ~0.1 ms); the same counts as Counter(words(text)).
    found = Counter(_all_tokens(text))
    kept = [w for w in found if MIN_TERM <= len(w) <= MAX_TERM and w not in STOP]
    counts: Mapping[str, int] = singular_counts(found, kept) if plurals else found
    terms = sorted(counts) if plurals else sorted(kept)
    weights = bytes(W_OFTEN if counts[t] >= OFTEN else W_ONCE for t in terms)
    return SearchText("\n".join(terms), weights, excerpt(text))


def excerpt(text: str, limit: int = EXCERPT) -> str:
    """The start of `text` a result shows: `limit` characters at most, cut at a word (`textcut.shorten`)."""
    return shorten(text, limit)


def field_terms(title: str, meta: Iterable[str], split: Callable[[str], list[str]] = words,
                plurals: bool = False) -> dict[str, int]:
    """Terms of a document's title (`W_TITLE`) and metadata such as its outlet and topics (`W_ONCE`).

    `split` is `words`, or the same with a cache (metadata repeats: a few outlets and topics);
    `plurals`: the document is in English, its words fold to the singular as its text's do.
    """
    found = {w: W_ONCE for m in meta for w in split(m)}
    found.update((w, W_TITLE) for w in words(title))
    if plurals:
        folded: dict[str, int] = {}
        for word, weight in found.items():
            one = singular(word)
            folded[one] = max(folded.get(one, 0), weight)
        return folded
    return found


def document_terms(fields: dict[str, int], body: SearchText) -> dict[str, int]:
    """term → weight of a whole document: the highest of its title, metadata and text weights."""
    merged = dict(body.pairs())
    for term, weight in fields.items():
        if merged.get(term, 0) < weight:
            merged[term] = weight
    return merged


def search_analysis(language: str = "en") -> TextAnalysis:
    """The per-article analysis `run_analyses` memoises by revision (the title is indexed per document), for a
    site in `language` (config.yaml's; its default is English): a text folds plurals when it is English, its
    own `language:` or else the site's (`run_in`; an article's own is in its revision, the site's in `settings`)."""
    site = english(language)
    return TextAnalysis("search", f"tokeniser {TOKENISER_VERSION} excerpt {EXCERPT} plurals {'en' if site else 'no'}",
                        lambda title, text: analyse_text(text, site),
                        run_in=lambda title, text, own: analyse_text(text, english(own)), language=language)
