"""An "oh" in a word is a Japanese long vowel for search only in a Japanese name of the lists (BR54, FX94): "Goh",
"Koh", "Poh", "Soh", "Toh", "Yeoh", "Noh" were also indexed "go", "ko", …, "Mohsen" "mosen", "Rohde" "rode"
(searchhepburn.long_vowel_spellings read any word that sounds Japanese; now japanesenames.japanese_word), and search.js
marked them so (tests/test_browser_search_oh_words_br54.py)."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.hepburn import long_vowels
from briefgen.analyse.japanesenames import JAPANESE_KEYS
from briefgen.render.searchhepburn import long_vowel_spellings
from briefgen.render.searchvariants import manifest_rule


def test_the_reported_words() -> None:
    text = "Goh Chok Tong met Koh Boon Hwee, Poh, Soh, Toh, Michelle Yeoh and Noh Tae-woo; Mohsen Rohde spoke."
    assert long_vowel_spellings(text) == []
    assert long_vowel_spellings("Taro Kohno and Ms Satoh; Takashi Ohno said") == ["kono", "sato", "ono"]  # (FX90's)
    assert manifest_rule(["kono", "ono", "otherwise", "sato"])["japanese"] == "kono ono sato"  # (those the index holds)


@given(st.sampled_from(["", "G", "K", "P", "S", "T", "Ye", "N", "M", "R", "B", "D", "J", "H", "W"]),
       st.sampled_from(["", "sen", "de", "mer", "ner", "ra", "ta", "ka"]), st.sampled_from(["", " Chok Tong", " said", " Tae-woo"]))
@settings(max_examples=examples(60), deadline=None)
def test_an_oh_word_off_the_lists_keeps_its_h(head, tail, after) -> None:
    word = head + "oh" + tail
    word = word[:1].upper() + word[1:]
    found = long_vowel_spellings(f"Mr {word}{after}.")
    assert found == ([long_vowels(word)] if long_vowels(word) in JAPANESE_KEYS else []), (word, found)
