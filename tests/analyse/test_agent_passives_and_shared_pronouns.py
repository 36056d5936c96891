"""A named agent ("his lawyer, Anna Berg,") speaks only in the three speech frames, with a plain verb of saying in the
active voice, and takes a later "he"/"she" only when the pronoun cannot be the person the agent speaks for
(agentvoices.py; a breaker's 601 inputs against f3370bd3…4f898785, 2026-12-05, R1 and R2).

R1: "Anna Berg was jailed for fraud, and her sister, Sarah Lund, was told to pay costs. “I am innocent,” she said."
gave the words to Sarah Lund ("was told", "was accused of", "posted bail", "claimed it" read as the agent speaking).
R2: "Mr Reid was arrested on Monday, his lawyer, Anna Berg, said. “I will clear my name,” he said." gave them to Anna
Berg: a lawyer's sex is not in the noun, and briefgen knows no given name's sex, so "he" fits Reid as well.
"""
from __future__ import annotations

from hypothesis import assume, given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.quotes import quotes_in


def _speakers(text: str) -> list[str | None]:
    return [q.name for q in quotes_in("", text)]


def test_the_reported_passives_and_other_acts():
    reported = {
        "Anna Berg was jailed for fraud, and her sister, Sarah Lund, was told to pay costs. “I am innocent,” she said.":
            "Sarah Lund",
        "Tom Reid was arrested at the scene, and his brother, Mark Reid, was accused of helping him. “I am innocent,” "
        "he said.": "Mark Reid",
        "Tom Reid was charged on Friday, and his friend, Mark Hughes, posted bail for him. “I am innocent,” he said.":
            "Mark Hughes",
        "Tom Reid won the title in 2010; his former coach, Mark Hughes, claimed it in 1998. “I was thrilled,” he said.":
            "Mark Hughes",
        "Tom Reid was sent off, and his manager, Mark Hughes, was asked to leave the dugout. “It was a harsh decision,” "
        "he said.": "Mark Hughes",
        "Tom Reid was sacked in June, and his assistant, Mark Hughes, was informed by letter. “I was stunned,” he said.":
            "Mark Hughes",
    }
    for text, wrong in reported.items():
        assert wrong not in _speakers(text), text


def test_the_reported_shared_pronouns():
    reported = {
        "Mr Reid was arrested on Monday, his lawyer, Anna Berg, said. “I will clear my name,” he said.": ["Reid"],
        "Mr Reid will appeal, according to his lawyer, Anna Berg. “I will clear my name,” he said.": ["Reid"],
        "Mrs Berg has been discharged from hospital, her agent, Tom Reid, said. “I'm so grateful to the NHS,” she "
        "said.": ["Berg"],
        "Tom Reid was jailed on Friday, but his lawyer, Anna Berg, said he would appeal. “I will clear my name,” he "
        "said.": ["Tom Reid"],
        "Tom Reid was arrested on Monday, his lawyer, Anna Berg, said. “I did nothing wrong,” he said. Ms Berg said "
        "she would apply for bail.": ["Tom Reid"],
    }
    for text, speakers in reported.items():
        assert _speakers(text) == speakers, text
    text = "Anna Berg was jailed for six years, her barrister, Tom Reid, said. She told the court she was “deeply ashamed”."
    assert "Tom Reid" not in _speakers(text), text


def test_the_agent_still_speaks_when_the_pronoun_is_theirs_only():
    kept = {
        "Tom Reid was arrested on Monday, his lawyer, Anna Berg, said. “He denies everything put to him,” she said.":
            ["Anna Berg"],
        "Mrs Berg will appeal, her lawyer, Tom Reid, said. “She will clear her name,” he said.": ["Tom Reid"],
        "Tom Reid was arrested, the force's spokeswoman, Supt Anna Berg, said. “He is helping with inquiries,” she "
        "said.": ["Anna Berg"],
        "Tom Reid resigned, a spokesman, Mark Hughes, said. “He has had enough,” he said.": ["Mark Hughes"],
        "Tom Reid was hit by a car, his sister, Anna Reid, told the BBC. “He is lucky to be alive,” she said.":
            ["Anna Reid"],
    }
    for text, speakers in kept.items():
        assert _speakers(text) == speakers, text


_NOT_SAYING = st.sampled_from(("was told to pay costs", "was accused of helping", "was asked to leave",
                               "was also warned by the referee", "was informed by letter", "posted bail",
                               "claimed it in 1998", "was dismissed from the touchline", "will say nothing"))


@FAST
@given(word, word, word, word, st.sampled_from(("his brother", "his friend", "his manager", "his agent")), _NOT_SAYING,
       st.sampled_from((", and ", "; ", ", ")))
def test_an_agent_who_does_not_speak_takes_no_pronoun(given_name, surname, agent_given, agent_surname, agent, act,
                                                      joint):
    assume(len({given_name, surname, agent_given, agent_surname}) == 4)
    agent_name = f"{agent_given} {agent_surname}"
    text = (f"{given_name} {surname} was arrested at the scene{joint}{agent}, {agent_name}, {act}. "
            "“I am innocent,” he said.")
    assert agent_name not in _speakers(text), text


@FAST
@given(word, word, word, word, st.sampled_from(("lawyer", "solicitor", "barrister", "coach", "agent", "adviser")),
       st.sampled_from(("he", "she")), st.sampled_from(("title", "owner")), st.integers(0, 2))
def test_a_pronoun_that_fits_the_subject_is_not_the_agents(given_name, surname, agent_given, agent_surname, noun,
                                                             pronoun, told, frame):
    assume(len({given_name, surname, agent_given, agent_surname}) == 4)
    agent_name = f"{agent_given} {agent_surname}"
    title, owner = ("Mr", "his") if pronoun == "he" else ("Mrs", "her")
    subject = f"{title} {surname}" if told == "title" else f"{given_name} {surname}"
    agent = f"{owner if told == 'owner' else 'the'} {noun}"
    lead = (f"{subject} was arrested on Monday, {agent}, {agent_name}, said.",
            f"{subject} was arrested on Monday, said {agent}, {agent_name}.",
            f"{subject} was arrested on Monday, according to {agent}, {agent_name}.")[frame]
    text = f"{lead} “I will clear my name,” {pronoun} said."
    assert agent_name not in _speakers(text), text
