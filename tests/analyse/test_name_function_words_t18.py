"""Names whose first word is an English function word, and initials after a quotation or a title (T18 findings 2 and
3, 2026-12-06). "Colonel Do Van Thanh … told AOP" gave a People page "Van Thanh" beside "Do Van Thanh" and 8 of his
quotes to the shorter name: runparts dropped a run's leading function word ("Do", "To", "An": Vietnamese family names
written without marks) and split a run at a capitalised one after a title. '"Yes," A.K. Sharma said' and "officer
A.K. Sharma" named "Sharma" and "K. Sharma": the run could not start at "A", read as the article (nameruns._RUN_RULE).
The rules: stopnames.py."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.names import names_in
from briefgen.analyse.quotes import quotes_in

_FAMILY = st.sampled_from(["Do", "To", "An"])
_MIDDLE = st.sampled_from(["Van", "Thi", "Duc", "Minh", "Quoc", "Huu"])
_GIVEN = st.sampled_from(["Thanh", "Lam", "Hung", "Lan", "Mai", "Quang", "Tam"])
_TITLE = st.sampled_from(["Colonel", "President", "General Secretary", "Captain", "Deputy Minister", "Lieutenant"])


def _people(text: str) -> list[str]:
    return [m.full for m in names_in("", text) if m.kind == "person"]


@given(_FAMILY, _MIDDLE, _GIVEN, _TITLE, st.sampled_from([
    "{title} {name} told reporters the crew were safe.",
    "Yesterday {name} told reporters the crew were safe.",
    "The rescue was led by {title} {name}, who spoke to AOP.",
    "“The crew are safe,” {name} said on Tuesday.",
    "“The crew are safe,” said {title} {name}.",
    "{name} said the crew were safe.",
    "On Tuesday, {title} {name} said the crew were safe.",
]))
@settings(max_examples=examples(200), deadline=None)
def test_a_function_word_that_is_a_family_name_begins_the_name(family: str, middle: str, given: str, title: str,
                                                                 frame: str) -> None:
    name = f"{family} {middle} {given}"
    text = frame.format(title=title, name=name)
    assert _people(text) == [name], text
    for quote in quotes_in("", text):
        assert quote.speaker == name, text


@given(_FAMILY, _GIVEN, _TITLE)
@settings(max_examples=examples(60), deadline=None)
def test_two_word_names_after_a_title_or_before_a_speech_verb(family: str, given: str, title: str) -> None:
    name = f"{family} {given}"
    assert _people(f"{title} {name} visited the port.") == [name]
    assert _people(f"{name} said the port would reopen.") == [name]
    assert [q.speaker for q in quotes_in("", f"“It will reopen,” {name} said.")] == [name]


@given(st.sampled_from(["Do you know what happened?", "To the north, the fire still burns.",
                        "An official said the port would reopen.", "Will the port reopen?", "To be sure, it burns.",
                        "Do not go near the ship.", "An Giang province sent boats."]))
@settings(max_examples=examples(20), deadline=None)
def test_function_words_that_open_a_sentence_stay_function_words(text: str) -> None:
    assert _people(text) == []


def test_a_reported_sentence_opener_before_a_full_name_is_no_part_of_it() -> None:
    assert _people("To Anil Kumar, the loss was manageable.") == ["Anil Kumar"]
    assert _people("Will Smith said he would come.") == ["Will Smith"]


def test_a_name_written_inside_a_sentence_is_the_name_opening_one() -> None:
    text = "Do Van Thanh, a colonel, led the search. The crew were found by Colonel Do Van Thanh's men."
    assert set(_people(text)) == {"Do Van Thanh"}
    assert _people("Do Van Thanh, a colonel, led the search.") == ["Do Van Thanh"]  # (a person's appositive: BR22)
    assert _people("Do Van Thanh and his men led the search.") == ["Van Thanh"]  # (no evidence: as before)
    assert "To Anil Kumar" not in _people("To Anil Kumar, the hit was manageable. Anil Kumar is an analyst.")


def test_the_t18_colonel_is_one_man() -> None:
    text = ("Colonel Do Van Thanh, who led the search, told AOP the crew were safe. “We picked up the nine men from "
            "the lifeboat,” he said. “The fire is still burning in two holds,” Do Van Thanh added.")
    assert set(_people(text)) == {"Do Van Thanh"}
    assert {q.speaker for q in quotes_in("", text)} == {"Do Van Thanh"}


@given(st.sampled_from(["A.K.", "I.M.", "A.R.", "A.P.J.", "S.K."]), st.sampled_from(["Sharma", "Pei", "Rahman", "Kalam"]),
       st.sampled_from(["“Yes,” {name} said.", "chief underwriting officer {name} told the newspaper.",
                        "{name} said the claim was large.", "The insurer's {name} declined to comment.",
                        "“We are aware,” said {name}, the insurer's chief."]))
@settings(max_examples=examples(100), deadline=None)
def test_initials_that_begin_with_an_article_letter_stay(initials: str, surname: str, frame: str) -> None:
    name = f"{initials} {surname}"
    text = frame.format(name=name) + f" Mr {surname} left."
    assert {m.full for m in names_in("", text) if m.kind == "person"} == {name}, text


def test_the_t18_underwriter_keeps_his_initials() -> None:
    text = ("“Our net retention is about $9 million,” A.K. Sharma, chief underwriting officer, told The Economic "
            "Courier. Mr Sharma said the rest was reinsured.")
    assert [q.speaker for q in quotes_in("", text)] == ["A.K. Sharma"]
    assert {m.full for m in names_in("", text) if m.kind == "person"} == {"A.K. Sharma"}
    assert _people("A man said it.") == [] and _people("I said so.") == []
