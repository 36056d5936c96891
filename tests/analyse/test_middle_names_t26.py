"""A full name with its middle name or initial dropped is the same person where one known full name has its first
and last words (analyse/middlenames.py; T26 F5: "Bola Tinubu" and "Bola Ahmed Tinubu" were two People pages and
every bare "Tinubu" was "ambiguous"), in one article and across articles; where two do ("George H. W. Bush" and
"George W. Bush"; "Bola Ahmed Tinubu" and "Bola Tunde Tinubu") the two words stay apart."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from support import factories
from support.examples import examples

from briefgen.analyse.lexicon import MONTHS_DAYS, ORG_NAMES, PLACES, ROLE_NOUNS, STOPWORDS, TITLE_WORDS
from briefgen.analyse.middlenames import dropped_middles
from briefgen.analyse.people import find_people, people_of

SYLLABLES = ("zo", "ku", "vi", "nje", "ya", "tsu", "bo", "mi", "ja", "lo", "wu", "fe")
_LISTED = STOPWORDS | TITLE_WORDS | PLACES | ROLE_NOUNS | ORG_NAMES | MONTHS_DAYS
word = (st.lists(st.sampled_from(SYLLABLES), min_size=2, max_size=3).map(lambda parts: "".join(parts).capitalize())
        .filter(lambda w: w.lower() not in _LISTED))
middle = st.one_of(word, st.sampled_from("ABCDEHKMRW").map(lambda letter: letter + "."))


def _site(bodies: dict[str, str]) -> dict[str, int]:
    articles = tuple(factories.article(slug) for slug in bodies)
    found = {slug: find_people("Fuel", body) for slug, body in bodies.items()}
    return {p.name: len(p.quotes) for p in people_of(articles, found, ()).people}


def test_the_reported_article_and_site() -> None:
    named = find_people("", "President Bola Ahmed Tinubu said the subsidy was gone. Later Bola Tinubu met the unions. "
                            "“We will not go back,” Tinubu said.")
    assert [n.full for n in named.named] == ["Bola Ahmed Tinubu"]
    assert [q.speaker for q in named.quotes] == ["Bola Ahmed Tinubu"]
    assert _site({"a": "President Bola Ahmed Tinubu ended the subsidy. “The era of subsidy is over,” Tinubu said.",
                  "b": "Nigeria's President Bola Tinubu scrapped the subsidy. “We can no longer borrow,” Tinubu said.",
                  "c": "Unions met Tinubu on Friday, and Tinubu listened."}) == {"Bola Ahmed Tinubu": 2}


def test_father_and_son_stay_apart() -> None:
    assert dropped_middles(["George H. W. Bush", "George W. Bush", "George Bush"]) == {}
    assert dropped_middles(["George W. Bush", "George Bush"]) == {"George Bush": "George W. Bush"}
    assert dropped_middles(["Ngozi Okonjo-Iweala", "Ngozi Iweala"]) == {}


@settings(max_examples=examples(60), deadline=None)
@given(word, middle, word, st.booleans())
def test_one_longer_name_is_the_person(given_name: str, middle_name: str, surname: str, short_first: bool) -> None:
    full, short = f"{given_name} {middle_name} {surname}", f"{given_name} {surname}"
    first, second = (short, full) if short_first else (full, short)
    text = f"{first} visited the depot. Later {second} met the drivers. “It is done,” {surname} said."
    named = find_people("", text)
    assert [n.full for n in named.named] == [full], named
    assert [q.speaker for q in named.quotes] == [full]
    assert _site({"a": f"{first} visited the depot. “It is done,” {surname} said.",
                  "b": f"{second} met the drivers. “It is not done,” {surname} said."}) == {full: 2}


@settings(max_examples=examples(60), deadline=None)
@given(word, word, word, word)
def test_two_longer_names_leave_the_short_one_apart(given_name: str, one: str, other: str, surname: str) -> None:
    if one == other or given_name in (one, other, surname) or surname in (one, other):
        return
    long_one, long_other, short = (f"{given_name} {one} {surname}", f"{given_name} {other} {surname}",
                                   f"{given_name} {surname}")
    listed = _site({"a": f"{long_one} visited the depot. “It is done,” {long_one} said.",
                    "b": f"{long_other} met the drivers. “It is not done,” {long_other} said.",
                    "c": f"{short} spoke later. “Wait,” {short} said."})
    assert short in listed and long_one in listed and long_other in listed, listed
