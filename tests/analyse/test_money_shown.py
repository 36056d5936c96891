"""An amount's one word is shown to readers as they write it (moneyterms.shown_amount, 2026-12-06).

Amounts of money are one word for the story grouping ("£1.2m" and "1.2 million pounds" are "1200kgbp":
moneyterms.py), and a story page's evidence lists the terms its reports share: the suite found "1200kgbp" among
them ("They share Eastgate, strike, buses, depot, 1200kgbp …"), where the reports wrote "£1.2m". The word is now
shown with its currency's symbol and the largest scale it fills ("£1.2m", "€240m", "$2.5bn"), which reads back to the
same word.
"""
from __future__ import annotations

from hypothesis import assume, given, strategies as st

from briefgen.analyse.moneyterms import amounts_alike, shown_amount
from briefgen.analyse.storyfeatures import story_features

SYMBOLS = ("£", "$", "€", "¥", "A$", "C$", "NZ$", "HK$")


@given(whole=st.integers(1, 9999), decimal=st.sampled_from(["", ".5", ".25", ".2", ".75"]),
       scale=st.sampled_from(["k", "m", "bn", "tn", " million", " billion"]), symbol=st.sampled_from(SYMBOLS))
def test_an_amounts_word_is_shown_as_an_amount_that_reads_back_to_it(whole: int, decimal: str, scale: str,
                                                                      symbol: str) -> None:
    written = f"{symbol}{whole}{decimal}{scale}"
    word = amounts_alike(written)
    assume(word != written)  # (a fraction of a thousand, "£1.5k", is left as written: moneyterms.py)
    shown = shown_amount(word)
    assert shown is not None and shown.startswith(symbol) and amounts_alike(shown) == word, (word, shown)


def test_the_reported_evidence() -> None:
    features = story_features("Bus strike will cost the city £1.2m a day",
                              "The strike at the Eastgate depot will cost the city £1.2m a day, the council said.")
    shown = dict(features.shown())
    assert shown.get("1200kgbp") == "£1.2m"
    assert shown_amount("240m") is None and shown_amount("1200kgbpx") is None
