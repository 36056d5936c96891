"""An announcement and its event are related stories (relatedlinks.announced_events, 2026-12-05, the ferry trial):
the union's strike notice for Monday 16 November and the strike day's reports were told in other words (the ballot,
the notice; the pickets, the cancelled sailings), under the stories' minimum mean cosine, and were not linked; nor
were the closures set's vote announced and the vote, nor the mosaic set's open day announced and the open day."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import given, strategies as st
from support import factories
from support.madeup import FAST, word

from briefgen.analyse.stories import group_stories, story_features
from briefgen.analyse.terms import term_of
from stories.storyeval import group, load_site

STORIES = Path(__file__).resolve().parent
UTC = dt.timezone.utc
NAME = word.filter(lambda w: term_of(w.encode()) is not None)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
NOTICE = ("Crews at {company} Ferries to strike",
          "Crews at {company} Ferries will strike on {weekday} {date} November, the {union} Workers' Union said, "
          "after its members backed action in a ballot over crewing levels.\n\n"
          "The union's organiser, {first} {last}, said the ballot result spoke for itself and that members remained "
          "available for talks with the company.")
EVENT = ("Sailings cancelled as {company} crews walk out",
         "Every sailing between {town} and the islands was cancelled {when} as pickets gathered at the pier, and "
         "islanders queued for the relief boat.\n\n"
         "Passengers said they had been given little warning. {first} {last} of the {union} Workers' Union "
         "addressed the picket line.")


def _briefing(names: list[str], weekday: int, ahead: int, on_day: bool) -> tuple:
    company, union, first, last, town = names
    start = dt.datetime(2026, 11, 2, 9, 0, tzinfo=UTC) + dt.timedelta(days=weekday)  # (2 November: a Monday)
    day = start + dt.timedelta(days=ahead)  # the announced day
    event_day = day if on_day else day + dt.timedelta(days=1)
    values = dict(company=company, union=union, first=first, last=last, town=town,
                  weekday=WEEKDAYS[day.weekday()], date=day.day)
    texts = {"notice": tuple(p.format(**values, when="") for p in NOTICE),
             "event": tuple(p.format(**values, when=f"on {WEEKDAYS[event_day.weekday()]}") for p in EVENT)}
    times = {"notice": start, "event": event_day + dt.timedelta(hours=8)}
    for k, thing in enumerate(("winter timetable", "fares", "harbour dues", "car deck bookings")):  # (the names are
        texts[f"filler-{k}"] = (f"{company} Ferries and {thing}",  # the briefing's common words)
                                f"{company} Ferries set out its {thing} at {town}, and the {union} Workers' Union "
                                f"and {first} {last} responded, the company said on Monday.")
        times[f"filler-{k}"] = start - dt.timedelta(days=3 + k)
    articles = tuple(factories.report(slug, times[slug], title=texts[slug][0]) for slug in sorted(texts))
    return articles, {slug: story_features(*texts[slug]) for slug in texts}


@FAST
@given(st.lists(NAME, min_size=5, max_size=5, unique=True), st.integers(0, 6), st.integers(2, 9), st.booleans())
def test_an_announcement_is_related_to_its_days_event(names: list[str], weekday: int, ahead: int,
                                                      on_day: bool) -> None:
    """Linked when the event's lead places it on the announced day; not by the day when on the day after."""
    articles, found = _briefing(names, weekday, ahead, on_day)
    grouping = group_stories(articles, found, factories.config())
    notice, event = grouping.story_of("notice"), grouping.story_of("event")
    assert notice.id != event.id
    linked = {frozenset((r.first, r.second)) for r in grouping.related}
    assert (frozenset((notice.id, event.id)) in linked) == on_day


def test_the_reported_inputs() -> None:
    for name, announcement, event in (("ferry", "union-strike-notice", "islesfm-strike-day"),
                                      ("ferry", "union-strike-notice", "courier-strike-day"),
                                      ("closures", "municipalreview-vote-announced", "gazette-council-vote"),
                                      ("mosaic", "b10-heritageweekly-openday", "b11-observer-openday")):
        grouping = group(load_site(STORIES / name))
        first, second = grouping.story_of(announcement).id, grouping.story_of(event).id
        assert (first, second) in {(r.first, r.second) for r in grouping.related}, (name, announcement, event)
