"""East Asian family names that are English function words: "He Lifeng", "So Ji-sub", "No Hong-chul" (T25 F2,
2026-12-07: "Vice-Premier He Lifeng told a forum …" and "He Lifeng, the vice-premier, said …" gave a person "Lifeng",
the capitalised "He" dropped as a pronoun). The rules: functionfamilies.py, stopnames.py."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.names import names_in
from briefgen.analyse.quotes import quotes_in

_CHINESE = st.sampled_from(["Lifeng", "Jiankui", "Weidong", "Yong", "Ping", "Xiaoming", "Ka-wai"])
_KOREAN = st.tuples(st.sampled_from(["So", "No", "Do", "An"]), st.sampled_from(["Ji-sub", "Hong-chul", "Jong-hwan", "Cheol-soo", "Kam-leung"]))
_TITLE = st.sampled_from(["Vice-Premier", "Vice Premier", "Minister", "Professor", "Ambassador", "Governor"])
_FRAMES = st.sampled_from([
    '{title} {name} told a forum that China "does not seek confrontation".',
    '{name}, the vice-premier, said China "will not accept coercion". He did not say more.',
    '{name}, 54, said the talks were "useful".',
    '"It is bad," said {name}.',
    'Officials met on Monday. {name} said the talks were "useful".',
    'On Monday {name} told reporters the talks were "useful".',
    '"It is bad," {title} {name} said.',
])


def _people(text: str) -> list[str]:
    return [m.full for m in names_in("", text) if m.kind == "person"]


def _check(name: str, title: str, frame: str) -> None:
    text = frame.format(title=title, name=name)
    assert _people(text) == [name], text
    assert [q.speaker for q in quotes_in("x", text)] == [name], text


def test_the_reported_he_lifeng() -> None:
    for text in ('Vice-Premier He Lifeng told a forum that China "does not seek confrontation".',
                 'He Lifeng, the vice-premier, said China "will not accept coercion". He did not say more.'):
        assert _people(text) == ["He Lifeng"], text
        assert [q.speaker for q in quotes_in("x", text)] == ["He Lifeng"], text


@given(_CHINESE, _TITLE, _FRAMES)
@settings(max_examples=examples(150), deadline=None)
def test_he_before_a_chinese_given_name_is_the_family_name(given_name: str, title: str, frame: str) -> None:
    _check(f"He {given_name}", title, frame)


@given(_KOREAN, _TITLE, _FRAMES)
@settings(max_examples=examples(150), deadline=None)
def test_a_function_word_before_a_hyphenated_korean_given_name_is_the_family_name(name: tuple[str, str], title: str,
                                                                                   frame: str) -> None:
    _check(" ".join(name), title, frame)


@given(st.sampled_from(["Yu", "Ma", "Ho", "Li", "Oh"]), _CHINESE, _TITLE, _FRAMES)
@settings(max_examples=examples(60), deadline=None)
def test_family_names_of_two_letters_that_are_no_function_words_stay_names(family: str, given_name: str, title: str,
                                                                           frame: str) -> None:
    _check(f"{family} {given_name}", title, frame)


@given(st.sampled_from(["Said", "Told", "Warned", "Added", "Insisted", "Denied", "Thinks", "Believes"]),
       st.sampled_from(["He {verb} reporters the talks were useful.", "Officials met. He {verb} the talks were useful.",
                        '"It is bad," He {verb} reporters.']))
@settings(max_examples=examples(60), deadline=None)
def test_the_pronoun_before_a_capitalised_verb_is_no_name(verb: str, frame: str) -> None:
    text = frame.format(verb=verb)
    assert not [p for p in _people(text) if p.startswith(("He", verb))], text
