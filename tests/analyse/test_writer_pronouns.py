"""After a sentence the writer opens ("I rang X, …"), "he"/"she" is the one person it names (antecedents.writer_addressed).

A ferry trial's blog (blog-strike-day, 2026-12-05): "I rang Declan O'Rourke, the union organiser, who picked up on the
second ring. “Tell your readers we are sorry,” he said. “Tell them we are also right.”" had no speaker: the named
person was the object, and "I" the subject. Properties over made-up names (support.madeup); another person spoken of
(a husband, the mayor), an owner's possessive, or a third-person subject keep no speaker.
"""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.quotes import quotes_in


@FAST
@given(word, word, st.sampled_from(("I rang", "I met", "We spoke to", "Yesterday, I called")),
       st.sampled_from(("", ", the union organiser,", ", a local fisherman,")), st.sampled_from(("he", "she")))
def test_the_one_person_the_writer_names_is_the_pronouns(given_name, surname, opening, appositive, pronoun):
    text = (f"{opening} {given_name} {surname}{appositive} who picked up on the second ring. “Tell your readers we "
            f"are sorry,” {pronoun} said. “Tell them we are also right.”")
    first, second = quotes_in("", text)
    assert first.name == second.name == f"{given_name} {surname}", text


@FAST
@given(word, word, st.sampled_from(("I rang {n}, whose husband answered.", "I rang {n}’s office.",
                                    "The mayor and I met {n}.", "I met {n} and her son.")))
def test_another_person_spoken_of_keeps_no_speaker(given_name, surname, opening):
    text = opening.format(n=f"{given_name} {surname}") + " “We are fine,” he said."
    quote, = quotes_in("", text)
    assert quote.name is None, text
