"""A name before an apostrophe is a search word too (searchtext.name_heads).

A trial of a briefing with a Turkish outlet: "istanbul görüşmelerin" and "izmir güvenlik" found
nothing. Turkish writes a proper noun's case ending after an apostrophe ("İstanbul'da",
"İzmir'de", "NATO'ya", "Erdoğan'ın"); the index joined them ("istanbulda"), so the name alone was
found only as the last word typed (a prefix). The whole stays a term; the name is one as well.
"""
from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from briefgen.render.searchtext import APOSTROPHES, STOP, fold, words

APOSTROPHE = st.sampled_from(APOSTROPHES.encode().decode("unicode_escape"))
NAME = st.tuples(st.sampled_from("ABCÇDEFGĞHIİJKLMNOÖPRSŞTUÜVYZ"),
                 st.text(st.sampled_from("abcçdefgğhıijklmnoöprsştuüvyz"), min_size=2, max_size=10)).map("".join).filter(
    lambda name: fold(name) not in STOP)  # ("Not'da": "not" is a stop word, never a search term; drawn in CI)
SUFFIX = st.sampled_from(["da", "de", "ta", "te", "dan", "den", "ya", "ye", "yı", "nın", "nin", "ın", "in", "e", "a",
                          "u", "ü", "nun", "la", "le", "lar", "ler"])


@given(NAME, APOSTROPHE, SUFFIX, st.booleans())
@example("İstanbul", "'", "da", False)
@example("NATO", "’", "ya", True)
@example("Erdoğan", "’", "ın", False)
@example("Noto", "'", "da", False)  # (a name that starts as a stop word does: "Not" drawn in CI was one)
def test_a_capitalised_name_and_its_case_ending_give_the_name_and_the_whole(
        name: str, apostrophe: str, suffix: str, upper: bool) -> None:
    name = name.upper() if upper else name
    found = words(f"Heyet {name}{apostrophe}{suffix} geldi")
    assert fold(name) in found and fold(name + suffix) in found, found


@given(st.sampled_from(["don't", "Don't", "Can't", "We'll", "They're", "I've", "She'd", "I'm", "Ukraine's",
                        "L'Europe", "aujourd'hui", "o'clock"]))
def test_contractions_possessives_and_lower_case_words_give_no_more_words(word: str) -> None:
    apart = words(word)
    assert len(apart) <= 1, apart
