"""A re-telling shares its original with the credited outlet's report it re-tells, not with every report
of that outlet (analyse/originals.py).

A third trial (tests/stories/aftermath/): Sky credited WalesOnline's report of a flood gate left open, and
so had the ×1.5 bonus with WalesOnline's report of the inquiry three days before as well (0.83; the story
of the gate took the inquiry's reports in and was led by one of them). The property: an outlet's two
reports in the window, of two events, and a re-telling of one of them crediting the outlet.
"""
from __future__ import annotations

import datetime as dt

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.originals import CREDIT, shared_originals
from briefgen.analyse.similarity import score_pairs
from briefgen.analyse.stories import prepare, story_features
from support import factories
from test_running_story_follow_ups import NAME

CONFIG = factories.config()
OCT_16 = dt.datetime(2026, 10, 16, 9, 0, tzinfo=factories.UTC)


@st.composite
def outlets_reports(draw: st.DrawFn) -> dict:
    town, river, judge, firm = draw(st.lists(NAME, min_size=4, max_size=4, unique_by=str.lower))
    return {"town": town, "river": river, "judge": judge, "firm": firm, "days": draw(st.floats(0.2, 3.0)),
            "retold_first": draw(st.booleans())}


def texts(d: dict) -> dict[str, tuple[str, str]]:
    town, river, judge, firm = d["town"], d["river"], d["judge"], d["firm"]
    shared = f"The storm flooded 1,200 homes along the {river} in {town} last week, and two people died."
    return {
        "inquiry": (f"Judge {judge} to lead {town} flood inquiry",
                    f"A retired judge, Dame Alice {judge}, will lead an inquiry into the flood defences of {town}. "
                    f"{shared} The inquiry will hold hearings in {town} in January."),
        "gate": (f"{town} flood gate left open, engineer reveals",
                 f"A gate in the {town} flood barrier was left open as the storm struck, an engineer revealed. "
                 f"{shared} The contractor, {firm} Engineering, was called but sent no crew to close the gate."),
        "retold": (f"Flood gate in {town} was left open",
                   f"A gate in the {town} flood barrier was left open during the storm, according to a report by "
                   f"the Valley Post. {shared} {firm} Engineering was called but no crew arrived at the gate."),
    }


@settings(max_examples=examples(40), deadline=None)
@given(outlets_reports())
def test_only_the_report_re_told_shares_the_original(d: dict) -> None:
    found = {slug: story_features(*text) for slug, text in texts(d).items()}
    articles = (factories.article("inquiry", OCT_16, source="Valley Post"),
                factories.article("gate", OCT_16 + dt.timedelta(days=d["days"]), source="Valley Post"),
                factories.article("retold", OCT_16 + dt.timedelta(days=d["days"] + 0.2), source="Sky News",
                                  via="Valley Post" if d["retold_first"] else ""))
    archive = prepare(articles, found)
    index = {r.slug: n for n, r in enumerate(archive.reports)}
    scored = {(archive.reports[p.a].slug, archive.reports[p.b].slug): p
              for p in score_pairs(archive.reports, CONFIG.story_window, archive.df)[1]}
    by_pair = {frozenset(k): v for k, v in scored.items()}
    assert by_pair[frozenset(("gate", "retold"))].shared_original
    other = by_pair.get(frozenset(("inquiry", "retold")))
    assert other is None or not other.shared_original, other
    assert index  # (the three reports are in the archive)


def test_a_shared_credit_still_shares_the_original() -> None:
    """Two re-tellings that credit one outlet share it when they name one who or where besides (Treforest): a `via:`
    alone is a credit alone (CREDIT, FX29), the name the evidence of one report (score_pairs)."""
    a = factories.article("a", OCT_16, source="Sky News", via="Valley Post")
    b = factories.article("b", OCT_16, source="ITV News", via="Valley Post")
    found = {"a": story_features("Gate left open", "A gate was left open in Treforest, Valley Post said. Flood."),
             "b": story_features("Gate left open", "A gate was left open in Treforest, Valley Post said. Flood.")}
    archive = prepare((a, b), found)
    assert shared_originals(archive.reports, [(0, 1)], [0.9]) == [CREDIT]  # (both `via:` one outlet: a credit alone, FX29)
    (pair,) = score_pairs(archive.reports, CONFIG.story_window, archive.df)[1]
    assert pair.shared_original and not pair.capped
