"""The search tokeniser's fast paths give what the passes they skip would give.

`fold` and `words` skip NFKD, the combining-mark and letter-fold passes, the mark and Chinese/Japanese
checks for a text whose non-ASCII characters are all `textmatch.TYPOGRAPHIC` (curly quotes and
apostrophes, dashes), and apply the apostrophe rules at each apostrophe instead of scanning the text
three times (render/searchtext.py). Property: over drawn texts mixing ASCII, those characters, every
kind of apostrophe, accented and folded letters, combining marks, umlauts, Chinese and Japanese, both
give exactly what the code before them gave (kept below as the reference).
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter

from hypothesis import example, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.camelnames import camel_name
from briefgen.analyse.textmatch import TYPOGRAPHIC, UNSPACED, has_unspaced, typographic_only
from briefgen.render.searchelided import elided_names
from briefgen.render.searchhepburn import long_vowel_spellings
from briefgen.render import searchtext, searchvariants
from briefgen.render.searchtext import (APOSTROPHES, FOLD, MARKS, _APOSTROPHE_CHARS, _ELIDED, _FOLD_TABLE, _MARK,
                                        _TO_FOLD, _WORD, _has_mark, _marked_word, analyse_text, fold, name_heads,
                                        umlaut_spellings, unspaced_pairs, words)

# The code before the fast paths, as it was.
_POSSESSIVE = re.compile(f"[{APOSTROPHES}](?<=[^\\W_][{APOSTROPHES}])s(?![^\\W_])")
_APOSTROPHE_IN_WORD = re.compile(f"[{APOSTROPHES}](?=[^\\W_])")
_INNER_APOSTROPHE = re.compile(f"[{APOSTROPHES}](?<=[^\\W_][{APOSTROPHES}])(?=[^\\W_])")
_HAS_APOSTROPHE = re.compile(f"[{APOSTROPHES}]")
_HAS_UMLAUT = re.compile("[äöüøåÄÖÜØÅ]")  # (ø and å since FX77, T27: "Støre" is also "Stoere")
_UNSPACED_CHAR = re.compile(f"[{UNSPACED}]")


def old_drop_elisions(text: str) -> str:
    cuts = []
    for mark in _APOSTROPHE_IN_WORD.finditer(text):
        at = start = mark.start()
        while start and text[start - 1].isalnum():
            start -= 1
        if text[start:at] in _ELIDED:
            cuts.append((start, at + 1))
    if not cuts:
        return text
    kept, last = [], 0
    for start, end in cuts:
        kept.append(text[last:start])
        last = end
    kept.append(text[last:])
    return "".join(kept)


def old_fold(text: str) -> str:
    text = text.lower()
    if not text.isascii():
        text = _MARK.sub("", unicodedata.normalize("NFKD", text))
        if _TO_FOLD.search(text):
            text = text.translate(_FOLD_TABLE)
    if _HAS_APOSTROPHE.search(text):
        text = _INNER_APOSTROPHE.sub("", old_drop_elisions(_POSSESSIVE.sub("", text)))
    return text


def old_has_unspaced(text: str) -> bool:
    return not text.isascii() and _UNSPACED_CHAR.search(text) is not None


def old_tokens(text: str) -> list[str]:
    folded = old_fold(text)
    found = _marked_word().findall(folded) if not folded.isascii() and _has_mark(folded) else _WORD.findall(folded)
    if old_has_unspaced(folded):
        found = [piece for word in found for piece in unspaced_pairs(word)]
    return found


def old_all_tokens(text: str) -> list[str]:
    text = searchtext._read_as_written(text)  # (FX31: invisible characters dropped, apostrophe-likes read as one)
    found = old_tokens(text)
    if _HAS_APOSTROPHE.search(text):
        heads = name_heads(text) + elided_names(text)  # (FX111: "D’Alessandro" also "DAlessandro", searchelided.py)
        if heads:
            found += old_tokens(" ".join(heads))
    joined = old_hyphen_joined(text)  # (since b03d8d39: a hyphenated word also joined, "ji-hoon" → "jihoon")
    joined += old_other_spellings(text) + long_vowel_spellings(text)  # (FX90: "Ōno" also "Ohno", searchhepburn.py)
    if joined:
        found += old_tokens(" ".join(joined))
    if _HAS_UMLAUT.search(text) or "\u0308" in text:
        found += old_tokens(" ".join(umlaut_spellings(unicodedata.normalize("NFC", text))))
    return found


def old_hyphen_joined(text: str) -> list[str]:
    """b03d8d39's `hyphen_joined`: its pattern run over the whole text (8 s of a 10,000-article cold build); since
    FX31 without the words whose hyphen keeps them apart from another (`searchvariants.joins`: "re-sign")."""
    return [re.sub("[-\u2010\u2011_]", "", word) for word in searchvariants._HYPHENATED.findall(text)
            if not re.fullmatch(r"[\d\-\u2010\u2011]+", word) and searchvariants.joins(word)]


_UP, _LOW = "A-Z\u00c0-\u00d6\u00d8-\u00de", "a-z\u00df-\u00f6\u00f8-\u00ff"  # (searchvariants._PART's cases)


def old_other_spellings(text: str) -> list[str]:
    """FX41's words, by patterns run over the whole text: a word with a middle dot between letters joined ("col·lecció"
    → "collecció", ŀ is "l·"), then the parts of each CamelCase name ("ChapaPesa" → "Chapa", "Pesa")."""
    dotted = text.replace("\u0140", "l\u00b7").replace("\u013f", "L\u00b7")
    found = [re.sub("[\u00b7\u0387\u2027]", "", word) for word in searchvariants._DOTTED.findall(dotted)]
    return found + [part for word in "".join(c if c.isalpha() else " " for c in text).split()
                    if camel_name(word) and word.lower() not in searchvariants.LEGAL_FORMS
                    and not re.search(f"[{_UP}]{{2,}}(?=[{_UP}][{_LOW}]{{1,2}}(?![{_LOW}]))", word)
                    for part in searchvariants._PART.split(word)]  # (BR31: not "GmbH", "THEnd")


def old_words(text: str) -> list[str]:
    return [w for w in old_all_tokens(text) if searchtext.MIN_TERM <= len(w) <= searchtext.MAX_TERM
            and w not in searchtext.STOP]


PIECES = ["l", "L", "d", "s", "qu", "O", "Brien", "europe", "Kyiv", "talks", "2024", "x", " ", "  ", "\n", ".", ",",
          "\u00ad", "\u200b", "\u200d", "\u2060", "\u00b4", "\u02bb", "`", "re-sign", "co-op",  # (FX31)
          "-", "\u2010", "\u2011", "a-b", "Ji-hoon", "\u3000", "\x1c", "_", *TYPOGRAPHIC, *_APOSTROPHE_CHARS, "é", "É",
          "ß", "ø", "Ł", "ñ", "Müller", "zölle", "e\u0301",
          "u\u0308", "\u0301", "東京", "の", "カ\u3099", "…", "\u00a0", "ﬁ", "Ω", "ʼ", "’s", "l’", "'s",
          "\u00b7", "\u0387", "\u2027", "\u0140", "col·lecció", "ChapaPesa", "JPMorgan", "Mc", "Donald", "NGOs", "3",  # (FX41)
          "GmbH", "THEnd", "KGaA", "BBCNews",  # (BR31)
          "צה", "ל", "ג", "\u05f3", "\u05f4", '"', "\u201d", "\u2033", "\u05b8",
          "Ōno", "Kohno", "Satoh", "oh", "Oh", "ô", "John"]  # (FX90)
texts = st.lists(st.sampled_from(PIECES) | st.text(max_size=3), max_size=40).map("".join)


@settings(max_examples=examples(600), deadline=None, database=None)
@given(texts)
@example("L’Europe’s talks: “d’accord” — Kyiv’s O’Brien said ‘yes’ – 2024")
@example("no apostrophe here — only “quotes” – and dashes")
@example("Müller’s Zölle in 東京 l’été")
@example("l-l")  # (a CI draw after b03d8d39: the passes here lacked the joined words)
@example("\u00b2ChapaPesa")  # (a CI draw after 797e2275: "²" is \\w but neither a letter nor a decimal digit)
@example("THEnd\u05e6\u05d4")  # (a CI draw after 7bfcf869: the part's letters past its Latin ones counted)
@example("JPMorgan\u00e9t\u05e6")
@example("ChapaPesa\ufb01NGOs")  # (a draw at BRIEFGEN_EXAMPLES_SCALE=30: capitals ending a part that others began)
def test_the_fast_paths_give_what_the_passes_gave(text: str) -> None:
    assert searchvariants.hyphen_joined(text) == old_hyphen_joined(text)
    assert fold(text) == old_fold(searchtext._read_as_written(text))
    assert words(text) == old_words(text)
    assert has_unspaced(text) == old_has_unspaced(text)
    made = analyse_text(text)
    counts = Counter(old_all_tokens(text))
    assert made.terms.split("\n") == (sorted(w for w in counts if searchtext.MIN_TERM <= len(w) <= searchtext.MAX_TERM
                                             and w not in searchtext.STOP) or [""])


NAMES = st.sampled_from(["ChapaPesa", "JPMorgan", "BlackRock"])


@settings(max_examples=examples(300), deadline=None, database=None)
@given(st.characters(codec="utf-8").filter(lambda c: not c.isalpha()), NAMES)
@example("\u00bd", "ChapaPesa")
@example("\u216b", "ChapaPesa")
def test_a_camelcase_name_is_cut_after_any_character_but_a_letter(before: str, name: str) -> None:
    """The class of the CI draw "²ChapaPesa": a CamelCase name's parts are indexed after any character that is no
    letter (a number without a decimal digit's value "²", "½", "Ⅻ"; a mark; a sign; a space)."""
    assert searchvariants.camel_parts(before + name) == searchvariants._PART.split(name)


@settings(max_examples=examples(100), deadline=None, database=None)
@given(st.characters(categories=["Ll", "Lo", "Lm"]), NAMES)
def test_a_camelcase_run_inside_a_longer_word_has_no_parts(before: str, name: str) -> None:
    """A letter that is no capital before the name makes one longer word, which no capital starts ("xChapaPesa",
    "東ChapaPesa"): no parts (as the passes, which cut words at `str.isalpha`)."""
    assert searchvariants.camel_parts(before + name) == []


def test_the_typographic_characters_need_none_of_the_skipped_passes() -> None:
    """What `typographic_only` promises of each of its characters."""
    for mark in TYPOGRAPHIC:
        assert unicodedata.normalize("NFKD", mark) == mark and mark.lower() == mark
        assert not unicodedata.category(mark).startswith("M") and not re.match(f"[{MARKS}]", mark)
        assert mark not in FOLD and not re.match(f"[{UNSPACED}]", mark)
    assert typographic_only("“Yes” — it’s ‘done’ – 2024") and not typographic_only("café") and typographic_only("")


def test_the_apostrophes_found_by_find_are_the_class() -> None:
    assert sorted(_APOSTROPHE_CHARS) == sorted(c for c in map(chr, range(0x3000)) if re.fullmatch(f"[{APOSTROPHES}]", c))
