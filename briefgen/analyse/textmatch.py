"""Text matching shared by the analyses: normalised words and phrases, and the per-article analysis value.

Topic keywords, people's names and (later) story terms are all matched the same way:
whole words, any case, any run of spaces between the words of a phrase, straight or
curly apostrophes alike (bodies have typographic quotes, config files straight ones).
Chinese and Japanese are written without spaces between words: beside one of their characters
(`UNSPACED`) a word ends, as a line may break there (UAX #14, as `load.textcut` cuts), so the
keyword 中国 is found in "日本と中国の両政府は" and NATO in "NATOの首脳".
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any, Callable, Iterable

from briefgen.analyse.languages import lexicon_of


# Characters of scripts written without spaces between words, as regex class source: Han (with
# 々 and 〇), Hiragana, Katakana (with ー and the halfwidth forms; not the combining voicing
# marks U+3099–U+309A, which NFKD splits off and which belong to the kana before them), the CJK
# extensions and compatibility ideographs. Shared with the search tokeniser (render/searchtext.py, search.js).
UNSPACED = ("\u3005\u3007\u3040-\u3098\u309b-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"
            "\U00020000-\U0003134f")
# A word's edge: no letter, digit or underscore of a spaced script next to it (as \w was).
WORD_BEFORE = rf"(?<![^\W{UNSPACED}])"
WORD_AFTER = rf"(?![^\W{UNSPACED}])"
# The same edges for a text with no `UNSPACED` character, where they are exactly \w's. Compiling a
# class of UNSPACED's ranges costs ~2 ms a pattern (sre's charset optimiser visits every code point
# of a range): with the 25 topic keywords of the benchmark corpus, +0.08 s of every build, and more
# in every worker and for people's names. `Phrases` compiles these edges and the full ones only for
# a text that needs them (`has_unspaced`), once a process.
SPACED_BEFORE, SPACED_AFTER = r"(?<!\w)", r"(?!\w)"


def lower(text: str) -> str:
    """`text` in lower case, one character for one: Turkish "İ" (U+0130) is "i" ("İstanbul" as
    "Istanbul"), not what str.lower() gives, "i" and a combining dot above (U+0307), two characters —
    the only one it lengthens. A trial: the topic keyword Istanbul missed "İstanbul'da", İzmir missed
    "Izmir", and a declared person's name found after an "İ" was cut one letter off (offsets into the
    lowered text no longer fitted the text)."""
    return text.replace("\u0130", "I").lower() if "\u0130" in text else text.lower()


def ignorecase_key(word: str) -> str:
    """`word` in lower case as re.IGNORECASE compares it (`lower`, and the two letters sre matches with an ASCII
    one that lower case keeps: dotless "ı" is "i", long "ſ" is "s"; the Kelvin sign lowers to "k"), one character for
    one: the key under which a table keyed by ASCII words finds what an IGNORECASE pattern matched ("on ſunday",
    "4 bıllion" raised KeyError or ValueError in a build before 2026-12-05; tests/analyse/test_ignorecase_keys.py)."""
    lowered = lower(word)
    return lowered if lowered.isascii() else lowered.replace("\u0131", "i").replace("\u017f", "s")


def normalise(word: str) -> str:
    """The form a keyword or name is compared in: lower case (`lower`), one space between words,
    straight apostrophes."""
    return " ".join(lower(word).replace("\u2019", "'").split())


def phrase_pattern(phrase: str, between: str = r"\s+") -> str:
    """A regex for a word or phrase: `between` words (any run of spaces), straight or curly apostrophes."""
    words = (re.escape(part).replace("'", "['\u2019]") for part in phrase.replace("\u2019", "'").split())
    return between.join(words)


def alternation(phrases: Iterable[str]) -> re.Pattern[str] | None:
    """One regex matching any of the normalised `phrases` as whole words, longest first (a word
    also ends beside a Chinese or Japanese character: `UNSPACED`).

    Longest first, so "Xi Jinping" is one match rather than "Xi" and a stray word. Used
    on lower-cased text: twice as fast as re.IGNORECASE on long alternations (measured
    on the benchmark corpus).
    """
    source = _alternation_source(phrases)
    return None if source is None else re.compile(rf"{WORD_BEFORE}{source}{WORD_AFTER}")


def _alternation_source(phrases: Iterable[str], between: str = r"\s+") -> str | None:
    ordered = sorted(set(phrases), key=lambda w: (-len(w), w))
    return f"(?:{'|'.join(phrase_pattern(w, between) for w in ordered)})" if ordered else None


def _spaced(phrases: Iterable[str], between: str = r"\s+") -> re.Pattern[str] | None:
    """`alternation(phrases)` for texts without an `UNSPACED` character (`SPACED_BEFORE`)."""
    source = _alternation_source(phrases, between)
    return None if source is None else re.compile(rf"{SPACED_BEFORE}{source}{SPACED_AFTER}")


@functools.lru_cache(maxsize=None)
def _full(spaced: re.Pattern[str]) -> re.Pattern[str]:
    """The `alternation` of a `_spaced` pattern: its edges for any text (compiled once a process)."""
    body = spaced.pattern[len(SPACED_BEFORE):len(spaced.pattern) - len(SPACED_AFTER)]
    return re.compile(rf"{WORD_BEFORE}{body}{WORD_AFTER}")


@functools.lru_cache(maxsize=1)
def _unspaced_char() -> re.Pattern[str]:
    return re.compile(f"[{UNSPACED}]")


def has_unspaced(text: str) -> bool:
    """Whether `text` holds an `UNSPACED` character, where `SPACED_BEFORE` and `WORD_BEFORE` differ."""
    # (3x faster than max(text); `typographic_only` first is 2x faster for a long text of English copy, but
    # slower for the short ones most callers pass: the story features +9 %, analyse_bench.py)
    return not text.isascii() and _unspaced_char().search(text) is not None


# The non-ASCII characters of ordinary English copy, which no text pass reads as more than punctuation:
# curly quotes and apostrophes, en and em dashes. Each is its own NFKD, no combining mark, no letter
# the search folds and no `UNSPACED` character (tests/render/test_search_fold.py checks all four): the
# search tokeniser (render/searchtext.py) skips those passes for such a text.
TYPOGRAPHIC = "\u201c\u201d\u2018\u2019\u2013\u2014"


def typographic_only(text: str) -> bool:
    """Whether every character of `text` is ASCII or one of `TYPOGRAPHIC` — every article of the
    benchmark corpus and most English copy: passes that look for accents, marks or Chinese and
    Japanese characters can skip it. ~18 µs for a text of 4,700 characters (a `str.replace` for each
    of these characters it holds, then `str.isascii`), where one regex scan of it for a class of
    ranges takes 35–55 µs (CPU time, minimum of 7 passes over 400 plain texts of the benchmark corpus)."""
    if text.isascii():
        return True
    for mark in TYPOGRAPHIC:
        if mark in text:
            text = text.replace(mark, "")
    return text.isascii()


_ASCII_WORD = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")  # \w, none of them UNSPACED


@dataclass(frozen=True, slots=True)
class Phrases:
    """`alternation(phrases)`, tried only where a phrase's first word is in the text.

    Each phrase's text up to its first space or apostrophe (its *start*) is matched literally by
    the pattern, so a match begins where a start occurs. `str.find` finds the starts several
    times faster than the regex scans the text for them; at each place the phrases with that
    start are tried, longest first, as `pattern` would try them: the same matches as
    `pattern.finditer`. `starts` is empty when a phrase starts with an apostrophe (then the
    pattern scans).
    """

    pattern: re.Pattern[str]  # with the edges of a text without UNSPACED characters (`_spaced`)
    starts: tuple[tuple[str, re.Pattern[str]], ...]  # (start, the alternation of its phrases, as `pattern`)

    def finditer(self, text: str) -> list[re.Match[str]]:
        """The matches `alternation(phrases).finditer(text)` gives, as a list."""
        if not self.starts:
            return list((_full(self.pattern) if has_unspaced(text) else self.pattern).finditer(text))
        spots: dict[int, re.Pattern[str]] = {}
        for start, pattern in self.starts:
            at = text.find(start)
            while at >= 0:
                if not at or text[at - 1] not in _ASCII_WORD:  # (no match inside a word: "li" of "police", either edge)
                    spots[at] = pattern
                at = text.find(start, at + 1)
        if not spots:  # no start at a word's edge, no match: the scan for an UNSPACED character is not needed
            return []
        full = not typographic_only(text) and has_unspaced(text)  # (an article of English copy: the first, ~2x faster)
        if len(spots) > len(text) // 8:  # a very common start: scanning is faster
            return list((_full(self.pattern) if full else self.pattern).finditer(text))
        found = []
        end = 0
        for at in sorted(spots):
            if at >= end:
                match = (_full(spots[at]) if full else spots[at]).match(text, at)  # (lookbehind sees before `at`)
                if match is not None:
                    found.append(match)
                    end = match.end()
        return found

    def findall(self, text: str) -> list[str]:
        return [match.group() for match in self.finditer(text)]


def phrases(normalised: Iterable[str], between: str = r"\s+") -> Phrases | None:
    """A `Phrases` for normalised phrases (see `alternation`), words joined by `between` (a regex: by default
    any run of white space); None for none."""
    unique = set(normalised)
    pattern = _spaced(unique, between)
    if pattern is None:
        return None
    first = {phrase: re.split(r"[\s']", phrase, maxsplit=1)[0] for phrase in unique}
    # A start that begins with another start adds no place to look at: its phrases go with the shorter.
    starts = {s for s in first.values() if not any(o != s and s.startswith(o) for o in first.values())}
    if "" in starts:
        return Phrases(pattern, ())
    groups = {s: _spaced((p for p in unique if first[p].startswith(s)), between) for s in sorted(starts)}
    return Phrases(pattern, tuple(groups.items()))  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class TextAnalysis:
    """One analysis of an article's text, configured: `run(title, text)` → a plain value.

    `name` says what it finds ("topics", "people"); `settings` is a canonical text of the
    configuration the result depends on (two analyses with equal name and settings give
    equal results for equal texts); `applies(article)` says which articles it is run on.
    """

    name: str
    settings: str
    run: Callable[[str, str], Any]  # in the site's language
    applies: Callable[[Any], bool] = lambda article: True
    # An analysis whose result depends on the text's language: run_in(title, text, language), `language` the
    # site's (config.yaml); `settings` then holds the site's lexicon (`by_language`), and an article's own
    # `language:` is in its revision (the file's bytes), so a memo key covers the language it was read in.
    run_in: Callable[[str, str, str], Any] | None = None
    language: str = ""

    def run_for(self, article: Any, text: str) -> Any:
        """The result for `article` (an Article) with plain `text`, in its language: its `language:`, else the site's."""
        if self.run_in is None:
            return self.run(article.title, text)
        return self.run_in(article.title, text, article.language or self.language)


def by_language(settings: str, language: str) -> str:
    """`settings` of an analysis run in `language` (the site's): with the lexicon that reads it, when it is not
    English (languages.lexicon_of), so that English sites keep their memo keys and a change of `language:`
    in config.yaml from en to de (or de to fr) runs the analysis again."""
    lexicon = lexicon_of(language)
    return f"{settings}\0lexicon: {lexicon}" if lexicon else settings
