"""The speed-ups of the story stage give what the plain forms they replaced give (hypothesis).

2026-12-02, sixth session (docs/log/performance.md): the story features split an article's words
once for its terms, its capitals and its language; `language_of` counts function words per
distinct written word; the credit patterns that end in `$` are searched only when the span ends
as their match must, and their trigger words found through shared anchors (findspans.py). Each
is compared here with the plain form it replaced, kept as the reference. 2026-12-03 (fourth
session): three patterns open with the class they look for, the wire dateline is searched only
in a text with a bracket, the per-word caches are `wordmemo.WordMemo`s. 2026-12-03 (fifth session): the
wire dateline is matched from the start of each line with a bracket (wirecopy.py).
"""
from __future__ import annotations

import re
from collections import Counter

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse import creditcues, credits, findspans, propernames, terms, wirecopy
from briefgen.analyse.propernames import capitals
from briefgen.analyse.stopwords import STOPWORDS as OTHER_STOPWORDS
from briefgen.analyse.terms import MIN_LANGUAGE_HITS, _STOPWORDS, _languages_listing, counted, language_of, words
from briefgen.analyse.terms import language_of_counted
from briefgen.analyse.wordmemo import WordMemo

PIECES = ["The", "the", "Le", "le", "la", "und", "der", "die", "und", "el", "los", "de", "en", "et", "est", "of",
          "and", "and ", "a", "U.S.", "E.U.", "U.", "S.", "Reuters", "Anna", "Kyiv", "Oslo", "NATO", "Zelensky’s",
          "İstanbul", "Σ", "ΟΔΟΣ", "newspaper", "paper", "daily", "TV channel", "broadcaster", "Dutch", "German",
          "news agency", "told", "reported", "said", " ", " ", " ", "  ", "\t", "\n", "\n\n", "\u3000", "\u00a0",
          ".", ",", ", ", "’", "'", "-", "“", "”", ":", ";", "x", "3"]
texts = st.one_of(st.lists(st.sampled_from(PIECES), max_size=60).map("".join), st.text(max_size=120))
SETTINGS = settings(max_examples=examples(400), deadline=None, suppress_health_check=[HealthCheck.too_slow])


def plain_language_of(text: str) -> str | None:
    """`terms.language_of` before 2026-12-02's sixth session: the words decoded and lowered as one string."""
    tally = Counter(b" ".join(words(text)).decode("utf-8", "replace").lower().split(" "))
    english = 0
    found = dict.fromkeys(OTHER_STOPWORDS, 0)
    listing = _languages_listing()
    for word, n in tally.items():
        if word in _STOPWORDS:
            english += n
        for language in listing.get(word, ()):
            found[language] += n
    best, hits = None, max(english, MIN_LANGUAGE_HITS - 1)
    for language, count in found.items():
        if count > hits:
            best, hits = language, count
    return best


@SETTINGS
@given(texts, texts)
@example("Le président et la ministre", "ont dit que les accords de Paris")
@example("", "")
def test_the_language_of_a_title_and_body_counted_apart_is_that_of_them_joined(title: str, body: str) -> None:
    assert language_of_counted(counted(title), counted(body)) == plain_language_of(f"{title}\n{body}")
    assert language_of(body) == plain_language_of(body)


@SETTINGS
@given(texts)
@example("E.U..S. officials met in Oslo. Officials said")
def test_capitals_read_the_same_with_the_words_counted_once(text: str) -> None:
    assert capitals(text, counted(text)) == capitals(text)


ENDING = [credits._ENDS_WITH_DESCRIPTOR, credits._ENDS_WITH_DESCRIPTOR_OR_THE, credits._OUTLET_BEFORE]


@SETTINGS
@given(texts, st.integers(0, 130), st.integers(0, 130), st.sampled_from(ENDING))
@example("told the Dutch broadcaster \n", 0, 40, credits._ENDS_WITH_DESCRIPTOR)
@example("Reuters and ", 0, 12, credits._OUTLET_BEFORE)
@example("Reuters,\n", 0, 9, credits._OUTLET_BEFORE)
@example("according to The ", 0, 17, credits._ENDS_WITH_DESCRIPTOR_OR_THE)
@example("told the German news agency\t", 5, 40, credits._ENDS_WITH_DESCRIPTOR_OR_THE)
@example("Reuters and AFP and\n", 0, 20, credits._OUTLET_BEFORE)
def test_a_search_for_an_ending_finds_what_the_pattern_finds(text: str, start: int, length: int,
                                                              pattern: re.Pattern[str]) -> None:
    end = min(start + length, len(text))
    plain = pattern.search(text, start, end)
    fast = credits._search_end(pattern, text, start, end)
    assert (fast and (fast.span(), fast.groupdict())) == (plain and (plain.span(), plain.groupdict()))
    if start == 0 and end == len(text):
        whole, plain = credits._search_end(pattern, text), pattern.search(text)
        assert (whole and whole.span()) == (plain and plain.span())


def plain_windows(text: str, words: tuple[str, ...], before: int, after: int) -> list[tuple[int, int]]:
    """credits._windows until 2026-12-02's sixth session: one str.find loop a trigger word."""
    spots = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            spots.append(at)
            at = text.find(word, at + 1)
    ranges: list[tuple[int, int]] = []
    for at in sorted(spots):
        start, end = max(0, at - before), min(len(text), at + after)
        if ranges and start <= ranges[-1][1]:
            ranges[-1] = (ranges[-1][0], max(end, ranges[-1][1]))
        else:
            ranges.append((start, end))
    return ranges


TRIGGER_LISTS = [[w for anchor, held in t.anchored for w, _ in held]
                 for t in (*(s[1] for s in credits._SEARCHES), credits._ANAPHORA_TRIGGERS)]
TRIGGER_PIECES = sorted({w for words in TRIGGER_LISTS for w in words} | {"s", "'", "first to", "re", "port", "x"})
trigger_texts = st.lists(st.sampled_from(TRIGGER_PIECES + [" ", "  ", "\n", "s", "d", "ed"]), max_size=40).map("".join)


@SETTINGS
@given(st.one_of(trigger_texts, texts), st.integers(0, 3), st.integers(0, 120), st.integers(0, 120))
@example("first to report s reporting reported by ' investigation", 2, 100, 40)
@example("The newspaper and website, citing the report", 3, 40, 60)
def test_trigger_windows_are_those_of_a_find_loop_a_word(text: str, which: int, before: int, after: int) -> None:
    words = TRIGGER_LISTS[which]
    plan = (*(s[1] for s in credits._SEARCHES), credits._ANAPHORA_TRIGGERS)[which]
    seen: dict[str, list[int]] = {}
    assert findspans.windows(text, plan, before, after, seen) == plain_windows(text, tuple(words), before, after)
    assert findspans.windows(text, plan, before, after, seen) == plain_windows(text, tuple(words), before, after)
    assert findspans.windows(text, findspans.triggers(tuple(words)), before, after) == \
        plain_windows(text, tuple(words), before, after)


# 2026-12-03 (fourth session, docs/log/performance.md): patterns that opened with a look-behind (tried at every
# position) written to open with the character class they look for, and the per-word caches read in C.
BEFORE_NAME_RUN = re.compile(rb"\b[A-Z][^ ]*(?: [A-Z][^ ]*)+")
BEFORE_CAPITALISED = re.compile(f"(?<![{propernames.NOT_WORD}])[{propernames.NOT_CAPITAL}][{propernames.NOT_WORD}]*")
BEFORE_SENTENCE_START = re.compile(r"(?:\n\s*\n|[.!?:;\u2026][\"'\u201d\u2019\u00bb)\]]*\s)\s*"
                                   + propernames._OPENING)
SENTENCE_PIECES = PIECES + ["!", "?", "…", "?”", ".’ ", ".» ", ".) ", ".] ", "\n \n", " \n\n\t", "“", "‘", "«", "(",
                            "[", "É", "ü", "Ω", "東京", "_", "9", "A_B", "x.Y", "Zoë"]
sentence_texts = st.one_of(st.lists(st.sampled_from(SENTENCE_PIECES), max_size=60).map("".join), st.text(max_size=120))


@SETTINGS
@given(st.one_of(sentence_texts, st.text(alphabet=st.characters(max_codepoint=0x2100), max_size=120)))
@example("Élysée talks: Zelensky’s envoy met «Ли Хуэй» in Kyiv; 東京 said “no”; 2024 ΑΘΗΝΑ —Ünal.")
@example("A. B!\n\nC? “D” …E")
def test_capitalised_words_and_sentence_starts_are_found_as_before(text: str) -> None:
    spans = [m.span() for m in propernames._CAPITALISED.finditer(text)]
    assert spans == [m.span() for m in BEFORE_CAPITALISED.finditer(text)]
    for at in range(len(text) + 1):  # (capitals reads the word after a name with .match at any position)
        now, before = propernames._CAPITALISED.match(text, at), BEFORE_CAPITALISED.match(text, at)
        assert (now and now.span()) == (before and before.span())
    assert [m.span() for m in propernames._SENTENCE_START.finditer(text)] == \
        [m.span() for m in BEFORE_SENTENCE_START.finditer(text)]


@SETTINGS
@given(st.one_of(sentence_texts.map(lambda text: counted(text).joined), st.binary(max_size=80)))
@example(b"\xc3\x89Ab Cd")
@example(b"_Ab Cd 9Ef Gh")
def test_name_runs_are_found_as_before(joined: bytes) -> None:
    assert terms._NAME_RUN.findall(joined) == BEFORE_NAME_RUN.findall(joined)


# 2026-12-03 (fifth session): the wire dateline matched from the start of each line with a bracket, instead of a
# pattern opening with "(?:^|\n)" searched over the whole text (tried at every position).
BEFORE_WIRE_DATELINE = re.compile(r"(?:^|\n)[ \t]*[A-Z][A-Z'\u2019.\-]+(?:[ \t]+[A-Z][A-Z'\u2019.\-]+)*"
                                  r"(?:,[ \t]+[^\n(\u2014\u2013]{1,40}?)?[ \t]*\((?P<outlet>[^)\n]{1,40})\)[ \t]*"
                                  r"(?:[\u2014\u2013]|--?)[ \t]")
DATELINE_PIECES = ["WASHINGTON", "SEOUL", "KYIV", "D.C.", "O'HARE", "A", "B-C", ",", ", ", " ", "\t", "\n", "\n\n",
                   "Feb. 26", "England", "(", ")", "(AP)", "(Reuters)", "(Yonhap)", "AP", "—", "–", "-", "--", "x",
                   "Officials said", "(a)(b)", ")(", "’", "(", "WASHINGTON (AP) — ", "\nSEOUL, Feb. 26 (Yonhap) -- ",
                   "KYIV (Reuters) – ", "\n  LONDON\t(AFP) - ", "PARIS, France (AFP) —\t"]
dateline_texts = st.lists(st.sampled_from(DATELINE_PIECES), max_size=40).map("".join)


@SETTINGS
@given(st.one_of(dateline_texts, sentence_texts))
@example("WASHINGTON (AP) — Officials said")
@example("\nWASHINGTON (AP) — a\nSEOUL, Feb. 26 (Yonhap) -- b (c)\n  KYIV (Reuters) – (d) —")
@example("KYIV (AP)(AP) — x\n(KYIV (AP) — y")
def test_wire_datelines_are_found_as_before(text: str) -> None:
    assert list(wirecopy.wire_datelines(text)) == [(m.start("outlet") - 1, m.group("outlet"))
                                                   for m in BEFORE_WIRE_DATELINE.finditer(text)]


@SETTINGS
@given(st.lists(st.sampled_from([b"Kyiv", b"the", b"US", b"U", b"s", b"\xc3\x89lys\xc3\xa9e", b"les", b"NATO",
                                 b"Talks", b"talks"]), max_size=30), st.integers(1, 4))
def test_a_word_memo_gives_the_functions_values_whatever_it_holds(tokens: list[bytes], limit: int) -> None:
    memo = WordMemo(terms.keyword.__self__.function, limit)  # type: ignore[attr-defined]
    assert list(map(memo.__getitem__, tokens)) == list(map(memo.function, tokens)) == list(map(terms.keyword, tokens))
    assert len(memo) <= limit


# 2026-12-03 (fifth session): the "X reported" cue opens with the first character of the name, told apart after it
# (credits._OPENING_NAME), instead of an optional elided article before a capital; the form it replaced is made here.
CUE_NAME = creditcues.cues()[0][2]
BEFORE_CUE_NAME = re.compile(CUE_NAME.pattern.replace(f"(?P<outlet>{credits._OPENING_NAME})",
                                                      f"(?P<outlet>{credits._NAME})", 1))
NAME_PIECES = ["L'", "l’", "d'", "D’", "L", "d", "l", "Équipe", "Unità", "Reuters", "AP", "Bloomberg", "The", "the",
               "Wall Street Journal", "Gazzetta", "dello", "della", "de", "Sport", "El País", "x", "Ли", "İnan", " ",
               "  ", "\n", ", ", ".", "'", "’", "'s", "’s", "s", "-", ".com", "reported", "reported, citing",
               "wrote", "has learned", "was first to report", "were the first to report", "first reported",
               ", which first reported", ", which broke", "’s report said", "'s investigation found", "s story",
               "report", "said", "On Tuesday", "In Madrid"]
NAME_WORDS = ["L'", "l’", "d'", "D’", "Équipe", "Unità", "Reuters", "AP", "The", "Wall", "Gazzetta", "dello", "de",
              "Sport", "x", "Ли", "İnan", "Post's", "El.com"]
VERBS = [" reported", " wrote", " has learned", " was first to report", ", which broke", "’s report said", "'s story",
         " said", " reported, citing", " first reported"]
named = st.tuples(st.lists(st.sampled_from(NAME_WORDS), min_size=1, max_size=6).map(" ".join),
                  st.sampled_from(VERBS), st.sampled_from(["", " it", ". ", "\n"])).map("".join)
name_texts = st.one_of(st.lists(st.sampled_from(NAME_PIECES), max_size=30).map("".join), st.text(max_size=80),
                       st.lists(st.one_of(named, st.sampled_from(NAME_PIECES)), max_size=6).map("".join))


@SETTINGS
@given(name_texts, st.integers(0, 60), st.integers(0, 200))
@example("L'Équipe reported it, and L’x reported; d'Unità wrote", 0, 200)
@example("Ll'Équipe reported", 1, 200)
@example("L'Équipe reported", 0, 9)
def test_the_x_reported_cue_finds_what_its_old_form_finds(text: str, start: int, length: int) -> None:
    assert BEFORE_CUE_NAME.pattern != CUE_NAME.pattern
    end = min(start + length, len(text))
    assert [(m.span(), m.groupdict()) for m in CUE_NAME.finditer(text, start, end)] == \
        [(m.span(), m.groupdict()) for m in BEFORE_CUE_NAME.finditer(text, start, end)]
