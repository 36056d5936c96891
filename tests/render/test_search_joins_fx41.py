"""The index's words for the signs that join a word (FX41, search 5-7): Catalan's middle dot, Hebrew's gershayim and
geresh, CamelCase names. Properties over drawn words; Chromium runs the queries (tests/test_browser_search_joins_fx41.py).
"""
from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.render.searchtext import fold, words
from briefgen.render.searchvariants import camel_parts, middot_joined

LOWER = st.text(alphabet="aeiouàèéíòóúbcdfgmnprstv", min_size=1, max_size=8)
DOTS = st.sampled_from(["\u00b7", "\u0387", "\u2027", "\u0140"])


@settings(max_examples=examples(200), deadline=None)
@given(LOWER, LOWER, DOTS, st.booleans())
@example("co", "ecció", "\u00b7", False)
@example("Para", "el", "\u00b7", True)
def test_a_catalan_word_is_indexed_joined_and_in_parts(before: str, after: str, dot: str, capital: bool) -> None:
    """"col·lecció": the words "col", "leccio" (what "col·lecció" and "col.lecció" typed split into) and "colleccio"
    ("collecció" typed); ŀ is "l·"."""
    head = (before.capitalize() if capital else before) + "l"
    written = f"{head}{dot}l{after}" if dot != "\u0140" else f"{head[:-1]}\u0140l{after}"
    found = words(f"la {written} nova")
    joined = fold(f"{head}l{after}")
    assert joined in found or len(joined) > 40, (written, found)
    for part in (fold(head), fold("l" + after)):
        assert part in found or len(part) < 2, (written, part, found)


def test_a_middle_dot_between_other_letters_joins_too() -> None:
    """French inclusive writing's point médian: "étudiant·e·s" is also "etudiantes"."""
    assert middot_joined("les étudiant·e·s") == ["étudiantes"]
    assert "etudiantes" in words("les étudiant·e·s") and "etudiant" in words("les étudiant·e·s")
    assert middot_joined("a · b, 3·4") == []  # (not between letters)


HEBREW = st.text(alphabet="אבגדהוזחטיכלמנסעפצקרשת", min_size=1, max_size=5)


@settings(max_examples=examples(200), deadline=None)
@given(HEBREW, st.text(alphabet="אבגדהוזחטיכלמנסעפצקרשת", min_size=1, max_size=1),
       st.sampled_from(["\u05f4", '"', "\u201d", "\u201c", "\u2033"]), st.sampled_from(["\u05f3", "'", "\u2019"]))
@example("צה", "ל", "\u05f4", "\u05f3")
def test_a_hebrew_acronym_and_a_geresh_word_are_one_word(head: str, last: str, gershayim: str, geresh: str) -> None:
    acronym = f"{head}{gershayim}{last}"
    assert words(f"דובר {acronym} אמר") == ["דובר", head + last, "אמר"] or len(head + last) < 2
    assert fold(acronym) == head + last
    foreign = f"{head}{geresh}{last}{geresh}"  # ("ג׳ורג׳": a geresh inside and at the end)
    assert words(f"דובר {foreign} אמר") == ["דובר", head + last, "אמר"] or len(head + last) < 2


def test_quotation_marks_around_a_hebrew_word_stay_apart() -> None:
    assert words('הוא אמר "כן" ו"לא"') == ["הוא", "אמר", "כן", "לא"]  # (a prefix letter before a quotation: BR31 #4)
    assert words('he said "yes"or"maybe"') == ["he", "said", "yes", "maybe"]  # (no Hebrew letters: nothing joins)


CAPITALISED = st.text(alphabet="abcdefghiklmnoprstuvwyz", min_size=3, max_size=7).map(str.capitalize)


@settings(max_examples=examples(200), deadline=None)
@given(st.lists(CAPITALISED, min_size=2, max_size=3))
@example(["Chapa", "Pesa"])
@example(["Glaxo", "Smith", "Kline"])
def test_a_camelcase_names_parts_are_indexed(parts: list[str]) -> None:
    name = "".join(parts)
    found = words(f"said {name} on Monday")
    assert fold(name) in found or len(name) > 40
    from briefgen.analyse.camelnames import camel_name
    if camel_name(name):
        assert camel_parts(name) == parts
        for part in parts:
            assert fold(part) in found or fold(part) in ("the", "and", "for", "but", "not", "was", "are", "will", "with",
                                                         "such", "that", "then", "there", "these", "they", "this", "their",
                                                         "into"), (name, part, found)


def test_name_prefixes_and_acronym_plurals_are_not_parted() -> None:
    for word in ("McDonald", "MacArthur", "DeSantis", "LeBron", "iPhone", "NGOs", "MPs", "O'Brien"):
        assert camel_parts(f"said {word} today") == [], word
    assert camel_parts("JPMorgan and BlackRock") == ["JP", "Morgan", "Black", "Rock"]
