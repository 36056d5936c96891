"""A lead that announces an event for a later day is the announcement: the report of the event, published
after that day, is a related story, never merged into it (`analyse/announcements.py`,
`similarity.score_pairs`).

The reported input (a helper's trial, 2026-12-03): "Norvane and Kestrel agree to talks in Oslo" (Tuesday:
"will meet in Oslo on Wednesday") and "Oslo talks end without agreement" (Thursday) were one story. The
kind: any future form with any day the lead names, an article in any time zone, the event's report any
number of days after the day announced.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.announcements import announced_before, announced_day, lead_announces
from briefgen.analyse.stories import StoryFeatures, group_stories, story_features
from support import factories
from support.sites import run_cli

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
FUTURES = ("will meet", "are to meet", "is set to vote", "are due to sign", "is scheduled to open",
           "plans to announce", "is expected to rule", "are set for a vote", "is scheduled for release")


@pytest.mark.parametrize("lead, code", [
    ("The two companies at the centre of the Skarvik dispute will meet in Oslo on Wednesday, with Johanna "
     "van der Berg acting as mediator.", "wd2"),
    ("Johanna van der Berg has a reputation for patience. The Dutch lawyer will need it on Wednesday, when she "
     "tries to get Norvane and Kestrel to agree.", "wd2"),  # the second sentence
    ("Parliament is set to vote tomorrow on the budget.", "d1"),
    ("Ministers are due to sign the accord this week.", "w0"),
    ("The court is expected to rule on Friday.", "wd4"),
    ("By Ana Souza\nLONDON, March 12 (Reuters) - The Bank of England will set rates on Thursday.", "wd3"),
    ("Two days of talks in Oslo broke up on Thursday without a deal.", ""),  # the event, past
    ("Norvane said on Monday it would attend talks.", ""),  # a day in the past, "would"
    ("Secretary of State Antony Blinken will travel to Beijing next week, officials said.", ""),  # not read
    ("Regulators have persuaded both firms to sit down in Oslo this week.", ""),  # no future form
    ("The summit opened. Leaders met. Talks will resume on Monday.", ""),  # the third sentence
    ("Talks will resume, the mediator said. In a statement on Friday, she thanked both sides.", ""),
    ("The team will ride as Lindeboom-Noordzee from next season, the team announced on Friday.", ""),
    ("Talks will resume, the State Department said on Wednesday.", ""),
    ("Talks will resume, officials said, and ministers will meet on Friday.", "wd4"),  # a later future clause
    ("The committee will vote on Thursday, October 15, on whether to back the drug.", "m10d15"),  # the date wins
    ("The panel will vote on Thursday next week.", "nw3"),
    ("Ministers will meet on 4 November in Oslo.", "m11d4"), ("Ministers will meet on Nov. 4th in Oslo.", "m11d4"),
    ("The committee is set to rule tomorrow on the application.", "d1"),
    ("The two sides will meet later today.", "d0"),
    ("The board will meet on Wednesday at 10:00 in Oslo.", "wd2"),
    ("Will Hutton stars on Friday in a new play.", ""),  # a name, not the future
    ("The board Will meet on Friday.", ""),
    # a third trial's hearing: the second sentence, a noun's passive future
    ("The LTA asked a judge on Wednesday to block the walk-out. A ruling is expected on Thursday.", "wd3"),
    ("A ruling is expected Thursday.", "wd3"), ("The hearing is scheduled for Friday.", "wd4"),
    ("Drivers will vote next Thursday.", "nw3"), ("Talks will resume this Friday.", "wd4"),
    ("The union will strike March 12 and 13.", "m3d12"),
    ("The union said it would strike on Monday.", "wd0"), ("The union said that drivers would walk out on Friday.", "wd4"),
    ("Shares rose ahead of Thursday's vote.", "wd3"),
    ("A bill that would cap utilities' liability cleared the state Senate on Thursday, 28-10.", ""),  # a modal
    ("The vote would have been held on Monday.", ""), ("It will appeal Thursday's ruling.", ""),
    ("The court will rule on the appeal made last Thursday.", ""), ("The strike will continue until Friday.", ""),
])
def test_the_announcing_leads(lead: str, code: str) -> None:
    assert lead_announces(lead) == code


def test_the_reported_lead_is_read_in_the_story_features() -> None:
    text = "The two companies will meet in Oslo on Wednesday, with a regulator as mediator."
    assert story_features("Norvane and Kestrel agree to talks", text).announces == "wd2"
    assert story_features("Oslo talks end", "Talks in Oslo broke up on Thursday.").announces == ""


@settings(max_examples=examples(300), deadline=None)
@given(st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1)), st.integers(0, 6), st.sampled_from(FUTURES))
def test_the_day_announced_is_the_first_such_day_on_or_after_the_article(day: dt.date, weekday: int,
                                                                           future: str) -> None:
    """For any article date and any weekday: the first date on or after the article's with that weekday;
    "tomorrow" the next date; "this week" the Sunday of the article's ISO week."""
    code = lead_announces(f"The parties {future} on {WEEKDAYS[weekday]}, officials said.")
    found = dt.date.fromordinal(announced_day(code, day.toordinal()))
    assert found.weekday() == weekday and 0 <= (found - day).days < 7
    assert announced_day(lead_announces(f"The parties {future} tomorrow."), day.toordinal()) == day.toordinal() + 1
    sunday = dt.date.fromordinal(announced_day(lead_announces(f"The parties {future} this week."), day.toordinal()))
    assert sunday.weekday() == 6 and sunday.isocalendar()[:2] == day.isocalendar()[:2]


@settings(max_examples=examples(300), deadline=None)
@given(st.integers(700_000, 800_000), st.sampled_from(["wd0", "wd3", "wd6", "nw2", "d0", "d1", "w0", "m10d15"]),
       st.integers(-3, 10),
       st.sampled_from(["", "wd2", "d1"]))
def test_held_apart_only_after_the_announced_day(day: int, code: str, later: int, other_code: str) -> None:
    """In either order: from the day announced on, when the other report is dated after the announcement and
    does not announce that same day itself (a re-telling of the announcement on the day: "will meet today")."""
    other_day = day + later

    def held(code: str, day: int, other_code: str, other_day: int) -> bool:
        last = announced_day(code, day)
        return last is not None and other_day >= last and other_day > day and announced_day(other_code, other_day) != last

    expected = held(code, day, other_code, other_day) or held(other_code, other_day, code, day)
    assert announced_before(code, day, other_code, other_day) == expected
    assert announced_before(other_code, other_day, code, day) == expected
    assert not announced_before("", day, "", other_day)


EVENT = (("norvane", 1.0), ("kestrel", 1.0), ("oslo", 1.0), ("talk", 1.0), ("mediator", 1.0))
NAMES = ("norvane", "kestrel", "oslo")


def stories_of(items: list[tuple[dt.datetime, str]]) -> list[tuple[str, ...]]:
    articles = tuple(factories.article(f"r{k}", when) for k, (when, _) in enumerate(items))
    features = {f"r{k}": StoryFeatures.pack(EVENT, tuple((t, t.title()) for t in NAMES), (), NAMES, announces=code)
                for k, (_, code) in enumerate(items)}
    return sorted(tuple(sorted(s.members)) for s in group_stories(articles, features, factories.config()).stories)


@settings(max_examples=examples(60), deadline=None)
@given(st.integers(0, 6), st.integers(0, 3), st.integers(0, 23), st.integers(-12, 14))
def test_an_announcement_and_the_report_of_its_event_are_two_stories(weekday: int, after: int, hour: int,
                                                                      zone: int) -> None:
    """Two reports announcing an event for a weekday on the day before (written in any zone), and a report
    in the same words dated `after` days after that weekday (0: on the day itself): two stories."""
    tz = dt.timezone(dt.timedelta(hours=zone))
    announced = dt.datetime(2026, 10, 12, 0, 0, tzinfo=tz) + dt.timedelta(days=weekday)  # (12 October: a Monday)
    eve = announced - dt.timedelta(hours=15)
    items = [(eve, f"wd{weekday}"), (eve + dt.timedelta(hours=3), f"wd{weekday}"),
             (announced + dt.timedelta(days=after, hours=hour), "")]
    assert stories_of(items) == [("r0", "r1"), ("r2",)]
    items[2] = (eve + dt.timedelta(hours=5), "")  # a re-telling the same day, in other words: one story
    assert stories_of(items) == [("r0", "r1", "r2")]


def test_the_trial_s_talks_and_their_collapse_in_a_built_site(tmp_path: Path) -> None:
    """The reported input through `briefgen check -v`: the announcement and its two re-tellings one story,
    the collapse two days later another, related to it."""
    (tmp_path / "content" / "articles").mkdir(parents=True)
    (tmp_path / "config.yaml").write_text("title: Gas\nbase_url: https://gas.example/\ntimezone: Europe/Oslo\ntopics:\n"
                                         "  - id: gas\n    title: Gas\n    keywords: [Skarvik]\n")
    articles = {
        "meridian-oslo": ("Norvane and Kestrel agree to talks in Oslo", "The Meridian Courier", "2026-10-13",
                          "The two companies at the centre of the Skarvik dispute will meet in Oslo on Wednesday, "
                          "with Johanna van der Berg of the regulators' forum acting as mediator.\n\nVan der Berg "
                          "confirmed the meeting. Ingrid Sørlie will lead Norvane's delegation and Bartholomew "
                          "Asante will represent Kestrel, which has paid €60 million into escrow."),
        "harbour-oslo": ("Mediator brings gas rivals to Oslo table", "Harbour Tribune", "2026-10-14",
                         "Johanna van der Berg has a reputation for patience. The Dutch lawyer, who chairs the "
                         "regulators' forum, will need it on Wednesday, when she tries to get Norvane and Kestrel "
                         "to agree in Oslo.\n\nIngrid Sørlie of Norvane will talk about timing. Kestrel's "
                         "Bartholomew Asante is expected to propose that Skarvik gas flows while €60 million sits "
                         "in escrow."),
        "nordhavn-oslo": ("Oslo talks end without agreement on Skarvik", "Nordhavn Post", "2026-10-15",
                          "Two days of mediated talks between Norvane and Kestrel in Oslo broke up on Thursday "
                          "without a deal, leaving the Skarvik pipeline shut.\n\nJohanna van der Berg, the "
                          "mediator, said the sides had narrowed the gap. Ingrid Sørlie left without speaking. "
                          "Bartholomew Asante said Kestrel offered to release the €60 million in escrow."),
    }
    stories, result = checked_stories(tmp_path, articles)
    together = {frozenset(m | {s}) if len(m) == 0 else frozenset(m) for s, m in stories.items()}
    assert frozenset({"meridian-oslo", "harbour-oslo"}) in together, result.stdout
    assert not any("nordhavn-oslo" in group and len(group) > 1 for group in together), result.stdout
    assert "related: meridian-oslo → nordhavn-oslo" in result.stdout, result.stdout


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


@settings(max_examples=examples(300), deadline=None)
@given(st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1)), st.integers(0, 80), st.integers(0, 6),
       st.sampled_from(["{weekday}, {month} {day}", "{day} {month}", "{weekday} {day} {month}", "{month} {day}th",
                        "{month_short}. {day}"]))
def test_a_date_named_is_the_day_and_next_week_is_the_following_iso_week(day: dt.date, ahead: int, weekday: int,
                                                                          form: str) -> None:
    """A date written in any of the press's forms (with or without its weekday) is that date, when it lies on or
    after the article's and at most MAX_AHEAD_DAYS ahead (else nothing); "on <weekday> next week" is that
    weekday of the ISO week after the article's."""
    from briefgen.analyse.announcements import MAX_AHEAD_DAYS
    when = day + dt.timedelta(days=ahead)
    written = form.format(weekday=WEEKDAYS[when.weekday()], month=MONTHS[when.month - 1],
                          month_short=MONTHS[when.month - 1][:3], day=when.day)
    code = lead_announces(f"Ministers will meet on {written} in Oslo.")
    found = announced_day(code, day.toordinal())
    assert found == (when.toordinal() if ahead <= MAX_AHEAD_DAYS else None), (written, code)
    following = dt.date.fromordinal(announced_day(lead_announces(f"They will vote on {WEEKDAYS[weekday]} next week."),
                                                  day.toordinal()))
    assert following.weekday() == weekday and following.isocalendar()[1:2] != day.isocalendar()[1:2]
    assert (following - day).days - (7 - day.weekday()) == weekday


FORMS = ("will rule", "would rule", "is to rule", "is set to rule", "are due to vote", "is scheduled to open",
         "is expected to rule", "is slated to meet", "is poised to vote", "are going to strike", "is likely to rule",
         "plans to strike", "expects to rule", "intends to appeal", "aims to settle", "hopes to settle", "vowed to strike",
         "promised to decide", "pledged to vote", "threatens to walk out", "is expected", "a ruling expected",
         "a vote scheduled", "is due", "the hearing slated", "a strike planned", "is set")
PREPOSITIONS = ("on ", "for ", "")
PAST = ("last ", "past ", "since ", "until ", "from ", "by ")


@settings(max_examples=examples(300), deadline=None)
@given(st.sampled_from(FORMS), st.sampled_from(PREPOSITIONS), st.integers(0, 6), st.sampled_from(PAST),
       st.sampled_from(["", " morning", ", officials said", " in Oslo"]))
def test_every_future_form_with_every_way_of_writing_the_day(form: str, preposition: str, weekday: int, past: str,
                                                             tail: str) -> None:
    """Each future form of the module docstring, with the day after "on", "for" or alone (US copy), announces that
    weekday ("would" only in reported speech); the same day after a word of the past, or a possessive day
    ("will appeal Thursday's ruling"), announces nothing."""
    day = WEEKDAYS[weekday]
    spoken = f"The union said it {form}" if form.startswith("would") else f"The union {form}"
    assert lead_announces(f"{spoken} {preposition}{day}{tail}.") == f"wd{weekday}", (form, preposition)
    assert lead_announces(f"{spoken} {preposition}next {day}{tail}.") == f"nw{weekday}", (form, preposition)
    assert lead_announces(f"The union {form} after the ruling made {past}{day}.") == "", (form, past)
    assert lead_announces(f"The union {form} after {day}'s ruling.") == "", form
    assert lead_announces(f"Shares fell ahead of {day}'s ruling{tail}.") == f"wd{weekday}"
    if form.startswith("would"):  # a modal, not reported speech: "a bill that would cap … cleared on Thursday"
        assert lead_announces(f"A bill that {form} on pay cleared the Senate on {day}.") == ""


@settings(max_examples=examples(200), deadline=None)
@given(st.integers(700_000, 800_000), st.integers(0, 6), st.integers(1, 40), st.integers(0, 5))
def test_a_report_of_the_event_that_announces_a_later_one_is_held_apart(day: int, weekday: int, later: int,
                                                                        after: int) -> None:
    """The report of the announced event (on its day or after) that itself announces another, later day is no
    re-telling of the announcement: held apart, in either order."""
    code = f"wd{weekday}"
    last = announced_day(code, day)
    other_day = last + after
    other_code = f"m{dt.date.fromordinal(other_day + later).month}d{dt.date.fromordinal(other_day + later).day}"
    assert announced_day(other_code, other_day) != last
    assert announced_before(code, day, other_code, other_day) == (other_day > day)
    assert announced_before(other_code, other_day, code, day) == (other_day > day)


TRIAL_21 = {
    "herald-hearing": ("Judge set to rule tomorrow on bid to block second strike", "Lindmouth Herald",
                       "2026-03-11T18:00",
                       "The High Court is set to rule tomorrow on the Lindmouth Transport Authority's application "
                       "for an injunction to stop a second bus strike planned for next week.\n\nPriya Raghunathan, "
                       "for the authority, told Mrs Justice Helen Park that the union's ballot notice had misstated "
                       "the number of drivers at two depots. Judge Park said she would give her decision on Thursday "
                       "morning."),
    "pulse-bid": ("Transport authority goes to court to stop next strike", "City Pulse", "2026-03-11T20:15",
                  "The LTA asked a judge on Wednesday to block the bus union's second walk-out, arguing that its "
                  "ballot notice contained errors. A ruling is expected on Thursday.\n\nUTW general secretary "
                  "Niamh O'Neill called the move \"a legal ambush\"."),
    "herald-granted": ("Court blocks second Lindmouth bus strike", "Lindmouth Herald", "2026-03-12T11:00",
                       "Mrs Justice Helen Park granted the Lindmouth Transport Authority an injunction on Thursday, "
                       "halting the second bus strike planned for Monday 16 March.\n\nThe judge found that the "
                       "ballot notice had overstated membership at the Northgate and Quayside depots. Niamh O'Neill "
                       "said the union would re-ballot the two depots."),
    "reuters-halts": ("UK court halts Lindmouth bus strike over ballot errors", "Reuters", "2026-03-12T13:40",
                      "LINDMOUTH, March 12 (Reuters) - A High Court judge on Thursday blocked a planned strike by bus "
                      "drivers in Lindmouth, ruling that errors in the union's ballot notice made the action "
                      "unlawful, according to the Herald.\n\nRyan McAllister, chief executive of the Lindmouth "
                      "Transport Authority, told Reuters the ruling gave \"a window to settle this properly\"."),
}


def test_the_third_trial_s_hearing_and_its_ruling_in_a_built_site(tmp_path: Path) -> None:
    """The reported input: the hearing (announced by both of its reports, one with "a ruling is expected on
    Thursday") and the ruling, whose report announces the strike it halts, are two stories, related."""
    (tmp_path / "content" / "articles").mkdir(parents=True)
    (tmp_path / "config.yaml").write_text("title: Strike\nbase_url: https://strike.example/\ntimezone: Europe/London\n"
                                         "topics:\n  - id: legal\n    title: Courts\n    keywords: [court]\n")
    members, result = checked_stories(tmp_path, TRIAL_21)
    merged = [group for group in members.values() if len(group) > 1]
    assert not any({"herald-granted", "reuters-halts"} & group and {"herald-hearing", "pulse-bid"} & group
                   for group in merged), result.stdout
    assert "related: " in result.stdout, result.stdout


def checked_stories(root: Path, articles: dict[str, tuple[str, str, str, str]]) -> tuple[dict[str, set[str]], Any]:
    """Write `articles` (slug → title, source, published, body) into the site at `root`, run `briefgen check -v`, and
    give its stories (id → member slugs; a story of one report lists none) and the run."""
    for slug, (title, source, date, body) in articles.items():
        (root / "content" / "articles" / f"{slug}.md").write_text(
            f"---\ntitle: \"{title}\"\nsource: {source}\npublished: {date}\n---\n{body}\n", encoding="utf-8")
    result = run_cli(["check", "-v"], root)
    assert result.returncode == 0, result.stderr
    stories: dict[str, set[str]] = {}
    for line in result.stdout.splitlines():
        if line.startswith("story "):
            members = stories.setdefault(line.split(":")[0].split()[1], set())
        elif line.startswith("  ") and line.strip().endswith(".md") and stories:
            members.add(Path(line.split()[-1]).stem)
    return stories, result
