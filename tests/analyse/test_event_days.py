"""Two reports whose leads place their news on different days are two events (analyse/eventdays.py,
`similarity.score_pairs`).

The reported input (a helper's trial of a city's bus strike, 2026-12-04): Radio Lindmouth's "Commuters in Lindmouth
reacted with relief on Thursday after a court injunction stopped Monday's bus strike" and the tram drivers' walk-out
the next morning ("Lindmouth's trams stopped on Friday morning …", two reports) were one story of three at 0.72, on the
union, its leader and the court. The evaluation set had Macron's Bratislava speech ("admitted on Wednesday") and the
Moldova summit ("met on Thursday, June 1") as one. The kind: any weekday or date a first sentence gives its news,
any article date and zone, in either order; never a day that dates a statement ("officials said on Tuesday") or lies
ahead (an announcement).
"""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import example, given, settings, strategies as st
from support.examples import examples
from support import factories

from briefgen.analyse.eventdays import MAX_BACK_DAYS, different_days, event_day, lead_event_day
from briefgen.analyse.similarity import score_pairs
from briefgen.analyse.stories import prepare, story_features

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
EVENTS = ("reacted with relief", "stopped", "met", "walked out", "collapsed", "was fined £18m", "voted for a strike")
STATEMENTS = ("officials said", "the company told Reuters", "the union announced", "the minister confirmed")


@pytest.mark.parametrize("lead, code", [
    ("Commuters in Lindmouth reacted with relief on Thursday after a court injunction stopped Monday's bus strike.", "p3"),
    ("Lindmouth's trams stopped on Friday morning when about 300 drivers walked out.", "p4"),
    ("Some 45 heads of state and government met on Thursday, June 1, at a castle near the village.", "pm6d1"),
    ("Ministers met on 4 November in Oslo.", "pm11d4"), ("Talks collapsed yesterday.", "y"),
    ("SACRAMENTO, Calif., Oct 13 (Reuters) - A wildfire has killed two people, state officials said on Tuesday.", ""),
    ("The two companies will meet in Oslo on Wednesday, with a mediator.", ""),  # an announcement
    ("Talks collapsed. Ministers met again on Friday.", ""),  # the second sentence
    ("Drivers voted to strike, the union said.", ""),
    # a third trial (an airline's collapse): an announcement's news is its statement's day; a running event is none
    ("Braidwater Airways will table a final offer for Corvane next Friday, its chief executive said on Friday.", "p4"),
    ("Hundreds of passengers were still stranded in Faro on Saturday, a day after the first were left behind.", ""),
    ("The LTA asked a judge on Wednesday to block the walk-out. A ruling is expected on Thursday.", "p2"),
])
def test_the_day_a_lead_gives_its_news(lead: str, code: str) -> None:
    assert lead_event_day(lead) == code


@settings(max_examples=examples(300), deadline=None)
@given(st.dates(dt.date(1950, 1, 1), dt.date(2100, 1, 1)), st.integers(0, 6), st.sampled_from(EVENTS),
       st.sampled_from(STATEMENTS), st.integers(0, 40))
def test_the_day_is_the_last_such_day_on_or_before_the_article(day: dt.date, weekday: int, event: str, statement: str,
                                                              back: int) -> None:
    """A weekday: the last on or before the article's date; a date: that date, within MAX_BACK_DAYS; a day after a
    reporting verb dates a statement and gives none."""
    found = dt.date.fromordinal(event_day(lead_event_day(f"Drivers {event} on {WEEKDAYS[weekday]}."), day.toordinal()))
    assert found.weekday() == weekday and 0 <= (day - found).days < 7
    when = day - dt.timedelta(days=back)
    code = lead_event_day(f"Drivers {event} on {when.day} {MONTHS[when.month - 1]} in Lindmouth.")
    assert event_day(code, day.toordinal()) == (when.toordinal() if back <= MAX_BACK_DAYS else None)
    assert lead_event_day(f"Drivers {event}, {statement} on {WEEKDAYS[weekday]}.") == ""


@settings(max_examples=examples(200), deadline=None)
@given(st.integers(700_000, 800_000), st.integers(0, 6), st.integers(0, 6), st.integers(0, 3))
def test_a_pair_is_told_apart_only_by_two_different_days(day: int, first: int, second: int, later: int) -> None:
    """In either order, whatever the articles' dates: different days apart, the same day (also written from the
    next day: "on Thursday" on Friday) not, and a report that gives no day never."""
    other = day + later
    expected = event_day(f"p{first}", day) != event_day(f"p{second}", other)
    assert different_days(f"p{first}", day, f"p{second}", other) == expected
    assert different_days(f"p{second}", other, f"p{first}", day) == expected
    assert not different_days(f"p{first}", day, "", other) and not different_days("", day, f"p{second}", other)


ARTICLES = {
    "radio-reaction": ("Relief and anger as judge stops Monday bus strike", "Radio Lindmouth", "2026-03-12T18:00",
                       "Commuters in Lindmouth reacted with relief on Thursday after a court injunction stopped "
                       "Monday's bus strike, while drivers accused the authority of using judges.\n\nTomasz "
                       "Wiśniewski, leader of the Rail and Tram Union, which represents tram drivers, said his "
                       "members were watching closely. \"If the courts can do this to bus drivers, they can do it "
                       "to us,\" Wiśniewski said."),
    "metro-trams": ("Tram drivers stage surprise walk-out in support of bus staff", "Metro Daily", "2026-03-13T09:15",
                    "Lindmouth's trams stopped on Friday morning when about 300 drivers from the Rail and Tram Union "
                    "walked out for four hours in solidarity with bus drivers barred from striking by the court.\n\n"
                    "Tomasz Wiśniewski, the union's leader, said the stoppage was unofficial."),
    "ledger-trams": ("Trams halted for four hours in unofficial stoppage", "The Northern Ledger", "2026-03-13T14:00",
                     "A four-hour unofficial strike by tram drivers brought Lindmouth's light-rail network to a "
                     "standstill on Friday, a day after the High Court blocked a bus strike.\n\nThe Rail and Tram "
                     "Union said it had not organised the stoppage. Its leader, Tomasz Wisniewski, told the Ledger "
                     "that drivers were angry about the injunction."),
}


def test_the_trial_s_reaction_and_walk_out() -> None:
    """The reported input through the story features and pair scores: the reaction's pairs with the walk-out's two
    reports are held apart for their days (a suggestion at most), the walk-out's own pair not."""
    articles = tuple(factories.article(slug, dt.datetime.fromisoformat(date).replace(tzinfo=dt.timezone.utc),
                                       title=title, source=source) for slug, (title, source, date, _) in ARTICLES.items())
    features = {slug: story_features(title, body) for slug, (title, _, _, body) in ARTICLES.items()}
    archive = prepare(sorted(articles, key=lambda a: a.slug), features)
    _, scored = score_pairs(archive.reports, 14, archive.df)
    apart = {frozenset((archive.reports[p.a].slug, archive.reports[p.b].slug)): p.other_day for p in scored}
    assert apart[frozenset(("radio-reaction", "metro-trams"))] and apart[frozenset(("radio-reaction", "ledger-trams"))]
    assert not apart.get(frozenset(("metro-trams", "ledger-trams")), False)
    assert all(p.score <= 0.45 for p in scored if p.other_day)


def test_two_announcements_are_compared_as_before() -> None:
    """The evaluation set's announcement of Blinken's trip (Wednesday's statement) and China's confirmation on Friday
    are one story: the day rule holds apart an announcement and a report of another event, never two announcements
    (their own rule, announcements.py, compares them)."""
    articles = (factories.article("trip", dt.datetime(2023, 6, 14, 18, tzinfo=dt.timezone.utc), source="Reuters"),
                factories.article("bid", dt.datetime(2023, 6, 16, 9, tzinfo=dt.timezone.utc), source="The Post"),
                factories.article("confirmed", dt.datetime(2023, 6, 16, 10, tzinfo=dt.timezone.utc), source="SCMP"))
    texts = {"trip": ("Blinken to visit Beijing", "Antony Blinken will travel to Beijing on Sunday for talks with Chinese "
                      "officials on trade and Taiwan, officials in Washington said on Wednesday."),
             "bid": ("Blinken trip talks", "Antony Blinken met Chinese officials in Washington on Thursday for talks on "
                     "trade and Taiwan before a Beijing trip."),
             "confirmed": ("Beijing confirms Blinken visit", "China's foreign ministry on Friday confirmed that Antony "
                           "Blinken would come to Beijing from Sunday to Monday for talks on trade and Taiwan.")}
    features = {slug: story_features(*texts[slug]) for slug in texts}
    archive = prepare(sorted(articles, key=lambda a: a.slug), features)
    _, scored = score_pairs(archive.reports, 14, archive.df)
    apart = {frozenset((archive.reports[p.a].slug, archive.reports[p.b].slug)): p.other_day for p in scored}
    assert features["trip"].happens == "p2" and features["trip"].announces
    assert not apart.get(frozenset(("trip", "confirmed")), False)  # two announcements
    assert apart.get(frozenset(("trip", "bid")), True)  # an announcement (Wednesday's) and Thursday's meeting


def test_british_and_american_spellings_are_one_term() -> None:
    """A third trial's "revoked Corvane's operating licence" and "lost its air operator license" shared no word."""
    from briefgen.analyse.terms import fold
    assert {fold(w) for w in ("licence", "licences", "license", "licenses")} == {"license"}
    assert fold("apologised") == fold("apologized") and fold("cancelled") == fold("canceled")


@settings(max_examples=examples(80), deadline=None)
@example("Varnholm's bin strike went into its second and final day", "Wednesday")
@example("Rubbish lorries stayed in the depot on {day} as about 140 refuse collectors began a 48-hour strike", "Tuesday")
@given(st.sampled_from(["The bin strike went into its second day", "Pickets returned for a third straight day",
                        "The strike entered its final day", "On day two of the stoppage, pickets returned",
                        "Collectors began a 48-hour strike", "Doctors started a three-day walkout",
                        "A week-long blockade of the port went on", "The 72-hour stoppage began"]),
       st.sampled_from(["Monday", "Wednesday", "Friday"]))
def test_a_lead_of_an_event_that_lasts_days_places_it_on_no_one_day(lead: str, day: str) -> None:
    """Reported (a fifth trial, 2026-12-04): a two-day bin strike's second day ("went into its second and final day on
    Wednesday") and its first ("began a 48-hour strike" on Tuesday) were two events by their days, and the second day
    a "related story". A lead whose event lasts days (a later day of it, or a start of several days) gives no day."""
    text = (lead.format(day=day) if "{day}" in lead else f"{lead} on {day}") + ", union officials said."
    assert lead_event_day(text) == "", text
    assert lead_event_day(f"Trams stopped on {day} morning when drivers walked out.") != ""  # (one day's event)
    assert lead_event_day(f"A one-day strike on {day} shut the schools.") != ""
    # "last week", "last night": the one before, no event of several days (a sixth trial's hearing lost its day)
    assert lead_event_day(f"The governor admitted on {day} that a memo disclosed last week was read.") != ""
    assert lead_event_day(f"Talks resumed on {day} after last night's walk-out.") != ""


@settings(max_examples=examples(60), deadline=None)
@example("Currency traders had been selling the crown for most of September.", "Tuesday", "they were squeezed")
@given(st.sampled_from(["Currency traders had been selling the crown for most of September.",
                        "The dispute has dragged on since the spring.", "It was a long time coming."]),
       st.sampled_from(WEEKDAYS), st.sampled_from(["they were squeezed", "the union walked out", "the board met"]))
def test_a_second_sentence_that_opens_with_its_day_gives_it(scene: str, day: str, event: str) -> None:
    """Reported (a sixth trial, 2026-12-04): a markets story whose first sentence sets the scene and whose second opens
    "On Tuesday they were squeezed" gave no day, and joined Thursday's record low at 0.68. Only a second sentence
    that opens with "On <weekday>", after a first that gives none."""
    text = f"{scene} On {day} {event}, officials said.\n\nMore text."
    assert event_day(lead_event_day(text), 739000) == event_day(f"p{WEEKDAYS.index(day)}", 739000)
    assert lead_event_day(f"{scene} Later {event} on {day}.") == ""  # (not fronted: the first sentence's news)
