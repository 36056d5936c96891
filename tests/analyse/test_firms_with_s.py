"""A firm whose name ends in 's ("Moody’s", "Lloyd’s", "Sotheby’s") is the firm, not a possessive.

A trial (2026-12-03): "“The outlook is negative,” Moody’s said." had no speaker, and Moody's, named in
three articles, had no People page: lexicon.FIRM_NAMES holds "moody's", but a name run's 's was always
dropped as a possessive ("Kuleba's spokesman", whose words are no one's we can name), leaving a surname
"Moody" before "’s said". Property: every name of lexicon.ORG_NAMES that ends in 's, with either apostrophe,
in frames before and after its quotation, is an organisation and the quotation's speaker; a person's
possessive still is not.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.lexicon import ORG_NAMES
from briefgen.analyse.names import names_in
from briefgen.analyse.quotes import quotes_in

# (one-word names: "Ben and Jerry's" is joined by andnames.py's rule, which reads "and" in lower case)
FIRMS = sorted(name.capitalize() for name in ORG_NAMES if name.endswith("'s") and " " not in name)
FRAMES = ("“The outlook for the sector is negative,” {firm} said.",
          "“The outlook for the sector is negative,” said {firm}.",
          "{firm} said the outlook was “negative for the whole sector”.")


@settings(max_examples=examples(100), deadline=None)
@given(st.sampled_from(FIRMS), st.sampled_from(("'", "\u2019")), st.sampled_from(FRAMES))
def test_a_firm_with_s_speaks(firm: str, apostrophe: str, frame: str) -> None:
    written = firm.replace("'", apostrophe)
    text = frame.format(firm=written)
    quote, = quotes_in("Ratings", text)
    assert (quote.speaker, quote.kind) == (written, "organisation"), text
    assert all(m.kind == "organisation" for m in names_in("Ratings", text) if written.startswith(m.surface)), text


def test_the_firms_are_there_and_a_persons_possessive_is_still_no_speaker() -> None:
    assert {"Moody's", "Lloyd's", "Sotheby's", "Christie's"} <= set(FIRMS)
    quote, = quotes_in("Books", "“It is the best book of the year,” Rick Moody’s publisher said.")
    assert quote.speaker is None
