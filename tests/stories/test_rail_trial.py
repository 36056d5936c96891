"""The T13 trial (2026-12-06) as a labelled set: a regional rail strike, 40 articles from 9 outlets, 5-15 October 2026.

tests/stories/rail/ was written by a tester in its own words and labelled before its first build (labels.md: the true
stories, related and distinct pairs; quotes.yaml: the speaker of each of 104 quotations). The ballot, the walkout's
dates, a paper's scoop and four re-tellings, the injunction hearing and ruling, talks, a deal and a derailment on the
same line (a hard negative: same line, same people); a wire reprinted with `via:` and with only its dateline; double
Spanish surnames, Irish names, a judge by her style, two KCs.

Its first build: 72 of 79 true pairs, 3 wrong (an explainer of readers' questions in the hearing's story), a court
report called a "re-telling", quotations on two pages of one person (14), 30 People pages. After the session's
fixes (docs/log/stories.md, "A rail-strike briefing nobody had seen"; docs/log/people.md): 72 of 79 pairs and none wrong, the
seven missed being the live blog of the deal's day (a suggestion to the editor: four of the deal's reports date no
news); speakers precision 0.978 (89/91), recall 0.937 (89/95).
"""
from __future__ import annotations

import itertools
from pathlib import Path

from analyse.quoteset import score_site
from stories.storyeval import assignment, group, load_site, trial_stories

RAIL = Path(__file__).resolve().parent / "rail"
LIVE_BLOG = "carrow-live-deal"


def labelled() -> dict[str, str]:
    """slug → story, from labels.md's "## Stories" section (storyeval.trial_stories)."""
    return trial_stories(RAIL)


def test_no_wrong_pair_and_only_the_live_blog_missed() -> None:
    truth, predicted = labelled(), assignment(group(load_site(RAIL)))
    assert len(truth) == 40
    pairs = list(itertools.combinations(sorted(truth), 2))
    wrong = [p for p in pairs if predicted[p[0]] == predicted[p[1]] and truth[p[0]] != truth[p[1]]]
    missed = [p for p in pairs if predicted[p[0]] != predicted[p[1]] and truth[p[0]] == truth[p[1]]]
    assert wrong == []
    assert all(LIVE_BLOG in pair for pair in missed) and len(missed) <= 7, missed


def test_the_court_report_is_independent_and_the_explainer_alone() -> None:
    grouping = group(load_site(RAIL))
    hearing = grouping.story_of("wire-hearing")
    assert set(hearing.members) == {"wire-hearing", "gazette-hearing", "chronicle-hearing"}
    assert dict(hearing.roles)["chronicle-hearing"] == "independent"
    assert grouping.story_of("ledger-explainer").members == ("ledger-explainer",)


def test_the_speakers() -> None:
    result = score_site(RAIL)  # (tests/analyse/quoteset.py: as `python tests/analyse/quoteset.py tests/stories/rail/`)
    wrong = result.predictions - result.correct
    assert result.correct >= 89 and wrong <= 2, (result.line("rail"), result.failures)  # 89/91, 89/95
