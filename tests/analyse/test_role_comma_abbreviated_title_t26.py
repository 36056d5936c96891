"""A capitalised role, a comma and an abbreviated title before a name: the title opens the appositive's name.

The reported input (T26 F7, 2026-12-07): 'The Federal Capital Territory Minister, Barr. Nyesom Wike, told reporters in
Abuja that "nobody is above the law …"' had no speaker: "Barr." (a barrister) and "Arc." (an architect) are words or
surnames too ("William Barr.", "Joan of Arc."), so their period ended a sentence after any capitalised word
(sentences.period_ends), the comma's "Minister," too. The kind: any capitalised role (one to four words), then a
comma, "Barr."/"Arc."/"Engr."/"Dr." and a name, in each frame; "William Barr. The …" still ends a sentence.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from support.examples import examples
from support.madeup import LISTED  # (no word an analysis lists: "Kisen" is a company's since FX89)

from briefgen.analyse.quotes import quotes_in
from briefgen.analyse.sentences import period_ends

SYLLABLES = ("ba", "de", "mi", "la", "tun", "ko", "ye", "se", "gun", "wa", "do", "ri", "je", "fo")
WORD = st.lists(st.sampled_from(SYLLABLES), min_size=2, max_size=3).map(lambda parts: "".join(parts).capitalize()).filter(lambda w: w.lower() not in LISTED)
ROLES = ("Minister", "The Federal Capital Territory Minister", "The Attorney General", "The Commissioner for Works",
         "The Chairman", "The Lagos State Governor", "The Director General")
TITLES = ("Barr.", "Arc.", "Engr.", "Dr.")
FRAMES = ('{role}, {title} {name}, told reporters in Abuja that "nobody is above the law".',
          '{role}, {title} {name}, said "nobody is above the law".',
          '"Nobody is above the law," said {role_lower}, {title} {name}.')


@settings(max_examples=examples(150), deadline=None)
@given(st.sampled_from(ROLES), st.sampled_from(TITLES), WORD, WORD, st.sampled_from(FRAMES))
def test_the_title_opens_the_appositive(role: str, title: str, given_name: str, surname: str, frame: str) -> None:
    name = f"{given_name} {surname}"
    lowered = "the " + role.removeprefix("The ")
    text = frame.format(role=role, role_lower=lowered, title=title, name=name)
    assert [q.name for q in quotes_in("x", text)] == [name], text


def test_a_surname_before_the_period_still_ends_the_sentence() -> None:
    text = "The order was signed by William Barr. The court met on Monday."
    assert period_ends(text, text.index("Barr.") + 4)


def test_the_reported_sentence() -> None:
    text = ('The Federal Capital Territory Minister, Barr. Nyesom Wike, told reporters in Abuja that "nobody is above '
            'the law, and the order of the court must be obeyed".')
    assert [q.name for q in quotes_in("x", text)] == ["Nyesom Wike"]
