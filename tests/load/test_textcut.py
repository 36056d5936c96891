"""Shortened texts (summaries, search excerpts, quotations on people pages) are cut at a line break
opportunity and never inside a grapheme cluster (load/textcut.py).

Found by trial: a Japanese article of 400 characters whose first paragraph starts "2024年 東京の…"
had the summary "2024年…" in its topic feed, the digest, listings and <meta name="description">,
because only a space counted as the end of a word; emoji sequences were cut between their parts.
"""
from __future__ import annotations

from hypothesis import example, given, settings, strategies as st
from support.examples import examples

from briefgen.load.textcut import shorten

LATIN_WORD = st.text(alphabet="abcdeféü,;:.", min_size=1, max_size=9)
CJK = st.sampled_from(list("東京の水道局は渇水取制限始発表한국어") + ["、", "。", "「", "」", "ｶ"])
CLUSTERS = ["👨\u200d👩\u200d👧", "👍🏽", "🇺🇦", "🇯🇵", "e\u0301\u0323", "❤\ufe0f", "🏳\ufe0f\u200d🌈",
            "\u0915\u094d\u0937", "ก\u0e34\u0e4a"]  # what a reader sees as one character, in several code points
TOKEN = st.one_of(LATIN_WORD.map(lambda w: w + " "), CJK, st.sampled_from(CLUSTERS), st.just(" "))
IDEOGRAPHS = set("東京の水道局は渇水取制限始発表한국어")


def boundaries(tokens: list[str]) -> set[int]:
    """Offsets between clusters: every offset inside a Latin word or CJK token, a cluster's ends only."""
    found, at = {0}, 0
    for token in tokens:
        found.update([at + len(token)] if token in CLUSTERS else range(at + 1, at + len(token) + 1))
        at += len(token)
    return found


@settings(max_examples=examples(100), deadline=None, database=None)
@given(st.lists(TOKEN, max_size=60), st.integers(1, 60))
@example(["2024", "年", " "] + list("東京の水道局は渇水のため取水制限を始めると発表した。") * 4, 60)
@example(["a", "👨\u200d👩\u200d👧"] * 20, 15)
@example(["\u0915\u094d\u0937"], 2)  # drawn on 2026-12-03: "क्ष" cut to "क्…" (virama, then a consonant: GB9c)
def test_a_cut_keeps_whole_clusters_and_breaks_as_late_as_a_line_may(tokens: list[str], limit: int) -> None:
    text = "".join(tokens)
    cut = shorten(text, limit)
    if len(text) <= limit:
        assert cut == text
        return
    kept = cut.removesuffix("\u2026")
    assert cut.endswith("\u2026") and text.startswith(kept) and len(kept) <= limit
    assert len(kept) in boundaries(tokens), (text, kept)
    old = text[:limit].rsplit(" ", 1)[0].rstrip(",;:") if " " in text[:limit] else ""
    assert len(kept) >= len(old)  # never shorter than cutting at the last space
    pairs = [i for i in range(1, limit) if text[i - 1] in IDEOGRAPHS and text[i] in IDEOGRAPHS]
    if pairs:  # a line may break between two ideographs (kana, hangul syllables): the cut is there or later
        assert len(kept) >= pairs[-1], (text, kept)


@given(st.lists(LATIN_WORD, min_size=1, max_size=40), st.integers(1, 80))
@settings(max_examples=examples(50), deadline=None, database=None)
def test_text_with_spaces_is_cut_as_before(words: list[str], limit: int) -> None:
    text = " ".join(words)
    old = text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "\u2026"
    if " " in text[:limit] or len(text) <= limit:
        assert shorten(text, limit) == old


def test_a_japanese_paragraph_with_an_early_space_keeps_its_words() -> None:
    text = "2024年 " + "東京の水道局は、渇水のため取水制限を始めると発表した。" * 20
    cut = shorten(text, 320)
    assert len(cut) > 300 and cut.startswith("2024年 東京の水道局は") and cut.endswith("\u2026")


def test_every_shortened_text_keeps_the_words_of_a_language_written_without_spaces() -> None:
    """Summaries (feeds, listings, meta description), search excerpts, quotations on people pages and
    the title fetch makes for an entry without one: each cut the text at its one early space."""
    from briefgen.analyse.people import MAX_QUOTE, _shortened
    from briefgen.importer.read import _fallback_title
    from briefgen.load.documents import summarise
    from briefgen.render.searchtext import EXCERPT, excerpt

    text = "NHK によると " + "東京の水道局は、渇水のため取水制限を始めると発表した。" * 30
    assert len(summarise(f"<p>{text}</p>")) > 300
    assert len(excerpt(text)) > EXCERPT - 20
    assert len(_shortened(text)) > MAX_QUOTE - 20
    assert len(_fallback_title(f"<p>{text}</p>", "https://example.jp/a")) > 60
