"""The story grouping on a set written to tell reactions from the events they answer.

tests/stories/reactions/ is a briefing of 31 short articles from 10 outlets on a fictional
US-Brazil steel-tariff dispute (3-18 November 2026): a tariff, Brazil's WTO filing the next day,
its retaliation a week later, Washington's threat and the ethanol makers' appeal the day after
that, a Senate bill, an FT report and its re-tellings, the truce; each reaction decided by rule 6
and "How to decide" step 4 of docs/stories.md, the reasoning in labels.yaml. Figures, before and
after the reaction rule (similarity.py, "Who acts"): docs/log/stories.md ("Reactions").
"""
from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.analyse.similarity import CAP, calibrate, score_pairs
from briefgen.analyse.stories import group_stories, prepare
from stories.storyeval import Site, all_features, assignment, group, labels, load_site, pairwise, truth, wrong_pairs

REACTIONS = Path(__file__).resolve().parent / "reactions"
# Measured at the defaults (2026-12-02): 34 pairs right, 4 false merges (Brasília's same-evening
# comment, labelled in the tariff's story by rule 6, joined to the four reports of the WTO filing,
# whose lead actor it shares), 7 missed (that comment's 5 pairs with the tariff's reports; the
# Senate bill's Reuters report, capped for sharing no uncommon name with the others).
PRECISION, RECALL = 0.89, 0.82


@pytest.fixture(scope="module")
def site() -> Site:
    return load_site(REACTIONS)


@pytest.fixture(scope="module")
def features(site: Site) -> dict[str, object]:
    return all_features(site)


def test_pairwise_precision_and_recall(site: Site, features) -> None:
    predicted, real = assignment(group(site, found=features)), truth(root=REACTIONS)
    counts = pairwise(predicted, real, real)
    assert counts.precision >= PRECISION and counts.recall >= RECALL, (counts, wrong_pairs(predicted, real, real))


@pytest.mark.parametrize(("event", "reaction"), [
    ("reuters-us-slab-tariff", "reuters-brazil-wto-request"),  # 1.07 days apart: 0.59 on words alone
    ("ap-commerce-brazil-slab-duty", "folha-itamaraty-wto-consultations"),  # 1.12 days: 0.74
    ("reuters-us-slab-tariff", "folha-itamaraty-wto-consultations"),  # 1.18 days: 0.47
])
def test_the_filing_a_day_later_is_capped_for_its_other_lead_actor(site: Site, features, event: str,
                                                                   reaction: str) -> None:
    chosen = tuple(sorted((a for a in site.articles if a.slug in (event, reaction)), key=lambda a: a.slug))
    archive = prepare(chosen, features)
    (scored,) = score_pairs(archive.reports, site.config.story_window, archive.df)[1]
    assert not scored.one_actor and scored.score == CAP, scored
    assert calibrate(scored.cosine * scored.decay) > CAP  # the words alone scored it higher


def test_the_tariff_and_the_filing_alone_are_two_stories(site: Site, features) -> None:
    """One report of each, as in the stranger's trial (Seoul's waiver request joined the rule's story):
    before the rule they were one story at 0.59. The pair is capped for its actors; being one outlet's (Reuters')
    reports of two dates, it is suggested to no one since 2026-12-04 (ownreports.py; it was, at the cap)."""
    chosen = tuple(a for a in site.articles if a.slug in ("reuters-us-slab-tariff", "reuters-brazil-wto-request"))
    grouping = group_stories(chosen, features, site.config)
    assert len(grouping.stories) == 2 and grouping.suggestions == (), grouping
    _, (pair,) = score_pairs(prepare(tuple(sorted(chosen, key=lambda a: a.slug)), features).reports,
                             site.config.story_window)
    assert pair.score == CAP and pair.reaction, pair


def test_distinct_pairs_are_never_merged(site: Site, features) -> None:
    predicted, stories = assignment(group(site, found=features)), labels(REACTIONS)["stories"]
    for first, second, _ in labels(REACTIONS)["distinct"]:
        assert {predicted[s] for s in stories[first]["articles"]}.isdisjoint(
            predicted[s] for s in stories[second]["articles"]), (first, second)


def test_the_original_leads_its_re_tellings(site: Site, features) -> None:
    grouping = group(site, found=features)
    story = grouping.story_of("ft-us-weighs-slab-exemption")
    assert story.lead == "ft-us-weighs-slab-exemption" and story.original == "Financial Times"
    assert dict(story.roles) == {"ft-us-weighs-slab-exemption": "original", "valor-ft-slab-exemption": "re-report",
                                 "mercopress-slab-carve-out": "re-report"}
