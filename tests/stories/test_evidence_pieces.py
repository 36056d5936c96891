"""A story page's evidence shows no pieces (analyse/evidence.py, site/page_evidence.py, 2026-12-05).

The ferry trial's pages said "They share … Workers Union, Ferry Workers, Nautical" (the Nautical and Ferry Workers’
Union cut into overlapping pieces), "07" (of the clock time "07:58"), "Captain" (a title of two different people)
and "Dame Helen" and "Cour" apart. A clock time's number and a title written before names are no evidence; the pieces
of one name the reports share are shown once, whole."""
from __future__ import annotations

import datetime as dt

from hypothesis import given, settings, strategies as st
from support import factories
from support.examples import examples
from support.madeup import word

from briefgen.analyse.stories import StoryFeatures, group_stories
from briefgen.site.page_evidence import name_runs, named_evidence

EVENT = ("refloat", "salvage", "tug", "reef", "tide")
START = dt.datetime(2026, 11, 6, 8, 0, tzinfo=dt.timezone.utc)


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(["07", "05", "09"]), st.sampled_from(["captain", "dame", "cllr", "commodore", "prof"]))
def test_a_clock_times_number_and_a_title_are_no_evidence(hour: str, title: str) -> None:
    shared = (*EVENT, hour, title)
    features = StoryFeatures.pack([(t, 1.0) for t in shared], [(t, t.title()) for t in shared], (), ("salvage",))
    articles = (factories.article("blog", START, source="Harbour Radio"),
                factories.article("trade", START + dt.timedelta(hours=3), source="Ferry Trade Weekly"))
    grouping = group_stories(articles, {"blog": features, "trade": features}, factories.config())
    story = next(s for s in grouping.stories if len(s.members) == 2)
    shown = {term.lower() for term in story.evidence}
    assert shown and not shown & {hour, title}, story.evidence


@settings(max_examples=examples(100), deadline=None)
@given(st.lists(word, min_size=6, max_size=6, unique_by=str.lower))
def test_the_pieces_of_one_shared_name_are_shown_whole(names: list[str]) -> None:
    one, two, three, given_name, surname, other = names
    union = f"{one} and {two} {three} Union"
    person = f"Dame {given_name} de la {surname}"
    pair = f"{one} {two} and {other} {three}"  # two names: "Aaa Bbb and Ccc Ddd"
    reports = [[f"The {union} called a strike.", f"{person} will chair the inquiry.", f"{pair} met on Monday."],
               [f"Members of the {union} voted.", f"The inquiry is led by {person}.", f"{pair} met again."]]
    runs = name_runs(reports)
    terms = ("strike", f"{three} Union", f"{two} {three}", one, f"Dame {given_name}", surname, f"{one} {two}",
             f"{other} {three}", "inquiry")
    shown = named_evidence(terms, runs)
    assert union in shown and person in shown, shown
    assert f"{three} Union" not in shown and surname not in shown, shown
    assert f"{other} {three}" in shown and "strike" in shown and "inquiry" in shown, shown
    assert not any(f"{one} {two} and {other}" in term for term in shown), shown


@settings(max_examples=examples(40), deadline=None)
@given(st.lists(word, min_size=2, max_size=2, unique_by=str.lower), st.booleans())
def test_an_outlets_name_joined_by_an_ampersand_is_no_evidence(names: list[str], by_via: bool) -> None:
    """(The ferry trial: "They share strike, Ferry & Port, …" of a re-telling crediting Ferry & Port Week.)"""
    from briefgen.analyse.terms import AMPERSAND
    outlet = f"{names[0]} & {names[1]} Week"
    joined = f"{names[0].lower()}{AMPERSAND}{names[1].lower()}"
    shared = (*EVENT, joined)
    features = StoryFeatures.pack([(t, 1.0) for t in shared], [(t, t.title()) for t in EVENT] + [(joined, outlet[:-5])],
                                  () if by_via else (outlet,), ("salvage",))
    articles = (factories.article("scoop", START, source=outlet),
                factories.article("retold", START + dt.timedelta(hours=3), source="Isles Radio",
                                  via=outlet if by_via else ""))
    grouping = group_stories(articles, {"scoop": features, "retold": features}, factories.config())
    story = next(s for s in grouping.stories if len(s.members) == 2)
    assert story.evidence and not any("&" in term or AMPERSAND in term for term in story.evidence), story.evidence


def test_words_and_titles_alone_are_not_joined() -> None:
    runs = name_runs([["The Harcastle Museum of Art reopened.", "Deputy Governor Mark Bishop spoke."],
                      ["The Harcastle Museum of Art said so.", "Deputy Governor Mark Bishop voted."]])
    assert named_evidence(("museum", "Harcastle", "governor", "Mark Bishop"), runs) == (
        "museum", "Harcastle", "governor", "Mark Bishop")
    assert named_evidence(("Harcastle", "Art", "Mark Bishop"), runs) == ("Harcastle Museum of Art", "Mark Bishop")
