"""Two events of one kind on one day are two stories, a live blog of one and a report of the other too (livedays.py
names_apart; FX80). The Harbour Post's "LIVE: Felixstowe dockworkers strike" led with "Dockworkers at Felixstowe walked
out at dawn in a strike over pay, the union Unite said"; Reuters' "Unite bus drivers strike in Manchester over pay",
the same day, shares its event words ("strike", "walked", "pay") and its union, and was its story at 0.931: the live
blog's join asked only for a shared event word. Drawn: the kind of event, the two places and the two groups, a party
both name (the union) or none; the blog's own event's report still joins it."""
from __future__ import annotations

import datetime as dt

from hypothesis import assume, given, settings, strategies as st
from support import factories
from support.examples import examples

from briefgen.analyse.livedays import OPENED_BEFORE, SURE_DELAY, day_sure, entries_day, entry_span
from briefgen.analyse.stories import group_stories
from briefgen.analyse.storyfeatures import story_features

UTC = dt.timezone.utc
BLOG = ("LIVE: Felixstowe dockworkers strike", "Harbour Post", dt.datetime(2026, 11, 28, 18, 0, tzinfo=UTC),
        "09:05 Dockworkers at Felixstowe walked out at dawn in a strike over pay, the union Unite said.\n\n"
        "11:20 Unite general secretary Sharon Graham said the strike would last 48 hours.\n\n"
        "15:40 Ships queued off Harwich.")
BUS = ("Unite bus drivers strike in Manchester over pay", "Reuters", dt.datetime(2026, 11, 28, 12, 0, tzinfo=UTC),
       "Bus drivers in Manchester walked out in a strike over pay, the union Unite said, with general secretary "
       "Sharon Graham vowing to escalate.\n\nMost routes were cancelled.")
DOCK = ("Felixstowe dockworkers walk out over pay", "Meridian News", dt.datetime(2026, 11, 28, 10, 0, tzinfo=UTC),
        "Dockworkers at Felixstowe walked out in a strike over pay, Unite said.\n\n"
        "The port handles 40% of British container traffic.")


def _stories(texts: dict[str, tuple[str, str, dt.datetime, str]]) -> list[list[str]]:
    """The stories (sorted slugs, sorted) of `texts` (slug: title, source, published, plain body)."""
    articles = tuple(factories.report(slug, when, title=title, source=source)
                     for slug, (title, source, when, _) in sorted(texts.items()))
    found = {slug: story_features(title, body) for slug, (title, _, _, body) in texts.items()}
    return sorted(sorted(s.members) for s in group_stories(articles, found, factories.config()).stories)


def test_the_blog_of_one_strike_and_a_report_of_another_are_two_stories() -> None:
    """The reported input: Felixstowe's dock strike live and Manchester's bus strike, one union, one day."""
    assert _stories({"live": BLOG, "bus": BUS}) == [["bus"], ["live"]]


def test_the_blog_and_a_report_of_its_own_strike_are_one_story() -> None:
    """The join still holds for the blog's own news."""
    assert _stories({"live": BLOG, "dock": DOCK}) == [["dock", "live"]]


KINDS = [("walked out in a strike over pay", "strike", "walk out over pay"),
         ("marched in a protest against the closures", "protest", "march against closures"),
         ("blocked the roads in a protest over fuel prices", "protest", "block roads over fuel prices")]
PLACES = ["Felixstowe", "Manchester", "Glasgow", "Cardiff", "Leeds", "Bristol", "Southampton", "Aberdeen"]
GROUPS = [("Dockworkers", "dockworkers"), ("Bus drivers", "bus drivers"), ("Nurses", "nurses"),
          ("Farmers", "farmers"), ("Teachers", "teachers"), ("Rail workers", "rail workers")]
PARTIES = ["", ", the union Unite said", ", organisers said", ", the GMB union said"]


@settings(max_examples=examples(12), deadline=None)
@given(st.sampled_from(KINDS), st.lists(st.sampled_from(PLACES), min_size=2, max_size=2, unique=True),
       st.lists(st.sampled_from(GROUPS), min_size=2, max_size=2, unique=True), st.sampled_from(PARTIES),
       st.integers(8 * 60, 16 * 60))
def test_two_events_of_one_kind_on_one_day_never_merge_through_a_live_blog(
        kind: tuple[str, str, str], places: list[str], groups: list[tuple[str, str]], party: str, minute: int) -> None:
    """A live blog of one group's event in one place and a report, the same day, of another group's event of the
    same kind in another place: two stories."""
    act, noun, headline = kind
    (here, there), ((we, our), (they, their)) = places, groups
    assume(our.split()[-1] != their.split()[-1])  # (two groups, not "bus drivers" and "drivers")
    blog = (f"LIVE: {here} {our} {noun}", "Harbour Post", dt.datetime(2026, 11, 28, 18, 0, tzinfo=UTC),
            f"09:05 {we} in {here} {act}{party}.\n\n11:20 The {noun} would last 48 hours, a spokesperson said.\n\n"
            f"15:40 Crowds gathered in the rain.")
    report = (f"{there} {their} {headline}", "Reuters", dt.datetime(2026, 11, 28, *divmod(minute, 60), tzinfo=UTC),
              f"{they} in {there} {act}{party}.\n\nMost services were cancelled.")
    assert _stories({"live": blog, "other": report}) == [["live"], ["other"]]


def test_a_honolulu_blog_on_a_london_site_is_not_joined_to_the_day_before() -> None:
    """The reported input (c7): the Honolulu blog of the strike, dated 22:00 on the 27th there (08:00 on the 28th on
    the London site's calendar), entries 14:05-21:10 Honolulu time (from 00:05 on the 28th in London), and a London
    report of the 27th that the dockworkers voted to strike, another event the day before: read on London's clock
    the entries were of the 27th, and the report joined the blog. Its day is no sure one (livedays.day_sure)."""
    honolulu = dt.timezone(dt.timedelta(hours=-10))
    body = "\n\n".join(f"{clock} {text}" for clock, text in zip(
        ["14:05", "16:20", "19:40", "21:10"],
        ["Dockworkers at Felixstowe walked out at dawn in a strike over pay, the union Unite said.",
         "Unite general secretary Sharon Graham said the strike would last 48 hours.", "Ships queued off Harwich.",
         "Lorries backed up on the A14."]))
    blog = ("LIVE: Felixstowe dockworkers strike", "Harbour Post",
            dt.datetime(2026, 11, 27, 22, 0, tzinfo=honolulu).astimezone(UTC), body)
    vote = ("Felixstowe dockworkers vote to strike over pay", "Reuters", dt.datetime(2026, 11, 27, 10, 0, tzinfo=UTC),
            "Dockworkers at Felixstowe voted to strike over pay, the union Unite said.\n\n"
            "The port handles 40% of British container traffic.")
    assert _stories({"live": blog, "vote": vote}) == [["live"], ["vote"]]


ZONES = st.integers(-12 * 4, 14 * 4).map(lambda q: q * 15)  # UTC offsets in minutes, as the world has them


@settings(max_examples=examples(400), deadline=None)
@given(ZONES, ZONES, st.integers(0, 3 * 24 * 60), st.integers(2, 11 * 60), st.integers(0, SURE_DELAY))
def test_a_sure_day_is_the_first_entrys_day_on_the_sites_calendar(site: int, writer: int, start: int, span: int,
                                                                   delay: int) -> None:
    """A blog written at UTC offset `writer`, its first entry `start` minutes after a UTC midnight, its last `span`
    after it, updated `delay` (0 to SURE_DELAY) minutes after that, on a site at `site`: when its day is sure (and it is
    not dated as if by its opening, a clock that near by chance), it is its first entry's date on the site's
    calendar."""
    base = dt.datetime(2026, 11, 27, tzinfo=UTC)
    on_writer = [(base + dt.timedelta(minutes=m + writer)) for m in (start, start + span // 2, start + span)]
    text = "\n\n".join(f"{w:%H:%M} Dockworkers walked out in a strike over pay." for w in on_writer)
    first, last = entry_span(text)
    assume(first >= 0 and last - first == span)
    published = (base + dt.timedelta(minutes=start + span + delay)).astimezone(dt.timezone(dt.timedelta(minutes=site)))
    assume((first - (published.hour * 60 + published.minute)) % (24 * 60) > OPENED_BEFORE)
    truth = (base + dt.timedelta(minutes=start)).astimezone(published.tzinfo).date().toordinal()
    if day_sure(first, last, published, True):
        assert entries_day(first, last, published, True) == truth
