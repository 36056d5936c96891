"""FX67: BR35's breaks of FX61's credit rules (docs/stories.md, "BR35's breaks of FX61's credits (FX67)").

1. A known outlet's name inside a longer capitalised name credited it: "The Foreign Press Association said" → PA
   Media, "The Hull Daily Mail reported" → Daily Mail. The class: any known outlet's or agency's name of two words or
   more after capitalised words that make another name; the words that place or own it (FX56) and "The" keep the
   credit, and a possessive places an outlet with a listed home only at home ("Britain's", not "Jamaica's").
"""
from __future__ import annotations

from hypothesis import example, given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.credits import credit_finder, detect_credits
from briefgen.analyse.knownoutlets import KNOWN_OUTLETS, agency_outlets


def _outlets(text: str, site: tuple[str, ...] = ()) -> list[str]:
    return [c.outlet for c in detect_credits(text, credit_finder(site))]


# every known outlet's and agency's written form of two words or more that opens with no article (one word is no
# known tail without a place before it, and an article opens a name: credit_leadins.known_tail)
_ARTICLES = ("the ", "le ", "la ", "el ", "die ", "der ")
LONG_FORMS = tuple(sorted({(canonical, form) for canonical, aliases in KNOWN_OUTLETS.items()
                           for form in (canonical, *aliases) if " " in form and not form.lower().startswith(_ARTICLES)}
                          | {(canonical, form) for canonical, forms in agency_outlets() for form in forms
                             if " " in form and not form.lower().startswith(_ARTICLES)}))
PREFIXES = ("Foreign", "Student", "National", "Hull", "Charleston", "Gaza Foreign", "Scottish", "Irish", "Catholic",
            "Kenya's Student", "Bristol Post and Hull")
INSIDE = ("The {p} {o} said the law was wrong.", "The {p} {o} reported the flood.",
          "The flood closed roads, the {p} {o} reported.", "According to the {p} {o}, the flood closed roads.",
          "{p} {o} said the law was wrong.")


@settings(max_examples=examples(150), deadline=None)
@given(st.sampled_from(LONG_FORMS), st.sampled_from(PREFIXES), st.sampled_from(INSIDE))
@example(("PA Media", "Press Association"), "Foreign", "The {p} {o} said the law was wrong.")
@example(("Daily Mail", "Daily Mail"), "Hull", "The {p} {o} reported the flood.")
@example(("Daily Mail", "Daily Mail"), "Bristol Post and Hull", "The {p} {o} reported the flood.")
def test_a_known_name_inside_a_longer_name_credits_nothing(form: tuple[str, str], prefix: str, frame: str) -> None:
    """A known outlet's name after capitalised words of another name is that name's, never the outlet's."""
    canonical, written = form
    assert canonical not in _outlets(frame.format(p=prefix, o=written))


PLACING = ("Britain's", "the London-based", "the British news agency", "the")


@settings(max_examples=examples(40), deadline=None)
@given(st.sampled_from(PLACING), st.sampled_from(("Press Association", "Daily Mail")),
       st.sampled_from(("{P} {o} reported the flood.", "According to {p} {o}, the flood closed roads.")))
@example("Britain's", "Press Association", "{P} {o} said the law was wrong.")
@example("the British", "Press Association", "{P} {o} said the law was wrong.")
def test_placing_words_keep_the_credit(placing: str, written: str, frame: str) -> None:
    """Words that place or own the outlet at its home (FX56's descriptors) and "The" keep its credit. ("The
    London-based Daily Mail said" credits no one, at s50 too: left.)"""
    outlet = {"Press Association": "PA Media", "Daily Mail": "Daily Mail"}[written]
    assert outlet in _outlets(frame.format(p=placing, P=placing[0].upper() + placing[1:], o=written))


@settings(max_examples=examples(40), deadline=None)
@given(st.sampled_from(("Jamaica's", "Pakistan's", "the Jamaican", "Kenya's", "the Kenyan")),
       st.sampled_from(("Press Association", "Daily Mail")), st.sampled_from(INSIDE))
@example("Jamaica's", "Press Association", "{p} {o} said the law was wrong.")
def test_a_possessive_away_from_home_credits_nothing(owner: str, written: str, frame: str) -> None:
    """A place's possessive or adjective places an outlet with a listed home only at home (outletcountries.py): the
    Press Association of Jamaica is not PA Media."""
    assert not {"PA Media", "Daily Mail"} & set(_outlets(frame.format(p=owner, o=written).replace("The the ", "The ")
                                                         .replace("the the ", "the ")))
