"""The sex a text tells of another person is not the speaker's (toldsex.py; a breaker's R3 against d48984c0/cc59e34e,
2026-12-05): "Mr and Mrs Reid have lived in the village for 40 years. Tom Reid opposes the plans. “Nobody asked us,” he
said." lost Tom Reid's words ("Mrs Reid" was read as his title), and so did "Anna Berg said his own MPs no longer
trusted him. “…,” she said.", "Anna Berg said he himself had approved the payments" and "Anna Berg, 34, went missing.
Tom Reid and her brother found her car. … “…,” he said.". Only words certainly about the person tell: a title on
their own mention, a title on the bare surname outside a couple, an appositive and a sentence naming them in full,
a reflexive with no pronoun between, "and his/her" when no one is named before.
"""
from __future__ import annotations

from hypothesis import assume, given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.quotes import quotes_in

_WORDS = "“Nobody ever asked any of us what we wanted,”"


def _speakers(text: str) -> list[str | None]:
    return [q.name for q in quotes_in("", text)]


def test_the_reported_sentences():
    reported = {
        f"Mr and Mrs Reid have lived in the village for 40 years. Tom Reid opposes the plans. {_WORDS} he said.":
            ["Tom Reid"],
        f"Tom Reid and Mrs Reid have run the shop since 1985. Tom Reid opened the doors on Monday. {_WORDS} he said.":
            ["Tom Reid"],
        f"Tom Reid's widow, Lady Reid, unveiled the statue. Tom Reid once led the club. {_WORDS} he said.": ["Tom Reid"],
        f"Anna Berg said his own MPs no longer trusted him. {_WORDS} she said.": ["Anna Berg"],
        f"Anna Berg questioned his own judgment. {_WORDS} she said.": ["Anna Berg"],
        f"Anna Berg said he himself had approved the payments. {_WORDS} she said.": ["Anna Berg"],
        f"Anna Berg, 34, went missing on Friday. Tom Reid and her brother found her car on Sunday. Reid, a family "
        f"friend, said the search had been “exhausting”. {_WORDS} he said.": ["Tom Reid", "Tom Reid"],
    }
    for text, speakers in reported.items():
        assert _speakers(text) == speakers, text


def test_what_must_not_change():
    kept = {
        f"Alex Morgan blamed himself for the defeat. {_WORDS} she said.": [None],
        f"Mr Morgan met Sam Jones on Tuesday. {_WORDS} she said.": [None],
        f"Alex Morgan and his sister Sam Jones left early. {_WORDS} she said.": [None],
        f"Alex Morgan won the seat. Mr Morgan thanked voters. {_WORDS} she said.": [None],
    }
    for text, speakers in kept.items():
        assert _speakers(text) == speakers, text


_OTHER = st.sampled_from((
    "Mr and Mrs {s} have lived here for years. {n} opposes the plans.",
    "{n} and Mrs {s} have run the shop since 1985. {n} opened the doors on Monday.",
    "{n}'s mother, Mrs {s}, was in court. {n} spoke briefly.",
    "{n} opened the shop with Mrs {s}, who died last year. {n} closed it on Monday.",
    "{n} said his own party had let voters down.",
    "{n} questioned his own judgment in a speech.",
    "{n} said he himself had approved the payments.",
    "{o} went missing on Friday. {n} and his brother found the car on Sunday. {n} said the search was over."))


@FAST
@given(word, word, word, word, _OTHER)
def test_words_about_another_tell_nothing(given_name, surname, other_given, other_surname, sentence):
    assume(len({given_name, surname, other_given, other_surname}) == 4)
    # The sentence tells the sex of someone else; the speaker is a woman: her "she said" stays hers.
    woman = f"{given_name} {surname}"
    text = f"{sentence.format(n=woman, s=surname, o=f'{other_given} {other_surname}')} {_WORDS} she said."
    if "Mrs" in sentence:  # (mirrored: a woman's title beside a man named in full)
        text = text.replace("Mrs ", "Mr ").replace("Mr and Mr ", "Mr and Mrs ")
    assert _speakers(text) == [woman], text
