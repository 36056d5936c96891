"""Quotations given to the person their speaker answers (a hostile trial, 2026-12-04), by kind.

- "“…,” said the foreign minister, contradicting Anna Berg.": the clause after "said X," was read as an appositive
  naming the speaker again ("said the minister, Dmytro Kuleba"), so Anna Berg's page showed the minister's
  rejection of her plan. A clause that opens with a participle or a preposition names whom the speaker answers.
- "Lena Moss asked for a pause. “There will be no pause,” said the general.": the title alone was read as the subject
  of the sentence before (titledvoices._named_just_before), the one the general refuses. A sentence that addresses
  another party (asks, urges, accuses, calls for …) invites that party's reply: its subject is not the speaker.
"""
from __future__ import annotations

from hypothesis import example, given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.quotes import quotes_in

PEOPLE = ["Anna Berg", "Tomas Kovacs", "Lena Moss", "Pieter de Wit", "Grace Okonkwo"]
SPEAKERS = ["the foreign minister", "the minister", "a diplomat", "the general", "an aide", "the spokeswoman"]
OPENERS = ["contradicting", "criticising", "echoing", "rejecting claims by", "responding to", "in reply to",
           "after a meeting with", "when asked about", "dismissed by", "unlike", "while praising", "answering"]


@settings(max_examples=examples(80), deadline=None)
@example("Anna Berg", "the foreign minister", "contradicting")
@given(st.sampled_from(PEOPLE), st.sampled_from(SPEAKERS), st.sampled_from(OPENERS))
def test_the_person_a_speaker_answers_after_said_x_is_not_the_speaker(person: str, speaker: str, opener: str) -> None:
    text = f"\u201cWe reject the plan outright,\u201d said {speaker}, {opener} {person} on Monday."
    (quote,) = quotes_in("Talks", text)
    assert quote.name != person and quote.speaker != person, quote


@settings(max_examples=examples(40), deadline=None)
@given(st.sampled_from(PEOPLE), st.sampled_from(["a spokesman", "the minister"]))
def test_an_appositive_after_said_x_still_names_the_speaker(person: str, title: str) -> None:
    """The rule's other side: "said the minister, Anna Berg" and "said Anna Berg, contradicting X" are hers."""
    (named,) = quotes_in("Talks", f"\u201cWe reject the plan outright,\u201d said {title}, {person}.")
    assert named.name == person, named
    (first,) = quotes_in("Talks", f"\u201cWe reject the plan outright,\u201d said {person}, contradicting Ivo Stark.")
    assert first.name == person, first


@settings(max_examples=examples(80), deadline=None)
@example("Lena Moss", "asked for a pause", "the general")
@given(st.sampled_from(PEOPLE),
       st.sampled_from(["asked for a pause", "urged the army to stop", "called for an immediate truce",
                        "demanded an answer", "accused the command of lying", "appealed for calm",
                        "pressed the generals on the timetable", "criticised the offensive", "wrote to the command",
                        "challenged the figures"]),
       st.sampled_from(["the general", "the minister", "the commander", "the spokesman"]))
def test_a_title_alone_after_a_sentence_addressing_another_party_is_not_its_subject(
        person: str, act: str, title: str) -> None:
    (quote,) = quotes_in("Talks", f"{person} {act}. \u201cThere will be no pause,\u201d said {title}.")
    assert quote.name != person, quote


@settings(max_examples=examples(60), deadline=None)
@example("Selma Aho", "runs a mortgage advice office on Mill Street", "the governor")
@given(st.sampled_from(PEOPLE),
       st.sampled_from(["runs a mortgage advice office on Mill Street", "met reporters outside the bank",
                        "has lived in the valley for forty years", "was at the meeting", "watched from the gallery"]),
       st.sampled_from(["the governor", "the finance minister", "the union leader", "the chief executive"]))
def test_a_title_alone_after_a_subject_who_does_not_speak_is_not_theirs(person: str, act: str, title: str) -> None:
    """Reported (a sixth trial, 2026-12-04): "Selma Aho runs a mortgage advice office … “We did not take this
    lightly,” the governor said" put the governor's words on Selma Aho's page."""
    (quote,) = quotes_in("Rates", f"{person} {act}. \u201cWe did not take this lightly,\u201d {title} said.")
    assert quote.name != person, quote


@settings(max_examples=examples(80), deadline=None)
@example("Anna Berg", "\u201cWill you resign?\u201d {p} was asked.")
@given(st.sampled_from(PEOPLE),
       st.sampled_from(["\u201cWill you resign now?\u201d {p} was asked.",
                        "\u201cYou will sign here today,\u201d {p} was told.",
                        "\u201cWe cannot help you with this,\u201d {p} was informed.",
                        "\u201cNothing will change for you,\u201d {p} says she was told by officials.",
                        "\u201cYour licence is revoked now,\u201d {p} recalled being told.",
                        "\u201cWe need more buses here,\u201d {p} was told by the council.",
                        "\u201cGo home now, all of you,\u201d {p} heard the guard shout."]))
def test_words_said_to_a_person_are_not_theirs(person: str, shape: str) -> None:
    """Reported (a hostile re-test, 2026-12-04): a passive frame or words heard put what was said TO the named person
    on their page — and a quotation whose own sentence names another person continued the last speaker's words."""
    text = f"Lars Holm spoke first. \u201cThe budget is fixed,\u201d he said. {shape.format(p=person)}"
    quotes = quotes_in("Talks", text)
    assert all(q.name not in (person, "Lars Holm") for q in quotes[1:]), quotes
