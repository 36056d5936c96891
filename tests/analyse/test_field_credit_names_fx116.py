"""FX116 (BR68 on FX112): a press's field before a noun of the press (creditdescriptors.FIELD) made any capitalised
run after it an outlet: "according to the energy daily Tuesday" credited "Tuesday", "the health outlet WHO" "WHO",
"the energy outlet OPEC / Brent / Gazprom / Europe", "the policy outlet Brussels", "the US energy outlet E&E News" "E"
(s64: none). After a descriptor that is one only by its field, a name is credited when the credits know it, or when it
has two words or more, no weekday or month, no acronym first, no "&", no place, no known organisation
(fieldcredits.py). "the legal blog Lawfare reported" credited no one, though FX112's doc lists "blog": now a weak noun
(a known or the site's outlet only). Fails on main ea1c762e.
"""
from __future__ import annotations

from hypothesis import example, given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.credits import credit_finder, detect_credits

SITE = ("Brussels Ledger", "Lawfare")


def _credited(text: str, site: tuple[str, ...] = SITE) -> list[str]:
    return [c.outlet for c in detect_credits(text, credit_finder(site))]


REPORTED = ("the energy daily Tuesday", "the health newsletter Friday", "the health outlet WHO", "the security outlet NATO",
            "the energy outlet OPEC", "the energy outlet Brent", "the energy outlet Gazprom", "the energy outlet Europe",
            "the policy outlet Brussels", "the US energy outlet E&E News")


def test_br68_field_descriptors_credit_no_false_name() -> None:
    for phrase in REPORTED:
        assert _credited(f"Prices rose, according to {phrase}.") == [], phrase


def test_legal_blog_credits_the_sites_outlet() -> None:
    """"blog" after a field, as the FX112 doc says: the site's Lawfare is credited; an unknown one-word name is not."""
    assert _credited("Prices rose, according to the legal blog Lawfare.") == ["Lawfare"]
    assert _credited("Prices rose, as first reported by the legal blog Lawfare.") == ["Lawfare"]
    assert _credited("Prices rose, according to the legal blog Lawfare.", ()) == []


FIELDS = ("policy", "energy", "health", "security", "legal", "markets", "climate")
NOUNS = ("outlet", "newsletter", "daily", "weekly", "publication", "magazine", "website")
NOT_OUTLETS = ("Tuesday", "Friday", "January", "WHO", "NATO", "OPEC", "IMF", "Europe", "Brussels", "Paris", "Berlin",
               "Ukraine", "New York", "Tuesday Morning")  # ("As E&E News reported" gives "E News" with no descriptor: s64)


@settings(max_examples=examples(60), deadline=None, database=None)
@given(st.sampled_from(("", "US ", "Belgian ")), st.sampled_from(FIELDS), st.sampled_from(NOUNS),
       st.sampled_from(NOT_OUTLETS), st.sampled_from(("Prices rose, according to the {}.", "As the {} reported, prices rose.")))
@example("", "energy", "daily", "Tuesday", "Prices rose, according to the {}.")
def test_a_field_descriptor_credits_no_day_acronym_or_place(nationality: str, field: str, noun: str, name: str,
                                                            frame: str) -> None:
    found = _credited(frame.format(f"{nationality}{field} {noun} {name}"))
    assert found == [], found


@settings(max_examples=examples(40), deadline=None, database=None)
@given(st.sampled_from(("", "US ", "Belgian ")), st.sampled_from(FIELDS), st.sampled_from(NOUNS),
       st.sampled_from(("Harbour Ledger", "Kestrel Briefing", "Nordvik Insight", "Brussels Ledger")))
def test_a_field_descriptor_still_credits_an_outlets_name(nationality: str, field: str, noun: str, name: str) -> None:
    """FX112's gain kept: two words, no day, acronym or place — the outlet is credited, site's or not."""
    assert _credited(f"Prices rose, according to the {nationality}{field} {noun} {name}.") == [name]
