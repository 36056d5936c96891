"""An explainer whose `via:` names the outlet of a report it is paired with re-tells that report: the guide rule does
not hold them apart (similarity.py; an airport trial, 2026-12-05: an AI-assisted digest "Brackenford Airport closure:
what we know", `via: Financial Times`, was its own story beside the FT's scoop and linked to it as related, the
same news twice in one edition). Without the `via:` (or with one naming another outlet) the guide stays apart."""
from __future__ import annotations

import datetime as dt

from hypothesis import given, settings, strategies as st
from support import factories
from support.examples import examples

from briefgen.analyse.stories import group_stories, story_features

START = dt.datetime(2026, 11, 12, 7, 0, tzinfo=dt.timezone.utc)
SCOOP_TITLE = "Halvern Capital plans to close Brackenford Airport runway for 2,400 homes"
SCOOP = ("Halvern Capital, the private equity owner of Brackenford Airport, is drawing up plans to close its runway "
         "and build 2,400 homes on the site by 2028, according to documents seen by the Financial Times.\n\nThe plan, "
         "code-named Project Kestrel, would end 90 years of flying at the airport. Halvern Capital declined to "
         "comment.")
GUIDE_TITLE = "Brackenford Airport closure: what we know"
GUIDE = ("Here is what you need to know about the plan to close Brackenford Airport.\n\nHalvern Capital, the owner of "
         "Brackenford Airport, is drawing up plans to close the runway and build 2,400 homes on the site by 2028, the "
         "Financial Times reported.\n\nWhat happens next? You can follow the council's response on its website. "
         "The plan is code-named Project Kestrel.")


def _members(via: str, hours: float, guide_source: str) -> tuple[str, ...]:
    articles = (factories.article("ft", START, source="Financial Times", title=SCOOP_TITLE),
                factories.article("digest", START + dt.timedelta(hours=hours), source=guide_source, title=GUIDE_TITLE,
                                  via=via))
    found = {"ft": story_features(SCOOP_TITLE, SCOOP), "digest": story_features(GUIDE_TITLE, GUIDE)}
    assert found["digest"].guide and not found["ft"].guide
    return group_stories(articles, found, factories.config()).story_of("digest").members


@settings(max_examples=examples(20), deadline=None)
@given(hours=st.floats(1, 30), source=st.sampled_from(["NewsDigest", "Brief Daily", "Aggregator AI"]))
def test_an_explainer_via_the_reports_outlet_joins_it(hours: float, source: str) -> None:
    assert _members("Financial Times", hours, source) == ("ft", "digest")
    assert _members("", hours, source) == ("digest",)
    assert _members("Reuters", hours, source) == ("digest",)
