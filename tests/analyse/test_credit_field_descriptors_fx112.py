"""FX112 (T30's F2): a press's field before a noun of the press is a descriptor ("according to the Belgian policy outlet
Brussels Ledger", "the EU-policy site X", "the energy newsletter X"); a field before a body's or a document's noun is
none ("the energy agency", "the policy paper", "the policy report"). Fails on main 61e35c95.
"""
from __future__ import annotations

from hypothesis import example, given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.credits import credit_finder, detect_credits

SITE = ("Brussels Ledger", "Nordic Energy Wire")
FIELD_WORDS = ("policy", "political", "energy", "health", "science", "legal", "media", "markets", "climate", "security")


def _credited(text: str) -> list[str]:
    return [c.outlet for c in detect_credits(text, credit_finder(SITE))]


def test_t30_policy_outlet_is_credited() -> None:
    """The reported sentence (fz-scoop) and its variants credit the outlet, as "the Belgian outlet X" does."""
    for text in ("Brussels will fine Stratocloud, according to the Belgian policy outlet Brussels Ledger.",
                 "Brussels will fine Stratocloud, according to the policy outlet Brussels Ledger.",
                 "Brussels will fine Stratocloud, according to the EU-policy site Brussels Ledger."):
        assert _credited(text) == ["Brussels Ledger"], text


@settings(max_examples=examples(40), deadline=None, database=None)
@given(st.sampled_from(("", "Belgian ", "Danish ", "US ")), st.sampled_from(FIELD_WORDS),
       st.sampled_from(("", "EU-")), st.sampled_from(("outlet", "news site", "newsletter", "publication", "magazine",
                                                       "website", "site")),
       st.sampled_from(("according to the", "as first reported by the", "first reported by the")),
       st.sampled_from(SITE))
@example("Belgian ", "policy", "", "outlet", "according to the", "Brussels Ledger")
def test_a_field_before_a_press_noun_is_a_descriptor(nationality: str, field: str, prefix: str, noun: str, cue: str,
                                                     outlet: str) -> None:
    """Any field (with a nationality, a compound's prefix) before a noun of the press credits the site's outlet."""
    text = f"The Commission will fine Stratocloud, {cue} {nationality}{prefix}{field} {noun} {outlet}."
    assert _credited(text) == [outlet], text


@settings(max_examples=examples(30), deadline=None, database=None)
@given(st.sampled_from(FIELD_WORDS), st.sampled_from(("agency", "paper", "report", "journal", "body", "office")),
       st.sampled_from(("Frontex", "Eurostat Review", "Harbour Analytics")))
def test_a_field_before_a_body_or_document_noun_credits_no_one(field: str, noun: str, name: str) -> None:
    """"according to the energy agency Frontex", "the policy paper Harbour Analytics": no outlet is credited."""
    text = f"The Commission will fine Stratocloud, according to the {field} {noun} {name}."
    assert _credited(text) == [], text
