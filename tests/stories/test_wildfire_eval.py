"""The story grouping, credits, quotes and names on a fourth trial briefing, in American wire style.

tests/stories/wildfire/ is a briefing of 30 short articles from 15 outlets (12-26 October 2026, fictional people,
companies and towns): the Cedar Ridge Fire in Butte County told by AP, AP's copy republished by two local papers
(one with `via: Associated Press`, one with only the "MARLOW, Calif. (AP) —" dateline), the LA Times and Reuters;
the Juniper Creek Fire in Oregon the same week (labelled distinct); the utility's shares falling (three); a
disaster declaration (two); the WSJ's report that the line was restarted and two re-tellings (a `via:`, "first
reported by"); the dead named (two); a reader guide; evacuation orders lifted (two, one with a correction); an
op-ed; the utility's Chapter 11 filing (three); a state Senate vote on liability (two); the CEO stepping down; the
cause two weeks later (two). Labelled before its first build (labels.yaml, quotes.yaml, names.yaml; docs/log/stories.md,
"A trial in wire style").

Its first build: pairwise precision 1.000, recall 1.000, the originals and reprints credited; quote speakers
precision 0.907 (68/75), recall 0.773 (68/88); the People page listed nine things as people (three fires, a road, a
school, a town, the Red Cross, a legislator's home town "R-Yuba City", Cal Fire), "FEMA Administrator Paula Greer"
and "Cal Fire Battalion" (with six of Lena Park's quotes) as organisations, the utility twice ("… Co") and "Shares of
Golden Valley Power & Light". Then speakers 1.000 (79/79), 0.898 (79/88), and the People page lists no thing as a
person (the last was "Cutler Lane", a street "on" which a house stood); tests/analyse/test_wire_style_names.py holds
the kinds. The fifth trial's fixes (tests/stories/test_takeover_eval.py) found three more: "said Ben Carrow of
Hartline Securities" names him (a firm's "Securities"), and his second quotation continues his; CNBC's "Karen
Lindquist said … that Golden Valley had enough cash … “for now,”" is hers (reported speech reaches further), which
counts as wrong until the spelling suggestion is applied: 0.988 (81/82), 0.920 (81/88); corrected 1.000 (82/82),
0.932 (82/88). Since organisations' voices (docs/people.md: "Golden Valley said", "the company said") 0.988 (85/86),
0.966 (85/88); corrected 1.000 (86/86), 0.977 (86/88).
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from analyse.evaluation import score_evalset
from briefgen.analyse.names import NameIndex, names_in
from briefgen.analyse.spelling import misspellings
from stories.storyeval import (Site, assignment, credit_problems, group, labels, load_site, merged_distinct,
                              pairwise, people_page, truth, wrong_pairs)

WILDFIRE = Path(__file__).resolve().parent / "wildfire"
PRECISION, RECALL = 1.0, 1.0  # at the default threshold (module docstring)
SPEAKER_PRECISION, SPEAKER_RECALL = 0.987, 0.96  # corrected (the spelling suggestions applied): 1.000, 0.977
# Labelled people missing from the People page: each named once, unquoted (people.MIN_ARTICLES).
UNLISTED = {"Elaine Moritz", "Julia Renner", "Tom Hadley"}


@pytest.fixture(scope="module")
def site() -> Site:
    return load_site(WILDFIRE)


@pytest.fixture(scope="module")
def grouping(site: Site):
    return group(site)


@pytest.fixture(scope="module")
def page(site: Site):
    return people_page(site)


def test_pairwise_precision_and_recall(grouping) -> None:
    predicted, real = assignment(grouping), truth(root=WILDFIRE)
    counts = pairwise(predicted, real, real)
    assert counts.precision >= PRECISION and counts.recall >= RECALL, (counts, wrong_pairs(predicted, real, real))


def test_distinct_pairs_are_never_merged(grouping) -> None:
    assert merged_distinct(grouping, WILDFIRE) == []


def test_the_original_leads_and_every_re_telling_credits_it(site: Site, grouping) -> None:
    assert credit_problems(site, grouping, WILDFIRE, others=True) == []


def test_wire_copy_republished_is_a_re_report_of_the_wire(site: Site, grouping) -> None:
    """AP's report republished by the Enterprise-Record (`via: Associated Press`) and the Record Searchlight (only
    the "(AP)" dateline): both re-report AP, which leads; the LA Times and Reuters stay independent."""
    source = {a.slug: a.source for a in site.articles}
    for entry in labels(WILDFIRE)["stories"].values():
        for wire, reprints in (entry.get("reprints") or {}).items():
            story = grouping.story_of(wire)
            roles = dict(story.roles)
            assert story.lead == wire and story.original == source[wire], story
            assert {slug: roles[slug] for slug in reprints} == {slug: "re-report" for slug in reprints}, roles
            assert all(role == "independent" for slug, role in roles.items() if slug not in reprints and slug != wire)


def test_the_speakers() -> None:
    result, _ = score_evalset(WILDFIRE)
    assert result.precision >= SPEAKER_PRECISION and result.recall >= SPEAKER_RECALL, (result.line("wildfire"),
                                                                                      result.failures)
    assert result.false_quotes <= 1  # the Oregonian's Level 3 "go now" orders: a term, returned as a quotation
    corrected, _ = score_evalset(WILDFIRE, corrected=True)  # CNBC's "Karen Lindquist" says "for now": Karen Lindqvist
    assert corrected.precision == 1.0 and corrected.recall >= 0.97, corrected.line("wildfire, corrected")


def test_the_one_misspelt_name_is_the_only_one_flagged(site: Site) -> None:
    """Ray Donnelly and Raymond Tso, Tom Reyes and Tom Hadley, Elena Vasquez and Maria Esquivel are different people;
    CNBC's "Karen Lindquist" is Karen Lindqvist."""
    found = {a.slug: names_in(a.title, site.texts[a.slug]) for a in site.articles}
    flagged = {(s.article, s.surface, s.suggestion) for s in misspellings(NameIndex.build(site.config.people, found))}
    assert flagged == {("b1-cnbc-golden-valley-stock", "Karen Lindquist", "Karen Lindqvist")}


def test_the_people_page(page) -> None:
    """Everyone labelled is listed as a person but those named once and never quoted; nothing that is not a person
    is listed as one; no labelled organisation is a person; one entry per organisation."""
    names = yaml.safe_load((WILDFIRE / "names.yaml").read_text(encoding="utf-8"))
    persons = {p.name for p in page if p.kind == "person"}
    organisations = [p.name for p in page if p.kind == "organisation"]
    assert set(names["people"]) - persons == UNLISTED
    # CNBC's misspelt "Karen Lindquist" is quoted ("for now"), so listed until the editor applies the suggestion that
    # `briefgen check` gives (test_the_one_misspelt_name_is_the_only_one_flagged): misspellings are never merged silently
    assert persons <= set(names["people"]) | {f["wrong"] for f in names["flags"]}, persons - set(names["people"])
    assert not persons & (set(names["organisations"]) | set(names["not_people"]))
    assert len([o for o in organisations if o.startswith("Golden Valley Power & Light")]) == 1, organisations
    assert "Paula Greer" in persons and not [o for o in organisations if "Cal Fire" in o or "Greer" in o]
