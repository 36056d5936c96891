"""A follow-up that dates its earlier event inside its lead's first sentence, not at its opening
(`analyse/followups.py`, 2026-12-04).

The reported input: a trial's Radio Vellmoor report (Friday 10:30) of the health minister's unannounced visit to a
picket line, whose lead reads "… on Friday morning, a day after telling the assembly she would stay out of the
dispute", joined the two reports of her assembly statement of Thursday 16:00 and 18:30 (0.80): the dated clause was
not read (only openings were), and a follow-up under a day after its event was never capped. The kind: a count of
days or weeks and "after" anywhere in the first sentence, followed by a gerund clause, a finite clause with its
subject or a noun phrase; when the lead names its own news day, the count is counted back from that day by the
calendar, with no minimum gap.
"""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.followups import follows_event, lead_follows
from briefgen.analyse.stories import StoryFeatures, group_stories, story_features
from support import factories

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
COUNTS = {1: "a day", 2: "two days", 3: "three days", 4: "four days", 5: "five days", 7: "a week",
          14: "two weeks", 21: "three weeks"}
CLAUSES = ("telling the assembly she would stay out of the dispute",  # a gerund clause
           "the same regulator graded the emergency department inadequate",  # a finite clause with its subject
           "the assembly vote", "Storm Idris flooded south Wales", "its previous approach was rejected")


@pytest.mark.parametrize("lead, code", [
    ("The health minister turned up unannounced at the St Aldric's picket line on Friday morning, a day after "
     "telling the assembly she would stay out of the dispute.", "d1"),
    ("The maternity unit at St Aldric's Hospital in Kelsby has been rated \u201cgood\u201d by the Care Standards "
     "Inspectorate, a week after the same regulator graded Ravensmere\u2019s emergency department inadequate.", "d7"),
    ("The premiers met in Brussels on Wednesday, the day after the assembly vote.", "d1"),
    ("Nurses walked out two days after talks collapsed.", "d2"),
    ("The vote came 12 days after the flood.", "d12"),
    ("Results were announced on Monday, a day after the vote.", "d1"),
    ("Wheat futures climbed the most in two weeks after the collapse of a dam raised concern.", ""),  # a duration
    ("Shares fell for a week after the warning.", ""),
    ("Repairs began within a day after the storm.", ""),
    ("Claims must be made at least a week after the flood.", ""),
    ("Talks will resume the day after tomorrow.", ""),
    ("In the week after the vote, coalition talks stalled.", ""),  # "the week after" is a span
    ("Days after the recall, shops still sold the chargers.", ""),  # no count
    ("Ministers met on Monday. The vote came a day after the talks.", "d1"),  # the second sentence too, since a trial
    ("Ministers met. Talks resumed. They were long. The vote came a day after the talks.", ""),  # not the fourth
    ("The inquiry opened 31 days after the flood.", ""),  # beyond MAX_DAYS
])
def test_a_count_after_inside_the_first_sentence(lead: str, code: str) -> None:
    assert lead_follows(lead) == code


@settings(max_examples=examples(80), deadline=None)
@given(st.sampled_from(sorted(COUNTS)), st.sampled_from(CLAUSES), st.sampled_from(("", "just ", "barely ")),
       st.sampled_from(("The minister visited the picket line on Friday", "Ravensmere published its plan",
                        "Thousands of people were told to leave their homes")))
def test_every_kind_of_dated_clause_is_read(days: int, clause: str, qualifier: str, main: str) -> None:
    """Whatever follows the count and "after" (a gerund clause, a finite clause, a noun phrase), the code is the
    count's."""
    assert lead_follows(f"{main}, {qualifier}{COUNTS[days]} after {clause}. More follows.") == f"d{days}"


def _ordinal(when: dt.datetime) -> int:
    return when.date().toordinal()


@settings(max_examples=examples(120), deadline=None)
@given(st.dates(dt.date(2020, 1, 1), dt.date(2035, 1, 1)), st.sampled_from(sorted(COUNTS)),
       st.times(), st.times(), st.integers(-12, 14))
def test_counted_back_from_the_news_day_by_the_calendar(event: dt.date, days: int, event_time: dt.time,
                                                        later_time: dt.time, offset: int) -> None:
    """A follow-up whose lead names its news day ("on Friday, a day after …") follows a report published on the day
    it counts back to, however few hours apart (both written in one offset); never a re-telling of its own news,
    published that day or later."""
    zone = dt.timezone(dt.timedelta(hours=offset))
    followed = dt.datetime.combine(event, event_time, zone)
    news = event + dt.timedelta(days=days)
    later = dt.datetime.combine(news, later_time, zone)
    weekday = f"p{news.weekday()}"  # eventdays' code of "on <its weekday>"
    assert follows_event(f"d{days}", later.timestamp(), "", followed.timestamp(), 86400.0,
                         _ordinal(later), weekday, _ordinal(followed), "")
    retold = dt.datetime.combine(news, event_time, zone)
    if retold < later:
        assert not follows_event(f"d{days}", later.timestamp(), "", retold.timestamp(), 86400.0,
                                 _ordinal(later), weekday, _ordinal(retold), weekday)
        assert not follows_event(f"d{days}", later.timestamp(), "", retold.timestamp(), 86400.0,
                                 _ordinal(later), weekday, _ordinal(retold), "")


# The reported input (the trial's three reports, their first paragraphs and the quotes after them).
ASSEMBLY_LEDGER = (
    "Health minister refuses to intervene in Vellmoor nurses' dispute", dt.datetime(2026, 10, 15, 16, 0),
    "The regional health minister, Margaret Olusegun, told the assembly on Thursday that she would not step into the "
    "strike at Vellmoor's hospitals, saying the dispute was for the employers and the union to settle.\n\nAnswering an "
    "urgent question from Rupert Osei-Mensah, she said the merger itself had her full support. \u201cMinisters do not "
    "run hospital rotas, and nor should they,\u201d Olusegun said.\n\nOsei-Mensah accused her of hiding behind the "
    "boards. \u201cThe minister signed off this merger. She cannot now pretend it has nothing to do with her,\u201d he "
    "said.\n\nOlusegun did say she had asked the hospitals for weekly figures on postponed operations while the "
    "dispute lasts.")
ASSEMBLY_NHJ = (
    "Olusegun rules out ministerial role in strike talks", dt.datetime(2026, 10, 15, 18, 30),
    "Margaret Olusegun has declined calls to broker an end to the nurses' stoppage in Vellmoor, telling members of the "
    "regional assembly that employment disputes belong with employers and staff representatives.\n\nDuring a "
    "fractious half-hour of questions, the minister also restated her backing for combining St Aldric's and "
    "Ravensmere General into a single trust.\n\n\u201cI will not be drawn into negotiating shift patterns from this "
    "chamber,\u201d the minister said. She added that she was monitoring cancelled procedures and would publish the "
    "numbers every week.\n\nOpposition members said her stance would prolong the walkout. The union said it was "
    "disappointed but not surprised.")
PICKET = (
    "Minister makes surprise visit to Kelsby picket line", dt.datetime(2026, 10, 16, 10, 30),
    "The health minister turned up unannounced at the St Aldric's picket line on Friday morning, a day after telling "
    "the assembly she would stay out of the dispute.\n\nShe spent about twenty minutes talking with striking nurses "
    "beside the gate and accepted a cup of tea from the union's van.\n\nMargaret Olusegun later said the visit did not "
    "mean she was taking sides. \u201cI came to listen, not to negotiate,\u201d Olusegun told reporters. \u201cWhat I "
    "heard about night shifts will stay with me.\u201d\n\nNurse Colm Brady, who spoke with her, said it was a start. He "
    "said she had promised to pass on what she heard. \u201cNow we will see if anyone at the trust is listening,\u201d "
    "Brady added.\n\nThe 48-hour strike ended at 8am.")


def test_the_reported_picket_line_visit_stays_apart_from_the_assembly_statement() -> None:
    zone = dt.timezone(dt.timedelta(hours=1))
    items = {"minister-assembly-ledger": ASSEMBLY_LEDGER, "minister-assembly-nhj": ASSEMBLY_NHJ,
             "minister-picket-radio": PICKET}
    articles = tuple(factories.report(slug, when.replace(tzinfo=zone), title=title)
                     for slug, (title, when, _) in items.items())
    found: dict[str, StoryFeatures] = {slug: story_features(title, text) for slug, (title, _, text) in items.items()}
    assert found["minister-picket-radio"].follows == "d1" and found["minister-picket-radio"].happens == "p4"
    grouping = group_stories(articles, found, factories.config())
    assert sorted(s.members for s in grouping.stories) == [
        ("minister-assembly-ledger", "minister-assembly-nhj"), ("minister-picket-radio",)]
    assert any("a follow-up" in reason for s in grouping.suggestions for reason in s.held_apart)
