"""The site model's assembly of 2026-12-07 (morning, SP8) gives what the forms it replaced give (hypothesis).

A one-article edit of 10,000 articles assembles the whole model again (docs/log/performance.md, SP8); its per-article
steps were cut: an edition worked out once per distinct moment (keyed by the moment: equal aware datetimes are one
instant, and an edition is its instant's), one topic and one report without a generator, the entries sorted by a key
without type tests, a person's ranks by `map`. Each is compared here with the form before, kept as the reference,
on sites made by the real stages (support.factories.site).
"""
from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support import factories as f
from support.examples import examples

from briefgen.analyse.topics import TopicMatch, primary
from briefgen.site.assemble import _newest_first, ordered_topics
from briefgen.site.editions import edition_id

SETTINGS = settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.too_slow])
ZONES = [dt.timezone.utc, dt.timezone(dt.timedelta(hours=3)), dt.timezone(dt.timedelta(hours=-5), "EST"),
         dt.timezone(dt.timedelta(hours=14)), dt.timezone(dt.timedelta(hours=-11, minutes=-30)),
         ZoneInfo("America/New_York"), ZoneInfo("Europe/London"), ZoneInfo("Australia/Lord_Howe"),
         ZoneInfo("Pacific/Apia")]
SITE_ZONES = ["UTC", "America/New_York", "Asia/Kolkata", "Pacific/Kiritimati", "Europe/Kyiv"]


@st.composite
def moments(draw: st.DrawFn) -> dt.datetime:
    """An aware moment near a zone's changes (a fold, a skipped hour, a day's, a week's or a year's edge), on a grid of
    an hour and a half, so that one clock time in two zones (two instants) is drawn often."""
    day = draw(st.sampled_from([dt.datetime(2023, 3, 25), dt.datetime(2023, 4, 1), dt.datetime(2023, 11, 4),
                                dt.datetime(2023, 12, 31), dt.datetime(2023, 1, 1), dt.datetime(2023, 7, 30)]))
    base = day + dt.timedelta(minutes=90 * draw(st.integers(0, 32)))
    return base.replace(tzinfo=draw(st.sampled_from(ZONES)), fold=draw(st.integers(0, 1)))


def ordered_topics_before(matches: tuple[TopicMatch, ...], topics: dict) -> tuple:
    """assemble.ordered_topics as it was (a generator for none and one)."""
    if len(matches) < 2:
        return tuple(topics[m.topic] for m in matches)
    first = primary(matches)
    return tuple(topics[m.topic] for m in sorted(matches, key=lambda m: m.topic != first))


@SETTINGS
@given(st.lists(moments(), min_size=1, max_size=12), st.sampled_from(SITE_ZONES),
       st.sampled_from(["daily", "weekly", "monthly"]))
def test_equal_moments_have_one_edition(when: list[dt.datetime], zone: str, edition: str) -> None:
    """The assembly's edition per distinct moment rests on this: equal moments (one instant, whatever their zones or
    folds) are in one edition."""
    tz = ZoneInfo(zone)
    for a in when:
        for b in when:
            if a == b:
                assert edition_id(a, edition, tz) == edition_id(b, edition, tz)


@SETTINGS
@given(st.lists(st.tuples(moments(), st.lists(st.sampled_from([f.CHINA.id, f.TALKS.id]), max_size=2, unique=True),
                          st.sampled_from(["Example Times", "Outlet B"])), min_size=1, max_size=10),
       st.sampled_from(SITE_ZONES), st.sampled_from(["daily", "weekly", "monthly"]))
def test_assembled_site_as_before(rows: list, zone: str, edition: str) -> None:
    """Every entry's edition is `edition_id` of its own moment, its topics `ordered_topics_before`'s, the entries in
    `_newest_first`'s order, and each edition's reports are its story's own `Report` objects."""
    articles = tuple(f.article(f"a{k}", when, source) for k, (when, _, source) in enumerate(rows))
    site = f.site(articles, topics={f"a{k}": tuple(ids) for k, (_, ids, _) in enumerate(rows)}, timezone=zone,
                  edition=edition)
    topics = {t.id: t for t in site.config.topics}
    for entry, (when, ids, _) in zip(sorted(site.entries, key=lambda e: int(e.article.slug[1:])), rows):
        assert entry.edition == edition_id(when, edition, ZoneInfo(zone))
        matches = tuple(TopicMatch(t, True) for t in ids)
        assert entry.topics == ordered_topics_before(matches, topics) == ordered_topics(matches, topics)
    assert list(site.entries) == sorted(site.entries, key=_newest_first)
    stories = {s.id: s for s in site.stories}
    for shown_edition in site.editions:
        for section in shown_edition.sections:
            for shown in section.stories:
                for report in shown.reports:
                    assert any(report is own for own in stories[shown.story.id].reports)
                    assert report.entry.edition == shown_edition.period.id
