"""BR32's breaks of FX44's Malay, patronymic and short-form name rules (2026-12-07): "Tun" read as the Malay award
before Burmese names ("Tun Tun Naing" was "Naing" and one page with "Aung Naing"; "U Kyaw Tun" no one), "Bu Dongmei"
read as Indonesian "Bu" (Mrs) before a Pinyin given name of two syllables, "Puan"/"Cut" taken off names of three words
("Maharani Nakshatra Kirana", "Throat Jake"). Properties over made-up names × frames, and the reported inputs.
"""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefgen.analyse.names import PERSON
from briefgen.analyse.people import find_people
from briefgen.analyse.quotes import quotes_in
from support.madeup import FAST, SAID, said, word

BURMESE_WORDS = ("Tun", "Naing", "Myint", "Aung", "Kyaw", "Win", "Zaw", "Soe", "Thein", "Htun", "Oo")


def _read(text: str) -> tuple[list[tuple[str | None, str]], list[tuple[str, str]]]:
    return ([(q.speaker, q.kind) for q in quotes_in("", text)],
            [(n.full, n.kind) for n in find_people("", text).named if n.kind == PERSON])


@FAST
@given(st.lists(st.sampled_from(BURMESE_WORDS), min_size=1, max_size=2), st.sampled_from(("", "U ", "Daw ", "Ko ")),
       st.sampled_from(SAID))
def test_tun_before_or_in_a_burmese_name_is_the_name(words: list[str], style: str, frame: str) -> None:
    for name in (" ".join(["Tun", *words]), " ".join([*words, "Tun"])):
        text = said(frame, style + name)
        speakers, named = _read(text)
        assert len(speakers) == 1 and speakers[0][0] is not None and name in speakers[0][0], text
        assert named and name in named[0][0], text


@FAST
@given(st.sampled_from(("Bu", "Pak")), st.sampled_from(("Dongmei", "Xiaoming", "Jianguo", "Jinping", "Xiang", "Wei")),
       st.sampled_from(SAID))
def test_bu_and_pak_before_a_pinyin_given_name_are_the_family_name(family: str, given_name: str, frame: str) -> None:
    name = f"{family} {given_name}"
    assert _read(said(frame, name)) == ([(name, PERSON)], [(name, PERSON)])


@FAST
@given(st.sampled_from(("Puan", "Cut")), word, word, word, st.sampled_from(SAID))
def test_puan_and_cut_stay_before_a_name_of_three_words(lead: str, a: str, b: str, c: str, frame: str) -> None:
    name = f"{lead} {a} {b} {c}"
    assert _read(said(frame, name)) == ([(name, PERSON)], [(name, PERSON)])


@pytest.mark.parametrize(("text", "name"), [
    ('"The junta will fall," said Tun Tun Naing, a former MP.', "Tun Tun Naing"),
    ('"It is over," said Tun Myint, an activist in Yangon.', "Tun Myint"),
    ('"We want peace," U Kyaw Tun said.', "U Kyaw Tun"),
    ('"It was unfair," said Bu Dongmei, a professor at Peking University.', "Bu Dongmei"),
    ('"We will pass it," said House Speaker Puan Maharani Nakshatra Kirana.', "Puan Maharani Nakshatra Kirana"),
    ('"I am ready," said Cut Throat Jake, a rapper.', "Cut Throat Jake"),
    ('"It was unfair," said Cut Meutia.', "Cut Meutia"),
    # the honorifics still read so
    ('"We are strong," said Tun Dr Mahathir Mohamad.', "Mahathir Mohamad"),
    ('"We are strong," said Tun Daim Zainuddin.', "Daim Zainuddin"),
    ('"We will appeal," Puan Norliza binti Kassim said.', "Norliza binti Kassim"),
    ('"We will appeal," said Puan Siti Aishah Rahman.', "Siti Aishah Rahman"),
])
def test_the_reported_names(text: str, name: str) -> None:
    speakers, named = _read(text)
    assert speakers == [(name, PERSON)], text
    assert named[:1] == [(name, PERSON)], text
