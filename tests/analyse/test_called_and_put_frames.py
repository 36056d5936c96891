"""Frames before a quotation without a speech verb, and a passive speech verb that frames nothing (quotecalled.py,
quotes._before).

The ransomware trial (tests/stories/ransom/, 2026-12-05) lost "Outside the chamber he called the letter “a postcard,
not a plan”." (McIntyre's), "Paying, as she put it, would only “tell them …”" and "Youssef al-Haddad, …, said the
chemistry faculty had been told to wait “at least another week”." (the passive "told" was read as the frame's verb,
its subject "the chemistry faculty had been"). Properties over made-up names (support.madeup).
"""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.quotes import quotes_in


@FAST
@given(word, word, st.sampled_from(("called", "branded", "described")), st.sampled_from(("the letter", "it", "her plan")),
       st.booleans())
def test_a_subject_that_called_a_thing_says_the_words(given_name, surname, verb, thing, by_name):
    name = f"{given_name} {surname}"
    subject = surname if by_name else "he"
    text = (f"{name} asked a question in the chamber. {name.split()[1]} was not satisfied. Outside the chamber "
            f"{subject} {verb} {thing}{' as' if verb == 'described' else ''} “a postcard, not a plan”.")
    quote, = quotes_in("", text)
    assert quote.name == name, text


@FAST
@given(word, word)
def test_a_role_or_a_colon_names_no_one_by_called(given_name, surname):
    text = f"{given_name} {surname} spoke first. The minister called the plan “a disgrace”."
    assert all(q.name != f"{given_name} {surname}" for q in quotes_in("", text)), text


@FAST
@given(word, word, st.sampled_from(("she", "he")))
def test_as_x_put_it_is_theirs(given_name, surname, pronoun):
    name = f"{given_name} {surname}"
    text = f"{name} refused to pay the gang. Paying, as {pronoun} put it, would only “tell them that universities pay”."
    quote, = quotes_in("", text)
    assert quote.name == name, text
    other = text.replace("would only", "would only, Olwen Pryde said,")
    assert quotes_in("", other)[0].name != name, other  # a speech verb after it frames the words


@FAST
@given(word, word, st.sampled_from(("had been told to wait", "was told to expect", "were told to wait")))
def test_a_passive_tell_verb_is_no_frame(given_name, surname, passive):
    name = f"{given_name} {surname}"
    text = f"{name}, a doctoral student, said the chemistry faculty {passive} “at least another week”."
    quote, = quotes_in("", text)
    assert quote.name == name, text


def test_told_by_an_agent_stays_the_agents():
    text = ("Harwick Health Trust denied it. Nowicka said her colleagues had been told by the trust that agency shifts "
            "would „solve the problem”.")
    assert [q.name for q in quotes_in("", text)] != ["Nowicka"]


def test_the_trials_sentences():
    herald = ("The Rt Hon Gregor McIntyre, the Labour MP for Castlebridge North, asked a question. McIntyre was not "
              "satisfied. Outside the chamber he called the letter \"a postcard, not a plan\".")
    quad = ("Not everything is back. Youssef al-Haddad, the chemistry PhD student whose lab data sits on a research "
            "server, said the chemistry faculty had been told to wait \"at least another week\".")
    assert [q.name for q in quotes_in("", herald)] == ["Gregor McIntyre"]
    assert [q.name for q in quotes_in("", quad)] == ["Youssef al-Haddad"]
