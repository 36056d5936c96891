"""Q&A transcripts (interviews.py): a trial's Art Chronicle interview (2026-12-05) printed Helena Marsh's answers as
`**Helena Marsh:** The morning after …` after `**Art Chronicle:** When did you …?`, without quotation marks, and none
was read as hers. An answer led by a person's name and a colon is that person's words, bold or plain, after any form
of question; a question is never anyone's quote; a body without the Q&A shape is read as before, and a label that is
no person ("Note:", "Update:", "Editor's note:", "Warning:") is never a speaker.
"""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.quotes import quotes_in

GIVEN = ["Helena", "Tomasz", "Priya", "Gerald", "Maureen", "Anjali", "Dmytro", "Ingrid"]
SURNAMES = ["Marsh", "Brodecki", "Nandra", "Whitcombe", "Hollis", "Rowe", "Kowalczyk", "Lindqvist"]
NOT_PEOPLE = ["Note", "Update", "Editor's note", "Warning", "Correction", "Editor\u2019s Note", "Background",
              "Clarification", "Disclaimer", "Key Points", "Updated"]
ANSWERS = ["The morning after the theft. The log was never shown to me.",
           "No. Somebody had to stand in front of this, and the director is the obvious person.",
           "Cutting the budget of a museum that has just been robbed is like fining the victim."]
QUESTIONS = ["When did you first learn that the sensor was faulty?", "Do you regret resigning?",
             "What do you make of the proposed grant cut?"]


def _label(words: str, bold: str) -> str:
    return {"": f"{words}:", "inner": f"**{words}:**", "outer": f"**{words}**:"}[bold]


def _interview(name: str, bold: str, asker: str, speaker_label: str, intro: bool) -> str:
    paragraphs = [f"In her first interview, {name} spoke to the Art Chronicle."] if intro else []
    for question, answer in zip(QUESTIONS, ANSWERS):
        paragraphs += [f"{_label(asker, bold)} {question}", f"{_label(speaker_label, bold)} {answer}"]
    return "\n\n".join(paragraphs + ["The museum has not commented."])


@settings(max_examples=examples(80), deadline=None)
@given(st.sampled_from(GIVEN), st.sampled_from(SURNAMES), st.sampled_from(["", "inner", "outer"]),
       st.sampled_from(["Q", "Question", "Art Chronicle", "Interviewer", "Q."]), st.sampled_from(["full", "titled",
                                                                                                "surname"]))
def test_every_answer_is_its_speakers_and_no_question_is_a_quote(given_name: str, surname: str, bold: str, asker: str,
                                                                  label: str) -> None:
    name = f"{given_name} {surname}"
    speaker_label = {"full": name, "titled": f"Dr {name}", "surname": surname}[label]
    quotes = quotes_in("Interview", _interview(name, bold, asker, speaker_label, True))
    assert [q.text for q in quotes] == ANSWERS, quotes
    assert {(q.name, q.kind, q.frame) for q in quotes} == {(name, "person", "interview")}, quotes


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(GIVEN), st.sampled_from(SURNAMES), st.sampled_from(["", "inner", "outer"]),
       st.sampled_from(NOT_PEOPLE), st.sampled_from(["Q", "Art Chronicle"]))
def test_a_label_that_is_no_person_is_never_a_speaker(given_name: str, surname: str, bold: str, word: str,
                                                      asker: str) -> None:
    name = f"{given_name} {surname}"
    text = _interview(name, bold, asker, name, True) + f"\n\n{_label(word, bold)} This interview has been edited."
    text += f"\n\n{_label(word, bold)} The museum reopened on Friday."
    quotes = quotes_in("Interview", text)
    assert all(q.name == name for q in quotes), quotes
    assert not any("edited" in q.text or "reopened" in q.text for q in quotes), quotes


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(GIVEN), st.sampled_from(SURNAMES), st.sampled_from(["", "inner", "outer"]),
       st.sampled_from(NOT_PEOPLE + ["Harcastle"]))
def test_no_qa_shape_no_answers(given_name: str, surname: str, bold: str, word: str) -> None:
    """One name-led paragraph and no question is a report's line, and label words are never speakers, however many."""
    name = f"{given_name} {surname}"
    text = (f"{name} resigned on Monday.\n\n{_label(name, bold)} {ANSWERS[0]}\n\n{_label(word, bold)} {ANSWERS[1]}"
            f"\n\n{_label(word, bold)} {ANSWERS[2]}")
    assert quotes_in("Resignation", text) == ()


def test_the_trial_interview() -> None:
    text = ("In her first interview since resigning as director of the Harcastle Museum of Art, Dr Helena Marsh spoke to "
            "the Art Chronicle about the burglary.\n\n"
            "Art Chronicle: When did you first learn that the east gallery sensor was faulty?\n\n"
            "Helena Marsh: The morning after the theft. The alarm log was never shown to me, and I have asked the "
            "trustees' review to establish why.\n\n"
            "Art Chronicle: Do you regret resigning?\n\n"
            "Helena Marsh: No. Somebody had to stand in front of this.\n\n"
            "Marsh said she intends to return to research.")
    quotes = quotes_in('Helena Marsh: "The alarm log was never shown to me"', text)
    assert [(q.in_title, q.name) for q in quotes] == [(True, "Helena Marsh"), (False, "Helena Marsh"),
                                                      (False, "Helena Marsh")], quotes
    assert quotes[1].text.startswith("The morning after") and quotes[2].text == "No. Somebody had to stand in front of this."


def test_an_answer_in_quotation_marks_is_read_once() -> None:
    text = ("Q: Do you regret it?\n\nHelena Marsh: \u201cNo. Somebody had to stand in front of this.\u201d\n\n"
            "Q: And now?\n\nHelena Marsh: Research, mostly.")
    quotes = quotes_in("Interview", text)
    assert [(q.text, q.name) for q in quotes] == [("No. Somebody had to stand in front of this.", "Helena Marsh"),
                                                  ("Research, mostly.", "Helena Marsh")], quotes
