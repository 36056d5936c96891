"""The search terms of an article are counted before the stop words and the too short or long words are left
out (render/searchtext.analyse_text): the same terms and weights as counting `words(text)`, for any text —
apostrophes (possessives, elisions, Turkish suffixes), umlauts, combining marks, Chinese and Japanese, stop
words and words of every length."""
from __future__ import annotations

from collections import Counter

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.render.searchtext import OFTEN, W_ONCE, W_OFTEN, analyse_text, words

PIECES = ["the", "and", "a", "of", "Müller", "Zölle", "l’Europe", "d'Italia", "İstanbul'da", "NATO’ya", "Kyiv's",
          "don't", "Xi", "Li Hui", "東京の水道局", "2024年", "cafe\u0301", "x" * 60, "talks", "Talks", "TALKS",
          "ab", "b", "Blinken", "Blinken’s", "naïve", "—", ",", ".", "\n\n", " "]


def reference(text: str) -> tuple[str, bytes]:
    """analyse_text's terms and weights as first written: Counter of the filtered words."""
    counts = Counter(words(text))
    terms = sorted(counts)
    return "\n".join(terms), bytes(W_OFTEN if counts[t] >= OFTEN else W_ONCE for t in terms)


@settings(max_examples=examples(300), deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map(" ".join))
def test_counting_first_gives_the_same_terms_and_weights(text: str) -> None:
    found = analyse_text(text)
    assert (found.terms, found.weights) == reference(text)
