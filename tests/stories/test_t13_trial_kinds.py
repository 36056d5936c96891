"""Three kinds a tester's rail-strike briefing found (T13, 2026-12-06: 40 articles, 9 outlets, labelled before building).

- An explainer of readers' questions merged with a court story ("Harrowmoor Line strike: your questions answered",
  its blocks opening "Will my train run on 19 and 20 October? Almost certainly not if you travel …"): neither its
  headline nor its two "you"s made it a piece for readers (analyse/guides.py, `answers_readers` and the headline's
  "questions answered").
- That explainer, a day after a court report crediting its outlet for background ("The case comes a day after The
  Morning Ledger revealed a company plan …"), made the court report a "re-telling": a credited outlet whose only
  reports in the story come after the member is no outlet it re-tells (analyse/roles.py, `background_credits`).
- Three leads dated no news because "a 48-hour strike" was in them — "was called off on Wednesday", "asked the High
  Court on Friday to stop a 48-hour strike", "refused … an injunction against a 48-hour strike" — and so stood apart
  from a live blog of the deal's day: an event of several days that is stopped, or asked to be, is no running event
  (analyse/eventdays.py, `_runs_days`).
"""
from __future__ import annotations

import datetime as dt

from hypothesis import given, settings, strategies as st
from support import factories
from support.examples import examples

from briefgen.analyse.eventdays import lead_event_day
from briefgen.analyse.guides import answers_readers, explains, for_readers
from briefgen.analyse.outletkeys import outlet_key
from briefgen.analyse.roles import assign_roles, background_credits
from briefgen.analyse.stories import report_of

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
LASTING = ("48-hour", "two-day", "three-day", "72-hour", "week-long")
EVENTS = ("strike", "walkout", "stoppage", "blockade")


@settings(max_examples=examples(80), deadline=None)
@given(st.sampled_from(WEEKDAYS), st.sampled_from(LASTING), st.sampled_from(EVENTS), st.sampled_from((
    "A {lasting} {event} on the Harrowmoor Line was called off on {day} after the operator agreed to keep guards.",
    "A {lasting} {event} at the port has been cancelled, the union said after talks on {day}.",
    "Westmarch Rail asked the High Court on {day} to stop a {lasting} {event} on the line.",
    "A judge on {day} refused an application for an injunction against a {lasting} {event} by rail staff.",
    "The council on {day} suspended a {lasting} {event} planned by its staff.",
    "Ministers on {day} blocked a {lasting} {event} by border officials.")))
def test_a_lasting_event_stopped_or_asked_to_be_is_no_running_event(day: str, lasting: str, event: str,
                                                                    lead: str) -> None:
    """The lead gives its day: the news is the act that stopped the event (or asked to), done on that day."""
    text = lead.format(day=day, lasting=lasting, event=event) + " Union officials welcomed it.\n\nMore text."
    assert lead_event_day(text) != "", text


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(WEEKDAYS), st.sampled_from(LASTING), st.sampled_from(EVENTS), st.sampled_from((
    "Staff began a {lasting} {event} on {day} over pay.",
    "The {lasting} {event} started on {day} after talks broke down.",
    "Pickets stood at the gates on {day} as a {lasting} {event} got under way.",
    "Trains stayed in the depot on {day}, the first day of a {lasting} {event}.")))
def test_a_lasting_event_under_way_still_places_its_news_on_no_one_day(day: str, lasting: str, event: str,
                                                                       lead: str) -> None:
    """The rule of a fifth trial (2026-12-04) stands: an event of several days going on gives no one day."""
    text = lead.format(day=day, lasting=lasting, event=event) + " More text."
    assert lead_event_day(text) == "", text


@settings(max_examples=examples(80), deadline=None)
@given(st.sampled_from(WEEKDAYS), st.sampled_from(LASTING), st.sampled_from(EVENTS), st.sampled_from((
    "The {lasting} {event}, which had been postponed from September, began on {day}.",
    "A {lasting} {event} that was suspended last month resumed on {day}.",
    "A {lasting} {event} by guards, who were banned from the talks, began on {day}.",
    "Bins were not collected on {day} as a {lasting} {event} by staff, who were blocked from a pay rise, began.",
    "Staff walked out on {day} after the company failed to stop a {lasting} {event} in court.")))
def test_a_stop_told_of_something_else_leaves_a_lasting_event_running(day: str, lasting: str, event: str,
                                                                     lead: str) -> None:
    """BR13 (2026-12-06): a relative clause's verb ("which had been postponed", "who were blocked") or a failed
    attempt ("failed to stop") stops nothing: the event of several days is under way, its news on no one day."""
    text = lead.format(lasting=lasting, event=event, day=day) + " More text."
    assert lead_event_day(text) == "", text


def test_the_trials_three_leads_are_dated() -> None:
    assert lead_event_day("LISFORD (Northern Wire) - A 48-hour strike on the Harrowmoor Line was called off on "
                          "Wednesday after Westmarch Rail agreed to keep a guard on every train.") == "p2"
    assert lead_event_day("LISFORD (Northern Wire) - Westmarch Rail asked the High Court on Friday to stop a 48-hour "
                          "strike on the Harrowmoor Line, saying the union's ballot was flawed.") == "p4"
    assert lead_event_day("LISFORD (Northern Wire) - A High Court judge on Monday refused Westmarch Rail's "
                          "application for an injunction against a 48-hour strike on the Harrowmoor Line.") == "p0"


_QUESTIONS = ("Will my train run on {date}?", "Why are staff striking?", "Can the strike be stopped?",
              "Will I get a refund?", "Who are the key people?", "What happens to season tickets?",
              "Can I claim for a taxi?", "When will the line reopen?")
_ANSWERS = ("Almost certainly not south of the junction.", "The union says the operator wants to remove guards.",
            "Only if the court grants an injunction on Monday.", "Season ticket holders can claim for each day.",
            "The union's general secretary leads the talks.", "Refunds are paid within 28 days, the operator says.")


@settings(max_examples=examples(80), deadline=None)
@given(st.lists(st.sampled_from(_QUESTIONS), min_size=2, max_size=5, unique=True),
       st.lists(st.sampled_from(_ANSWERS), min_size=5, max_size=5), st.booleans())
def test_readers_questions_answered_are_a_piece_for_readers(questions: list[str], answers: list[str],
                                                            apart: bool) -> None:
    """Two or more blocks opening with a question answered in the third or second person: readers' questions
    answered, in one block ("Will I get a refund? Season ticket holders …") or in the next."""
    blocks = []
    for question, answer in zip(questions, answers):
        question = question.format(date="19 October")
        blocks += [question, answer] if apart else [f"{question} {answer}"]
    lead = "\n\n".join(blocks)
    assert answers_readers(lead) and for_readers(lead, "Rail strike"), lead


@settings(max_examples=examples(60), deadline=None)
@given(st.lists(st.sampled_from(_QUESTIONS), min_size=2, max_size=5, unique=True), st.integers(0, 4))
def test_an_interview_or_a_report_is_no_readers_questions(questions: list[str], own: int) -> None:
    """An interview answers some questions in the interviewee's own words (a trial's investigator: "We had fewer
    staff. I will not pretend otherwise."); a report with one question in it answers none of a reader's."""
    own %= len(questions)
    blocks = ["The inspector spoke to the Register about what was found."]
    for k, question in enumerate(questions):
        blocks += [question.format(date="19 October"),
                   "We had fewer staff. I will not pretend otherwise." if k == own else "The chiller was too warm."]
    assert not answers_readers("\n\n".join(blocks))
    assert not answers_readers("Staff walked out on Monday. Why now? The union says talks failed.\n\nMore text.")


def test_headlines_of_questions_answered() -> None:
    for title in ("Harrowmoor Line strike: your questions answered", "Rail strike - key questions answered",
                  "Your questions answered", "Strike: 10 questions answered"):
        assert explains(title), title
    assert not explains("Minister answered questions on the strike")
    # (BR13: only where they end the headline; news that questions were answered is no explainer)
    for title in ("Ten questions answered in court as trial ends", "Five questions answered by the inquiry",
                  "Inquiry: questions answered and unanswered"):
        assert not explains(title), title


def test_a_credit_of_an_outlet_whose_reports_here_all_come_later_is_background() -> None:
    """The court report credits the Ledger (background: its scoop is an earlier story's); the Ledger's explainer
    of the next day is in the court story: the court report re-tells nothing of it."""
    start = dt.datetime(2026, 10, 7, 9, 0, tzinfo=dt.timezone.utc)
    hour = dt.timedelta(hours=1)
    scoop = factories.article("ledger-scoop", start, "The Morning Ledger")
    wire = factories.article("wire-hearing", start + 56 * hour, "Northern Wire")
    chronicle = factories.article("chronicle-hearing", start + 59 * hour, "The National Chronicle")
    explainer = factories.article("ledger-explainer", start + 71 * hour, "The Morning Ledger")
    articles = [scoop, wire, chronicle, explainer]
    credits = [(), (), ("The Morning Ledger",), ()]
    reports = [report_of(a, (), b"", "", c) for a, c in zip(articles, credits)]
    story, story_of = [1, 2, 3], [0, 1, 1, 1]
    by_outlet: dict[str, list[int]] = {}
    for i, report in enumerate(reports):
        by_outlet.setdefault(report.source, []).append(i)
    background = background_credits(story, articles, reports, story_of, by_outlet, lambda i, j: True)
    assert background[1] == frozenset({outlet_key("The Morning Ledger")})
    roles = assign_roles([articles[i] for i in story], [reports[i] for i in story],
                         [credits[i] for i in story], background)
    assert dict(roles.roles)["chronicle-hearing"] == "independent"
    # (a Ledger report in the story published before the court report may be the one it re-tells: no background)
    earlier = factories.article("ledger-explainer", start + 50 * hour, "The Morning Ledger")
    articles[3] = earlier
    reports[3] = report_of(earlier, (), b"", "", ())
    assert not background_credits(story, articles, reports, story_of, by_outlet, lambda i, j: True)[1]


_NEWS = ("Westmarch Rail's lawyers told a High Court judge in Lisford today that the union's ballot was flawed.",
         "A witness told the inquiry on Tuesday that she had not seen the signal.",
         "The chief constable faced reporters at a press conference on Monday after the crash.",
         "Westmarch Water said on Tuesday that supplies to 12,000 homes had been cut after a main burst.")
_PUT = ("Were 46 members sent ballot papers?", "Did Westmarch wait too long to complain?", "Was the train late?",
        "Will anyone be disciplined?", "When will supplies return?", "Is the deal fair?", "Did you see the signal?")
_SAID = ("The company says they were not.", "Its barrister said the company learned of it only last week.",
         "She said the driver had told her it was four minutes behind.", "The force's standards unit is reviewing it.",
         "The company said it expected water back by Wednesday evening.", "He said that was for members to decide.")


@settings(max_examples=examples(80), deadline=None)
@given(st.sampled_from(_NEWS), st.lists(st.sampled_from(_PUT), min_size=2, max_size=4, unique=True),
       st.lists(st.sampled_from(_SAID), min_size=4, max_size=4), st.booleans())
def test_a_report_of_questions_put_and_answered_in_the_third_person_is_no_readers_piece(
        news: str, questions: list[str], answers: list[str], apart: bool) -> None:
    """A court report, a press conference, an organisation's outage notice: the lead opens with its news, and its
    questions are put to a witness, a minister or a firm and answered in the third person (BR13, 2026-12-06: a court
    report so written left its hearing's story for the T13 explainer's)."""
    blocks = [news]
    for question, answer in zip(questions, answers):
        blocks += [question, answer] if apart else [f"{question} {answer}"]
    lead = "\n\n".join(blocks + ["The hearing continues."])
    assert not answers_readers(lead) and not for_readers(lead, "Rail firm tells judge ballot was flawed"), lead


def test_the_br13_court_report_is_a_report_and_the_t13_explainer_is_not() -> None:
    court = ("Westmarch Rail's lawyers told a High Court judge in Lisford today that the rail union's strike ballot "
             "was \"fatally flawed\" and must be set aside.\n\nThe hearing before Mrs Justice Eleanor Hollis-Brandt "
             "turned on two questions.\n\nWere 46 members at the Harrowmoor Junction depot sent ballot papers? The "
             "company says they were not; the Federation of Rail Workers says papers went to addresses the company "
             "itself supplied.\n\nDid Westmarch wait too long to complain? Its barrister said the company learned of "
             "the missing papers only last week.")
    assert not answers_readers(court)
    explainer = ("**Will my train run on 19 and 20 October?** Almost certainly not if you travel south of Harrowmoor "
                 "Junction.\n\n**Why are staff striking?** The Federation of Rail Workers says Westmarch wants to "
                 "remove guards.\n\n**Will I get a refund?** Season ticket holders can claim for each day.")
    assert answers_readers(explainer)
    # (a reader's question asked within a report, in the reader's voice, still counts: "Can I claim?")
    assert answers_readers("Trains were cancelled on Monday.\n\nCan I claim? Yes, for each day.\n\n"
                           "Why are staff striking? The union says the operator wants to remove guards.")


@settings(max_examples=examples(60), deadline=None)
@given(st.integers(1, 410), st.integers(0, 9 * 60))  # (the wire's report by 23:50 the same day)
def test_a_credited_outlets_report_later_the_same_day_is_no_sign_of_background(minutes: int, start_at: int) -> None:
    """BR13 (2026-12-06): the Evening Post printed the Northern Wire's hearing copy ("LISFORD (Northern Wire) - …")
    timed 30 minutes before the wire's own; with the wire's earlier reports of the dispute in other stories, the
    credit read as background and the copy became "First reported here", 4 independent reports. Two outlets' clocks
    (or a copy's) tell no order within a day: only a report of the credited outlet published on a later day is not
    the one re-told. The same pair a day apart is background, as the T13 explainer's of the next morning is."""
    day = dt.datetime(2026, 10, 9, 8, 0, tzinfo=dt.timezone.utc) + dt.timedelta(minutes=start_at)
    earlier = factories.article("wire-walkout", day - dt.timedelta(days=3), "Northern Wire")
    copy = factories.article("post-hearing", day, "Lisford Evening Post")
    for wire_at, background in ((day + dt.timedelta(minutes=minutes), False), (day + dt.timedelta(days=1), True)):
        own = factories.article("wire-hearing", wire_at, "Northern Wire")
        articles = [earlier, copy, own]
        credits = [(), ("Northern Wire",), ()]
        reports = [report_of(a, (), b"", "", c) for a, c in zip(articles, credits)]
        by_outlet: dict[str, list[int]] = {}
        for i, report in enumerate(reports):
            by_outlet.setdefault(report.source, []).append(i)
        found = background_credits([1, 2], articles, reports, [0, 1, 1], by_outlet, lambda i, j: True)
        assert bool(found[0]) == background, (minutes, start_at, wire_at)
