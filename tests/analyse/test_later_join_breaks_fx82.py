"""The later-name join (FX74, laternames.later_full) is a guess about an earlier mention; three kinds of text made it a
wrong one (FX82, 2026-12-07, the breaker's br42), each now left apart — a short form unresolved rather than a
quotation given to the wrong person:

1. a first name alone before a full name ("“…,” said Maria, 34, a nurse. Opposition leader Maria Corina Machado …"):
   only the full name's family name (filing.filing_order's surname) joins;
2. a relative ("“I miss him,” Mrs Kent, his widow, said. Clark Kent died in 2020."; "Mr Biden said … Hunter Biden,
   his son"): a kin noun beside the short form or the full name (kinnames.kin_beside) keeps them apart;
3. an honorific of a sex whose agreement nothing shows ("“We won,” Mr Clinton said. Hillary Clinton was at home.":
   "Hillary" is in no sex list): a gendered title joins only when the given name's sex or a title, noun or pronoun of
   the text agrees (titlefit.same_sex); a title of no sex ("Dr", "King") or none joins as before.
"""
from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from briefgen.analyse.people import find_people
from support.madeup import FAST, SAID, said, word

QUOTE = "We will not give in"
OF_SEX = st.sampled_from((("Mr ", "John", "his", "he"), ("Mrs ", "Mary", "her", "she"), ("Ms ", "Jane", "her", "she")))
KIN = st.sampled_from(("widow", "husband", "wife", "son", "daughter", "father", "mother", "brother", "sister"))
KIN_FRAMES = ('“{q},” {short}, {pos} {kin}, said. {full} died in 2020.',
              '“{q},” {short} said. {full}, {pos} {kin}, was released on Monday.',
              '“{q},” {short} said. {Pos} {kin}, {full}, was released on Monday.',
              '“{q},” {short} said. {Pos} {kin} {full} was released on Monday.')
LATER = ("{name}, the union's leader, told members to stay out.", "Later, {name} met the envoy.",
         "The union is led by {name}.")


def _speakers(text: str) -> list[str]:
    return [q.speaker for q in find_people("", text).quotes]


@FAST
@given(word, word, st.sampled_from(SAID), st.sampled_from(LATER))
def test_a_first_name_alone_joins_no_full_name_later(first: str, last: str, frame: str, later: str) -> None:
    assume(first != last)
    text = said(frame, first) + " " + later.format(name=f"{first} {last}")
    assert f"{first} {last}" not in _speakers(text), text
    text = said(frame, last) + " " + later.format(name=f"{first} {last}")  # (the family name still does)
    assert _speakers(text) == [f"{first} {last}"], text


@FAST
@given(OF_SEX, word, word, KIN, st.sampled_from(KIN_FRAMES), st.booleans())
def test_a_relative_is_not_joined(of_sex: tuple, madeup: str, last: str, kin: str, frame: str, titled: bool) -> None:
    title, given_name, pos, _ = of_sex
    if not titled:  # a title of no sex, or none: the relative's mark alone must keep them apart
        title, given_name = "Dr ", madeup
    assume(given_name != last)
    full = f"{given_name} {last}"
    text = frame.format(q=QUOTE, short=f"{title}{last}", full=full, pos=pos, Pos=pos.capitalize(), kin=kin)
    assert full not in _speakers(text), text


@FAST
@given(OF_SEX, word, word, st.sampled_from(SAID), st.sampled_from(LATER))
def test_a_gendered_title_joins_only_on_agreement(of_sex: tuple, first: str, last: str, frame: str, later: str) -> None:
    title, known, _, pronoun = of_sex
    assume(first != last)
    text = said(frame, f"{title}{last}") + " " + later.format(name=f"{first} {last}")  # nothing tells its sex
    assert _speakers(text) == [last], text
    text = said(frame, f"{title}{last}") + f" Later, {first} {last} said {pronoun} would stay."  # a pronoun agrees
    assert _speakers(text) == [f"{first} {last}"], text
    text = said(frame, f"{title}{last}") + " " + later.format(name=f"{known} {last}")  # the given name agrees
    assert _speakers(text) == [f"{known} {last}"], text
    text = said(frame, f"Dr {last}") + " " + later.format(name=f"{first} {last}")  # a title of no sex
    assert _speakers(text) == [f"{first} {last}"], text


def test_the_reported_inputs() -> None:
    for text, full in (
            ('"Prices are too high," said Maria, 34, a nurse. Opposition leader Maria Corina Machado called a rally.',
             "Maria Corina Machado"),
            ('"We need jobs," said John, a voter in Ohio. Later John Fetterman spoke.', "John Fetterman"),
            ('"I miss him," Mrs Kent, his widow, said. Clark Kent died in 2020.', "Clark Kent"),
            ('"We are proud of him," Mrs Okafor said. Chinedu Okafor, her husband, was released on Monday.',
             "Chinedu Okafor"),
            ('"I love him," Mr Biden said. Hunter Biden, his son, was pardoned.', "Hunter Biden"),
            ('"She is brave," Mr Okafor said. Ngozi Okafor, his daughter, was released.', "Ngozi Okafor"),
            ('"We won," Mr Clinton said. Hillary Clinton was at home.', "Hillary Clinton"),
            ('"We won," Mr Harris said. Kamala Harris was at home.', "Kamala Harris"),
            ('"We are proud," Mrs Okafor said. Chinedu Okafor was released on Monday.', "Chinedu Okafor")):
        assert full not in _speakers(text), text
    text = '"We will appeal," Mr Okafor said. Chinedu Okafor, the union\'s leader, said he would go on.'
    assert _speakers(text) == ["Chinedu Okafor"]
    text = '"We will rebuild," King Abdullah said. King Abdullah II of Jordan met officials.'
    assert _speakers(text) == ["Abdullah II"]
