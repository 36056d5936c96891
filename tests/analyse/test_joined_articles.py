"""A name goes on through a lower-case Arabic article joined to its last word (nameruns.RUN).

Reported (a trial, 2026-12-04): "Yusuf al-Haddad" was no name at all and his quote, “…,” al-Haddad said, had no
speaker though the editor had declared him; the same read "Abdel Fattah al-Sisi" as "Abdel Fattah" and "Bashar
al-Assad" as nothing — the English press's style for Arabic names (Guardian, BBC, Reuters: "al-Sisi").
"""
from __future__ import annotations

from hypothesis import example, given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.lexicon import ARABIC_ARTICLES
from briefgen.analyse.names import names_in
from briefgen.analyse.quotes import quotes_in

GIVEN = ["Yusuf", "Bashar", "Abdel Fattah", "Ayman", "Mohamed", "Layla", "Nasser"]
SURNAMES = ["Haddad", "Assad", "Sisi", "Zawahiri", "Baradei", "Khatib", "Masri"]
QUOTE = "\u201cThe old rights meant nothing if the tribunal says all rights are equal.\u201d"


@settings(max_examples=examples(80), deadline=None)
@given(st.sampled_from(GIVEN), st.sampled_from(sorted(ARABIC_ARTICLES)), st.sampled_from(SURNAMES),
       st.sampled_from(["{quote} {article}-{surname} said.", "{quote} said {article}-{surname}.",
                        "{quote} {surname} said.", "{Article}-{surname} said: {quote}"]))
@example("Yusuf", "al", "Haddad", "{quote} {article}-{surname} said.")
@example("Abdel Fattah", "al", "Sisi", "{quote} said {article}-{surname}.")
def test_a_name_with_a_joined_article_is_found_whole_and_speaks(given_name: str, article: str, surname: str,
                                                                 frame: str) -> None:
    name = f"{given_name} {article}-{surname}"
    text = (f"{name} grows figs near the river.\n\n"
            + frame.format(quote=QUOTE, article=article, Article=article.capitalize(), surname=surname))
    assert name in {m.full for m in names_in("Water", text)}, text
    (quote,) = quotes_in("Water", text)
    assert quote.name == name, (text, quote)


def test_a_word_that_only_ends_in_an_article_stays_apart() -> None:
    """"Nepal-Sisi" or "regional-Assad" hold no article: no run starts inside them."""
    for text in (f"Nepal-Sisi talks began. {QUOTE} he said.", f"The pro-Assad camp met. {QUOTE} he said."):
        assert not [m for m in names_in("T", text) if m.surface in ("Sisi", "Assad")], text
