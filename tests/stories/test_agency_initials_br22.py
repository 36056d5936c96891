"""A dateline's initials that are a known agency's credit only that agency (BR22, 2026-12-06; wirecopy.dateline_outlet).

The T18 fix credited the one site outlet whose name's initials a dateline's were: "TAIPEI (CNA) —" (Taiwan's Central
News Agency) credited a site's Cyprus News Agency, "LONDON (PA) —" its Prensa Asociada, "(UPI)" any outlet of those
initials. The agencies commonly written by initials are known by what they stand for (knownoutlets.AGENCY_INITIALS):
their initials credit an outlet only when its name is that agency's, and none when they stand for several agencies.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.credits import credit_finder, detect_credits
from briefgen.analyse.knownoutlets import AGENCY_INITIALS
from briefgen.analyse.outletkeys import ALIAS_TO_CANONICAL, bare

PLACES = ("TAIPEI", "LONDON", "WASHINGTON", "NICOSIA", "SEOUL, Feb. 26")
FILLER = ("Courier", "Gazette", "Herald", "Post")


def _credited(outlets: tuple[str, ...], agency: str, place: str = "LONDON") -> list[str]:
    text = f"{place} ({agency}) — Police arrested two men on Monday, officials said."
    return [c.outlet for c in detect_credits(text, credit_finder(outlets))]


@pytest.mark.parametrize(("outlets", "agency"), [
    (("Cyprus News Agency", "The Economic Courier"), "CNA"), (("Prensa Asociada", "The Economic Courier"), "PA"),
    (("Pacific Argus", "The Economic Courier"), "PA"), (("Utah Public Information",), "UPI"),
    (("United Press Informer", "The Economic Courier"), "UPI"), (("Central News Agency",), "CNA")])
def test_the_reported_datelines_credit_nobody(outlets: tuple[str, ...], agency: str) -> None:
    """Failed before: each credited the site outlet of those initials. Since FX61 the lexicon's agencies are known
    outlets by their names (creditagencies.py), so initials of one agency credit it ("(PA)": PA Media), no site's."""
    agencies = AGENCY_INITIALS[agency]
    assert _credited(outlets, agency) == ([agencies[0][0]] if len(agencies) == 1 else [])


def _other_name(initials: str) -> str:
    """A made-up outlet name whose initials are `initials`: "PA" → "Pxa Axa"."""
    return " ".join(f"{letter}xa" for letter in initials)


@settings(max_examples=examples(40), deadline=None)
@given(st.sampled_from(sorted(AGENCY_INITIALS)), st.sampled_from(PLACES), st.sampled_from(FILLER), st.booleans())
def test_a_known_agencys_initials_credit_only_it(initials: str, place: str, filler: str, named: bool) -> None:
    """A known agency's initials: a site outlet of other words with those initials is never credited; an outlet of
    the agency's name is, when the initials stand for that agency alone. Failed before: the other outlet was."""
    agencies = AGENCY_INITIALS[initials]
    other = _other_name(initials)
    assert other not in _credited((other, f"The {filler}"), initials, place)
    if named and bare(initials) not in ALIAS_TO_CANONICAL:  # ("AP", "AFP": an alias of a known outlet already)
        name = agencies[0][0]
        known = ALIAS_TO_CANONICAL.get(bare(name), name)  # ("Yonhap News Agency" is the known outlet Yonhap)
        assert _credited((name, f"The {filler}"), initials, place) == ([known] if len(agencies) == 1 else [])


@pytest.mark.parametrize(("name", "agency"), [("PA Media", "PA"), ("Press Trust of India", "PTI"),
                                              ("Deutsche Presse-Agentur", "dpa"), ("Emirates News Agency", "WAM"),
                                              ("Press Association", "P.A.")])
def test_an_agency_by_its_initials_credits_its_outlet(name: str, agency: str) -> None:
    """Initials that are not the name's own ("WAM", "PA" of PA Media), dpa's lower case, dotted initials."""
    assert _credited((name, "The Economic Courier"), agency) == [name]


def test_unlisted_initials_keep_the_initials_rule() -> None:
    """T18's "(AOP)" of Agence Orient Presse, and none where two outlets share them."""
    assert _credited(("Agence Orient Presse", "The Economic Courier"), "AOP", "HANOI") == ["Agence Orient Presse"]
    assert _credited(("Shipping Gazette", "Sun Gazette"), "SG") == []
