"""A question-and-answer interview is no guide for readers (analyse/guides.py, `asked_of_someone`).

The reported input (a trial of a city's school closures, 2026-12-04): the Calderbridge Echo's interview with the
council leader asks "Will you pause the consultation …?", "Parents say you had already decided. Had you?", "Will
you meet the campaigners?" and he answers "No. The audit is about how we record …", "I have offered …". Four "you"s
made it a guide, and its two re-tellings were held apart from it ("one is a guide for readers"). The kind: questions
answered in the first person, in any layout (questions as blocks, "Q:"/"A:", the interviewee's name before the
answer), against readers' questions answered in the second person ("Can I claim …?" "Yes, if your policy …").
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.guides import addresses_reader

QUESTIONS = ["Will you pause the consultation while the audit is finished?", "Why did you choose these schools?",
             "Parents say you had already decided. Had you?", "Will you meet the campaigners?",
             "Do you regret the timing of your announcement?", "What would you say to the parents?"]
ANSWERS = ["No. The audit is about how we record maintenance spending.", "We had decided there was a problem.",
           "Yes. I have offered them a meeting next week, and I hope they accept.",
           "I would rather be unpopular than bankrupt.", "Our numbers are clear, and my door is open.",
           "I'm sorry it came out that way; we should have told them first."]
LAYOUTS = ["{q}\n\n{a}", "Q: {q}\n\nA: {a}", "Q: {q} A: {a}", "{q}\n\nOkoro: {a}", "Question: {q}\n\nAnswer: {a}"]
READER_QUESTIONS = ["Can I claim for my car?", "Is my charger affected?", "What should I do first?",
                    "Were you flooded?", "Do I need to tell my insurer?"]
ADVICE = ["Yes, if your policy covers it: call your insurer and keep your receipts.",
          "Check the model number on your charger; if it is listed, stop using it and you will get a refund.",
          "Photograph the damage before you throw anything away, and keep your receipts."]


@settings(max_examples=examples(100), deadline=None)
@given(st.lists(st.tuples(st.sampled_from(QUESTIONS), st.sampled_from(ANSWERS)), min_size=1, max_size=5),
       st.sampled_from(LAYOUTS), st.booleans())
def test_an_interview_s_questions_address_the_interviewee(exchanges: list[tuple[str, str]], layout: str,
                                                           intro: bool) -> None:
    text = "\n\n".join(layout.format(q=q, a=a) for q, a in exchanges)
    if intro:
        text = "The council leader sat down with the Echo to answer readers' questions.\n\n" + text
    assert not addresses_reader(text), text


@settings(max_examples=examples(100), deadline=None)
@given(st.lists(st.tuples(st.sampled_from(READER_QUESTIONS), st.sampled_from(ADVICE)), min_size=2, max_size=4),
       st.sampled_from(LAYOUTS))
def test_a_reader_s_questions_answered_to_the_reader_make_a_guide(exchanges: list[tuple[str, str]],
                                                                   layout: str) -> None:
    text = "\n\n".join(layout.format(q=q, a=a).replace("Okoro: ", "") for q, a in exchanges)
    assert addresses_reader(text), text


def test_the_reported_interview_and_a_guide() -> None:
    interview = (
        "The council leader sat down with the Echo on Tuesday to answer readers’ questions about the school closures "
        "and the leaked audit. The interview has been edited for length.\n\nWhy these three schools?\n\nThey have the "
        "most empty places, and their buildings need the most money spent on them.\n\nWill you pause the consultation "
        "while the audit is finished?\n\nNo. The audit is about how we record maintenance spending. It does not change "
        "how many children are born in this city.\n\nParents say you had already decided. Had you?\n\nWe had decided "
        "there was a problem. We had not decided the answer. I would rather be unpopular than bankrupt, and I think "
        "most people understand that.\n\nWill you meet the campaigners?\n\nYes. I have offered Priya Ranganathan a "
        "meeting next week, and I hope she accepts.")
    assert not addresses_reader(interview)
    guide = ("Were you flooded?\n\nIf your home was flooded, call your insurer as soon as you safely can.\n\n"
             "Do I need receipts?\n\nKeep them if you have them.")
    assert addresses_reader(guide)
