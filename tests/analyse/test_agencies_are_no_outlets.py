"""A public agency or a review credited with a fact is no news outlet (analyse/credits.py).

A trial on the cycling briefing's subject (tests/stories/doping/): two reports of a WADA decision
that said "according to the World Anti-Doping Agency" were a story "First reported by World
Anti-Doping Agency", the two reports counted as re-tellings of its reporting. "Agency" and "Review"
ended outlets' names like "Times" or "Post", and a bare "agency" was a descriptor like "newspaper":
"according to the agency CELAD", "the International Testing Agency", "the Strategic Defence Review"
were outlets. News agencies are still read: "News Agency", "Press Agency", "news agency TASS".
"""
from __future__ import annotations

import datetime as dt

from hypothesis import assume, example, given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.credits import KNOWN_OUTLETS, credit_finder, detect_credits
from briefgen.analyse.knownoutlets import agency_outlets
from briefgen.analyse.outletkeys import outlet_key
from briefgen.analyse.stories import group_stories, story_features
from support import factories

KNOWN = {outlet_key(alias) for name, aliases in KNOWN_OUTLETS.items() for alias in (name, *aliases)}
# (and the agencies whose initials are their own name, which credit after "the agency": "according to the agency EFE"
# is Agencia EFE's, agencyinitials.py; a landing check drew "EFE", 2026-12-07)
KNOWN |= {outlet_key(alias) for name, aliases in agency_outlets() for alias in (name, *aliases)}
WORDS = ["World", "Anti-Doping", "International", "Testing", "Environment", "Medicines", "European", "Space",
         "Atomic", "Energy", "National", "Crime", "Food", "Standards", "Strategic", "Defence", "Integrated",
         "Spending", "Nuclear", "Posture", "Federal", "Aviation", "Water"]
FORMS = ["The rider was suspended, according to the {org}, on Monday.",
         "According to {org}, the sample was positive.",
         "The {org} revealed that the sample was positive.",
         "The findings were first reported by the {org} on Monday."]


@settings(max_examples=examples(80), deadline=None, database=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=3), st.sampled_from(["Agency", "Review"]),
       st.sampled_from(FORMS))
@example(["World", "Anti-Doping"], "Agency", FORMS[0])
@example(["International", "Testing"], "Agency", FORMS[0])
@example(["Strategic", "Defence"], "Review", FORMS[1])
def test_an_agency_or_a_review_is_no_outlet(words: list[str], head: str, form: str) -> None:
    text = form.format(org=" ".join([*words, head]))
    assert detect_credits(text, credit_finder(["Reuters"])) == (), text


@settings(max_examples=examples(40), deadline=None, database=None)
@given(st.text("ABCDEFGHKLMNPRSTUVZ", min_size=3, max_size=5), st.sampled_from(FORMS[:2]))
def test_an_acronym_after_a_bare_agency_is_no_outlet(acronym: str, form: str) -> None:
    assume(outlet_key(acronym) not in KNOWN)  # "the agency TASS" is TASS
    text = form.format(org=f"the agency {acronym}").replace("the the", "the")
    assert detect_credits(text) == (), text


@settings(max_examples=examples(40), deadline=None, database=None)
@given(st.sampled_from(["Zorvan", "Baltic", "Kestrel", "Polish", "Nordic"]),
       st.sampled_from(["News Agency", "Press Agency"]), st.sampled_from(FORMS))
def test_news_agencies_are_outlets(name: str, head: str, form: str) -> None:
    outlet = f"{name} {head}"
    assert [outlet_key(c.outlet) for c in detect_credits(form.format(org=outlet))] == [outlet_key(outlet)]
    assert [c.outlet for c in detect_credits(f"He told the state news agency {name}TA on Monday.")] == [
        f"{name}TA"]


def test_the_trial_story_credits_nobody() -> None:
    when = dt.datetime(2026, 9, 18, 16, 0, tzinfo=factories.UTC)
    reports = [
        ("ap", "Associated Press", 0, "Drug testers will take drops of blood from a fingertip under dried blood "
         "spot testing approved by the executive committee in Montreal, according to the World Anti-Doping "
         "Agency. Director general Grace Mwangi said 40 laboratories would be accredited."),
        ("gu", "The Guardian", 2, "Dried blood spot testing, collecting droplets on a card, was approved by the "
         "executive committee in Montreal, according to the World Anti-Doping Agency. Grace Mwangi said "
         "laboratories would be accredited for the cheaper method."),
        ("bbc", "BBC Sport", 3, "Fingertip dried blood spot tests get the green light from the executive "
         "committee meeting in Montreal. Grace Mwangi, the director general, said laboratories will be "
         "accredited.")]
    finder = credit_finder([outlet for _, outlet, _, _ in reports])
    articles = [factories.article(slug, when + dt.timedelta(hours=hours), source=outlet)
                for slug, outlet, hours, _ in reports]
    features = {slug: story_features("WADA approves dried blood spot tests", text, finder)
                for slug, _, _, text in reports}
    (story,) = group_stories(articles, features, factories.config()).stories
    assert story.original == "" and story.lead == "ap"
    assert set(dict(story.roles).values()) == {"independent"}
