"""Credits of a story's reports, three kinds the ferry trial's findings showed (2026-12-05).

- Outlets joined by "and" in a credit frame are each credited ("as the Record and Isles FM reported", "Isles FM and
  the Coast Record said"): a site outlet's short name, or an outlet before "said", was lost (analyse/credits.py).
- A link is a credit: "as [the Record reported](https://…)" — the plain text never shows the address; a member whose
  body links to another outlet's earlier report of the story credits that outlet (analyse/roles.py, `linked`).
- A credit of background is no re-telling: the Standard's inquiry report credited the Coast Record for the steering
  warnings ("first reported by the Coast Record"), whose report is the earlier steering-warning story's; the page
  called the Standard a re-telling (analyse/roles.py, `background_credits`)."""
from __future__ import annotations

import datetime as dt

from hypothesis import assume, given, settings, strategies as st
from support import factories
from support.examples import examples
from support.madeup import word

from briefgen.analyse.credits import credit_finder, detect_credits
from briefgen.analyse.outletkeys import outlet_key
from briefgen.analyse.roles import assign_roles
from briefgen.analyse.stories import report_of

START = dt.datetime(2026, 11, 10, 9, 0, tzinfo=dt.timezone.utc)
HOUR = dt.timedelta(hours=1)

_FRAMES = ("as the {a} and {b} reported", "{A} and {b} first reported the leak", "{b} and the {a} said on Monday",
           "the ship sank, the {a} and {b} reported", "the story was first reported by the {a} and {b}",
           "according to the {a} and {b}, the valve stuck", "{b} and the {a} said",
           "the ship sank, according to reports from the {a} and {b}", "there were reports in the {a} and {b} of a leak",
           "the valve stuck, according to reports by the {a} and {b}")  # ("reports from", plural: a trial of 2026-12-05)


@settings(max_examples=examples(120), deadline=None)
@given(word, word, st.sampled_from(_FRAMES), st.booleans())
def test_outlets_joined_by_and_are_each_credited(town: str, station: str, frame: str, short: bool) -> None:
    """Two site outlets, "The <Town> Record" (written whole or by its short name "the Record") and "<Station> FM",
    joined by "and" in a credit frame: both are credited."""
    assume(town != station)
    record, radio = f"The {town} Record", f"{station} FM"
    finder = credit_finder([record, radio])
    named = "Record" if short else f"{town} Record"
    text = "Officials confirmed the defects. " + frame.format(a=named, A=f"The {named}", b=radio) + "."
    credited = {c.outlet for c in detect_credits(text, finder)}
    assert credited == {record, radio}, (text, credited)


def test_the_ferry_trials_joined_credits() -> None:
    finder = credit_finder(["The Coast Record", "Isles FM", "Reuters", "BBC"])
    for text in ("It was first reported by the Coast Record and Isles FM.", "The ship is leaking, according to "
                 "Reuters and the BBC.", "The valve stuck, as the Record and Isles FM reported.",
                 "Isles FM and the Coast Record said the valve stuck."):
        assert len({c.outlet for c in detect_credits(text, finder)}) == 2, text
    # a person beside an outlet that says is no outlet
    assert {c.outlet for c in detect_credits("Ms Reid and the Coast Record said so.", finder)} == {"The Coast Record"}


def _roles(members, background=None):  # type: ignore[no-untyped-def]
    reports = [report_of(a, (), b"", "", credits) for a, credits in members]
    return assign_roles([a for a, _ in members], reports, [c for _, c in members], background)


@settings(max_examples=examples(100), deadline=None)
@given(word, word, st.integers(1, 20), st.sampled_from(("https://{host}.example/news/{slug}",
                                                        "http://www.{host}.example/news/{slug}/",
                                                        "https://{host}.example/news/{slug}?utm_source=x#top",
                                                        "../{slug}/")))
def test_a_link_into_another_outlets_earlier_report_credits_it(paper: str, other: str, hours: int, form: str) -> None:
    """A member whose body links to another member's report — its address, or its page in the site — of another
    outlet, published earlier, credits that outlet: the story credits it and the member re-tells it. A link to a
    later report, or to no member's, credits nothing."""
    assume(paper != other)
    url = f"https://{paper.lower()}.example/news/scoop"
    scoop = factories.article("scoop", START, f"The {paper} Record", url=url)
    link = form.format(host=paper.lower(), slug="scoop")
    later = factories.article("later", START + hours * HOUR, f"{other} News", links=((3, link),))
    third = factories.article("third", START + (hours + 1) * HOUR, "Third Outlet")
    roles = _roles([(scoop, ()), (later, ()), (third, ())])
    assert roles.original == f"The {paper} Record", roles
    assert dict(roles.roles) == {"scoop": "original", "later": "re-report", "third": "independent"}
    # the same link from a report published before the scoop, or to another page of its site, credits nothing
    early = factories.article("later", START - HOUR, f"{other} News", links=((3, link),))
    assert _roles([(scoop, ()), (early, ()), (third, ())]).original == ""
    elsewhere = factories.article("later", START + hours * HOUR, f"{other} News",
                                  links=((3, f"https://{paper.lower()}.example/news/other-story"),))
    assert _roles([(scoop, ()), (elsewhere, ()), (third, ())]).original == ""


@settings(max_examples=examples(100), deadline=None)
@given(word, word, st.integers(0, 5))
def test_a_credit_of_an_earlier_storys_report_is_background(paper: str, other: str, hours: int) -> None:
    """A member whose every credit is of an outlet whose credited report is in an earlier story (`background`)
    re-tells nothing of this story; one that also credits an outlet of this story still does."""
    assume(paper != other)
    wire = factories.article("wire", START, "Reuters")
    council = factories.article("council", START + HOUR, f"{other} Council")
    national = factories.article("national", START + (hours + 2) * HOUR, "The National Standard")
    record = f"The {paper} Record"
    members = [(wire, ()), (council, ()), (national, (record,))]
    assert dict(_roles(members).roles)["national"] == "re-report"  # (as before: the credit read as a re-telling)
    background = [frozenset(), frozenset(), frozenset({outlet_key(record)})]
    roles = _roles(members, background)
    assert dict(roles.roles)["national"] == "independent" and roles.original == ""
    both = [(wire, ()), (council, ()), (national, (record, "Reuters"))]
    assert dict(_roles(both, background).roles)["national"] == "re-report"


def test_the_ferry_trials_inquiry_story() -> None:
    """The inquiry story's members as the trial grouped them, with the grouping's data: the Standard credits the
    Coast Record, whose steering-warning report (another, earlier story) it was scored against."""
    from pathlib import Path

    from briefgen.analyse.roles import background_credits
    from briefgen.analyse.similarity import score_pairs
    from briefgen.analyse.stories import _report
    from stories.storyeval import all_features, group, load_site

    site = load_site(Path(__file__).resolve().parent / "ferry")
    found = all_features(site)
    grouping = group(site, found=found)
    articles = list(site.articles)
    index = {a.slug: i for i, a in enumerate(articles)}
    reports = [_report(a, found[a.slug]) for a in articles]
    story_of = [0] * len(articles)
    for k, story in enumerate(grouping.stories):
        for slug in story.members:
            story_of[index[slug]] = k
    by_outlet: dict[str, list[int]] = {}
    for i, report in enumerate(reports):
        by_outlet.setdefault(report.source, []).append(i)
    scored = {(p.a, p.b) for p in score_pairs(reports, 14.0)[1]}
    story = next(s for s in grouping.stories if "standard-inquiry" in s.members)
    members = [index[slug] for slug in story.members]
    background = background_credits(members, articles, reports, story_of, by_outlet,
                                    lambda i, j: (i, j) in scored or (j, i) in scored)
    roles = assign_roles([articles[i] for i in members], [reports[i] for i in members],
                         [found[articles[i].slug].credits for i in members], background)
    assert dict(roles.roles)["standard-inquiry"] == "independent"
    steering = next(s for s in grouping.stories if "record-steering-warning" in s.members)
    members = [index[slug] for slug in steering.members]
    assert not any(background_credits(members, articles, reports, story_of, by_outlet, lambda i, j: True))
