"""One person, one page: a double surname after a two-word given name, post-nominal letters on a pronoun's speaker, a
judge's style and surname (T13, 2026-12-06, a rail-strike briefing).

The tester's site showed "García Ortega" (seven quotes) beside "María José García Ortega", filed under O;
"Priya Raman KC" and "Daniel Ashworth KC" beside the plain names (a "she/he said" quotation's speaker kept the
letters); "Mrs Justice Hollis-Brandt" (five articles) beside "Eleanor Hollis-Brandt". (namekeys.double_surname,
people.filing_order, quotespeakers._who, judges.styled_surname, lonenames.lone_surnames.)
"""
from __future__ import annotations

from hypothesis import assume, given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.names import NameIndex, names_in
from briefgen.analyse.namekeys import compound_surname, double_surname
from briefgen.analyse.people import filing_order
from briefgen.analyse.quotes import quotes_in

LETTERS = st.sampled_from(("KC", "QC", "MP", "MSP", "MEP", "OBE", "MBE", "CBE", "DBE", "FRS", "PhD"))
STYLES = st.sampled_from(("Mr Justice", "Mrs Justice", "Ms Justice", "Lord Justice", "Lady Justice"))


def _speakers(text: str) -> list[str | None]:
    return [q.name for q in quotes_in("", text)]


def _index(*texts: str) -> NameIndex:
    return NameIndex.build((), {f"a{n}": names_in("", text) for n, text in enumerate(texts)})


def test_the_reported_inputs():
    visit = ("The union's general secretary, María José García Ortega, visited one of the injured men in Lisford "
             "General Hospital. “He asked me to tell people he is fine,” García Ortega said.")
    assert _speakers(visit) == ["María José García Ortega"]
    rally = ("García Ortega, who became the union's general secretary in March, told a rally that the result was "
             "“a message from every platform on the line”. She added: “Nobody takes this lightly.”")
    index = _index(visit, rally, "Union general secretary María José García Ortega said her side wanted a deal.")
    assert index.canonical("García Ortega") == "María José García Ortega"
    assert filing_order("María José García Ortega", "person") == ("García Ortega", "María José")
    assert filing_order("Tomás Ferreira Lima", "person") == ("Lima", "Tomás Ferreira")  # three words: as before
    barrister = ("Priya Raman KC, for the operator, told Mrs Justice Hollis-Brandt that the union had used an "
                 "out-of-date list. “The law demands accuracy, not approximation,” she said.")
    assert _speakers(barrister) == ["Priya Raman"]
    court = ("The Federation of Rail Workers' barrister, Daniel Ashworth KC, said the operator had waited. “If this "
             "ballot was so defective, Westmarch knew it on Monday,” he told the court.")
    assert _speakers(court) == ["Daniel Ashworth"]
    judge = _index("Ruling in Lisford, Mrs Justice Eleanor Hollis-Brandt said the error was a slip.",
                   "Mrs Justice Hollis-Brandt said the ballot was lawful.", barrister)
    assert judge.canonical("Mrs Justice Hollis-Brandt") == "Eleanor Hollis-Brandt"


def test_what_must_not_change():
    assert compound_surname(["Catherine", "Vaughan", "Williams"]) == "Vaughan Williams"
    assert double_surname(["Ursula", "von", "der", "Leyen"]) == ""
    assert double_surname(["Luiz", "Inácio", "Lula", "da"]) == ""
    assert filing_order("Charles de Gaulle", "person") == ("Gaulle", "Charles de")
    assert filing_order("Nguyễn Thị Hương Lan", "person") is None  # (Vietnamese: as written)
    assert double_surname(["Martin", "Luther", "King", "Jr"]) == ""  # (a generation, no double surname)
    # two judges' surnames, or two people of the surname: the style stays a name of its own
    two = _index("Anna Harker and Tom Harker spoke.", "Mr Justice Harker said the ballot was lawful.")
    assert two.canonical("Mr Justice Harker") == "Mr Justice Harker"


@FAST
@given(word, word, word, word)
def test_a_double_surname_after_two_given_names_is_the_person(first, second, third, fourth):
    assume(len({first, second, third, fourth}) == 4)
    second += "é"  # (a letter of Spanish or Portuguese spelling: "José"; namekeys._IBERIAN, BR14)
    full, surname = f"{first} {second} {third} {fourth}", f"{third} {fourth}"
    text = f"The union leader, {full}, visited the depot. “We are ready,” {surname} said."
    assert _speakers(text) == [full], text
    index = _index(text, f"{surname} told a rally that the result was “a message from every platform”.")
    assert index.canonical(surname) == full
    assert filing_order(full, "person") == (surname, f"{first} {second}")


@FAST
@given(word, word, LETTERS, st.sampled_from(("she said", "he said", "he told the court", "she added")))
def test_letters_end_a_pronouns_speaker(given_name, surname, letters, said):
    assume(given_name != surname)
    text = (f"{given_name} {surname} {letters}, for the operator, told the judge that the list was old. "
            f"“The law demands accuracy,” {said}.")
    assert _speakers(text) == [f"{given_name} {surname}"], text


@FAST
@given(word, word, STYLES, st.booleans())
def test_a_judges_style_and_surname_join_the_one_person_of_it(given_name, surname, style, other):
    assume(given_name != surname)
    full = f"{given_name} {surname}"
    texts = [f"Ruling in Lisford, {style} {full} said the error was a slip.",
             f"{style} {surname} said the ballot was lawful."]
    if other:
        texts.append(f"Her brother, Tom {surname}, was not in court.")
    index = _index(*texts)
    assert index.canonical(f"{style} {surname}") == (f"{style} {surname}" if other else full)


@FAST
@given(STYLES, word, word)
def test_a_judges_style_joins_no_one_never_called_a_judge(style, given_name, surname):
    """BR14: 'Mr Justice Baker said' (an injunction report) joined Tom Baker, a signaller quoted in another story, the
    archive's one Baker named in full; the judge's words went to the signaller. A style and surname joins only a
    person some mention titles as a judge."""
    assume(given_name != surname)
    signaller = f"{given_name} {surname}, a signaller for 22 years, said morale had never been lower."
    ruling = f"{style} {surname} said the union had complied with the law. “The notice was clear,” the judge said."
    index = _index(signaller, ruling)
    assert index.canonical(f"{style} {surname}") == f"{style} {surname}"
    judged = _index(signaller.replace(f"{given_name} {surname}, a signaller", f"Judge {given_name} {surname}, sitting"),
                    ruling)
    assert judged.canonical(f"{style} {surname}") == f"{given_name} {surname}"


@FAST
@given(word, word, word, word)
def test_four_english_words_are_no_double_surname(first, second, third, fourth):
    """BR14 (2026-12-06): "Anna Maria Lee Walker" of one article took the quotation of "Lee Walker, a commuter" of
    another ("… Walker said"), and "George Herbert Walker Bush" was filed "Walker Bush, George Herbert". Four words
    with no letter of Spanish or Portuguese spelling are a name as before: filed under the last word."""
    assume(len({first, second, third, fourth}) == 4)
    full = f"{first} {second} {third} {fourth}"
    assert double_surname(full.split()) == ""
    assert filing_order(full, "person") == (fourth, f"{first} {second} {third}")
    index = _index(f"{full}, a guard, said the doors were shut.",
                   f"{third} {fourth}, a commuter, waited. “It is a shambles,” {fourth} said.")
    assert index.canonical(f"{third} {fourth}") != full
