"""An opinion piece is a view of the news, not a report of it (a trial, 2026-12-04).

"Opinion: The valley's gardeners are paying for a boardroom's patience" (The Lantern) joined the news story of the
bill rise it commented on at 0.71: the front page said "Also reported by The Lantern". A pair of which exactly one
headline opens as an opinion piece's scores at most the cap (a suggestion at most, held apart "one is an opinion
piece, the other a report"); two opinion pieces, or two reports, are compared as before.
"""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support import factories
from support.examples import examples

from briefgen.analyse.heldapart import KINDS
from briefgen.analyse.piecekinds import OPINION
from briefgen.analyse.stories import group_stories, story_features

LEAD = ("Lysander Water was refused a 9 per cent bill rise by the Water Standards Authority on Tuesday, its chair "
        "Oduya Fenwright said, after the regulator found the Tallow main had leaked for months.")


@settings(max_examples=examples(40), deadline=None)
@given(st.sampled_from(["Opinion: ", "Comment: ", "COLUMN: ", "Editorial \u2014 ", "Op-ed: ", "Our view: ",
                        "Letters: ", "Commentary | "]))
def test_an_opinion_piece_stays_apart_from_the_report_it_comments_on(prefix: str) -> None:
    titles = {"news": "Lysander refused bill rise by regulator", "view": prefix + "Lysander refused bill rise"}
    articles = tuple(factories.article(slug, source=f"Outlet {slug}", title=title) for slug, title in titles.items())
    found = {slug: story_features(title, LEAD) for slug, title in titles.items()}
    grouping = group_stories(articles, found, factories.config())
    assert grouping.story_of("news").members == ("news",)
    assert [s.held_apart for s in grouping.suggestions] == [
        (KINDS["opinion"],)]  # (the form of the piece-kind rule that held: heldapart.KINDS, T27)


def test_headlines_that_quote_someone_are_no_opinion_pieces() -> None:
    for title in ("Leader: we will not resign", "View from the valley", "Minister: the ban will stay",
                  "Opinion polls show a swing", "Comments from the chair anger farmers"):
        assert OPINION.match(title) is None, title
