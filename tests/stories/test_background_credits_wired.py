"""A build reads a credit of an earlier story's report as background (analyse/backgrounds.py wires
roles.background_credits into stories.group_stories, 2026-12-05).

The ferry trial: the Standard's inquiry report says the steering warnings were "first reported by the Coast Record";
the Record's report is the earlier steering-warning story's. The grouping called the Standard a re-telling of the
Record (a "Re-told report" banner on its article, "1 re-telling" on its story's card) until the rule of 89a5fa8d was
passed the grouping's stories. Here the labelled set grouped as a build groups it; the rule itself is tested on made-up
stories in test_credit_kinds.py.
"""
from __future__ import annotations

from pathlib import Path

from stories.storyeval import group, load_site


FERRY = Path(__file__).resolve().parent / "ferry"


def _role(grouping, slug: str) -> str:
    story = grouping.story_of(slug)
    return dict(story.roles)[slug]


def test_the_standards_inquiry_report_is_independent_not_a_retelling_of_the_record() -> None:
    grouping = group(load_site(FERRY))
    assert _role(grouping, "standard-inquiry") == "independent"
    assert grouping.story_of("record-steering-warning") != grouping.story_of("standard-inquiry")

