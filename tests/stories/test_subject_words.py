"""A one-subject briefing's reports that name the subject only by a common noun of its name (subjectnames.py).

The storks trial (tests/stories/storks/, 12 reports of storks nesting on St Aldwyn's Cathedral) held its two reports
of the nest camera going live, the same day, apart at 0.45 ("no rare name in common"): one writes only "the
cathedral", never "St Aldwyn's Cathedral", so the two share no proper name and the subject could not be their who.
A topic word both hold that some report of the archive writes in a proper name is now a subject name too.
"""
from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

from hypothesis import given, settings, strategies as st
from support import factories
from support.examples import examples

from briefgen.analyse.stories import group_stories, story_features
from briefgen.analyse.subjectnames import subject_words
from stories.storyeval import assignment, group, load_site
from stories.test_one_subject_trials import labelled

STORIES = Path(__file__).resolve().parent
# The storks set's pairs still missed: none since 2026-12-05. The County Herald's nest report shares with the radio's
# little but the subject's words (cosine 0.03), so it could not join their story on average; both re-tell the
# Observer's report of the morning with two of its names, which bridges them (story_bridges.py).
STORKS_MISSED: set[tuple[str, str]] = set()


def test_the_reported_input() -> None:
    grouping = group(load_site(STORIES / "storks"))
    assert set(grouping.story_of("observer-webcam-live").members) == {"eveningpost-webcam-live", "observer-webcam-live"}
    truth, predicted = labelled(STORIES / "storks"), assignment(grouping)
    pairs = list(itertools.combinations(sorted(truth), 2))
    assert [p for p in pairs if predicted[p[0]] == predicted[p[1]] and truth[p[0]] != truth[p[1]]] == []
    assert {p for p in pairs if predicted[p[0]] != predicted[p[1]] and truth[p[0]] == truth[p[1]]} == STORKS_MISSED


def test_subject_words_are_topic_words_written_in_a_name() -> None:
    proper = ["aldwyn\ncathedral\nchandran", "amery\njudith", ""]
    assert subject_words(proper, ["cathedral", "stork", "nest"]) == {"cathedral"}
    assert subject_words(proper, []) == frozenset()
    assert subject_words(iter(()), ["cathedral"]) == frozenset()


# (subject's name, the common noun of it, what nests there)
SUBJECTS = (("St Aldwyn's", "cathedral", "storks"), ("Brackenford", "minster", "swifts"), ("Kelsey", "abbey", "falcons"),
            ("Marrow", "castle", "ospreys"))
FIGURES = (("twelve thousand", "twelve thousand"), ("12,000", "12,000"), ("fifteen thousand", "15,000"))
MATTERS = ("will ring its bells again in June after repairs to the tower, the chapter said.",
           "has appointed a new organist, who starts in September after twenty years in Leeds.",
           "raised its car park charges by a pound on Tuesday, angering residents of the close.",
           "is to host a concert of medieval music for schools, with tickets on sale from Friday.",
           "closed its tea room for a week while the kitchen is rebuilt, a notice on the door said.",
           "has lent an illuminated gospel book to a university library for an exhibition on saints.")
TITLES = ("Bells to ring again", "New organist appointed", "Parking charges rise", "Medieval music for schools",
          "Tea room shut for a week", "Gospel book lent to university")
FIRST = ("{figure} people watched the {head}'s {animals} online in the first two hours after the nest camera was "
         "switched on this morning.\n\nThe picture shows the female turning her eggs and the male arriving with a "
         "beakful of grass. Viewers left messages from as far away as Canada.\n\nEngineer Ravi Chandran said: "
         "\"We had to double the server capacity before lunch.\"")
SECOND = ("The live stream from the {animals}' nest briefly crashed as viewers rushed to see the birds on their "
          "eggs.\n\nThe {head} said around {figure} had logged on by mid-morning. Its web team added servers and the "
          "feed was back within minutes.\n\n\"It's been extraordinary,\" the dean told the Post.")


def _briefing(subject: int, figure: int, fillers: int, hours: float, named: bool) -> dict[str, str]:
    name, head, animals = SUBJECTS[subject]
    start = dt.datetime(2026, 4, 27, 9, 0, tzinfo=dt.timezone.utc)
    texts = {"first": (f"{animals.capitalize()} cam goes live and draws thousands of viewers",
                       FIRST.format(figure=f"More than {FIGURES[figure][0]}", head=head, animals=animals)),
             "second": (f"Online audience floods {head}'s bird camera on first day",
                        SECOND.format(figure=FIGURES[figure][1], head=head, animals=animals))}
    times = {"first": start, "second": start + dt.timedelta(hours=hours)}
    for k in range(fillers):  # (the subject named in full, or as "the <head>" only when not `named`)
        called = f"{name} {head.capitalize()}" if named else f"the {head}"
        texts[f"filler-{k}"] = (TITLES[k], f"Staff confirmed that {called} {MATTERS[k]}")
        times[f"filler-{k}"] = start - dt.timedelta(days=3 * (k + 1))
    articles = tuple(factories.report(slug, times[slug], title=texts[slug][0]) for slug in sorted(texts))
    found = {slug: story_features(*texts[slug]) for slug in texts}
    return assignment(group_stories(articles, found, factories.config()))


@settings(max_examples=examples(30), deadline=None)
@given(st.integers(0, len(SUBJECTS) - 1), st.integers(0, len(FIGURES) - 1), st.integers(4, 6),
       st.floats(0.0, 20.0))
def test_two_reports_of_one_event_that_write_only_the_subjects_common_noun(subject: int, figure: int, fillers: int,
                                                                          hours: float) -> None:
    """Two reports of one event of the same news cycle that share a figure and the event's words but no proper name
    ("the cathedral's storks", "The cathedral said"), in a briefing whose other reports name the subject in full
    ("St Aldwyn's Cathedral …"), are one story: the common noun of its name is the subject, as who."""
    predicted = _briefing(subject, figure, fillers, hours, named=True)
    assert predicted["first"] == predicted["second"]
    assert all(predicted[f"filler-{k}"] != predicted["first"] for k in range(fillers))


@settings(max_examples=examples(20), deadline=None)
@given(st.integers(0, len(SUBJECTS) - 1), st.integers(0, len(FIGURES) - 1), st.integers(4, 6),
       st.floats(0.0, 20.0), st.floats(25.0, 40.0))
def test_a_topic_word_no_report_writes_in_a_name_is_no_who(subject: int, figure: int, fillers: int, hours: float,
                                                         later: float) -> None:
    """The rule's limits: where no report writes the common noun in a name ("the cathedral" throughout), it is a
    topic word like "storks" and no who; and a day or more apart (another news cycle) the subject is no who either.
    Both stay apart (a suggestion at most)."""
    predicted = _briefing(subject, figure, fillers, hours, named=False)
    assert predicted["first"] != predicted["second"]
    predicted = _briefing(subject, figure, fillers, later, named=True)
    assert predicted["first"] != predicted["second"]
