"""Search words keep the combining marks folding leaves in them (searchtext.words).

A trial on a Hindi article: "किया" (did) and "वैज्ञानिक" (scientific) could not be searched
("too short or too common") and "भारत" highlighted as "रत": a word was cut at each vowel
sign or virama (combining marks, which are not letters), into fragments of one or two
letters. The same cut fell on Thai vowels, Tamil and Bengali signs, Hebrew points and the
voicing mark NFKD splits off Japanese kana ("ガス" → "カ", "ス").
"""
from __future__ import annotations

import unicodedata

from hypothesis import example, given
from hypothesis import strategies as st

from briefgen.render.searchtext import MAX_TERM, MIN_TERM, STOP, fold, words, _has_mark

# Letters and the marks that combine with them, by script.
SCRIPTS = {
    "devanagari": ("कखगचजटडतदनपबमयरलवसह", "\u093e\u093f\u0940\u0941\u0947\u0948\u094b\u094d\u0902\u0901"),
    "bengali": ("কখগচজটতদনপবমরলস", "\u09be\u09bf\u09c0\u09c1\u09c7\u09cd\u0982"),
    "tamil": ("கஙசஞடணதநபமயரலவ", "\u0bbe\u0bbf\u0bc0\u0bc1\u0bc6\u0bcd"),
    "thai": ("กขคงจฉชซดตถทนบปผพมยรลวสหอ", "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e47\u0e48\u0e49"),
    "hebrew": ("אבגדהוזחטיכלמנסעפצקרשת", "\u05b0\u05b4\u05b7\u05b8\u05bc"),
    # Kana: a voicing mark stays with its kana too, but Japanese is indexed as pairs of characters
    # (tests/render/test_search_unspaced.py), not as words.
}


@st.composite
def word(draw: st.DrawFn, script: str) -> str:
    letters, marks = SCRIPTS[script]
    out = draw(st.sampled_from(letters))  # a word starts with a letter
    for _ in range(draw(st.integers(1, 8))):
        out += draw(st.sampled_from(letters))
        out += draw(st.text(st.sampled_from(marks), max_size=2))
    return out


def whole(w: str) -> list[str]:
    """What indexing `w` alone must give: `w` folded, as one word, unless too short, long or a stop word."""
    folded = fold(w)
    return [folded] if MIN_TERM <= len(folded) <= MAX_TERM and folded not in STOP else []


@given(st.sampled_from(sorted(SCRIPTS)).flatmap(lambda s: st.lists(word(s), min_size=1, max_size=6)))
@example(["भारत", "ने", "आर्कटिक", "में", "काम", "किया", "वैज्ञानिक"])
def test_a_combining_mark_never_splits_a_word(ws: list[str]) -> None:
    assert words(" ".join(ws)) == [w for one in ws for w in whole(one)]
    for one in ws:  # each word is itself, folded: nothing of it dropped, nothing cut off
        assert len(whole(one)) <= 1 and (not whole(one) or whole(one)[0] == fold(one))


def test_words_without_such_marks_are_as_before() -> None:
    assert words("Žižek’s O'Brien said the Kyiv-based foo_bar talks résumé") == [
        "zizek", "obrien", "said", "kyiv", "based", "foo", "bar", "talks", "resume", "kyivbased"]
    assert all(unicodedata.category(c)[0] != "M" for c in "".join(words("Ἀθῆναι naïve Ёлка")))


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",))))
@example("said \u201cyes\u201d")
@example("\u0301")
@example("\U000e0100")
def test_finding_a_mark_is_asking_every_character(text: str) -> None:
    assert _has_mark(text) == any(unicodedata.category(c)[0] == "M" for c in text)
