"""A story names its reports so that a reader tells them apart (`site.stories.report_labels`).

A trial: a story with two Reuters reports of one cable break (09:10 and 17:40 the same day)
headed both "what each report adds" lists "Reuters" (one with additions, one "Nothing the other
reports do not have"), labelled two columns of the shared passages "Reuters", and its edition
card said "Also reported by Yle News, Reuters" under a Reuters lead.
"""
from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path
from typing import Callable

from hypothesis import given, settings, strategies as st

from briefgen.site.stories import report_labels
from support import factories
from support.sites import run_cli
from support.examples import examples

UTC = dt.timezone.utc
MORNING = dt.datetime(2024, 3, 4, 9, 10, tzinfo=UTC)


def labels(*reports: tuple[str, dt.datetime, bool]) -> tuple[str, ...]:
    return report_labels([(outlet, factories.article(f"a{k}", when, outlet, has_time=timed))
                          for k, (outlet, when, timed) in enumerate(reports)])


def test_an_outlet_with_two_reports_is_told_apart_by_date_then_time_then_number() -> None:
    evening = MORNING.replace(hour=17, minute=40)
    assert labels(("Reuters", MORNING, True), ("Yle News", MORNING, True), ("Reuters", evening, True)) == (
        "Reuters (4 March 2024, 09:10)", "Yle News", "Reuters (4 March 2024, 17:40)")
    assert labels(("Reuters", MORNING, True), ("Reuters", MORNING + dt.timedelta(days=9), True)) == (
        "Reuters (4 March 2024)", "Reuters (13 March 2024)")
    assert labels(("Reuters", MORNING, False), ("Reuters", MORNING, False)) == (
        "Reuters (4 March 2024, report 1)", "Reuters (4 March 2024, report 2)")
    assert labels(("Reuters", MORNING, True), ("Reuters", MORNING, True), ("Reuters (4 March 2024)", MORNING, True)) == (
        "Reuters (4 March 2024, 09:10, report 1)", "Reuters (4 March 2024, 09:10, report 2)",
        "Reuters (4 March 2024)")


OUTLETS = ("Reuters", "Yle News", "Reuters (4 March 2024)", "Reuters (4 March 2024, 09:10)", "ERR")
MOMENTS = (MORNING, MORNING.replace(hour=17), MORNING + dt.timedelta(days=1))


@settings(max_examples=examples(200), deadline=None, database=None)
@given(st.lists(st.tuples(st.sampled_from(OUTLETS), st.sampled_from(MOMENTS), st.booleans()), min_size=1, max_size=6))
def test_labels_are_distinct_and_an_outlet_with_one_report_is_just_its_name(
        reports: list[tuple[str, dt.datetime, bool]]) -> None:
    named = labels(*reports)
    assert len(set(named)) == len(named)
    outlets = [outlet for outlet, _, _ in reports]
    for (outlet, _, _), label in zip(reports, named):
        assert label.startswith(outlet)
        if outlets.count(outlet) == 1 and outlet not in [n for n, o in zip(named, outlets) if o != outlet]:
            assert label == outlet


def _article(title: str, source: str, when: str, body: str) -> str:
    return f"---\ntitle: {title}\nsource: {source}\npublished: {when}\n---\n{body}\n"


CUT = ("A data cable linking Porkkala in Finland with Paldiski in Estonia was damaged on Monday, its "
       "operator Elisa said. Coastguard spokesman Tapio Lindroos said the freighter Marlin Grace was near.")


def test_a_story_page_and_its_card_tell_two_reports_of_one_outlet_apart(site_factory: Callable[..., Path]) -> None:
    root = site_factory({
        "config.yaml": "title: Baltic Brief\ntopics:\n  - id: cables\n    title: Cables\n    keywords: [cable]\n",
        "content/articles/reuters-cut.md": _article("Cable between Finland and Estonia damaged", "Reuters",
                                                    "2024-03-04T09:10:00+00:00", CUT),
        "content/articles/yle-cut.md": _article("Elisa reports Porkkala-Paldiski fault", "Yle News",
                                                "2024-03-04T11:30:00+00:00", CUT.replace("Monday", "Monday morning")),
        "content/articles/reuters-inquiry.md": _article("Finland opens cable inquiry", "Reuters",
                                                        "2024-03-04T17:40:00+00:00", CUT + " Police opened an inquiry."),
    })
    done = run_cli(["build", "--quiet"], root)
    assert done.returncode == 0, done.stdout + done.stderr
    page = (root / "output" / "stories" / "reuters-cut" / "index.html").read_text(encoding="utf-8")
    headings = [html.unescape(re.sub(r"<[^>]+>", "", h)) for h in re.findall(r'<h3 class="adds__title">(.*?)</h3>', page)]
    assert sorted(headings) == ["Reuters (4 March 2024, 09:10)", "Reuters (4 March 2024, 17:40)", "Yle News"]
    columns = re.findall(r'<th scope="col">(.*?)</th>', page)
    assert len(columns) in (0, 3) and len(set(columns)) == len(columns)
    front = (root / "output" / "index.html").read_text(encoding="utf-8")
    assert re.search(r"Also reported by .*>(?:<bdi>)?Reuters \(4 March 2024, 17:40\)(?:</bdi>)?</a>", front), front
