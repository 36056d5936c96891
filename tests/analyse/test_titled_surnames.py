"""A titled surname ("Mr Harrowgate", "Ms Okafor", "Dr Okafor") shared by two people of an article names the one the
title fits (briefgen/analyse/titlefit.py).

A trial (2026-12-04, consultants-letter-mtw.md): with Tobias and Ines Harrowgate in an article, "Mr Harrowgate
wants … “Publish it …,” he said" was given to Ines Harrowgate, named in the sentence before (fullnames' recency
rule). Property over made-up names, both orders and every way the text shows a person's gender (a title, a
gendered noun before the name, the subject's pronoun): the title's fit decides, never the recency.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from support.examples import examples
from support.madeup import LISTED  # (no word an analysis lists: "Kisen" is a company's since FX89)

from briefgen.analyse.quotes import quotes_in

SYLLABLES = ("mar", "ta", "il", "se", "ko", "wal", "an", "na", "bre", "da", "lo", "ren", "tob", "ias")
word = st.lists(st.sampled_from(SYLLABLES), min_size=2, max_size=3).map(lambda parts: "".join(parts).capitalize()).filter(lambda w: w.lower() not in LISTED)
# How the text shows her gender: (before her name, after her sentence).
HERS = (("His sister ", " leads the nurses."), ("", " leads the nurses. She spoke later."),
        ("Ms ", " leads the nurses."), ("", " said her members were angry."), ("Spokeswoman ", " said so."))
HIS = (("", " wrote the letter."), ("Mr ", " wrote the letter."), ("", " wrote the letter. He is a surgeon."))


@settings(max_examples=examples(150), deadline=None)
@given(word, word, word, st.sampled_from(HERS), st.sampled_from(HIS), st.booleans(), st.booleans())
def test_a_gendered_title_names_the_one_it_fits(his: str, hers: str, surname: str, her_form: tuple[str, str],
                                                his_form: tuple[str, str], she_first: bool, mr: bool) -> None:
    if his == hers:
        return
    her_sentence = f"{her_form[0]}{hers} {surname}{her_form[1]}"
    his_sentence = f"{his_form[0]}{his} {surname}{his_form[1]}"
    first, second = (her_sentence, his_sentence) if she_first else (his_sentence, her_sentence)
    title = "Mr" if mr else "Ms"
    text = f"{first} {second} {title} {surname} wants the report published. “Publish it now,” he said."
    quote, = quotes_in("Letter", text)
    if mr:  # she is shown to be a woman: he is the only one "Mr" fits, whether or not he is shown to be a man
        assert quote.name == f"{his} {surname}", text
    else:  # "Ms" fits her, shown a woman; him too when nothing shows him a man: then the older rules decide
        assert quote.name != f"{his} {surname}" or his_form == HIS[0], text
    text = f"{first} {second} “Publish it now,” {title} {surname} said."
    quote, = quotes_in("Letter", text)
    if mr:
        assert quote.name == f"{his} {surname}", text
    elif his_form != HIS[0]:
        assert quote.name == f"{hers} {surname}", text


def test_the_trial_case() -> None:
    text = ("Tobias Harrowgate, a surgeon, wrote the letter. His sister Ines Harrowgate leads the nurses. Mr Harrowgate "
            "wants the trust to publish. “Publish it and let us check the arithmetic,” he said.")
    quote, = quotes_in("Letter", text)
    assert quote.name == "Tobias Harrowgate"


def test_the_object_of_a_sentence_takes_no_pronoun() -> None:
    """"Harrowgate is not related to Ines Harrowgate, he said" shows nothing of her: the pronoun is the subject's."""
    text = ("Harrowgate is not related to Ines Harrowgate, he said. Tobias Harrowgate wrote the letter. He is a "
            "surgeon. “Publish it,” Ms Harrowgate said.")
    quote, = quotes_in("Letter", text)
    assert quote.name == "Ines Harrowgate"  # he is a man; she is not shown to be one


def test_a_doctor_is_the_one_written_with_the_title() -> None:
    text = ("Dr Tobias Harrowgate, a surgeon, wrote the letter. Ines Harrowgate leads the nurses. “Publish it,” Dr "
            "Harrowgate said.")
    quote, = quotes_in("Letter", text)
    assert quote.name == "Tobias Harrowgate"


def test_no_one_fits() -> None:
    """Both shown to be women: "Mr Okafor" names neither."""
    text = ("Ms Adaeze Okafor leads the union. Her sister Chidi Okafor is a porter. “Same name, same wages, same bosses,” Mr Okafor said.")
    quote, = quotes_in("Picket", text)
    assert quote.name is None
