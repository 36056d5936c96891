"""A later story told as a consequence of an earlier one, with its names, is related to it (relatedlinks.consequences).

A bakery-outbreak trial (tests/stories/bakery/, 2026-12-05) labelled the interim chief's appointment ("… has named its
operations director, Owen Tasker, as interim chief executive following the departure of Gerald Pryce", 14 March) a
follow-up of the chief executive's resignation (11 March), but no link was made: the Ledger's report of the
resignation ("Gerald Pryce has stepped down …") and the appointment share 0.29 of undecayed cosine, the two reports
that told it in other words ("The man who led Hartwell's Bakeries for 22 years has resigned") 0.07, a mean of 0.14,
under stories.RELATED_MIN. The appointment's lead says what its news follows from, and names there who acts in the
Ledger's lead: that pair's own cosine is enough.
"""
from __future__ import annotations

import datetime as dt

from hypothesis import given, settings, strategies as st
from support import factories
from support.examples import examples
from support.madeup import word

from briefgen.analyse.lead_causes import cause_terms
from briefgen.analyse.stories import group_stories, story_features
from briefgen.analyse.terms import term_of
from stories.storyeval import group, load_site
from stories.test_bakery_storks_trials import STORIES

UTC = dt.timezone.utc
NAME = word.filter(lambda w: term_of(w.encode()) is not None)  # (a made-up word that is no stopword: not "Done")


def test_the_trials_interim_chief_is_related_to_the_resignation() -> None:
    grouping = group(load_site(STORIES / "bakery"))
    resigned = grouping.story_of("ledger-ceo-resigns")
    assert set(resigned.members) == {"ledger-ceo-resigns", "register-ceo-resigns", "valleyradio-ceo"}
    assert grouping.story_of("tradebaker-interim-ceo").members == ("tradebaker-interim-ceo",)
    assert (resigned.id, "tradebaker-interim-ceo") in {(r.first, r.second) for r in grouping.related}


RESIGNED = (("{firm} chief executive quits over {matter}",
             "{first} {last} has stepped down as chief executive of {firm}, nine days after the {matter} that has now "
             "made 41 people ill.\n\nIn a statement to staff on Wednesday morning, {last}, whose grandfather founded "
             "the business in 1952, said he had lost the trust needed to lead it. The board said a successor would be "
             "named within days. Its chair thanked {last} for 22 years of service."),
            ("Boss resigns as the {matter} spreads",
             "The head of the valley business blamed for dozens of cases announced his resignation to employees at "
             "a meeting on Wednesday.\n\n{first} {last}, 58, ran {firm} for more than two decades. He told the "
             "meeting that stepping aside was the only honest choice."),
            ("Boss goes as case count passes 40",
             "The man who led {firm} for 22 years has resigned.\n\n{last} told workers this morning that the "
             "{matter} had happened under his leadership and he would not stay on."))
SUCCESSOR = ("Operations chief takes interim helm at {firm}",
             "{firm} has named its operations director, {other}, as interim chief executive following the departure "
             "of {gone}.\n\n{other_last}, who joined the chain in 2019, will run the business until a permanent "
             "appointment is made. The board said that could take six months, and thanked staff for 22 years of "
             "loyalty to the business.")
FILLER = "{firm} shops in {town} opened on {day}, the company said. Customers in {town} said {thing} mattered."
THINGS = ("parking charges", "the bread price", "a bus timetable", "street lighting", "the market hall")


def _briefing(names: list[str], days: float, fillers: int, named: bool) -> tuple:
    firm, first, last, other_first, other_last, stranger, town = names
    values = dict(firm=f"{firm} Bakeries", first=first, last=last, matter="salmonella outbreak",
                  other=f"{other_first} {other_last}", other_last=other_last,
                  gone=f"{first} {last}" if named else f"the chairman, {stranger}")
    start = dt.datetime(2026, 3, 11, 11, 0, tzinfo=UTC)
    texts = {f"resigned-{k}": tuple(part.format(**values) for part in parts) for k, parts in enumerate(RESIGNED)}
    times = {f"resigned-{k}": start + dt.timedelta(hours=2 * k) for k in range(len(RESIGNED))}
    texts["successor"] = tuple(part.format(**values) for part in SUCCESSOR)
    times["successor"] = start + dt.timedelta(days=days)
    for k in range(fillers):
        texts[f"filler-{k}"] = (f"{town} shops, item {k + 1}",
                                FILLER.format(firm=values["firm"], town=town, day="Monday", thing=THINGS[k]))
        times[f"filler-{k}"] = start - dt.timedelta(days=3 + k)
    articles = tuple(factories.report(slug, times[slug], title=texts[slug][0]) for slug in sorted(texts))
    return articles, {slug: story_features(*texts[slug]) for slug in texts}


@settings(max_examples=examples(30), deadline=None)
@given(st.lists(NAME, min_size=7, max_size=7, unique=True), st.floats(1.2, 6.0), st.integers(3, 5), st.booleans())
def test_a_successor_following_the_departure_of_the_one_who_resigned_is_related(names: list[str], days: float,
                                                                                fillers: int, named: bool) -> None:
    """Three reports of a chief's resignation, two in other words, and days later the appointment of a successor
    "following the departure of" the chief: two stories, related; following someone else's departure (who acts in
    no lead of the resignation), not related by this rule."""
    articles, found = _briefing(names, days, fillers, named)
    grouping = group_stories(articles, found, factories.config())
    resigned = grouping.story_of("resigned-0")
    assert set(resigned.members) == {"resigned-0", "resigned-1", "resigned-2"}
    assert grouping.story_of("successor").members == ("successor",)
    related = {(r.first, r.second) for r in grouping.related}
    assert ((resigned.id, "successor") in related) == named


def test_the_cause_terms_are_the_clauses_after_a_connector() -> None:
    assert cause_terms("Operations chief takes interim helm", "Hartwell's has named Owen Tasker as interim chief "
                       "following the departure of Gerald Pryce.") == ("departure", "gerald", "pryce")
    assert cause_terms("Ships stopped a week after grain deal extension", "Russia has stopped ships, Kyiv says.") == (
        "deal", "extension", "grain")
    assert cause_terms("Brazil hits back", "Brazil will tax ethanol in response to the US tariff, in Brasília.") == (
        "tariff", "us")
    assert cause_terms("Council votes", "The council voted for the first time since March to close schools.") == ()
