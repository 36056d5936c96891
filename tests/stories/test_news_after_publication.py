"""A report cannot tell news of a day after it was published (eventdays.news_after, similarity.py "Event days").

A trial (2026-12-04): the Echo's "Second march on City Hall …" ("… marched through Calderbridge on Saturday …, a day
after a High Court judge allowed the parents' legal challenge to proceed", dated Saturday 21 March) joined the
Teachers' Bulletin's report of that ruling (dated Friday 20 March) at 0.63, and took it out of the ruling's story.
"""
from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st
from support import factories
from support.examples import examples

from briefgen.analyse.eventdays import event_day, news_after
from briefgen.analyse.stories import group_stories, story_features

CONFIG = factories.config()
SATURDAY = dt.datetime(2026, 3, 21, 18, tzinfo=dt.timezone.utc)
MARCH = ("For the second time this month, several hundred people marched through Calderbridge on {day} against the "
         "closure of three primary schools.\n\nThis time the mood was more upbeat, a day after a High Court judge "
         "allowed the parents' legal challenge to proceed at St Wenna's.\n\n\"Two weeks ago we marched because we were "
         "angry,\" Priya Ranganathan, the campaign's founder, told the crowd.")
RULING = ("Staff at St Wenna's, Millbrook and Foxhollow primary schools have been given a reprieve after the High Court "
          "allowed a parents' legal challenge to proceed.\n\nThe order prevents the council from publishing closure "
          "notices until a hearing in June, Priya Ranganathan said, and teachers were allowed to stay.")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@settings(max_examples=examples(200), deadline=None, database=None)
@given(st.integers(0, 6), st.integers(0, 3), st.integers(-3, 4), st.integers(-36, 36))
def test_news_after_holds_exactly_when_the_news_day_follows_the_other_s_date(weekday: int, late: int, before: int,
                                                                             hours: int) -> None:
    """The lead's day (the last `weekday` on or before its date, `late` days before it) is after the other report's
    date, and the other was published a day or more before it: then, and only then."""
    day = dt.date(2026, 3, 16).toordinal() + weekday + late  # (16 March 2026 was a Monday)
    time = 86400.0 * day
    other_day = day - before
    other_time = 86400.0 * other_day + 3600.0 * hours
    news = event_day(f"p{weekday}", day)
    assert news == day - late
    assert news_after(f"p{weekday}", day, time, other_day, other_time) == (news > other_day
                                                                           and time - other_time >= 86400.0)
    assert not news_after("", day, time, other_day, other_time)


@settings(max_examples=examples(40), deadline=None, database=None)
@given(st.integers(1, 3), st.integers(0, 18))  # (a day or more before: 18:00 the day before at the latest)
def test_a_report_of_a_day_after_the_other_was_published_is_another_story(gap: int, hour: int) -> None:
    march = factories.article("echo-second-protest", SATURDAY, "Calderbridge Echo",
                              title="Second march on City Hall as campaigners keep up pressure")
    ruling = factories.article("bulletin-permission-granted", SATURDAY.replace(hour=hour) - dt.timedelta(days=gap),
                               "Teachers' Bulletin", title="Court ruling pauses closures at three Calderbridge primaries")
    found = {march.slug: story_features(march.title, MARCH.format(day="Saturday")),
             ruling.slug: story_features(ruling.title, RULING)}
    assert len(group_stories((march, ruling), found, CONFIG).stories) == 2


def test_a_re_telling_published_after_the_news_day_is_still_one_story() -> None:
    first = factories.article("echo-second-protest", SATURDAY, "Calderbridge Echo",
                              title="Second march on City Hall as campaigners keep up pressure")
    later = factories.article("radio-second-protest", SATURDAY + dt.timedelta(hours=20), "Valley Radio",
                              title="Campaigners march again on City Hall")
    found = {first.slug: story_features(first.title, MARCH.format(day="Saturday")),
             later.slug: story_features(later.title, MARCH.format(day="Saturday"))}
    assert len(group_stories((first, later), found, CONFIG).stories) == 1
