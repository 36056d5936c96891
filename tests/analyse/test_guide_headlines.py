"""A guide's headline talks to the reader too: its second-person words count with the lead's (guides.py).

The reported input (a trial, 2026-12-04, /tmp/trialSN): Parents' Voice Online's "How to make your voice heard in the
Calderbridge school consultation" (4 March; "Be specific. … Keep a copy of what you send. … your response may become
part of the record") was one story at 0.63 with the Gazette's report of the consultation's first meeting the day
before: its lead has two second-person words, its headline the third. The kind: a headline's second-person words
outside quotation marks count toward READER_WORDS; a quoted headline's do not, and an interview stays no guide.
"""
from __future__ import annotations

import datetime as dt

from hypothesis import given, settings, strategies as st
from support import factories
from support.examples import examples

from briefgen.analyse.guides import READER_WORDS, addresses_reader
from briefgen.analyse.stories import group_stories, story_features

GUIDE_TITLE = "How to make your voice heard in the Calderbridge school consultation"
GUIDE = ("The council's consultation on closing St Wenna's, Millbrook and Foxhollow primaries runs until 27 May, and "
         "anyone can respond, not only parents.\n\nResponses can be made online, on paper forms available at the "
         "three schools and at the central library, or in person at the drop-in sessions listed on the council "
         "website.\n\nBe specific. Officers read every response, but comments that describe a particular child's "
         "journey, a special educational need or a local building project carry more weight than a general "
         "objection.\n\nPriya Ranganathan of Save Calderbridge Schools advised parents to write in their own words. "
         "\"A hundred copies of the same letter count as one argument,\" she said.\n\nChildren can respond too: the "
         "council has produced a picture-based form for under-elevens.\n\nKeep a copy of what you send. If the "
         "decision is challenged later, your response may become part of the record.")
MEETING_TITLE = "Angry parents pack Millbrook hall as closure consultation opens"
MEETING = ("More than 200 parents crowded into the hall at Millbrook Primary on Tuesday evening for the first public "
           "meeting of the council's consultation on closing the school.\n\nHelen Mabry, who chaired the meeting, "
           "faced an hour of questions about class sizes, walking routes and why Millbrook had been chosen.\n\n"
           "\"I am not here to pretend this is easy,\" Mabry told the room.\n\nOne father asked whether the council "
           "had counted the 60 new homes being built on Pell Lane. She said the homes had been included in the "
           "forecasts.\n\nHeadteacher Gareth Fenwick drew the loudest applause of the night. \"If you close this "
           "school, you close the heart of Millbrook,\" he said.\n\nPriya Ranganathan, a mother of three who has set "
           "up a campaign group called Save Calderbridge Schools, said 900 people had signed its petition in a day. "
           "\"We will use every route open to us, including the courts,\" she said.\n\nA second meeting will be held "
           "at Foxhollow on Wednesday.")


def test_the_trials_guide_is_a_guide_and_a_story_of_its_own() -> None:
    assert addresses_reader(GUIDE) is False  # (two in the lead)
    assert addresses_reader(GUIDE, GUIDE_TITLE) is True
    assert story_features(GUIDE_TITLE, GUIDE).guide
    articles = (factories.article("gazette-millbrook-meeting", dt.datetime(2026, 3, 3, tzinfo=dt.timezone.utc),
                                  "Calderbridge Gazette", title=MEETING_TITLE, has_time=False),
                factories.article("parentsvoice-consultation-guide", dt.datetime(2026, 3, 4, tzinfo=dt.timezone.utc),
                                  "Parents' Voice Online", title=GUIDE_TITLE, has_time=False))
    found = {"gazette-millbrook-meeting": story_features(MEETING_TITLE, MEETING),
             "parentsvoice-consultation-guide": story_features(GUIDE_TITLE, GUIDE)}
    grouping = group_stories(articles, found, factories.config())
    assert grouping.story_of("parentsvoice-consultation-guide").members == ("parentsvoice-consultation-guide",)


SECOND = ("your", "you", "yourself", "you're")
HEADLINES = ("How to make {w} voice heard", "What the vote means for {w} bill", "Are {w} affected? What to do next",
             "Which zone are {w} in?")
QUOTES = (("\u201c", "\u201d"), ("'", "'"), ("\u2018", "\u2019"), ('"', '"'))


@settings(max_examples=examples(150), deadline=None)
@given(st.sampled_from(HEADLINES), st.sampled_from(SECOND), st.integers(0, 4), st.booleans(),
       st.sampled_from(QUOTES))
def test_the_headlines_words_count_outside_quotation_marks(headline: str, word: str, in_lead: int, quoted: bool,
                                                           marks: tuple[str, str]) -> None:
    """A guide exactly when the headline's word (unless quoted) and the lead's reach READER_WORDS."""
    title = headline.format(w=word)
    if quoted:
        title = f"Minister tells parents {marks[0]}{title}{marks[1]}"
    lead = " ".join(["Officers read every response."] + ["Keep a copy of what you send."] * in_lead)
    assert addresses_reader(lead, title) is ((0 if quoted else 1) + in_lead >= READER_WORDS), (title, lead)


INTERVIEW = ("Q: Will you pause the consultation?\nA: No. The audit is about how we record maintenance spending, "
             "and I have said so.\nQ: Do you accept the figures your officers gave?\nA: I do, and we published them.")


def test_an_interview_with_a_second_person_headline_is_no_guide() -> None:
    """The colleague's rule holds: the questions' "you"s are asked of someone; a headline's one does not make it a
    guide."""
    assert addresses_reader(INTERVIEW, "Okoro: 'You cannot run a city on hope'") is False
    assert addresses_reader(INTERVIEW, "Ten questions for the council leader") is False
