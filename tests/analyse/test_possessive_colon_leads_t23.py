"""A possessive opening a colon lead-in before a name is the name's country or body, no speaker of its own (FX55, T23,
2026-12-07: the headline "Sudan's al-Burhan in Mogadishu: 'The Red Sea belongs to its states'" had no speaker;
"Al-Burhan in Mogadishu: '…'" had; colonleads._OWNER). A property over made-up owners and names, with and without a
lower-case Arabic article, in a headline and in a body's lead-in; and what stays: "Kuleba's spokesman:" is
unnamed, "Moreau's deputy was blunt:" no one's.
"""
from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from briefgen.analyse.quotes import quotes_in
from support.madeup import FAST, word


@FAST
@given(word, word, word, st.sampled_from(("", "al-")), st.sampled_from(("'s", "\u2019s")),
       st.sampled_from(("{owner} {name} in Mogadishu: '{q}'", "{owner} {name}: '{q}'")))
def test_a_headlines_owner_before_the_name_is_passed_over(owner: str, given_name: str, surname: str, article: str,
                                                         mark: str, frame: str) -> None:
    assume(len({owner, given_name, surname}) == 3)
    full = f"{given_name} {article}{surname}"
    headline = frame.format(owner=owner + mark, name=article + surname, q="The sea belongs to its states")
    body = f"Gen {full} arrived on Monday."
    assert [q.name for q in quotes_in(headline, body)] == [full], headline


@FAST
@given(word, word, word)
def test_a_body_lead_ins_owner_before_the_name_is_passed_over(owner: str, given_name: str, surname: str) -> None:
    assume(len({owner, given_name, surname}) == 3)
    # (the article names the person in full before; a made-up given name alone is no person's: BR33, test_owner_colon_leads_br33.py)
    text = f"{given_name} {surname} flew in. {owner}'s {surname} was blunt: 'We will mediate between them.'"
    assert [q.name for q in quotes_in("", text)] == [f"{given_name} {surname}"], text


@pytest.mark.parametrize(("title", "text", "name"), [
    ("Sudan's al-Burhan in Mogadishu: 'The Red Sea belongs to its states'",
     "Gen Abdel Fattah al-Burhan arrived in Mogadishu.", "Abdel Fattah al-Burhan"),
    ("Sudan's Burhan: 'The Red Sea belongs to its states'", "Gen Abdel Fattah al-Burhan arrived in Mogadishu.",
     "Abdel Fattah al-Burhan"),
    ("", "Moreau's deputy was blunt: 'We will mediate between them.'", None),
    ("", "Dmytro Kuleba spoke. Kuleba's spokesman was blunt: 'We will mediate between them.'", None)])
def test_the_reported_headline_and_what_stays(title: str, text: str, name: str | None) -> None:
    assert [q.name for q in quotes_in(title, text)][:1] == [name]
