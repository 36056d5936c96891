"""Made-up name words (tests/support/madeup.py) avoid every word list that decides a name's kind, the lists added on
2026-12-05 too (vesselnames.py, occupations.SEA_TRADES, the geographic and organisation heads): a made-up "Reef" or
"Coastguard" read as a coast's or a body's word made property tests flaky."""
from __future__ import annotations

from hypothesis import given

from briefgen.analyse import orgvoices, placewords, vesselnames
from briefgen.analyse.headlineroles import ROLE_HEADS
from briefgen.analyse.occupations import SEA_TRADES
from support.madeup import FAST, LISTED, made_up, word

NEWER_LISTS = (vesselnames.VESSEL_NOUNS, vesselnames.COAST_HEADS, vesselnames.CARRIER_HEADS, vesselnames.BODY_HEADS,
               vesselnames.BRANCH_HEADS, SEA_TRADES, placewords.GEO_NOUNS, placewords.PLACE_HEADS,
               orgvoices.HEAD_REFERENCES, orgvoices.COMPANY_REFERENCES, orgvoices.PUBLIC_HEADS, orgvoices.UNION_HEADS,
               orgvoices.NEWS_HEADS, orgvoices.WORSHIP_HEADS, ROLE_HEADS)
NEWER = sorted({w for words in NEWER_LISTS for w in words if w.isalpha()})


def test_the_newer_lists_are_listed() -> None:
    """Every word of the lists added on 2026-12-05 is among the words made-up names avoid."""
    assert [w for w in NEWER if w not in LISTED] == []


def test_listed_words_are_never_made_up() -> None:
    """None of them, capitalised, passes the made-up words' filter ("Reef", "Skipper", "Coastguard", "Ferries")."""
    assert [w for w in NEWER if made_up(w.capitalize())] == []
    assert made_up("Okafor") and made_up("Brannigo")  # (words of no list pass)


@FAST
@given(word)
def test_a_made_up_word_is_in_no_list(made: str) -> None:
    """A drawn word is in no word list of briefgen.analyse."""
    assert made.lower() not in LISTED and made.lower() not in NEWER
