"""BR31's breaks of this session's search rules (FX46, 2026-12-07).

4. searchhebrew.IN_WORD joined a double quote between any two Hebrew letters: `ב"הארץ"` (in Haaretz: a prefix letter
   before a quoted name) indexed only "בהארץ", so "הארץ" did not find it; `"שלום"ו"להתראות"` was one word
   "שלוםולהתראות", `"זה נגמר"ואז` gave "נגמרואז". Gershayim stands before a word's last letter (צה״ל, ארה״ב, דו״ח):
   the sign joins only when one letter follows before the word ends.
10a. camel_parts split "GmbH" into a junk part "gmb" and "THEnd" into "th", "end": legal forms and a run of capitals
   before a short part are no CamelCase names.
"""
from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.render.searchtext import fold, words
from briefgen.render.searchvariants import camel_parts

LETTERS = "אבגדהוזחטיכלמנסעפצקרשת"
WORD = st.text(alphabet=LETTERS, min_size=2, max_size=6)
PREFIX = st.sampled_from("בהוכלמש")
# Legal forms written in mixed case (ISO 20275 abbreviations) and the others
LEGAL_FORMS = ("gmbh", "mbh", "kgaa", "spa", "sarl", "ag", "plc", "llc", "ltd", "bv", "nv", "oyj", "ohg", "sas")
SIGNS = st.sampled_from(['"', "\u05f4", "\u201d", "\u201c", "\u2033"])


def test_the_reported_inputs() -> None:
    assert words('כך נכתב ב"הארץ" אתמול') == ["כך", "נכתב", "הארץ", "אתמול"]
    assert words('"שלום"ו"להתראות"') == ["שלום", "להתראות"]
    assert words('"זה נגמר"ואז') == ["זה", "נגמר", "ואז"]
    assert "gmb" not in words("Siemens GmbH said") and camel_parts("Siemens GmbH said") == []
    assert camel_parts("THEnd") == [] and words("THEnd") == ["thend"]


@settings(max_examples=examples(200), deadline=None)
@given(PREFIX, WORD, SIGNS)
@example("ב", "הארץ", '"')
def test_a_prefix_letter_before_a_quoted_word_keeps_the_word(prefix: str, word: str, sign: str) -> None:
    """`ב"הארץ"`: the quoted word is indexed as written (its prefix, one letter, is no word)."""
    assert words(f"נכתב {prefix}{sign}{word}{sign} אתמול") == ["נכתב", word, "אתמול"]


@settings(max_examples=examples(200), deadline=None)
@given(WORD, WORD, PREFIX, SIGNS)
@example("שלום", "להתראות", "ו", '"')
def test_a_quoted_word_keeps_its_words_beside_the_next(first: str, second: str, prefix: str, sign: str) -> None:
    """`"שלום"ו"להתראות"`, `"זה נגמר"ואז`: a closing mark after a word is no gershayim."""
    assert words(f"{sign}{first}{sign}{prefix}{sign}{second}{sign}") == [first, second]
    assert words(f"{sign}{first}{sign}{prefix}{second}") == [first, prefix + second]


@settings(max_examples=examples(200), deadline=None)
@given(WORD, st.sampled_from(LETTERS), SIGNS, st.sampled_from(["", '"', ".", ",", " זה"]))
@example("צה", "ל", "\u05f4", "")
@example("ארה", "ב", '"', '"')
def test_an_acronym_is_still_one_word(head: str, last: str, sign: str, after: str) -> None:
    """Gershayim before the last letter (FX41): "צה״ל", "ארה"ב", quoted or not."""
    assert fold(f"{head}{sign}{last}") == head + last
    assert head + last in words(f"דובר {head}{sign}{last}{after} אמר")


@settings(max_examples=examples(100), deadline=None)
@given(st.sampled_from(LEGAL_FORMS), st.sampled_from(["", "'s", "\u2019s"]))
def test_a_legal_form_is_no_camelcase_name(form: str, possessive: str) -> None:
    """"GmbH", "KGaA", "SpA", "AG's" however written: indexed whole, never parted."""
    for written in (form, form.upper(), {"gmbh": "GmbH", "kgaa": "KGaA", "spa": "SpA", "mbh": "mbH", "sàrl": "SàRL",
                                         "sarl": "SaRL"}.get(form, form.capitalize())):
        assert camel_parts(f"Acme {written}{possessive} said") == [], written
        assert fold(written) in words(f"Acme {written}{possessive} said")


CAPITALS = st.text(alphabet="ABCDEFGHJKLMNPRSTUVW", min_size=2, max_size=4)
LOWER = st.text(alphabet="abcdefghiklmnoprstuvwyz", min_size=1, max_size=7)


@settings(max_examples=examples(200), deadline=None)
@given(CAPITALS, st.sampled_from("ABCDEFGHJKLMNPRSTUVW"), LOWER)
@example("TH", "E", "nd")
@example("JP", "M", "organ")
def test_a_run_of_capitals_parts_only_before_a_word(run: str, capital: str, rest: str) -> None:
    """"JPMorgan", "BBCNews" → "JP" + "Morgan", "BBC" + "News"; "THEnd" (a part of three letters) is not parted."""
    word = run + capital + rest
    assert camel_parts(f"said {word} today") == ([run, capital + rest] if len(rest) >= 3 else [])
