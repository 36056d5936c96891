"""T14 (a medicine-recall briefing, 2026-12-06): a quotation given to a drug, and three quotations with no speaker.

- "I have taken Vasolor for six years. … My pharmacist this morning was calm and kind. “…,” she said." was filed on
  a People page "Vasolor": antecedents.carried_back carried "she" past a sentence that speaks of an unnamed person
  only when its noun was in a short list (not pharmacist, doctor, GP, vet, patient, caller …; now any occupation,
  role or relation: personnouns.person_noun), and the writer's sentence "I have taken Vasolor" gave its one
  capitalised word as the person the writer addressed, though no rule takes a lone word for a person there
  (quotespeakers: `_persons` now filters antecedents.writer_addressed's runs).
- "Korvel quality head Park Ji-yeon accepted responsibility …, saying: “…”": a job's head word ("head") before the
  name is a subject's lead-in (antecedents._JOB_HEADS).
- "10:04 Anna von Thurn opens with the June inspection. “Mr Li, …”": a live blog's taking of the floor
  (leadsentences._takes_floor).
- "10:48 Van der Berg, asked by the chair whether he read the June report: “I did. …”": a colon lead-in after a
  clock time and a participle clause of being asked (askedleads.py; quoteframes.BEFORE_COLON_NAME).
"""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.personnouns import person_noun
from briefgen.analyse.quotes import quotes_in

NOUNS = ("pharmacist", "doctor", "cardiologist", "GP", "dentist", "vet", "receptionist", "waiter", "friend", "patient",
         "caller", "listener", "nurse", "neighbour", "lawyer", "optician")


def speakers(text: str) -> list[str | None]:
    return [q.name for q in quotes_in("", text)]


def test_the_reported_inputs() -> None:
    assert speakers('Tom Ashby took the tablets for years. The pharmacist was kind. "You are fine," she said.') == [None]
    blog = ("I have taken Vasolor for six years. Last night I sat at the kitchen table with a torch and the agency's "
            "list, and there it was: batch VL2207, the box in my hand.\n\nMy pharmacist this morning was calm and kind. "
            '"You haven\'t done anything wrong, and you haven\'t come to any harm," she said.')
    assert speakers(blog) == [None]
    assert speakers("Korvel quality head Park Ji-yeon accepted responsibility for the testing failure, saying: "
                    '"That was my department\'s failure." Agency chief Li Wei acknowledged its procedures were '
                    "inadequate.") == ["Park Ji-yeon"]
    live = ("09:45 Good morning. First up: Li Wei. Then Pieter van der Berg of Korvel Pharma.\n\n10:04 Anna von Thurn "
            'opens with the June inspection. "Mr Li, your inspectors found a critical deficiency. Why did nobody go '
            'back?" Mr Li says the agency followed its written procedure.\n\n10:48 Van der Berg, asked by the chair '
            'whether he read the June report: "I did. I was told the corrective action was complete. It was not."')
    assert speakers(live) == ["Anna von Thurn", "Pieter van der Berg"]


@FAST
@given(word, word, st.sampled_from(NOUNS), st.sampled_from(("The", "My", "Her", "A")), st.sampled_from(("he", "she")))
def test_a_sentence_about_an_unnamed_person_carries_no_pronoun_back(given_name, surname, noun, det, pronoun):
    text = (f"{given_name} {surname} took the tablets for years. {det} {noun} was calm and kind. "
            f'"You are fine," {pronoun} said.')
    assert speakers(text) == [None], text


@FAST
@given(word, word, st.sampled_from(("The hall was full.", "The morning was cold.", "It rained.")))
def test_a_sentence_about_no_one_still_carries_it(given_name, surname, between):
    text = f'{given_name} {surname} took the stage. {between} "We will win," she said.'
    assert speakers(text) == [f"{given_name} {surname}"], text


@FAST
@given(word, st.sampled_from(("I have taken", "I bought", "We ordered", "I tried")))
def test_a_lone_word_the_writer_names_is_no_ones_antecedent(product, opening):
    text = f'{opening} {product} for six years. "You are fine," she said.'
    assert speakers(text) == [None], text


def test_person_nouns() -> None:
    assert all(person_noun(n) and person_noun(n.upper()) for n in NOUNS)
    assert not any(person_noun(w) for w in ("pharmacy", "tablets", "list", "morning", "table", "indicator", "radiator"))


@FAST
@given(word, word, st.sampled_from(("quality head", "research head", "team lead", "pharmacist", "patient")))
def test_a_job_head_before_the_name_leads_its_subject(given_name, surname, job):
    text = f'Korvel {job} {given_name} {surname} accepted responsibility for the failure, saying: "That was my failure."'
    assert speakers(text) == [f"{given_name} {surname}"], text


@FAST
@given(word, word, st.sampled_from(("opens with", "turns to", "moves on to", "returns to", "presses him on")),
       st.sampled_from(("10:04 ", "")))
def test_taking_the_floor_leads_the_quotation_after_it(given_name, surname, verb, clock):
    text = f'{clock}{given_name} {surname} {verb} the June inspection. "Why did nobody go back?" The room was quiet.'
    assert speakers(text) == [f"{given_name} {surname}"], text


@FAST
@given(word, word, word, word)
def test_taking_the_floor_with_two_named_is_no_ones(given_name, surname, other_given, other_surname):
    text = (f"{given_name} {surname} opens with {other_given} {other_surname}'s report. "
            '"Why did nobody go back?" The room was quiet.')
    assert speakers(text) == [None], text


@FAST
@given(word, word, st.sampled_from(("van der", "von", "de", "")), st.sampled_from(("10:48 ", "")),
       st.sampled_from(("asked by the chair whether he read the report", "pressed on the June report",
                        "when asked about the inspection", "questioned by MPs")))
def test_an_asked_subject_before_a_colon_answers(given_name, surname, particle, clock, asked):
    full = " ".join(w for w in (given_name, particle, surname) if w)
    short = " ".join(w for w in (particle, surname) if w)
    short = short[:1].upper() + short[1:]
    text = f'{full} spoke first.\n\n{clock}{short}, {asked}: "I did. It was not complete."'
    assert speakers(text) == [full], text
