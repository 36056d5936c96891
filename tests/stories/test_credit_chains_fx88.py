"""A plain credit of a re-teller reaches what it re-tells only through its reports not published after the credit
(creditchains.followed's `dated`; FX88, 2026-12-07).

FX88 looked for contradicting credits beyond FX85's shape. Three reports an hour apart crediting round a loop — "ABW
10:00 … Reuters reported", "Reuters 11:00 … El Altiplano reported", "El Altiplano 12:00 … ABW reported" — made El
Altiplano a re-teller of ABW, and Reuters' credit of El Altiplano (of a report before 11:00, not the one at 12:00)
was followed to ABW: two votes to one, and the page said "First reported by Andes Business Wire" of the report whose
own text credits Reuters before it. Reuters is the outlet the earliest credit names (its report of 11:00 is later
than ABW's credit of it: independent). Fails on the code before (main f561b2ab).
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import example, given, settings, strategies as st
from support import factories
from support.examples import examples
from stories.storyeval import group, load_site
from stories.test_credit_cycles_br39 import A, E, R, S, _site

from briefgen.analyse.outletkeys import outlet_key
from briefgen.analyse.roles import assign_roles
from briefgen.analyse.stories import report_of

CASES = {
    "rising-loop": ({"a": (A, "2026-11-23T10:00:00Z", "", S + " Reuters reported."),
                     "r": (R, "2026-11-23T11:00:00Z", "", S + " El Altiplano reported."),
                     "e": (E, "2026-11-23T12:00:00Z", "", S + " Andes Business Wire reported.")},
                    R, {"a": "re-report", "r": "independent", "e": "re-report"}),
}


def test_the_rising_loop(tmp_path: Path) -> None:
    for name, (_, original, roles) in CASES.items():
        (story,) = group(load_site(_site(tmp_path, name, CASES))).stories
        assert (story.original, dict(story.roles)) == (original, roles), (name, story)


START = dt.datetime(2026, 11, 23, 10, 0, tzinfo=dt.timezone.utc)
OUTLETS = (A, R, E, "La Tribuna")


@settings(max_examples=examples(300), deadline=None, database=None)
@given(st.permutations(OUTLETS), st.integers(3, 4), st.lists(st.tuples(st.integers(0, 3), st.sampled_from(OUTLETS),
                                                                          st.sampled_from(OUTLETS)), max_size=3))
@example((A, R, E, "La Tribuna"), 3, [])
def test_a_credit_follows_no_retelling_published_after_it(loop: tuple[str, ...], size: int,
                                                          others: list[tuple[int, str, str]]) -> None:
    """A loop of three or four plain credits, each member an hour after the one it is credited by (beside other members, earlier and
    of plain credits): the story never credits an outlet only through a re-telling published after the credit — the
    outlet credited is one a member names; the bare loop's is the one its earliest credit names (a loop of two is
    FX85's: "ABW 10:00 credits Reuters", "Reuters 11:00 credits ABW" credits ABW)."""
    ring = loop[:size]
    drawn = [(n + 4, ring[n], ring[(n + 1) % size]) for n in range(size)] + [
        (h, s, c) for h, s, c in others if outlet_key(s) != outlet_key(c)]
    articles, reports, credits = [], [], []
    for n, (hours, source, credit) in enumerate(drawn):
        article = factories.article(f"m{n}", START + dt.timedelta(hours=hours), source)
        articles.append(article)
        reports.append(report_of(article, (), b"", "", (credit,)))
        credits.append((credit,))
    roles = assign_roles(articles, reports, credits)
    if not others:  # (the bare loop: its earliest credit names the outlet of the loop's second member)
        assert roles.original == ring[1], (drawn, roles)
    assert not roles.original or any(outlet_key(roles.original) in r.credited for r in reports), (drawn, roles)
