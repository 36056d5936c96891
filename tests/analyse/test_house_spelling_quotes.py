"""Quotations that differ only by a house's British or American spellings are one quotation (quotepieces.quote_words;
issue 9, T12's lunar-lander briefing, 2026-12-06): people/corvane-aerospace/ showed "We are analysing every byte of
data" (Continental Wire, also in the Standard) and "We are analyzing every byte of data" (the Ledger's reprint in
American style) as two quotations, "quoted 2 times"."""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.housespellings import FOLD
from briefgen.analyse.quotepieces import grouped, quote_words, same_quotation

_PAIRS = sorted((british.decode(), american.decode()) for british, american in FOLD.items())


def test_the_reported_input():
    wire = "We are analysing every byte of data and will share what we find with the inquiry"
    ledger = "We are analyzing every byte of data and will share what we find with the inquiry"
    assert same_quotation(wire, ledger)
    assert grouped([quote_words(wire), quote_words(ledger)])[0] == [[0, 1]]
    assert same_quotation("analysing every byte of data", ledger)  # a piece of it in the other style


def test_what_must_not_change():
    assert not same_quotation("We are analysing every byte of data", "We are reading every byte of data")
    assert not same_quotation("The colour was red", "The colour was blue")


@FAST
@given(st.lists(word, min_size=3, max_size=8), st.sampled_from(_PAIRS), st.integers(min_value=0, max_value=8),
       st.booleans())
def test_one_quotation_in_two_house_styles_is_one(words, pair, at, capital):
    british, american = pair
    if capital:
        british, american = british.capitalize(), american.capitalize()
    at = min(at, len(words))
    first = " ".join([*words[:at], british, *words[at:]])
    second = " ".join([*words[:at], american, *words[at:]]) + "."
    assert same_quotation(first, second), (first, second)
    assert grouped([quote_words(first), quote_words(second)])[0] == [[0, 1]]
    other = " ".join([*words[:at], "xq" + american, *words[at:]])
    assert not same_quotation(first, other), (first, other)
