"""A quotation framed by "the <title>" is the one person the text named with that title before it.

The reported inputs (a trial, 2026-12-04): '"An American approval is not a Danish approval," the minister said'
after "Health minister Sophie Løvgren said …", and '"…," the professor said' after "Professor Zbigniew
Wróblewski …", had no speaker (`analyse/titledvoices.py`). The kind: any title word, written before the name
(capitalised or not, with words of its brief) or as an appositive after it, "the <title> said" or "said the
<title>"; none when two people were named with the title, when the title's brief differs, or when the title
is no one's ("The minister met X").
"""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefgen.analyse.quotes import quotes_in
from test_speaker_properties import FAST, person, word

TITLES = ("minister", "professor", "chairman", "commissioner", "ambassador", "mayor", "governor", "director")
QUOTE = "“We will see what the week brings,”"


@st.composite
def named(draw: st.DrawFn) -> tuple[str, str, str]:
    """(a sentence naming a person with a title, the person's name, the title)."""
    given_name, surname = draw(st.lists(word, min_size=2, max_size=2, unique=True))
    title, brief = draw(st.sampled_from(TITLES)), draw(st.sampled_from(["", "health ", "deputy "]))
    name = f"{given_name} {surname}"
    form = draw(st.sampled_from(["before", "capital", "appositive", "owner"]))
    owner = draw(st.sampled_from(["Brannock's", "Harwick Health Trust's", "the union's", "Acme’s"]))
    sentence = {"before": f"{brief.capitalize()}{title} {name} spoke on Monday.".lstrip(),
                "capital": f"{(brief + title).title()} {name} spoke on Monday.",
                "appositive": f"{name}, the {brief}{title}, spoke on Monday.",
                "owner": f"{name}, {owner} {brief}{title}, spoke on Monday."}[form]
    return sentence[0].upper() + sentence[1:], name, title


@FAST
@given(named(), st.booleans())
def test_the_title_names_the_one_person_named_with_it(found: tuple[str, str, str], inverted: bool) -> None:
    sentence, name, title = found
    frame = f"said the {title}." if inverted else f"the {title} said."
    assert quotes_in("", f"{sentence} {QUOTE} {frame}")[-1].name == name


@FAST
@given(named(), named())
def test_two_people_with_the_title_name_no_one(first: tuple[str, str, str], second: tuple[str, str, str]) -> None:
    if first[2] != second[2] or first[1] == second[1]:
        return
    text = f"{first[0]} {second[0]} {QUOTE} the {first[2]} said."
    assert quotes_in("", text)[-1].name is None


@pytest.mark.parametrize("text, name", [
    ("Health minister Sophie Løvgren said the funding was secure. “An American approval is not a Danish approval,” "
     "the minister said.", "Sophie Løvgren"),
    ("Professor Zbigniew Wróblewski led the study. “If you scan, you catch it,” the professor said.",
     "Zbigniew Wróblewski"),
    ("Fisheries Commissioner Jean-Baptiste de La Roche-Aymon announced it. “Killybegs did not start this,” the "
     "commissioner said.", "Jean-Baptiste de La Roche-Aymon"),
    ("Maheen Qureshi, the general secretary of the Professional Footballers' Association, welcomed the clarity. "
     "“Players have been living with uncertainty,” the union's general secretary said.", "Maheen Qureshi"),
    ("Health minister Sophie Løvgren met reporters. The minister said: “We will pay for it.”", "Sophie Løvgren"),
    ("Kingsmere manager Luís da Silva was sacked on Monday. “I gave everything,” the manager said.", "Luís da Silva"),
    # an airline's collapse (a third trial, 2026-12-04): a judge's style, and a justice minister is no judge
    ("Mrs Justice Helen Smith-Jones said the sale could proceed. “I am conscious of the urgency,” the judge said.",
     "Helen Smith-Jones"),
    ("Mr Justice Alan Reed granted the order. “The numbers must be right,” said the judge.", "Alan Reed"),
    ("Justice Minister Ana Berg spoke on Monday. “We will act,” the judge said.", None),
    # a retailer's data breach (a trial, 2026-12-04): the title after the company's possessive
    ("Sir Rupert McAllister, Brannock's chairman, said the board would act. “We will not hide from our own people,” "
     "the chairman said.", "Rupert McAllister"),
    ("The minister met Ola Berg on Monday. “We will pay,” the minister said.", None),
    ("Health minister Sophie Løvgren met reporters. “We will pay,” the finance minister said.", None),
    ("“We will pay,” the minister said.", None),
])
def test_the_reported_inputs_and_what_names_no_one(text: str, name: str | None) -> None:
    assert quotes_in("", text)[-1].name == name


@pytest.mark.parametrize("text, name, title", [
    ("Assistant Søren Kjaer has also left the club.", "Søren Kjaer", "Assistant"),
    ("Manager Luís da Silva said he was sorry.", "Luís da Silva", "Manager"),
    ("Coach Ana Brandt said the squad was tired.", "Ana Brandt", "Coach"),
])
def test_a_sports_title_opening_a_sentence_is_no_given_name(text: str, name: str, title: str) -> None:
    """A second trial (2026-12-04): "Assistant Søren Kjaer has also left the club" named "Assistant Søren Kjaer"."""
    from briefgen.analyse.names import names_in
    assert [(m.full, m.title) for m in names_in("", text)] == [(name, title)]


@FAST
@given(person, st.sampled_from(["Mrs Justice", "Mr Justice", "Lord Justice", "Lady Justice", "Justice"]),
       st.booleans())
def test_a_judge_s_style_names_the_judge(name: str, style: str, inverted: bool) -> None:
    """"Mrs Justice Smith-Jones … the judge said" (an airline's collapse, a third trial): the style's "Justice" is the
    judge's title; "Justice Minister" is a minister's."""
    frame = "said the judge." if inverted else "the judge said."
    assert quotes_in("", f"{style} {name} granted the order on Monday. {QUOTE} {frame}")[-1].name == name
    assert quotes_in("", f"Justice Minister {name} spoke on Monday. {QUOTE} {frame}")[-1].name is None
