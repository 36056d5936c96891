"""Chinese and Japanese in the search index: overlapping pairs of characters (searchtext.unspaced_pairs).

A trial of a French briefing with a Japanese and a Chinese outlet: "日本", "対話", "中国" and
"海洋安全保障" found nothing. Text without spaces was one "word" per sentence (over 40 letters:
not indexed at all; shorter: found only by typing its first characters). Lucene's CJK analyser
indexes pairs of characters, so any word of two or more characters is found inside a sentence.
"""
from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from briefgen.render.searchtext import fold, unspaced_pairs, words

HAN_KANA = "日本中国東京海洋安全保障対話再開両政府首相述べたのとはでにするをガスエネルギー々外交部发言人天然气"


@given(st.text(st.sampled_from(HAN_KANA + "。、「」 "), min_size=1, max_size=80), st.data())
@example("日本と中国の両政府は東京で海洋安全保障に関する対話を再開した。", None)
def test_every_run_of_two_or_more_characters_is_found_in_the_text(text: str, data: st.DataObject | None) -> None:
    if data is None:
        queries = ["日本", "中国", "海洋安全保障", "対話", "再開した"]
    else:
        start = data.draw(st.integers(0, len(text)))
        queries = [text[start:start + data.draw(st.integers(2, 10))]]
    indexed = set(words(text))
    for query in queries:
        assert set(words(query)) <= indexed, (query, text)


@given(st.text(st.sampled_from(HAN_KANA), min_size=2, max_size=30))
def test_a_run_becomes_its_pairs_of_characters(run: str) -> None:
    chars = [fold(c) for c in run]  # で is て and its voicing mark once folded (NFKD)
    assert words(run) == [chars[i] + chars[i + 1] for i in range(len(run) - 1)]


def test_a_kana_with_its_voicing_mark_is_one_character() -> None:
    assert words("ガス田") == words("カ\u3099ス田") and len(words("ガス田")) == 2


def test_latin_words_and_digits_beside_them_are_words_of_their_own() -> None:
    assert words("NATOの首脳 2024年") == ["nato", "の首", "首脳", "2024"]
    assert unspaced_pairs("ukraine") == ["ukraine"]


def test_thai_is_still_one_word() -> None:
    assert words("ประเทศไทยสนับสนุน") == ["ประเทศไทยสนับสนุน"]


@given(st.sampled_from(HAN_KANA), st.sampled_from(["", " ", "。", "NATO"]))
@example("で", "")  # て and a voicing mark: two code points, one character
@example("ガ", " ")
def test_one_character_alone_is_too_short_as_one_letter_is(char: str, beside: str) -> None:
    """A hypothesis trial: "で" alone was a term (two code points after NFKD) that no run of text
    holding it has, so the query "々で" ⊇ "で" property failed."""
    assert words(char + beside) == words(beside)
