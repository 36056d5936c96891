"""A "he"/"she" after a named agent ("Tom Reid's lawyer, Anna Berg,"; "His assistant, Anna Berg,") is the agent's only
when it cannot be the person the agent speaks for, and a relative written after a titled surname ("Mrs Reid, his
mother,") is not the person named in full (BR8, "Wrong in both trees", 2026-12-06: agentpronouns.py, kinnames.py).
"""
from __future__ import annotations

from hypothesis import assume, given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.quotes import quotes_in


def _speakers(text: str) -> list[str | None]:
    return [q.name for q in quotes_in("", text)]


def test_the_reported_inputs():
    reported = {
        "Sam Reid's lawyer, Alex Berg, said he would appeal. “I am innocent,” he said later.": [None],
        "Sam Reid's lawyer Alex Berg said he would appeal. “I am innocent,” he said later.": [None],
        # (given names that tell the sex, QW17: Anna is no "he", so the client is: givensex.py)
        "Tom Reid's lawyer, Anna Berg, said he would appeal. “I am innocent,” he said later.": ["Tom Reid"],
        "Tom Reid's lawyer Anna Berg said he would appeal. “I am innocent,” he said later.": ["Tom Reid"],
        "The club's chairman, Tom Reid, said the manager would stay. His assistant, Anna Berg, said: “We're behind "
        "him.” “We're staying,” he said.": ["Anna Berg"],  # (the second is no one's, and not listed)
        "Tom Reid denies the charges, his lawyers, Anna Berg and Helen Marsh, said. “He will be vindicated,” she said.":
            [None],
        "Tom Reid will sue, Anna Berg of Berg & Co, his solicitors, said. “He has no choice,” she said.": [None],
        "Tom Reid, the defendant, listened in silence. Outside, Mrs Reid, his mother, said: “This is a travesty.”":
            [None],
        "Tom Reid was jailed on Friday. His lawyer, Anna Berg, said he would appeal. “I will clear my name,” he said.":
            [None],
    }
    for text, speakers in reported.items():
        assert _speakers(text) == speakers, text


def test_what_must_not_change():
    kept = {
        "Tom Reid was arrested on Monday, his lawyer, Anna Berg, said. “He denies everything put to him,” she said.":
            ["Anna Berg"],
        "Tom Reid's lawyer Anna Berg said he would appeal. “We expected this,” she said.": ["Anna Berg"],
        "Anna Berg's agent, Tom Reid, said she had pulled out. “She needs a break,” he said.": ["Tom Reid"],
        "The player is “fit and ready”, his manager, Mark Hughes, insisted. “He trained fully today,” he said.":
            ["Mark Hughes", "Mark Hughes"],
        "Acme's spokesman, Tom Reid, said the plant would close. “It is a sad day,” he said.": ["Tom Reid"],
        "Tom Reid's wife, Anna Berg, said he would appeal. “He is innocent,” she said.": ["Anna Berg"],
        "His lawyer, Anna Berg, said: “We will appeal.” “He is innocent,” she said.": ["Anna Berg", "Anna Berg"],
        "Tom Reid, his manager, Anna Berg, and his agent met the club on Monday. “It went well,” he said.": ["Tom Reid"],
        "Mr Reid, Tom Reid's father, said the family was “devastated”. “He was a wonderful boy,” he said.":
            ["Reid", "Reid"],
        "His widow, Lady Reid, said: “He was a kind man.”": ["Lady Reid"],
    }
    for text, speakers in kept.items():
        assert _speakers(text) == speakers, text


_NOUNS = st.sampled_from(("lawyer", "assistant", "agent", "solicitor", "adviser", "manager"))


@FAST
@given(word, word, word, word, _NOUNS, st.sampled_from(("he", "she")), st.integers(0, 2))
def test_a_pronoun_the_owner_may_be_is_no_ones(given, surname, agent_given, agent_surname, noun, pronoun, frame):
    owner, agent = f"{given} {surname}", f"{agent_given} {agent_surname}"
    assume(len({given, surname, agent_given, agent_surname}) == 4)
    his = "his" if pronoun == "he" else "her"
    if frame == 0:
        text = f"{owner}'s {noun}, {agent}, said {pronoun} would appeal."
    elif frame == 1:
        text = f"{owner}'s {noun} {agent} said {pronoun} would appeal."
    else:
        text = f"{owner} was charged. {his.capitalize()} {noun}, {agent}, said {pronoun} would appeal."
    text += f" “I am innocent,” {pronoun} said."
    assert agent not in _speakers(text), text
    # the other pronoun cannot be the owner's: the agent's
    other = "she" if pronoun == "he" else "he"
    assert _speakers(text.replace(f"“I am innocent,” {pronoun}", f"“We will appeal,” {other}")) == [agent], text


@FAST
@given(word, word, st.sampled_from(("Mrs", "Mr", "Lady", "Dr")), st.sampled_from(("mother", "father", "wife",
                                                                               "brother", "sister")))
def test_a_titled_relative_after_the_name_is_not_the_one_named_in_full(given, surname, title, kin):
    assume(given != surname)
    text = (f"{given} {surname}, the defendant, listened in silence. Outside, {title} {surname}, his {kin}, said: "
            "“This is a travesty.”")
    assert f"{given} {surname}" not in _speakers(text), text
